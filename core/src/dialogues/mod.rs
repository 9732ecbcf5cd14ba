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

#[cfg(feature = "db")]
mod dialogue;
#[cfg(feature = "db")]
pub use dialogue::*;

#[cfg(feature = "db")]
pub mod discussion;
#[cfg(feature = "db")]
pub mod escalation;
#[cfg(feature = "db")]
mod mails;
#[cfg(feature = "db")]
pub mod map;
#[cfg(feature = "db")]
pub mod opening;
#[cfg(feature = "db")]
pub mod record;
#[cfg(feature = "db")]
pub mod report;
#[cfg(feature = "db")]
pub mod statements;
#[cfg(feature = "db")]
pub mod votes;
#[cfg(feature = "db")]
pub mod warnings;
