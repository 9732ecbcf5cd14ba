//! Drafts of grievances, kept on the server for signed-in citizens: saved on request and
//! whenever a submission is refused, restored when the filing page opens again, removed in
//! the same transaction that files the grievance.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::Db;
use crate::error::DbResult;
use crate::schema::drafts;

/// Fields a draft keeps (the filing form's, minus the idempotency key).
pub const FIELDS: &[&str] = &[
    "appeal_kind",
    "category",
    "kato",
    "title",
    "body",
    "lang",
    "privacy",
];
/// A draft is a form's worth of text; anything longer is not one.
const MAX_CHARS: usize = 10_000;

pub type Fields = Vec<(String, String)>;

pub fn save(conn: &mut Db, user_id: i64, fields: &Fields, now: NaiveDateTime) -> DbResult<()> {
    let kept: Fields = fields
        .iter()
        .filter(|(k, _)| FIELDS.contains(&k.as_str()))
        .cloned()
        .collect();
    let json = serde_json::to_string(&kept).expect("strings serialise");
    if json.chars().count() > MAX_CHARS {
        return Ok(());
    }
    crate::db::write_transaction(conn, |conn| {
        let updated = diesel::update(drafts::table.find(user_id))
            .set((drafts::fields.eq(&json), drafts::updated_at.eq(now)))
            .execute(conn)?;
        if updated == 0 {
            diesel::insert_into(drafts::table)
                .values((
                    drafts::user_id.eq(user_id),
                    drafts::fields.eq(&json),
                    drafts::updated_at.eq(now),
                ))
                .execute(conn)?;
        }
        Ok(())
    })
}

/// The citizen's draft and when it was saved.
pub fn load(conn: &mut Db, user_id: i64) -> DbResult<Option<(Fields, NaiveDateTime)>> {
    let row: Option<(String, NaiveDateTime)> = drafts::table
        .find(user_id)
        .select((drafts::fields, drafts::updated_at))
        .first(conn)
        .optional()?;
    Ok(row.and_then(|(json, at)| serde_json::from_str(&json).ok().map(|f| (f, at))))
}

pub fn delete(conn: &mut Db, user_id: i64) -> DbResult<()> {
    diesel::delete(drafts::table.find(user_id)).execute(conn)?;
    Ok(())
}
