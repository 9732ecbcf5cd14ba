//! The opinion map of a public dialogue: participants grouped by how they voted on its
//! statements (the Pol.is method).
//!
//! Votes form a participant × statement matrix (agree 1, disagree −1, pass or unseen 0). Each
//! row is scaled up by how few statements its participant saw, so that a sparse voter does not
//! sit at the centre just for having voted little. The matrix is reduced to two dimensions by
//! PCA, and k-means groups the points for every k from 2 to 5; the grouping with the best
//! silhouette score wins. Groups are reported only when there are enough participants who voted
//! enough, and only when that score says the groups are real rather than noise cut in pieces.
//!
//! Nothing here names or places a person: the map holds groups (their size and centre) and
//! counts per statement, never who is in which group.

use linfa::prelude::*;
use linfa_clustering::KMeans;
use linfa_reduction::Pca;
use ndarray::{Array1, Array2, Axis};
use rand_xoshiro::rand_core::SeedableRng;
use rand_xoshiro::Xoshiro256Plus;

/// Groups appear only from this many participants who each voted on `MIN_VOTES` statements.
pub const MIN_PARTICIPANTS: usize = 15;
pub const MIN_VOTES: usize = 7;
/// No group has fewer members than this: each group's votes are published, and a group of
/// one or two would publish the ballots of people its neighbours can tell apart.
pub const MIN_GROUP: usize = 5;
/// The number of groups is chosen between 2 and this.
pub const MAX_GROUPS: usize = 5;
/// Below this silhouette score the groups are not shown: the votes have no clear camps.
pub const MIN_QUALITY: f64 = 0.5;
/// A statement is common ground when at least this share of every group agrees with it.
pub const COMMON_GROUND: f64 = 0.6;
/// A group's distinctive statements: its share agreeing (or disagreeing) differs from the
/// others' by at least this much.
pub const DISTINCT: f64 = 0.3;
/// Statements a group must have seen this many votes on before they count for it.
const MIN_SEEN: u32 = 3;
/// Silhouette scores are computed on at most this many points (it is quadratic).
const SCORE_SAMPLE: usize = 2_000;
/// Each group lists at most this many distinctive statements.
const DISTINCTIVE_SHOWN: usize = 3;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Vote {
    Agree,
    Disagree,
    Pass,
}

impl Vote {
    pub const ALL: [Vote; 3] = [Vote::Agree, Vote::Disagree, Vote::Pass];

    /// The vote's name, as forms post it and the open data writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            Vote::Agree => "agree",
            Vote::Disagree => "disagree",
            Vote::Pass => "pass",
        }
    }

    pub fn parse(name: &str) -> Option<Vote> {
        Vote::ALL.into_iter().find(|v| v.as_str() == name)
    }

    fn value(self) -> f64 {
        match self {
            Vote::Agree => 1.0,
            Vote::Disagree => -1.0,
            Vote::Pass => 0.0,
        }
    }
}

/// One participant's vote on one statement; both are indices from 0.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ballot {
    pub participant: usize,
    pub statement: usize,
    pub vote: Vote,
}

/// A statement's votes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Tally {
    pub agree: u32,
    pub disagree: u32,
    pub pass: u32,
}

impl Tally {
    pub fn seen(&self) -> u32 {
        self.agree + self.disagree + self.pass
    }

    fn add(&mut self, vote: Vote) {
        match vote {
            Vote::Agree => self.agree += 1,
            Vote::Disagree => self.disagree += 1,
            Vote::Pass => self.pass += 1,
        }
    }

    /// The share agreeing and the share disagreeing among those who saw it.
    pub fn shares(&self) -> (f64, f64) {
        let seen = f64::from(self.seen().max(1));
        (
            f64::from(self.agree) / seen,
            f64::from(self.disagree) / seen,
        )
    }
}

/// Which way a group leans on a statement that sets it apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Stance {
    Agrees,
    Disagrees,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Group {
    pub size: usize,
    /// Where the group sits on the map (the mean of its members' points).
    pub centre: (f64, f64),
    /// The group's votes per statement.
    pub tallies: Vec<Tally>,
    /// The statements that set the group apart, most distinctive first.
    pub distinctive: Vec<(usize, Stance)>,
}

#[derive(Clone, Debug, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Map {
    /// Everyone's votes per statement.
    pub tallies: Vec<Tally>,
    /// Participants who voted on at least `MIN_VOTES` statements.
    pub eligible: usize,
    /// The silhouette score of the best grouping, when one was tried.
    pub quality: Option<f64>,
    /// Empty below the thresholds, or when the votes show no clear camps.
    pub groups: Vec<Group>,
    /// Statements most of every group agrees with (of everyone, when there are no groups).
    pub common_ground: Vec<usize>,
}

