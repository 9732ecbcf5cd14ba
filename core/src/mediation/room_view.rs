//! What a room shows of a message: shared by the server and the browser.

/// A message as the room shows it to a reader.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct MessageView {
    pub id: i64,
    pub parent_id: Option<i64>,
    /// The seat the author wrote from: citizen, official, mediator, moderator.
    pub author_role: String,
    /// Shown only where the author may be named (never a hidden citizen).
    pub author_name: Option<String>,
    pub mine: bool,
    pub lang: String,
    /// `None` when hidden.
    pub body: Option<String>,
    pub hidden_reason: Option<String>,
    pub at: String,
    pub edited: bool,
    /// The reader reported it (and is not offered to report it again).
    pub reported: bool,
    /// The reader wrote it and may still correct it (the edit window is open).
    pub editable: bool,
}

/// What an invited stakeholder is in the room.
pub const STAKEHOLDER_KINDS: &[&str] = &["aksakal", "community_leader", "association", "expert"];
