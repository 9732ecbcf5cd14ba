//! The append-only audit log: who did what, when, from where. Never personal data beyond
//! the actor's id (a deleted account's entries stay, pointing at an id that no longer exists).

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::actor::Act;
use crate::db::Db;
use crate::error::DbResult;
use crate::schema::audit_log;

/// Where a request came from, for sessions and the audit log.
#[derive(Debug, Clone, Default)]
pub struct Client {
    pub ip: Option<String>,
    pub user_agent: Option<String>,
}

/// Records a step of the domain, by whoever took it, when they took it.
pub fn record_step(
    conn: &mut Db,
    act: Act,
    action: &str,
    subject: Option<&str>,
    client: &Client,
) -> DbResult<()> {
    record(conn, act.actor.account(), action, subject, client, act.now)
}

pub fn record(
    conn: &mut Db,
    actor: Option<i64>,
    action: &str,
    subject: Option<&str>,
    client: &Client,
    now: NaiveDateTime,
) -> DbResult<()> {
    diesel::insert_into(audit_log::table)
        .values((
            audit_log::at.eq(now),
            audit_log::actor_user_id.eq(actor),
            audit_log::action.eq(action),
            audit_log::subject.eq(subject),
            audit_log::ip.eq(client.ip.as_deref()),
            audit_log::user_agent.eq(client.user_agent.as_deref()),
        ))
        .execute(conn)?;
    Ok(())
}
