//! What a room shows of a message: shared by the server and the browser.

use std::sync::Arc;

/// A message as the room shows it to a reader. Its texts are shared with the thread as kept
/// for every reader (`discussion::kept`), not copied for each.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct MessageView {
    pub id: i64,
    pub parent_id: Option<i64>,
    /// The seat the author wrote from: citizen, official, mediator, moderator.
    pub author_role: Arc<str>,
    /// Shown only where the author may be named (never a hidden citizen).
    pub author_name: Option<Arc<str>>,
    pub mine: bool,
    pub lang: Arc<str>,
    /// `None` when hidden.
    pub body: Option<Arc<str>>,
    pub hidden_reason: Option<Arc<str>>,
    pub at: Arc<str>,
    pub edited: bool,
    /// The reader reported it (and is not offered to report it again).
    pub reported: bool,
    /// The reader wrote it and may still correct it (the edit window is open).
    pub editable: bool,
}
