//! Early-warning detectors, as pure functions over counts and texts so that each can be
//! tested on synthetic series with known spikes and quiet periods. `alerts` feeds them from
//! the database and keeps what they find.

use std::collections::{BTreeSet, HashMap};

use statrs::distribution::{DiscreteCDF, Poisson};

use crate::oversight::terms::AlertKind;
use crate::permissions::Level;

/// What a detector found: kept as an alert by `alerts`, which runs the detectors here and
/// those of other features (`dialogues::warnings`).
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    pub kind: AlertKind,
    pub key: String,
    /// Whose alert it is: the coordinators of this level covering `kato`.
    pub level: Level,
    pub kato: String,
    pub category: Option<String>,
    pub body: Option<String>,
    /// The numbers that explain it.
    pub detail: serde_json::Value,
    pub grievances: Vec<i64>,
}

/// A week's count is a spike when a count at least this large would happen by chance with
/// a probability below this under the baseline's rate (Poisson).
pub const SPIKE_ALPHA: f64 = 0.01;
/// Fewer new grievances than this are never a spike, whatever the baseline.
pub const SPIKE_MIN: u32 = 3;
/// Weeks of history the rate is estimated from.
pub const BASELINE_WEEKS: usize = 8;

#[derive(Debug, Clone, PartialEq)]
pub struct Spike {
    pub observed: u32,
    /// Mean per week over the baseline.
    pub expected: f64,
    /// P(X ≥ observed) under Poisson(expected).
    pub p_value: f64,
}

/// Whether `observed` new grievances this week stand out from the weekly counts of the
/// `baseline` weeks before it. A quiet baseline (rate 0) counts as one grievance a month,
/// so that a first few grievances somewhere quiet are judged, not divided by zero.
pub fn spike(baseline: &[u32], observed: u32) -> Option<Spike> {
    if observed < SPIKE_MIN || baseline.is_empty() {
        return None;
    }
    let expected =
        (baseline.iter().map(|&n| f64::from(n)).sum::<f64>() / baseline.len() as f64).max(0.25);
    let p_value = Poisson::new(expected).ok()?.sf(u64::from(observed) - 1);
    (p_value < SPIKE_ALPHA).then_some(Spike {
        observed,
        expected,
        p_value,
    })
}

/// Lowercased letters and digits in threes: robust to inflection and typos, and blind to
/// the language, which suits short grievances in Kazakh, Russian or English alike.
fn trigrams(text: &str) -> BTreeSet<[char; 3]> {
    let words: Vec<Vec<char>> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 3)
        .map(|w| w.to_lowercase().chars().collect())
        .collect();
    words
        .iter()
        .flat_map(|w| w.windows(3).map(|t| [t[0], t[1], t[2]]))
        .collect()
}

/// Jaccard similarity of two texts' trigrams (0: nothing shared, 1: the same).
pub fn similarity(a: &str, b: &str) -> f64 {
    let (a, b) = (trigrams(a), trigrams(b));
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let shared = a.intersection(&b).count();
    shared as f64 / (a.len() + b.len() - shared) as f64
}

/// Texts this similar are about the same thing.
pub const CLUSTER_SIMILARITY: f64 = 0.3;
/// Grievances from one place about one thing that make a cluster.
pub const CLUSTER_MIN: usize = 3;

/// Groups of at least `min` items linked by similarity ≥ `threshold` (single linkage),
/// each sorted by id, the groups by their first id.
pub fn clusters(items: &[(i64, String)], threshold: f64, min: usize) -> Vec<Vec<i64>> {
    let mut parent: Vec<usize> = (0..items.len()).collect();
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    for i in 0..items.len() {
        for j in i + 1..items.len() {
            if similarity(&items[i].1, &items[j].1) >= threshold {
                let (a, b) = (root(&mut parent, i), root(&mut parent, j));
                parent[a] = b;
            }
        }
    }
    let mut groups: HashMap<usize, Vec<i64>> = HashMap::new();
    for (i, (id, _)) in items.iter().enumerate() {
        let r = root(&mut parent, i);
        groups.entry(r).or_default().push(*id);
    }
    let mut out: Vec<Vec<i64>> = groups
        .into_values()
        .filter(|g| g.len() >= min)
        .map(|mut g| {
            g.sort_unstable();
            g
        })
        .collect();
    out.sort();
    out
}

/// Co-signs in the last 24 hours that make a surge: at least this many, and three times
/// the day before.
pub const SURGE_MIN: u32 = 10;

