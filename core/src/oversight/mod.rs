//! What coordinators and the public watch: early-warning signals (pure detectors) and the
//! alerts kept from them, the coordinators' dashboard, and the public accountability ranking
//! of responsible bodies.

#[cfg(feature = "db")]
pub mod accountability;
#[cfg(feature = "db")]
pub mod alerts;
#[cfg(feature = "db")]
pub mod dashboard;
#[cfg(feature = "db")]
pub mod signals;
pub mod terms;