/// The map of `statements` statements from their ballots. A participant's later ballot on a
/// statement is expected to have replaced the earlier one already.
pub fn map(statements: usize, ballots: &[Ballot]) -> Map {
    let tallies = tally(statements, ballots.iter());
    let voters = eligible_voters(ballots);
    let mut map = Map {
        eligible: voters.len,
        ..Map::default()
    };
    if voters.len >= MIN_PARTICIPANTS && statements >= 2 {
        let (labels, points, quality) = group(statements, ballots, &voters);
        map.quality = Some(quality);
        if quality >= MIN_QUALITY {
            map.groups = describe(statements, ballots, &voters, &labels, &points);
        }
    }
    map.common_ground = common_ground(&tallies, &map.groups);
    map.tallies = tallies;
    map
}

fn tally<'a>(statements: usize, ballots: impl Iterator<Item = &'a Ballot>) -> Vec<Tally> {
    let mut tallies = vec![Tally::default(); statements];
    for b in ballots {
        if let Some(t) = tallies.get_mut(b.statement) {
            t.add(b.vote);
        }
    }
    tallies
}

/// The matrix row of each participant with enough votes, by participant index.
struct Rows {
    of: Vec<Option<usize>>,
    len: usize,
}

impl Rows {
    fn get(&self, participant: usize) -> Option<usize> {
        self.of.get(participant).copied().flatten()
    }
}

fn eligible_voters(ballots: &[Ballot]) -> Rows {
    let size = ballots.iter().map(|b| b.participant + 1).max().unwrap_or(0);
    let mut counts = vec![0usize; size];
    for b in ballots {
        counts[b.participant] += 1;
    }
    let mut len = 0;
    let of = counts
        .into_iter()
        .map(|n| {
            (n >= MIN_VOTES).then(|| {
                len += 1;
                len - 1
            })
        })
        .collect();
    Rows { of, len }
}

/// Reduces the votes to 2-D points and groups them: (group of each row, points, quality).
fn group(
    statements: usize,
    ballots: &[Ballot],
    voters: &Rows,
) -> (Array1<usize>, Array2<f64>, f64) {
    let mut matrix = Array2::<f64>::zeros((voters.len, statements));
    let mut seen = vec![0usize; voters.len];
    for b in ballots {
        if let (Some(row), true) = (voters.get(b.participant), b.statement < statements) {
            matrix[[row, b.statement]] = b.vote.value();
            seen[row] += 1;
        }
    }
    for (mut row, n) in matrix.axis_iter_mut(Axis(0)).zip(&seen) {
        row *= (statements as f64 / *n as f64).sqrt();
    }
    let dataset = DatasetBase::from(matrix);
    let mut points = Array2::<f64>::zeros((voters.len, 2));
    match Pca::params(2).fit(&dataset) {
        // Votes of rank one (two camps opposed on everything) have a single component.
        Ok(pca) => {
            let found = pca.transform(dataset).records;
            let n = found.ncols().min(2);
            points
                .slice_mut(ndarray::s![.., ..n])
                .assign(&found.slice(ndarray::s![.., ..n]));
        }
        // Everyone voted the same way on everything: one camp.
        Err(_) => return (Array1::zeros(voters.len), points, 0.0),
    }
    best_grouping(points)
}

/// k-means for k = 2..=5 on the points, keeping the grouping with the best silhouette score
/// among those whose every group has `MIN_GROUP` members; none: one group, quality 0.
fn best_grouping(points: Array2<f64>) -> (Array1<usize>, Array2<f64>, f64) {
    let mut best: Option<(Array1<usize>, f64)> = None;
    let largest = MAX_GROUPS.min(points.nrows() / MIN_GROUP);
    for k in 2..=largest {
        let rng = Xoshiro256Plus::seed_from_u64(k as u64);
        let dataset = DatasetBase::from(points.clone());
        let Ok(model) = KMeans::params_with_rng(k, rng).fit(&dataset) else {
            continue;
        };
        let labels = model.predict(&points);
        if smallest_group(&labels, k) < MIN_GROUP {
            continue;
        }
        let score = silhouette(&points, &labels);
        if best.as_ref().is_none_or(|(_, s)| score > *s) {
            best = Some((labels, score));
        }
    }
    let (labels, score) = best.unwrap_or_else(|| (Array1::zeros(points.nrows()), 0.0));
    (labels, points, score)
}

