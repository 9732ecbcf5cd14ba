//! Vocabulary of grievances: lifecycle states, kinds of appeal, privacy, tracking codes, how
//! an outcome ended, and the legal answer deadline.

use crate::names::string_enum;

string_enum!(
    /// In what capacity a step on a grievance's timeline was taken: the timeline names the
    /// role, never the person. `System` is Kenes itself (an overdue escalation, a broken
    /// commitment).
    Capacity {
        Citizen = "citizen",
        Official = "official",
        Coordinator = "coordinator",
        Mediator = "mediator",
        /// A moderator of the territory, who took a public grievance out of public view.
        Moderator = "moderator",
        System = "system",
    }
);

/// The fewest characters of a reason a step asks for (a redirect, a refusal, a report, …).
pub const REASON_MIN: usize = 10;

string_enum!(
    /// Lifecycle states (DESIGN.md, "Grievance lifecycle").
    Status {
        Submitted = "submitted",
        Accepted = "accepted",
        Redirected = "redirected",
        Extended = "extended",
        Answered = "answered",
        InMediation = "in_mediation",
        Resolved = "resolved",
        NotResolved = "not_resolved",
        Closed = "closed",
        Rejected = "rejected",
        Withdrawn = "withdrawn",
        Reopened = "reopened",
        Escalated = "escalated",
    }
);

impl Status {
    /// The names of the open states, for `status IN (…)` queries.
    pub fn open_names() -> Vec<&'static str> {
        Status::ALL
            .iter()
            .filter(|s| s.is_open())
            .map(|s| s.as_str())
            .collect()
    }

    /// States in which the body still owes the citizen an answer (the legal clock runs).
    pub fn is_open(self) -> bool {
        matches!(
            self,
            Status::Submitted
                | Status::Accepted
                | Status::Redirected
                | Status::Extended
                | Status::InMediation
                | Status::Reopened
                | Status::Escalated
        )
    }
}

impl Status {
    /// The lifecycle as a state machine: the states a grievance may move to from this one.
    pub fn next(self) -> &'static [Status] {
        use Status::*;
        match self {
            Submitted => &[Accepted, Redirected, Rejected, Withdrawn, Escalated],
            Accepted => &[
                Answered,
                InMediation,
                Extended,
                Redirected,
                Escalated,
                Withdrawn,
            ],
            Redirected => &[Accepted, Rejected, Withdrawn, Escalated],
            Extended => &[Answered, InMediation, Escalated, Withdrawn],
            // Escalated: the citizen appeals a poorly rated answer to the next level.
            Answered => &[Closed, Reopened, InMediation, Escalated],
            InMediation => &[Resolved, NotResolved, Withdrawn],
            Resolved => &[Closed, Reopened],
            NotResolved => &[Closed, Escalated, Reopened],
            Reopened => &[Accepted, Answered, InMediation, Escalated, Withdrawn],
            Escalated => &[
                Accepted,
                Answered,
                InMediation,
                Redirected,
                Rejected,
                Withdrawn,
            ],
            Rejected => &[Reopened],
            Closed => &[Reopened],
            Withdrawn => &[],
        }
    }

    /// Checks a transition; an illegal one is an error, never a silent no-op.
    pub fn transition(self, to: Status) -> Result<Status, IllegalTransition> {
        if self.next().contains(&to) {
            Ok(to)
        } else {
            Err(IllegalTransition { from: self, to })
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("a grievance cannot go from {} to {}", from.as_str(), to.as_str())]
pub struct IllegalTransition {
    pub from: Status,
    pub to: Status,
}

string_enum!(
    /// Kinds of appeal known from Kazakh law and e-Otinish.
    AppealKind {
        Application = "application",
        Complaint = "complaint",
        Proposal = "proposal",
        Inquiry = "inquiry",
        Feedback = "feedback",
    }
);

string_enum!(
    /// Who may see a grievance and its author.
    Privacy {
        Public = "public",
        PublicAnonymous = "public_anonymous",
        Private = "private",
    }
);

impl Privacy {
    /// The order the filing form offers them: the one that protects the author most while
    /// keeping the grievance public comes first.
    pub const OFFERED: [Privacy; 3] = [Privacy::PublicAnonymous, Privacy::Public, Privacy::Private];
}

/// Crockford's base32: no I, L, O or U, so a code read aloud or typed from paper is not
/// mistaken.
const CODE_ALPHABET: &[u8] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// Reads a tracking code as a citizen may type it (any case, spaces, the look-alike letters
/// O, I and L for 0, 1 and 1) and returns it in canonical form, or `None` if it cannot be one.
pub fn parse_tracking_code(input: &str) -> Option<String> {
    let cleaned: String = input
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c.to_ascii_uppercase() {
            'O' => '0',
            'I' | 'L' => '1',
            c => c,
        })
        .collect();
    let rest = cleaned
        .strip_prefix("KZ-")
        .or_else(|| cleaned.strip_prefix("K2-"))?;
    let parts: Vec<&str> = rest.split('-').collect();
    let [year, a, b] = parts[..] else { return None };
    let ok = |s: &str, n: usize| s.len() == n && s.bytes().all(|c| CODE_ALPHABET.contains(&c));
    (year.len() == 2 && year.bytes().all(|c| c.is_ascii_digit()) && ok(a, 4) && ok(b, 4))
        .then(|| format!("KZ-{year}-{a}-{b}"))
}

