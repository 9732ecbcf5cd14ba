//! Words of oversight that the browser needs too: where an alert stands and where it may go.

use crate::names::string_enum;

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
