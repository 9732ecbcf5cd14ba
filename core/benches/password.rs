//! How long argon2id takes with the OWASP parameters on this machine (not a test):
//!     cargo bench -p kenes-core --bench password
use std::time::{Duration, Instant};

use kenes_core::accounts::password;

fn summary(name: &str, mut samples: Vec<Duration>) {
    samples.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let mean = samples.iter().sum::<Duration>() / samples.len() as u32;
    println!(
        "{name:<8} n={} min={:.1} ms median={:.1} ms mean={:.1} ms max={:.1} ms",
        samples.len(),
        ms(samples[0]),
        ms(samples[samples.len() / 2]),
        ms(mean),
        ms(*samples.last().unwrap())
    );
}

fn main() {
    const N: usize = 30;
    let mut hashes = Vec::with_capacity(N);
    let mut hash_times = Vec::with_capacity(N);
    for i in 0..N {
        let start = Instant::now();
        hashes.push(password::hash(&format!("benchmark password {i}")));
        hash_times.push(start.elapsed());
    }
    let verify_times = hashes
        .iter()
        .enumerate()
        .map(|(i, h)| {
            let start = Instant::now();
            assert!(password::verify(&format!("benchmark password {i}"), h));
            start.elapsed()
        })
        .collect();
    summary("hash", hash_times);
    summary("verify", verify_times);
}
