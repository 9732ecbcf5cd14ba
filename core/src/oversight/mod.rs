//! What coordinators and the public watch: early-warning signals (pure detectors) and the
//! alerts kept from them, the coordinators' dashboard, and the public accountability ranking
//! of responsible bodies.

// Everything but the vocabulary touches the database.
cfg_if::cfg_if! {
    if #[cfg(feature = "db")] {
        pub mod accountability;
        pub mod alerts;
        pub mod dashboard;
        pub mod signals;
    }
}

pub mod terms;
