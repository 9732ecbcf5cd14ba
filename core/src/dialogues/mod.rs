//! Public dialogues: a community deliberates on a shared question for a territory. A
//! coordinator (or a certified mediator, with a coordinator's approval) opens one with a
//! question, background, a facilitator, dates and the bodies that must answer. Participants
//! write short statements and vote on each other's; the opinion map groups them by their
//! votes and shows the common ground (`map`).
//!
//! Who voted how is never shown to anyone but the voter. `terms` is the browser-safe
//! vocabulary (phases, participant kinds); `dialogue` holds a dialogue and who takes part.

pub mod terms;
pub use terms::{ParticipantKind, Phase};

// Everything but the vocabulary touches the database.
cfg_if::cfg_if! {
    if #[cfg(feature = "db")] {
        mod dialogue;
        pub use dialogue::*;
        pub mod discussion;
        pub mod escalation;
        mod mails;
        pub mod map;
        pub mod opening;
        pub mod record;
        pub mod report;
        pub mod statements;
        pub mod votes;
        pub mod warnings;
    }
}
