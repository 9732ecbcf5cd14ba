//! A citizen's own data: everything the portal holds about them as JSON, and deletion that
//! leaves nothing personal behind (the audit log keeps only the numeric id).

use crate::error::{Error, Result};
use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;
use serde_json::{json, Value};

use super::{password, User};
use crate::audit::{self, Client};
use crate::db::Db;
use crate::schema::{
    audit_log, grievance_reports, grievances, mail_outbox, role_grants, sessions, supports, users,
};

#[derive(Queryable, Selectable, Serialize)]
#[diesel(table_name = sessions)]
struct SessionRecord {
    created_at: NaiveDateTime,
    #[diesel(column_name = refreshed_at)]
    last_used_at: NaiveDateTime,
    revoked_at: Option<NaiveDateTime>,
    ip: Option<String>,
    user_agent: Option<String>,
}

#[derive(Queryable, Selectable, Serialize)]
#[diesel(table_name = role_grants)]
struct RoleRecord {
    role: String,
    #[diesel(column_name = body_code)]
    body: Option<String>,
    #[diesel(column_name = level_code)]
    level: Option<String>,
    #[diesel(column_name = jurisdiction_kato)]
    jurisdiction: Option<String>,
    granted_at: NaiveDateTime,
    revoked_at: Option<NaiveDateTime>,
}

#[derive(Queryable, Selectable, Serialize)]
#[diesel(table_name = audit_log)]
struct ActivityRecord {
    at: NaiveDateTime,
    action: String,
    ip: Option<String>,
    user_agent: Option<String>,
}

#[derive(Queryable, Selectable, Serialize)]
#[diesel(table_name = grievances)]
struct GrievanceRecord {
    tracking_code: String,
    title: String,
    status: String,
    privacy: String,
    submitted_at: NaiveDateTime,
}

/// A report this person made on a public grievance.
#[derive(Queryable, Selectable, Serialize)]
#[diesel(table_name = grievance_reports)]
struct ReportRecord {
    #[diesel(select_expression = grievances::tracking_code)]
    grievance: String,
    reason: String,
    at: NaiveDateTime,
}

#[derive(Queryable, Selectable, Serialize)]
#[diesel(table_name = mail_outbox)]
struct MailRecord {
    created_at: NaiveDateTime,
    subject: String,
    sent_at: Option<NaiveDateTime>,
}

fn sessions_of(conn: &mut Db, user_id: i64) -> Result<Vec<SessionRecord>> {
    Ok(sessions::table
        .filter(sessions::user_id.eq(user_id))
        .order(sessions::created_at)
        .select(SessionRecord::as_select())
        .load(conn)?)
}

fn roles_of(conn: &mut Db, user_id: i64) -> Result<Vec<RoleRecord>> {
    Ok(role_grants::table
        .filter(role_grants::user_id.eq(user_id))
        .select(RoleRecord::as_select())
        .load(conn)?)
}

fn activity_of(conn: &mut Db, user_id: i64) -> Result<Vec<ActivityRecord>> {
    Ok(audit_log::table
        .filter(audit_log::actor_user_id.eq(user_id))
        .order(audit_log::id)
        .select(ActivityRecord::as_select())
        .load(conn)?)
}

/// Everything the portal holds about an account, as one JSON document (GDPR-style export).
pub fn export(conn: &mut Db, user_id: i64) -> Result<Value> {
    let u: User = users::table.find(user_id).first(conn)?;
    let (sessions, roles, activity) = (
        sessions_of(conn, user_id)?,
        roles_of(conn, user_id)?,
        activity_of(conn, user_id)?,
    );
    let mails: Vec<MailRecord> = mail_outbox::table
        .filter(mail_outbox::recipient.eq(&u.email))
        .order(mail_outbox::id)
        .select(MailRecord::as_select())
        .load(conn)?;
    let grievances: Vec<GrievanceRecord> = grievances::table
        .filter(grievances::author_user_id.eq(user_id))
        .order(grievances::id)
        .select(GrievanceRecord::as_select())
        .load(conn)?;
    let supported: Vec<String> = supports::table
        .inner_join(grievances::table)
        .filter(supports::user_id.eq(user_id))
        .select(grievances::tracking_code)
        .load(conn)?;
    let reported: Vec<ReportRecord> = grievance_reports::table
        .inner_join(grievances::table)
        .filter(grievance_reports::reporter_user_id.eq(user_id))
        .order(grievance_reports::at)
        .select(ReportRecord::as_select())
        .load(conn)?;
    let draft = crate::grievances::drafts::load(conn, user_id)?.map(|(fields, _)| fields);
    let mail_turned_off = crate::mail::notices::optouts(conn, user_id)?;
    Ok(json!({
        "account": {
            "email": u.email,
            "email_verified_at": u.email_verified_at,
            "display_name": u.display_name,
            "legal_name": u.legal_name,
            "locale": u.locale,
            "created_at": u.created_at,
            "two_step_sign_in": u.totp_enabled_at.is_some(),
        },
        "sessions": sessions,
        "roles": roles,
        "activity": activity,
        "grievances": grievances,
        "supported": supported,
        "reported": reported,
        "draft": draft,
        "mail_turned_off": mail_turned_off,
        "mails": mails,
    }))
}

/// Deletes the account after checking its password: sessions, tokens, roles and codes go
/// with it (foreign keys cascade), mails to the address are purged from the outbox, the
/// grievances stay on the record without an author ("deleted user"), and the audit log
/// records the deletion under the bare id.
pub fn delete(conn: &mut Db, user_id: i64, password_input: &str, now: NaiveDateTime) -> Result<()> {
    crate::db::write_transaction(conn, |conn| {
        let u: User = users::table.find(user_id).first(conn)?;
        if !password::verify(password_input, &u.password_hash) {
            return Err(Error::invalid("password", "password-wrong"));
        }
        diesel::delete(mail_outbox::table.filter(mail_outbox::recipient.eq(&u.email)))
            .execute(conn)?;
        // The audit trail stays, but not the IP addresses and browsers that identify a person:
        // the one place where the log is edited, because erasure outranks append-only.
        diesel::update(audit_log::table.filter(audit_log::actor_user_id.eq(user_id)))
            .set((
                audit_log::ip.eq(None::<String>),
                audit_log::user_agent.eq(None::<String>),
            ))
            .execute(conn)?;
        // Grievances first filed without an account keep the address they were filed from:
        // it goes, with the secret link it opened, once they are the account's.
        diesel::update(grievances::table.filter(grievances::author_user_id.eq(user_id)))
            .set((
                grievances::guest_email.eq(None::<String>),
                grievances::guest_locale.eq(None::<kenes_i18n::Locale>),
                grievances::guest_key_hash.eq(None::<String>),
            ))
            .execute(conn)?;
        diesel::delete(users::table.find(user_id)).execute(conn)?;
        audit::record(
            conn,
            Some(user_id),
            "account_deleted",
            None,
            &Client::default(),
            now,
        )?;
        Ok(())
    })
}
