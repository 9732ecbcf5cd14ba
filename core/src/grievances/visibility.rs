//! Taking a public grievance out of public view. Its author may at any time: they chose to
//! publish it and may change their mind (they wrote their address into it, a neighbour
//! recognised them). A moderator of its territory may when its text breaks the rules
//! (insults, someone else's personal data), saying why; the author is told.
//!
//! The grievance goes on as a private one: its handling, deadlines and the author's mails do
//! not change. It leaves the public list, the API and the open data, and its supporters no
//! longer hear of it. There is no way back to public: what one person asked to hide, nobody
//! else publishes again.

use diesel::prelude::*;

use crate::actor::Act;
use crate::audit::{self, Client};
use crate::db::Db;
use crate::error::Error;
use crate::grievances::read::find;
use crate::grievances::reports::{self, moderates};
use crate::grievances::terms::{Capacity, Privacy, REASON_MIN};
use crate::mail::notices::{self, Notice};
use crate::mail::Site;
use crate::models::Grievance;
use crate::schema::grievances;
use crate::timeline::NewEvent;

/// What the form said: the author ticks that they understand it cannot be made public
/// again; a moderator names the rule it breaks.
#[derive(Debug, Clone, Copy, Default)]
pub struct Hiding<'a> {
    pub confirmed: bool,
    pub reason: &'a str,
}

/// Whether this actor may hide `g` (the grievance page offers the step to them only).
pub fn may_hide(actor: &crate::actor::Actor, g: &Grievance) -> bool {
    g.privacy != Privacy::Private && (actor.is_author(g) || moderates(actor, g))
}

/// Makes the public grievance `code` private: as its author, or else as a moderator.
pub fn hide(
    conn: &mut Db,
    code: &str,
    act: Act,
    hiding: Hiding<'_>,
    client: &Client,
    site: &Site,
) -> Result<(), Error> {
    crate::db::write_transaction(conn, |conn| {
        let g = find(conn, code)?;
        let (role, note) = checked(act, &g, hiding)?;
        let changed = diesel::update(
            grievances::table
                .find(g.id)
                .filter(grievances::privacy.ne(Privacy::Private)),
        )
        .set((
            grievances::privacy.eq(Privacy::Private),
            grievances::updated_at.eq(act.now),
        ))
        .execute(conn)?;
        if changed != 1 {
            return Err(Error::invalid("hide", "already-private"));
        }
        reports::settle(conn, &g, "hidden", act.now)?;
        NewEvent::by(role)
            .kind("hidden")
            .noted(note.as_deref())
            .append(conn, g.id, act.now)?;
        if let Some(reason) = note {
            notices::to_author(conn, &g, &Notice::Hidden { reason }, site, act.now)?;
        }
        audit::record_step(
            conn,
            act,
            "grievance_hidden",
            Some(&g.tracking_code),
            client,
        )?;
        Ok(())
    })
}

/// The role the step is taken in and the moderator's reason; or why it may not be taken.
fn checked(
    act: Act,
    g: &Grievance,
    hiding: Hiding<'_>,
) -> Result<(Capacity, Option<String>), Error> {
    if g.privacy == Privacy::Private {
        // Nobody outside its readers learns that it exists.
        return Err(Error::Forbidden);
    }
    if act.actor.is_author(g) {
        if !hiding.confirmed {
            return Err(Error::invalid("confirm", "hide-unconfirmed"));
        }
        return Ok((Capacity::Citizen, None));
    }
    Error::forbidden_unless(moderates(act.actor, g))?;
    let reason = crate::error::typed_text("reason", hiding.reason, REASON_MIN..=1000)?;
    Ok((Capacity::Moderator, Some(reason)))
}
