//! Words of mediation that the browser needs too (the profile form's choices, the seats).

use crate::names::string_enum;

string_enum!(
    /// Where someone sits in a mediation room: one of the two parties, the mediator, a
    /// stakeholder the mediator invited, a moderator of the territory, or an observer (read
    /// only, when both parties allow it).
    Seat {
        Citizen = "citizen",
        Official = "official",
        Mediator = "mediator",
        Stakeholder = "stakeholder",
        Moderator = "moderator",
        Observer = "observer",
    }
);

/// Who has no seat reads at most: the least a page may assume.
impl Default for Seat {
    fn default() -> Self {
        Seat::Observer
    }
}

impl Seat {
    /// The mediator and moderators keep order in the room.
    pub fn moderates(self) -> bool {
        matches!(self, Seat::Mediator | Seat::Moderator)
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
pub const TIE_KINDS: [&str; 3] = ["body", "place", "person"];