pub fn surge(last_day: u32, day_before: u32) -> bool {
    last_day >= SURGE_MIN && last_day >= 3 * day_before.max(1)
}

/// Overdue grievances piling up at a body: at least 5, and a fifth of what it has open.
pub fn overdue_pileup(overdue: u32, open: u32) -> bool {
    overdue >= 5 && overdue * 5 >= open
}

/// Reopened grievances in a region within two weeks that call for a look.
pub const REOPENED_MIN: u32 = 3;

pub fn reopened_pileup(reopened: u32) -> bool {
    reopened >= REOPENED_MIN
}

/// Agreements a body broke (a commitment of its own not done) within half a year that
/// make a pattern: once may be bad luck, twice is a habit to look at.
pub const BROKEN_MIN: u32 = 2;
pub const BROKEN_DAYS: i64 = 180;

pub fn broken_agreements(grievances: u32) -> bool {
    grievances >= BROKEN_MIN
}

/// Fewer statements held or hidden in a week than this never raise an alert.
pub const HIDDEN_MIN: u32 = 5;
/// The usual share of held or hidden statements is taken as at least this, so that a quiet
/// history is not a reason to alarm.
pub const HIDDEN_USUAL_MIN: f64 = 0.02;

/// Whether a dialogue's statements held or hidden this week (`hidden` of `new`) stand out
/// from the `usual` share across dialogues: the chance of as many at that share
/// (Poisson) is below `SPIKE_ALPHA`. Returns that chance.
pub fn hidden_surge(new: u32, hidden: u32, usual: f64) -> Option<f64> {
    if hidden < HIDDEN_MIN || new == 0 {
        return None;
    }
    let expected = usual.max(HIDDEN_USUAL_MIN) * f64::from(new);
    let p_value = Poisson::new(expected).ok()?.sf(u64::from(hidden) - 1);
    (p_value < SPIKE_ALPHA).then_some(p_value)
}

/// How far apart a dialogue's groups vote, from 0 (alike) to 1 (opposite on everything):
/// over the statements, the mean of the largest gap between two groups' shares of agreement.
/// `agree[g][s]` is group g's share agreeing with statement s.
pub fn apart(agree: &[Vec<f64>]) -> f64 {
    let statements = agree.iter().map(Vec::len).min().unwrap_or(0);
    if agree.len() < 2 || statements == 0 {
        return 0.0;
    }
    let gap = |s: usize| {
        let shares = agree.iter().map(|g| g[s]);
        let hi = shares.clone().fold(f64::MIN, f64::max);
        let lo = shares.fold(f64::MAX, f64::min);
        hi - lo
    };
    (0..statements).map(gap).sum::<f64>() / statements as f64
}

/// Groups this far apart or further, having moved apart by at least `DRIFT_RISE` since last
/// week, are drifting.
pub const DRIFT_APART: f64 = 0.5;
pub const DRIFT_RISE: f64 = 0.15;

