//! Words of public dialogues that the browser needs too: the phase a dialogue is in, and the
//! labels participants take part under.

use crate::names::string_enum;

string_enum!(
    /// Under which label a participant takes part: citizens, or stakeholders of a visible kind.
    ParticipantKind {
        Citizen = "citizen",
        Aksakal = "aksakal",
        CommunityLeader = "community_leader",
        Association = "association",
        Expert = "expert",
        Official = "official",
    }
);

string_enum!(
    /// Where a dialogue stands on a given day. Proposed: opened by a mediator, not yet
    /// approved by a coordinator.
    #[derive(Default)]
    Phase {
        Proposed = "proposed",
        Upcoming = "upcoming",
        Open = "open",
        // The default: a dialogue not (yet) read takes nothing, the least a page may assume.
        #[default]
        Closed = "closed",
    }
);
