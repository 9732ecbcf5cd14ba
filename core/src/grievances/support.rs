//! Citizens' support of a public grievance: co-signing it once, taking it back, and who
//! supports it. A duplicate shares its original's supporters, so every count and list here
//! runs over the original and its linked duplicates.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::Db;
use crate::error::{DbError, Error};
use crate::grievances::read::{self, find};
use crate::grievances::terms::Privacy;
use crate::models::Grievance;
use crate::schema::{grievances, supports};

/// The grievance whose timeline and support count a duplicate shares.
pub(crate) fn root(g: &Grievance) -> i64 {
    g.duplicate_of.unwrap_or(g.id)
}

/// The grievance and its linked duplicates.
fn group(conn: &mut Db, root_id: i64) -> Result<Vec<i64>, DbError> {
    let mut ids: Vec<i64> = grievances::table
        .filter(grievances::duplicate_of.eq(root_id))
        .select(grievances::id)
        .load(conn)?;
    ids.push(root_id);
    Ok(ids)
}

/// Whether readers with an account may support the grievance: only a public one is seen.
pub fn supportable(g: &Grievance) -> bool {
    g.privacy != Privacy::Private
}

/// Distinct supporters of a grievance together with its duplicates.
pub fn support_count(conn: &mut Db, g: &Grievance) -> Result<i64, DbError> {
    Ok(support_counts(conn, [g])?.get(&g.id).copied().unwrap_or(0))
}

/// Everyone who supports a grievance or one of its duplicates, once each.
pub fn supporters(conn: &mut Db, g: &Grievance) -> Result<Vec<i64>, DbError> {
    let ids = group(conn, root(g))?;
    Ok(supports::table
        .filter(supports::grievance_id.eq_any(ids))
        .select(supports::user_id)
        .distinct()
        .order(supports::user_id)
        .load(conn)?)
}

/// The grievances a citizen supports that are still public, the latest supported first.
pub fn supported_by(conn: &mut Db, user_id: i64) -> Result<Vec<read::GrievanceWithNames>, DbError> {
    use crate::schema::{categories, jurisdictions};
    Ok(supports::table
        .inner_join(
            grievances::table
                .inner_join(categories::table)
                .inner_join(jurisdictions::table),
        )
        .filter(supports::user_id.eq(user_id))
        .filter(grievances::privacy.ne(Privacy::Private))
        .order((supports::at.desc(), grievances::id.desc()))
        .select((
            grievances::all_columns,
            categories::all_columns,
            jurisdictions::all_columns,
        ))
        .load(conn)?)
}

/// The support counts of many grievances at once (a list, an export), each with its
/// original's and their duplicates' distinct supporters: by grievance id, a grievance
/// nobody supports absent.
pub fn support_counts<'a>(
    conn: &mut Db,
    gs: impl IntoIterator<Item = &'a Grievance>,
) -> Result<HashMap<i64, i64>, DbError> {
    let root_of_listed: HashMap<i64, i64> = gs.into_iter().map(|g| (g.id, root(g))).collect();
    let roots: Vec<i64> = root_of_listed.values().copied().collect();
    let duplicates: Vec<(i64, Option<i64>)> = grievances::table
        .filter(grievances::duplicate_of.eq_any(&roots))
        .select((grievances::id, grievances::duplicate_of))
        .load(conn)?;
    let root_of: HashMap<i64, i64> = roots
        .iter()
        .map(|&id| (id, id))
        .chain(
            duplicates
                .into_iter()
                .filter_map(|(id, of)| Some((id, of?))),
        )
        .collect();
    let members: Vec<i64> = root_of.keys().copied().collect();
    let rows: Vec<(i64, i64)> = supports::table
        .filter(supports::grievance_id.eq_any(members))
        .select((supports::grievance_id, supports::user_id))
        .load(conn)?;
    let distinct: HashSet<(i64, i64)> = rows
        .into_iter()
        .map(|(g, user)| (root_of[&g], user))
        .collect();
    let mut by_root: HashMap<i64, i64> = HashMap::new();
    for (root, _) in distinct {
        *by_root.entry(root).or_insert(0) += 1;
    }
    Ok(root_of_listed
        .into_iter()
        .filter_map(|(id, root)| Some((id, *by_root.get(&root)?)))
        .collect())
}

pub fn has_supported(conn: &mut Db, g: &Grievance, user_id: i64) -> Result<bool, DbError> {
    let ids = group(conn, root(g))?;
    let n: i64 = supports::table
        .filter(supports::grievance_id.eq_any(ids))
        .filter(supports::user_id.eq(user_id))
        .count()
        .get_result(conn)?;
    Ok(n > 0)
}

/// Another citizen co-signs a public grievance, once (across its duplicates too).
/// Returns the new support count.
pub fn support(conn: &mut Db, code: &str, user_id: i64, now: NaiveDateTime) -> Result<i64, Error> {
    crate::db::write_transaction(conn, |conn| {
        let g = find(conn, code)?;
        if !supportable(&g) {
            return Err(Error::NotFound);
        }
        if g.author_user_id == Some(user_id) {
            return Err(Error::invalid("support", "own"));
        }
        if has_supported(conn, &g, user_id)? {
            return Err(Error::invalid("support", "already"));
        }
        diesel::insert_into(supports::table)
            .values((
                supports::grievance_id.eq(g.id),
                supports::user_id.eq(user_id),
                supports::at.eq(now),
            ))
            .execute(conn)?;
        Ok(support_count(conn, &g)?)
    })
}

/// A supporter takes their support back (from the grievance and its duplicates alike).
/// Returns the new support count.
pub fn withdraw_support(conn: &mut Db, code: &str, user_id: i64) -> Result<i64, Error> {
    crate::db::write_transaction(conn, |conn| {
        let g = find(conn, code)?;
        if g.privacy == Privacy::Private {
            return Err(Error::NotFound);
        }
        let ids = group(conn, root(&g))?;
        let taken = diesel::delete(
            supports::table
                .filter(supports::grievance_id.eq_any(ids))
                .filter(supports::user_id.eq(user_id)),
        )
        .execute(conn)?;
        if taken == 0 {
            return Err(Error::invalid("support", "not-supported"));
        }
        Ok(support_count(conn, &g)?)
    })
}