/// A tracking code like `KZ-26-7F3K-92QD`: the year for humans, 40 random bits so that
/// codes cannot be enumerated.
#[cfg(feature = "db")]
pub fn tracking_code(rng: &mut impl rand::Rng, year: i32) -> String {
    let mut pick = || CODE_ALPHABET[rng.random_range(0..CODE_ALPHABET.len())] as char;
    let a: String = (0..4).map(|_| pick()).collect();
    let b: String = (0..4).map(|_| pick()).collect();
    format!("KZ-{:02}-{a}-{b}", year.rem_euclid(100))
}

string_enum!(
    /// How a published outcome ended. A grievance's is one a coordinator chooses
    /// ([`OutcomeResult::CHOSEN`]); a dialogue's report awaits its bodies' answer until it
    /// comes.
    OutcomeResult {
        Agreement = "agreement",
        Answered = "answered",
        Partial = "partial",
        NotResolved = "not_resolved",
        AwaitingAnswer = "awaiting_answer",
    }
);

impl OutcomeResult {
    /// The results a coordinator chooses from for a grievance's outcome.
    pub const CHOSEN: &'static [OutcomeResult] = &[
        OutcomeResult::Agreement,
        OutcomeResult::Answered,
        OutcomeResult::Partial,
        OutcomeResult::NotResolved,
    ];
}

/// Working days a body has to answer a grievance (Administrative Procedural and Process
/// Code, art. 76): from filing, and again from a redirection or a reopening.
pub const ANSWER_WORKING_DAYS: u32 = 15;

/// The region a KATO code lies in: its first two digits (a district's code starts with its
/// region's).
pub fn region_of(kato: &str) -> &str {
    &kato[..2.min(kato.len())]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_round_trip_through_their_names() {
        for s in Status::ALL {
            assert_eq!(Status::parse(s.as_str()), Some(*s));
        }
        assert_eq!(Status::parse("lost"), None);
        assert!(Status::Submitted.is_open());
        assert!(!Status::Closed.is_open());
    }

    #[test]
    fn lifecycle_transitions() {
        use Status::*;
        assert_eq!(Submitted.transition(Accepted), Ok(Accepted));
        assert_eq!(Accepted.transition(Answered), Ok(Answered));
        assert_eq!(Answered.transition(Reopened), Ok(Reopened));
        assert_eq!(InMediation.transition(Resolved), Ok(Resolved));
        assert_eq!(
            Submitted.transition(Resolved),
            Err(IllegalTransition {
                from: Submitted,
                to: Resolved
            })
        );
        assert!(Withdrawn.next().is_empty(), "withdrawn is final");
        assert!(Closed.transition(Accepted).is_err());
        // Every state can be reached from `submitted`, and every non-final state can end.
        let mut seen = std::collections::HashSet::from([Submitted]);
        let mut frontier = vec![Submitted];
        while let Some(s) = frontier.pop() {
            for n in s.next() {
                if seen.insert(*n) {
                    frontier.push(*n);
                }
            }
        }
        assert_eq!(seen.len(), Status::ALL.len());
        for s in Status::ALL {
            assert!(!s.next().contains(s), "{s:?} -> itself");
        }
    }

    #[test]
    fn tracking_codes_are_read_forgivingly() {
        assert_eq!(
            parse_tracking_code(" kz-26-7f3k-92qd ").as_deref(),
            Some("KZ-26-7F3K-92QD")
        );
        assert_eq!(
            parse_tracking_code("KZ-26-7F3K-92OD").as_deref(),
            Some("KZ-26-7F3K-920D")
        );
        assert_eq!(parse_tracking_code("KZ-26-7F3K-92Q"), None);
        assert_eq!(parse_tracking_code("KZ-2X-7F3K-92QD"), None);
        assert_eq!(parse_tracking_code("KZ-26-7F3K-92Q!"), None);
        assert_eq!(parse_tracking_code("KZ-26-7F3K-92QD-1"), None);
        assert_eq!(parse_tracking_code(""), None);
    }

    #[cfg(feature = "db")]
    #[test]
    fn tracking_codes_are_well_formed_and_distinct() {
        use rand::SeedableRng;
        let mut rng = rand::rngs::StdRng::seed_from_u64(7);
        let codes: std::collections::HashSet<String> =
            (0..1000).map(|_| tracking_code(&mut rng, 2026)).collect();
        assert_eq!(codes.len(), 1000);
        for c in &codes {
            assert_eq!(c.len(), 15, "{c}");
            assert!(c.starts_with("KZ-26-"));
            assert!(!c.contains(['I', 'L', 'O', 'U']), "{c}");
            assert_eq!(parse_tracking_code(c).as_deref(), Some(c.as_str()));
        }
    }

    #[test]
    fn a_name_reads_and_writes_as_its_text() {
        for s in Status::ALL {
            assert_eq!(Status::parse(s.as_str()), Some(*s));
            assert_eq!(s.to_string(), s.as_str());
        }
        assert_eq!(Status::InMediation, "in_mediation");
        assert_ne!(Status::InMediation, "InMediation");
        assert_eq!(Status::parse("in-mediation"), None);
    }

    #[test]
    fn a_name_is_json_text_and_nothing_else_parses() {
        assert_eq!(
            serde_json::to_string(&Privacy::PublicAnonymous).unwrap(),
            r#""public_anonymous""#
        );
        assert_eq!(
            serde_json::from_str::<Privacy>(r#""private""#).unwrap(),
            Privacy::Private
        );
        let err = serde_json::from_str::<Privacy>(r#""secret""#).unwrap_err();
        assert!(
            err.to_string().contains("unknown variant `secret`"),
            "{err}"
        );
    }
}
