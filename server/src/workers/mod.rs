//! Background work that must survive restarts: mail delivery from the outbox, the escalation sweep of overdue cases, and the search index fed from its outbox.

pub mod escalation;
pub mod mail;
pub mod search_index;
