//! Background work that must survive restarts: mail delivery from the outbox, the escalation sweep of overdue cases, the search index fed from its outbox, and the opinion maps of public dialogues.

pub mod escalation;
pub mod mail;
pub mod opinion_maps;
pub mod search_index;
