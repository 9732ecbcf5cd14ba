//! A grievance from filing to closure: the form and its drafts, guest filing, attachments,
//! routing to the responsible body, the legal clock and its escalation, the staff's steps, the citizen's appeal of a poor answer,
//! the lists that show grievances, and the Open311 view of them. `terms` is the browser-safe
//! vocabulary (states, kinds, privacy, tracking codes); everything else touches the database.

pub mod terms;

#[cfg(feature = "db")]
pub mod access;
#[cfg(feature = "db")]
pub mod appeal;
#[cfg(feature = "db")]
pub mod attachments;
#[cfg(feature = "db")]
pub mod drafts;
#[cfg(feature = "db")]
pub mod escalation;
#[cfg(feature = "db")]
pub mod filing;
#[cfg(feature = "db")]
pub mod guest;
#[cfg(feature = "db")]
pub mod handling;
#[cfg(feature = "db")]
pub mod open311;
#[cfg(feature = "db")]
pub mod places;
#[cfg(feature = "db")]
pub mod points;
#[cfg(feature = "db")]
pub mod queue;
#[cfg(feature = "db")]
pub mod read;
#[cfg(feature = "db")]
pub mod routing;
