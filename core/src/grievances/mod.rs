//! A grievance from filing to closure: the form and its drafts, guest filing, attachments,
//! routing to the responsible body, the legal clock and its escalation, the staff's steps, the citizen's appeal of a poor answer,
//! citizens' support (`support`), readers' reports of a public one that breaks the rules (`reports`), taking a public one out
//! of public view (`visibility`), the lists that show grievances, and
//! the Open311 view of them. `terms` is the browser-safe
//! vocabulary (states, kinds, privacy, tracking codes); everything else touches the database.

pub mod terms;

// Everything but the vocabulary touches the database.
cfg_if::cfg_if! {
    if #[cfg(feature = "db")] {
        pub mod access;
        pub mod appeal;
        pub mod attachments;
        pub mod drafts;
        pub mod escalation;
        pub mod filing;
        pub mod guest;
        pub mod handling;
        pub mod open311;
        pub mod places;
        pub mod points;
        pub mod queue;
        pub mod read;
        pub mod reports;
        pub mod routing;
        pub mod support;
        pub mod visibility;
    }
}
