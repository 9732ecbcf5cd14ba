//! Invited stakeholders: people the mediator brings into a room besides the parties (an
//! aksakal, a community leader, an ethnocultural association, an expert). They need an
//! account, so that the room knows who writes. They write and mark proposals like any
//! participant; only the parties answer an agreement.

use crate::error::Error;
use crate::mediation::terms::{Seat, StakeholderKind};
use diesel::prelude::*;

use crate::actor::{Act, Actor};
use crate::db::Db;
use crate::error::DbError;
use crate::mail::notices::{self, Notice};
use crate::mail::Site;
use crate::mediation::room::{self, Room};
use crate::schema::{room_stakeholders, users};

/// A stakeholder as the room lists them.
#[derive(Debug, Clone, PartialEq, Eq, Queryable)]
pub struct Stakeholder {
    pub user_id: i64,
    pub name: String,
    pub kind: StakeholderKind,
}

pub fn list(conn: &mut Db, room: &Room) -> Result<Vec<Stakeholder>, DbError> {
    Ok(crate::natively!(conn, |c| room_stakeholders::table
        .inner_join(users::table)
        .filter(room_stakeholders::mediation_id.eq(room.mediation.id))
        .filter(room_stakeholders::removed_at.is_null())
        .order(room_stakeholders::invited_at)
        .select((
            room_stakeholders::user_id,
            users::display_name,
            room_stakeholders::kind,
        ))
        .load(c)?))
}

/// The mediator invites the account with this e-mail address; they are mailed a link.
pub fn invite(
    conn: &mut Db,
    code: &str,
    act: Act,
    email: &str,
    kind: &str,
    site: &Site,
) -> Result<i64, Error> {
    crate::db::write_transaction(conn, |conn| {
        let room = room::for_mediator(conn, code, act.actor, "email")?;
        let kind = StakeholderKind::parse(kind).ok_or_else(|| Error::invalid("kind", "choose"))?;
        let email = crate::accounts::normalize_email(email)
            .ok_or_else(|| Error::invalid("email", "email-invalid"))?;
        let (user, _) = crate::accounts::by_email(conn, &email)?
            .ok_or_else(|| Error::invalid("email", "no-account"))?;
        let invitee = Actor::user(user, crate::accounts::roles::active_grants(conn, user)?);
        if room::seat(&invitee, &room).is_some_and(|s| s != Seat::Moderator) {
            return Err(Error::invalid("email", "already"));
        }
        // Someone removed earlier may be invited again.
        let seat = (
            room_stakeholders::kind.eq(kind),
            room_stakeholders::invited_at.eq(act.now),
            room_stakeholders::removed_at.eq(None::<chrono::NaiveDateTime>),
        );
        let room_id = room.mediation.id;
        crate::upsert!(
            conn,
            room_stakeholders,
            (mediation_id, user_id) = (room_id, user),
            seat
        )?;
        let notice = Notice::Invited {
            kind: kind.to_string(),
        };
        notices::send(conn, user, (&room.grievance).into(), &notice, site, act.now)?;
        Ok(user)
    })
}

/// The mediator takes a stakeholder's seat away; what they wrote stays.
pub fn remove(conn: &mut Db, code: &str, act: Act, user: i64) -> Result<(), Error> {
    let room = room::open(conn, code)?;
    room.mediated_by(act.actor)?;
    let removed = diesel::update(room_stakeholders::table.find((room.mediation.id, user)))
        .filter(room_stakeholders::removed_at.is_null())
        .set(room_stakeholders::removed_at.eq(act.now))
        .execute(conn)?;
    if removed == 0 {
        return Err(Error::NotFound);
    }
    Ok(())
}