pub fn drift(last_week: f64, this_week: f64) -> bool {
    this_week >= DRIFT_APART && this_week - last_week >= DRIFT_RISE
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dialogue_hiding_far_more_than_usual_stands_out() {
        // 6 of 20 held where 5% is usual: expected 1, six is very unlikely.
        assert!(hidden_surge(20, 6, 0.05).is_some());
        // The same six among 200 new statements is the usual share at work.
        assert_eq!(hidden_surge(200, 6, 0.05), None);
        // Four is never enough, however quiet the rest.
        assert_eq!(hidden_surge(4, 4, 0.0), None);
        // A quiet history counts as 2%, not as zero.
        assert_eq!(hidden_surge(400, 12, 0.0), None);
    }

    #[test]
    fn groups_apart_and_drifting() {
        let alike = [vec![0.8, 0.1, 0.5], vec![0.8, 0.1, 0.5]];
        assert_eq!(apart(&alike), 0.0);
        let opposite = [vec![1.0, 0.0], vec![0.0, 1.0]];
        assert_eq!(apart(&opposite), 1.0);
        // The largest gap among three groups counts.
        let three = [vec![0.9], vec![0.5], vec![0.1]];
        assert!((apart(&three) - 0.8).abs() < 1e-9);
        assert_eq!(apart(&[vec![1.0]]), 0.0);
        assert!(drift(0.4, 0.6));
        assert!(!drift(0.5, 0.6), "a small move is no drift");
        assert!(!drift(0.1, 0.4), "groups still close are not drifting");
    }

    /// A small deterministic generator (xorshift), so the series are the same every run.
    struct Rng(u64);

    impl Rng {
        fn uniform(&mut self) -> f64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            (self.0 >> 11) as f64 / (1u64 << 53) as f64
        }

        /// Knuth's method: fine for the small rates of weekly grievance counts.
        fn poisson(&mut self, rate: f64) -> u32 {
            let limit = (-rate).exp();
            let (mut k, mut p) = (0, 1.0);
            loop {
                p *= self.uniform();
                if p <= limit {
                    return k;
                }
                k += 1;
            }
        }
    }

    /// Precision and recall of `spike` over many synthetic places: each has 8 quiet weeks
    /// at its own rate, then a week that is either quiet too or a spike of `factor` × rate.
    fn score(factor: f64) -> (f64, f64) {
        let mut rng = Rng(2026);
        let (mut tp, mut fp, mut fn_) = (0, 0, 0);
        for place in 0..2000 {
            let rate = [0.5, 1.0, 2.0, 4.0, 8.0][place % 5];
            let baseline: Vec<u32> = (0..BASELINE_WEEKS).map(|_| rng.poisson(rate)).collect();
            let spiking = place % 2 == 0;
            let week = if spiking {
                rng.poisson(rate * factor) + 2
            } else {
                rng.poisson(rate)
            };
            match (spike(&baseline, week).is_some(), spiking) {
                (true, true) => tp += 1,
                (true, false) => fp += 1,
                (false, true) => fn_ += 1,
                (false, false) => {}
            }
        }
        let precision = tp as f64 / (tp + fp).max(1) as f64;
        let recall = tp as f64 / (tp + fn_).max(1) as f64;
        println!("spikes of {factor}× (+2): precision {precision:.3}, recall {recall:.3}");
        (precision, recall)
    }

    #[test]
    fn spikes_are_found_and_quiet_weeks_left_alone() {
        let (precision, recall) = score(4.0);
        assert!(precision >= 0.95, "precision {precision}");
        assert!(recall >= 0.85, "recall {recall}");
        // Quiet weeks only: almost no alarms (the false-positive rate).
        let mut rng = Rng(7);
        let mut alarms = 0;
        for place in 0..2000 {
            let rate = [0.5, 1.0, 2.0, 4.0, 8.0][place % 5];
            let baseline: Vec<u32> = (0..BASELINE_WEEKS).map(|_| rng.poisson(rate)).collect();
            if spike(&baseline, rng.poisson(rate)).is_some() {
                alarms += 1;
            }
        }
        println!("quiet weeks: {alarms} alarms in 2000");
        assert!(alarms <= 60, "{alarms} false alarms in 2000 quiet weeks");
    }

    #[test]
    fn small_counts_are_judged_by_probability_not_a_fixed_number() {
        // 3 in a week where there was none for two months stands out …
        assert!(spike(&[0; 8], 3).is_some());
        // … 6 where there are usually 5 does not …
        assert!(spike(&[5, 4, 6, 5, 5, 6, 4, 5], 6).is_none());
        // … and 15 where there are usually 5 does.
        let s = spike(&[5, 4, 6, 5, 5, 6, 4, 5], 15).unwrap();
        assert!(
            (s.expected - 5.0).abs() < 1e-9 && s.p_value < 0.001,
            "{s:?}"
        );
        assert!(spike(&[0; 8], 2).is_none(), "two are never a spike");
    }

    #[test]
    fn similar_texts_cluster_across_inflection() {
        let items = vec![
            (1, "Нет воды в селе Коктал третий день".to_owned()),
            (2, "В селе Коктал нет воды уже три дня".to_owned()),
            (3, "Третий день без воды, село Коктал".to_owned()),
            (4, "Яма на дороге у школы".to_owned()),
            (5, "Шум по ночам во дворе".to_owned()),
        ];
        assert_eq!(
            clusters(&items, CLUSTER_SIMILARITY, CLUSTER_MIN),
            vec![vec![1, 2, 3]]
        );
        assert!(similarity(&items[0].1, &items[3].1) < 0.1);
    }

    #[test]
    fn surges_and_pileups() {
        assert!(surge(12, 2));
        assert!(!surge(12, 5), "steady support is not a surge");
        assert!(!surge(9, 0));
        assert!(overdue_pileup(5, 20) && !overdue_pileup(5, 40) && !overdue_pileup(4, 4));
        assert!(reopened_pileup(3) && !reopened_pileup(2));
    }
}
