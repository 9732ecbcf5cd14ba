//! A real Meilisearch server for tests: started from the binary on a free loopback port with
//! a master key and a temporary data folder, stopped (SIGKILL) and started again on the same
//! port and data, killed when dropped.
//!
//! The binary is `MEILI_BIN`, else `KENES_MEILISEARCH` (installed by `scripts/bootstrap.sh
//! test`), else `meilisearch` on the `PATH`, else the shared tool shelf
//! (`../shared/tools/meilisearch` beside the checkout).

use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The master key test servers run with.
pub const MASTER_KEY: &str = "a-master-key-of-the-kenes-tests";

/// Where the Meilisearch binary is, if anywhere.
pub fn binary() -> Option<PathBuf> {
    let named = ["MEILI_BIN", "KENES_MEILISEARCH"]
        .into_iter()
        .filter_map(std::env::var_os)
        .map(PathBuf::from);
    let on_path: Vec<PathBuf> = std::env::var_os("PATH")
        .map(|p| {
            std::env::split_paths(&p)
                .map(|d| d.join("meilisearch"))
                .collect()
        })
        .unwrap_or_default();
    let shelf = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/tools/meilisearch");
    named.chain(on_path).chain([shelf]).find(|p| p.is_file())
}

pub struct MeiliServer {
    binary: PathBuf,
    dir: tempfile::TempDir,
    port: u16,
    process: Option<Child>,
}

impl MeiliServer {
    /// Starts a server and waits until it listens. Panics, saying how to get one, when no
    /// binary is found: a test that needs the real engine must not pass without it.
    pub fn start() -> MeiliServer {
        let binary = binary().expect(
            "no Meilisearch binary: set MEILI_BIN, or run `scripts/bootstrap.sh test`, which \
             installs it (README, \"Search\")",
        );
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        let mut server = MeiliServer {
            binary,
            dir: tempfile::tempdir().expect("a data folder"),
            port,
            process: None,
        };
        server.up();
        server
    }

    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// Starts the process again (same port, same data) and waits until it listens.
    pub fn up(&mut self) {
        let child = Command::new(&self.binary)
            .arg("--db-path")
            .arg(self.dir.path().join("data"))
            .args(["--http-addr", &format!("127.0.0.1:{}", self.port)])
            .args(["--master-key", MASTER_KEY, "--no-analytics"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("the Meilisearch binary runs");
        self.process = Some(child);
        let started = Instant::now();
        while TcpStream::connect(("127.0.0.1", self.port)).is_err() {
            assert!(
                started.elapsed() < Duration::from_secs(30),
                "Meilisearch did not listen within 30 s"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// SIGKILL: the engine is gone, as after a crash or a network cut.
    pub fn down(&mut self) {
        if let Some(mut child) = self.process.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

impl Drop for MeiliServer {
    fn drop(&mut self) {
        self.down();
    }
}
