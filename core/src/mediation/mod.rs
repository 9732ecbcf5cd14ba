//! Mediation: a party's request and the matching of a neutral mediator (`request`), the
//! dialogue room and who sits in it (`room`, `stakeholders`), public deliberation on a case
//! (`deliberation`), moderation of what is said, the meetings the mediator schedules, and
//! the public registry of mediators with their record (`registry`), and the agreement's
//! commitments followed until kept (`commitments`), and the parties' feedback on
//! their mediator (`feedback`).
//! `terms` and `room_view` are the browser-safe vocabulary shared with the live islands.

pub mod room_view;
pub mod terms;

// Everything but the vocabulary and the room view touches the database.
cfg_if::cfg_if! {
    if #[cfg(feature = "db")] {
        pub mod commitments;
        pub mod deliberation;
        pub mod feedback;
        pub mod meetings;
        pub mod moderation;
        pub mod registry;
        pub mod request;
        pub mod room;
        pub mod stakeholders;
    }
}