/// The size of the smallest of `k` groups (0 when one is empty).
fn smallest_group(labels: &Array1<usize>, k: usize) -> usize {
    let mut sizes = vec![0; k];
    for &l in labels {
        sizes[l] += 1;
    }
    sizes.into_iter().min().unwrap_or(0)
}

/// The silhouette score of a grouping, on an evenly spread sample of the points.
fn silhouette(points: &Array2<f64>, labels: &Array1<usize>) -> f64 {
    let step = points.nrows().div_ceil(SCORE_SAMPLE);
    let rows: Vec<usize> = (0..points.nrows()).step_by(step).collect();
    let sample = points.select(Axis(0), &rows);
    let sample_labels = labels.select(Axis(0), &rows);
    DatasetBase::new(sample, sample_labels)
        .silhouette_score()
        .unwrap_or(0.0)
}

/// Each group's size, centre, votes and distinctive statements, largest group first.
fn describe(
    statements: usize,
    ballots: &[Ballot],
    voters: &Rows,
    labels: &Array1<usize>,
    points: &Array2<f64>,
) -> Vec<Group> {
    let k = labels.iter().max().map_or(0, |m| m + 1);
    let mut tallies = vec![vec![Tally::default(); statements]; k];
    let mut everyone = vec![Tally::default(); statements];
    for b in ballots {
        if let (Some(row), true) = (voters.get(b.participant), b.statement < statements) {
            tallies[labels[row]][b.statement].add(b.vote);
            everyone[b.statement].add(b.vote);
        }
    }
    let mut groups: Vec<Group> = tallies
        .into_iter()
        .enumerate()
        .map(|(g, tallies)| {
            let rows: Vec<usize> = (0..labels.len()).filter(|&r| labels[r] == g).collect();
            let members = points.select(Axis(0), &rows);
            let centre = members
                .mean_axis(Axis(0))
                .unwrap_or_else(|| Array1::zeros(2));
            Group {
                size: rows.len(),
                centre: (centre[0], centre[1]),
                tallies,
                distinctive: vec![],
            }
        })
        .filter(|g| g.size > 0)
        .collect();
    for g in &mut groups {
        g.distinctive = distinctive(&g.tallies, &everyone);
    }
    groups.sort_by_key(|g| std::cmp::Reverse(g.size));
    groups
}

/// The statements on which a group differs most from everyone else.
fn distinctive(group: &[Tally], everyone: &[Tally]) -> Vec<(usize, Stance)> {
    let mut found: Vec<(f64, usize, Stance)> = group
        .iter()
        .zip(everyone)
        .enumerate()
        .filter(|(_, (g, _))| g.seen() >= MIN_SEEN)
        .filter_map(|(s, (g, all))| {
            let rest = Tally {
                agree: all.agree - g.agree,
                disagree: all.disagree - g.disagree,
                pass: all.pass - g.pass,
            };
            if rest.seen() < MIN_SEEN {
                return None;
            }
            let ((ga, gd), (ra, rd)) = (g.shares(), rest.shares());
            let (agrees, disagrees) = (ga - ra, gd - rd);
            if agrees >= disagrees && agrees >= DISTINCT {
                Some((agrees, s, Stance::Agrees))
            } else if disagrees >= DISTINCT {
                Some((disagrees, s, Stance::Disagrees))
            } else {
                None
            }
        })
        .collect();
    found.sort_by(|a, b| b.0.total_cmp(&a.0));
    found
        .into_iter()
        .take(DISTINCTIVE_SHOWN)
        .map(|(_, s, stance)| (s, stance))
        .collect()
}

