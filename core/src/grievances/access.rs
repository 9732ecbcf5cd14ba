//! Who may see and handle a grievance: where it sits for permission checks, who handles
//! it, who may read it, who sees its private text and its author's name, and which party an
//! actor speaks for in its mediation. Every page, feed, mail and API answer asks here.

use crate::actor::Actor;
use crate::grievances::terms::Privacy;
use crate::mediation::terms::Party;
use crate::models::Grievance;
use crate::permissions::{allowed, Action, Grant, Place};

/// Where a grievance sits, for permission checks.
pub fn place(g: &Grievance) -> Place<'_> {
    Place {
        body: g.body_code.as_deref().unwrap_or(""),
        level: g.level_code,
        kato: &g.jurisdiction_kato,
    }
}

/// Staff who work on this grievance: its body's officials and the coordinators of its
/// level and place. They see private text and hidden authors.
pub fn is_handler(grants: &[Grant], g: &Grievance) -> bool {
    let p = place(g);
    allowed(grants, Action::HandleGrievance(p)) || allowed(grants, Action::Coordinate(p))
}

/// Staff who may read it: handlers and the coordinators above who oversee it.
pub fn may_read(grants: &[Grant], g: &Grievance) -> bool {
    is_handler(grants, g) || allowed(grants, Action::Oversee(place(g)))
}

/// Who may see the text: everyone for public grievances; the author and staff otherwise.
pub fn text_visible(g: &Grievance, viewer: Option<&Actor>) -> bool {
    g.privacy != Privacy::Private
        || viewer.is_some_and(|a| a.is_author(g) || may_read(&a.grants, g))
}

/// Whether the author's name may be shown to this viewer.
pub fn author_visible(g: &Grievance, viewer: Option<&Actor>) -> bool {
    g.privacy == Privacy::Public
        || viewer.is_some_and(|a| a.is_author(g) || is_handler(&a.grants, g))
}

/// The party an actor speaks for in a grievance's mediation, if any.
pub fn party_of(actor: &Actor, g: &Grievance) -> Option<Party> {
    if actor.is_author(g) {
        Some(Party::Citizen)
    } else if allowed(&actor.grants, Action::HandleGrievance(place(g))) {
        Some(Party::Body)
    } else {
        None
    }
}
