//! Mediation: a party's request and the matching of a neutral mediator (`request`), the
//! dialogue room and who sits in it (`room`, `stakeholders`), public deliberation on a case
//! (`deliberation`), moderation of what is said, the meetings the mediator schedules, and
//! the public registry of mediators with their record (`registry`), and the agreement's
//! commitments followed until kept (`commitments`), and the parties' feedback on
//! their mediator (`feedback`).
//! `terms` and `room_view` are the browser-safe vocabulary shared with the live islands.

pub mod room_view;
pub mod terms;

#[cfg(feature = "db")]
pub mod commitments;
#[cfg(feature = "db")]
pub mod deliberation;
#[cfg(feature = "db")]
pub mod feedback;
#[cfg(feature = "db")]
pub mod meetings;
#[cfg(feature = "db")]
pub mod moderation;
#[cfg(feature = "db")]
pub mod registry;
#[cfg(feature = "db")]
pub mod request;
#[cfg(feature = "db")]
pub mod room;
#[cfg(feature = "db")]
pub mod stakeholders;
