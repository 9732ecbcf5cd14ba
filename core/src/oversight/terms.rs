//! Words of oversight that the browser needs too: where an alert stands and where it may go.

use crate::names::string_enum;

string_enum!(
    /// What an early warning found: a spike of new grievances, a sensitive category, a
    /// cluster of similar ones, a surge of support, overdue or reopened ones piling up, a
    /// body breaking mediated agreements, or a public dialogue hiding much more than usual
    /// or drifting apart.
    AlertKind {
        Spike = "spike",
        Sensitive = "sensitive",
        Cluster = "cluster",
        Surge = "surge",
        Overdue = "overdue",
        Reopened = "reopened",
        Broken = "broken",
        DialogueHidden = "dialogue_hidden",
        DialogueDrift = "dialogue_drift",
    }
);

string_enum!(
    /// Where an early-warning alert stands: raised, acknowledged by a coordinator, or closed.
    #[derive(Default)]
    AlertState {
        #[default]
        New = "new",
        Acknowledged = "acknowledged",
        Closed = "closed",
    }
);

impl AlertState {
    /// The states a coordinator may move an alert on to from this one.
    pub fn next(self) -> &'static [AlertState] {
        match self {
            AlertState::New => &[AlertState::Acknowledged, AlertState::Closed],
            AlertState::Acknowledged => &[AlertState::Closed],
            AlertState::Closed => &[],
        }
    }
}
