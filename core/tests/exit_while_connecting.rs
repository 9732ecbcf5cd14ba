//! A process must be able to exit while PostgreSQL connections are being opened.
//!
//! libpq initialises OpenSSL, which by default registers an `atexit` clean-up; r2d2 opens
//! connections on its own threads, so a server or test binary that exits while one is being
//! opened crashed with SIGSEGV (seen once in CI, after every test had passed). This test runs
//! itself as a child that keeps connecting on several threads and exits mid-way, many times.

use std::process::Command;
use std::time::Duration;

use kenes_core::testing::TestDatabase;
use kenes_core::Backend;

const CHILD: &str = "KENES_EXIT_PROBE_URL";
const RUNS: usize = 30;

fn main() {
    match std::env::var(CHILD) {
        Ok(url) => connect_until_exit(&url),
        Err(_) => exits_cleanly_while_connecting(),
    }
}

/// The child: pools on four threads keep opening connections while `main` returns.
fn connect_until_exit(url: &str) {
    for _ in 0..4 {
        let url = url.to_owned();
        std::thread::spawn(move || loop {
            if let Ok(pool) = kenes_core::db::connect(&url, 2) {
                let _ = pool.get();
            }
        });
    }
    std::thread::sleep(Duration::from_millis(150));
}

fn exits_cleanly_while_connecting() {
    let database = TestDatabase::new(Backend::Postgres);
    let me = std::env::current_exe().expect("own path");
    for run in 1..=RUNS {
        let status = Command::new(&me)
            .env(CHILD, &database.url)
            .status()
            .expect("child runs");
        assert!(
            status.success(),
            "run {run} of {RUNS}: exiting while connecting ended with {status}"
        );
    }
    println!("exit while connecting: {RUNS} runs, all clean");
}