/// Statements that at least `COMMON_GROUND` of every group agrees with.
fn common_ground(everyone: &[Tally], groups: &[Group]) -> Vec<usize> {
    let agreed = |t: &Tally| t.seen() >= MIN_SEEN && t.shares().0 >= COMMON_GROUND;
    (0..everyone.len())
        .filter(|&s| {
            if groups.is_empty() {
                agreed(&everyone[s])
            } else {
                groups.iter().all(|g| agreed(&g.tallies[s]))
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::{Rng, SeedableRng};

    /// `camps` groups of `size` people; camp c agrees with the statements s where
    /// s % camps == c and disagrees with the others, except statement 0, which everyone
    /// agrees with. Each person votes on `share` of the statements (at least 7).
    fn electorate(camps: usize, size: usize, statements: usize, share: f64) -> Vec<Ballot> {
        noisy_electorate(camps, size, statements, share, 0.0)
    }

    /// The same, with each vote after statement 0 turned into a pass with probability `noise`.
    fn noisy_electorate(
        camps: usize,
        size: usize,
        statements: usize,
        share: f64,
        noise: f64,
    ) -> Vec<Ballot> {
        let mut rng = rand::rngs::StdRng::seed_from_u64(7);
        let mut ballots = vec![];
        for c in 0..camps {
            for p in 0..size {
                let participant = c * size + p;
                for s in 0..statements {
                    if s > 7 && !rng.random_bool(share) {
                        continue;
                    }
                    let vote = if s > 0 && rng.random_bool(noise) {
                        Vote::Pass
                    } else if s == 0 || s % camps == c {
                        Vote::Agree
                    } else {
                        Vote::Disagree
                    };
                    ballots.push(Ballot {
                        participant,
                        statement: s,
                        vote,
                    });
                }
            }
        }
        ballots
    }

    #[test]
    fn finds_known_camps() {
        for camps in 2..=4 {
            let map = map(40, &electorate(camps, 20, 40, 0.5));
            assert_eq!(map.groups.len(), camps, "quality {:?}", map.quality);
            assert!(map.groups.iter().all(|g| g.size == 20));
            assert_eq!(map.common_ground, vec![0]);
            for g in &map.groups {
                assert!(!g.distinctive.is_empty());
            }
        }
    }

    #[test]
    fn finds_camps_through_passes_and_sparse_votes() {
        // 10,000 people would be the benchmark; 600 in three camps, each seeing a third of
        // the statements and passing on a fifth of what they see.
        let map = map(60, &noisy_electorate(3, 200, 60, 0.33, 0.2));
        assert_eq!(map.groups.len(), 3, "quality {:?}", map.quality);
        let sizes: Vec<usize> = map.groups.iter().map(|g| g.size).collect();
        assert_eq!(sizes, vec![200, 200, 200]);
    }

    #[test]
    fn random_votes_make_no_strong_groups() {
        let mut rng = rand::rngs::StdRng::seed_from_u64(11);
        let ballots: Vec<Ballot> = (0..300)
            .flat_map(|participant| (0..30).map(move |statement| (participant, statement)))
            .filter_map(|(participant, statement)| {
                let vote = match rng.random_range(0..5) {
                    0 | 1 => Vote::Agree,
                    2 | 3 => Vote::Disagree,
                    _ => return None,
                };
                Some(Ballot {
                    participant,
                    statement,
                    vote,
                })
            })
            .collect();
        let map = map(30, &ballots);
        let quality = map.quality.expect("enough voters to try");
        assert!(quality < MIN_QUALITY, "quality {quality}");
        assert!(map.groups.is_empty());
    }

    /// `size` people who agree with every statement, and one who disagrees with each.
    fn consensus_and_one_dissenter(size: usize, statements: usize) -> Vec<Ballot> {
        (0..=size)
            .flat_map(|participant| {
                (0..statements).map(move |statement| Ballot {
                    participant,
                    statement,
                    vote: if participant == size {
                        Vote::Disagree
                    } else {
                        Vote::Agree
                    },
                })
            })
            .collect()
    }

    #[test]
    fn no_group_is_small_enough_to_give_away_a_ballot() {
        // A group's votes are published: a group of one would be one person's ballot.
        let map = map(10, &consensus_and_one_dissenter(20, 10));
        assert_eq!(map.eligible, 21);
        // One dissenter is no camp: there are no groups, only everyone's votes.
        assert!(
            map.groups.is_empty(),
            "sizes {:?}",
            map.groups.iter().map(|g| g.size).collect::<Vec<_>>()
        );
        // Two camps keep their groups; the dissenter joins one of them.
        let mut ballots = electorate(2, 20, 20, 1.0);
        ballots.extend((0..20).map(|statement| Ballot {
            participant: 40,
            statement,
            vote: Vote::Disagree,
        }));
        let map = super::map(20, &ballots);
        let mut sizes: Vec<usize> = map.groups.iter().map(|g| g.size).collect();
        sizes.sort();
        assert_eq!(sizes, vec![20, 21], "quality {:?}", map.quality);
    }

    #[test]
    fn no_groups_below_the_thresholds() {
        // 14 people in two clear camps: one short of the threshold.
        let map = map(20, &electorate(2, 7, 20, 1.0));
        assert_eq!(map.eligible, 14);
        assert!(map.groups.is_empty());
        assert_eq!(map.quality, None);
        // Six votes each do not count.
        let few: Vec<Ballot> = electorate(2, 20, 20, 1.0)
            .into_iter()
            .filter(|b| b.statement < 6)
            .collect();
        let map = super::map(20, &few);
        assert_eq!(map.eligible, 0);
        assert!(map.groups.is_empty());
        assert_eq!(map.tallies[0].agree, 40);
    }
}
