//! Vocabulary of grievances: lifecycle states, kinds of appeal, privacy, tracking codes.

use rand::Rng;

macro_rules! string_enum {
    ($(#[$m:meta])* $name:ident { $($variant:ident = $s:literal),* $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name { $($variant),* }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),*];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $s),* }
            }

            pub fn parse(s: &str) -> Option<Self> {
                match s { $($s => Some($name::$variant),)* _ => None }
            }
        }
    };
}

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

/// Crockford's base32: no I, L, O or U, so a code read aloud or typed from paper is not
/// mistaken.
const CODE_ALPHABET: &[u8] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// A tracking code like `KZ-26-7F3K-92QD`: the year for humans, 40 random bits so that
/// codes cannot be enumerated.
pub fn tracking_code(rng: &mut impl Rng, year: i32) -> String {
    let mut pick = || CODE_ALPHABET[rng.random_range(0..CODE_ALPHABET.len())] as char;
    let a: String = (0..4).map(|_| pick()).collect();
    let b: String = (0..4).map(|_| pick()).collect();
    format!("KZ-{:02}-{a}-{b}", year.rem_euclid(100))
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;

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
    fn tracking_codes_are_well_formed_and_distinct() {
        let mut rng = rand::rngs::StdRng::seed_from_u64(7);
        let codes: std::collections::HashSet<String> =
            (0..1000).map(|_| tracking_code(&mut rng, 2026)).collect();
        assert_eq!(codes.len(), 1000);
        for c in &codes {
            assert_eq!(c.len(), 15, "{c}");
            assert!(c.starts_with("KZ-26-"));
            assert!(!c.contains(['I', 'L', 'O', 'U']), "{c}");
        }
    }
}
