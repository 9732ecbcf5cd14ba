//! How long the opinion map takes for a large dialogue (not a test; the target is ≤ 2 s for
//! 10,000 participants × 500 statements with 30% of the votes cast):
//!     cargo bench -p kenes-opinion --bench map [participants statements share]
use std::time::Instant;

use kenes_opinion::{map, Ballot, Vote};
use rand::{Rng, SeedableRng};

/// Three camps with their own leanings, each person voting on `share` of the statements.
fn electorate(participants: usize, statements: usize, share: f64) -> Vec<Ballot> {
    let mut rng = rand::rngs::StdRng::seed_from_u64(1);
    let mut ballots =
        Vec::with_capacity((participants as f64 * statements as f64 * share) as usize);
    for participant in 0..participants {
        let camp = participant % 3;
        for statement in 0..statements {
            if !rng.random_bool(share) {
                continue;
            }
            let leaning = if statement % 3 == camp { 0.8 } else { 0.25 };
            let vote = match rng.random::<f64>() {
                x if x < 0.1 => Vote::Pass,
                x if x < leaning => Vote::Agree,
                _ => Vote::Disagree,
            };
            ballots.push(Ballot {
                participant,
                statement,
                vote,
            });
        }
    }
    ballots
}

fn main() {
    let args: Vec<String> = std::env::args().filter(|a| !a.starts_with('-')).collect();
    let arg = |i: usize, default: f64| args.get(i).and_then(|a| a.parse().ok()).unwrap_or(default);
    let (participants, statements, share) = (
        arg(1, 10_000.0) as usize,
        arg(2, 500.0) as usize,
        arg(3, 0.3),
    );
    let ballots = electorate(participants, statements, share);
    println!(
        "{participants} participants × {statements} statements, {} votes ({:.0}%)",
        ballots.len(),
        share * 100.0
    );
    let mut times = vec![];
    for _ in 0..5 {
        let start = Instant::now();
        let m = map(statements, &ballots);
        times.push(start.elapsed().as_secs_f64());
        assert!(!m.tallies.is_empty());
        if times.len() == 1 {
            let sizes: Vec<usize> = m.groups.iter().map(|g| g.size).collect();
            println!(
                "groups {sizes:?}, quality {:.2}, common ground {}",
                m.quality.unwrap_or(0.0),
                m.common_ground.len()
            );
        }
    }
    times.sort_by(f64::total_cmp);
    println!(
        "map: min {:.3} s, median {:.3} s, max {:.3} s (5 runs)",
        times[0], times[2], times[4]
    );
}
