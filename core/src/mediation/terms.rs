//! Words of mediation that the browser needs too (the profile form's choices, the seats).

use crate::grievances::terms::Capacity;
use crate::names::string_enum;

string_enum!(
    /// Where someone sits in a mediation room: one of the two parties, the mediator, a
    /// stakeholder the mediator invited, a moderator of the territory, or an observer (read
    /// only, when both parties allow it).
    #[derive(Default)]
    Seat {
        Citizen = "citizen",
        Official = "official",
        Mediator = "mediator",
        Stakeholder = "stakeholder",
        Moderator = "moderator",
        // The default: who has no seat reads at most, the least a page may assume.
        #[default]
        Observer = "observer",
    }
);

string_enum!(
    /// The two sides of a mediation: the citizen who filed, and the responsible body. Each
    /// consents, states its interests, answers the agreement and keeps its commitments.
    Party {
        Citizen = "citizen",
        Body = "body",
    }
);

string_enum!(
    /// What a mediator's declared tie is to: a body (its code), a place (a KATO prefix) or
    /// a person (their e-mail address). A tie to a party keeps them off the case.
    TieKind {
        Body = "body",
        Place = "place",
        Person = "person",
    }
);

string_enum!(
    /// What an invited stakeholder is in the room.
    StakeholderKind {
        Aksakal = "aksakal",
        CommunityLeader = "community_leader",
        Association = "association",
        Expert = "expert",
    }
);

string_enum!(
    /// A party's answer to a request for mediation (voluntary: either may decline).
    Decision {
        Consent = "consent",
        Decline = "decline",
    }
);

string_enum!(
    /// Where a mediation stands: asked for, declined by a party, running in its room, or
    /// ended with an agreement or without one.
    MediationStatus {
        Requested = "requested",
        Declined = "declined",
        Active = "active",
        Agreed = "agreed",
        NotResolved = "not_resolved",
    }
);

string_enum!(
    /// Where a drafted agreement stands: before the parties, accepted by both, or rejected
    /// (by a party, or replaced by a new draft).
    AgreementStatus {
        Proposed = "proposed",
        Accepted = "accepted",
        Rejected = "rejected",
    }
);

impl Seat {
    /// The mediator and moderators keep order in the room.
    pub fn moderates(self) -> bool {
        matches!(self, Seat::Mediator | Seat::Moderator)
    }

    /// The party this seat speaks for in an agreement, if any.
    pub fn party(self) -> Option<Party> {
        match self {
            Seat::Citizen => Some(Party::Citizen),
            Seat::Official => Some(Party::Body),
            _ => None,
        }
    }
}

/// A party takes its steps as the citizen or as the official (the body's seat).
impl From<Party> for Capacity {
    fn from(side: Party) -> Capacity {
        match side {
            Party::Citizen => Capacity::Citizen,
            Party::Body => Capacity::Official,
        }
    }
}

impl Party {
    /// The side that answers this one: who confirms its commitments, who is told of its steps.
    pub fn other(self) -> Party {
        match self {
            Party::Citizen => Party::Body,
            Party::Body => Party::Citizen,
        }
    }

    /// Where the party sits in the room, and the role its steps carry on the timeline.
    pub fn seat(self) -> Seat {
        match self {
            Party::Citizen => Seat::Citizen,
            Party::Body => Seat::Official,
        }
    }
}

pub const SPECIALISATIONS: [&str; 7] = [
    "ethnomediation",
    "social",
    "labour",
    "family",
    "land",
    "housing",
    "environment",
];
pub const LANGUAGES: [&str; 3] = ["kk", "ru", "en"];

/// Rows of commitments the mediator's draft form offers; empty rows are left out.
pub const COMMITMENT_ROWS: usize = 4;

/// The form fields of each commitment row (party, what, due date, how checked), named so
/// that an error lands next to its field.
pub const FIELDS: [[&str; 4]; COMMITMENT_ROWS] = [
    ["c1_party", "c1_what", "c1_due", "c1_check"],
    ["c2_party", "c2_what", "c2_due", "c2_check"],
    ["c3_party", "c3_what", "c3_due", "c3_check"],
    ["c4_party", "c4_what", "c4_due", "c4_check"],
];

/// The four questions each party answers (1 to 5) when a mediation ends.
pub const FEEDBACK_QUESTIONS: [&str; 4] = ["neutral", "heard", "clear", "again"];

string_enum!(
    /// What a party says became of a commitment.
    Kept {
        Done = "done",
        Partly = "partly",
        NotDone = "not_done",
    }
);

string_enum!(
    /// Where a commitment stands: awaiting word, or settled as kept, partly kept or not.
    CommitmentState {
        Pending = "pending",
        Done = "done",
        Partly = "partly",
        NotDone = "not_done",
    }
);

impl From<Kept> for CommitmentState {
    fn from(kept: Kept) -> Self {
        match kept {
            Kept::Done => CommitmentState::Done,
            Kept::Partly => CommitmentState::Partly,
            Kept::NotDone => CommitmentState::NotDone,
        }
    }
}
