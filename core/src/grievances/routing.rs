//! Responsible bodies and the routing rules that send a grievance to one of them. Both are
//! reference data that administrators edit; a fresh database gets a default set (an akimat
//! for every district, city and region, and the Government at the national level).

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::Db;
use crate::error::DbResult;
use crate::error::{Error, FieldError};
use crate::models::{Body, Jurisdiction};
use crate::permissions::{allowed, Action, Grant, Level};
use crate::schema::{bodies, categories, jurisdictions, routing_rules};

/// The body that answers for the whole country when nothing nearer covers a case.
pub const NATIONAL_BODY: &str = "government";

/// A rule with the body it routes to.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = routing_rules)]
pub struct Rule {
    pub id: i64,
    #[diesel(column_name = jurisdiction_kato)]
    pub kato: Option<String>,
    #[diesel(column_name = category_code)]
    pub category: Option<String>,
    #[diesel(embed)]
    pub body: Body,
}

/// Picks the body for a place and category among `rules`: the lowest level at or above
/// `at_least` that covers the place; then the nearest jurisdiction; then a rule for the
/// category over a rule for any category.
pub fn choose<'a>(
    rules: &'a [Rule],
    kato: &str,
    category: &str,
    at_least: Level,
) -> Option<&'a Body> {
    rules
        .iter()
        .filter(|r| r.body.active && r.body.level_code.rank() >= at_least.rank())
        .filter(|r| r.kato.as_deref().is_none_or(|k| kato.starts_with(k)))
        .filter(|r| r.category.as_deref().is_none_or(|c| c == category))
        .min_by_key(|r| {
            (
                r.body.level_code.rank(),
                std::cmp::Reverse(r.kato.as_deref().map_or(0, str::len)),
                r.category.is_none(),
                r.id,
            )
        })
        .map(|r| &r.body)
}

pub fn rules(conn: &mut Db) -> DbResult<Vec<Rule>> {
    Ok(routing_rules::table
        .inner_join(bodies::table)
        .order(routing_rules::id)
        .select(Rule::as_select())
        .load(conn)?)
}

/// The body a new (or escalated) grievance goes to. Loads only the rules that can match:
/// those for the place's KATO prefixes or the whole country.
pub fn route(conn: &mut Db, kato: &str, category: &str, at_least: Level) -> DbResult<Option<Body>> {
    let prefixes: Vec<&str> = (1..=kato.len())
        .filter(|&n| kato.is_char_boundary(n))
        .map(|n| &kato[..n])
        .collect();
    let candidates: Vec<Rule> = routing_rules::table
        .inner_join(bodies::table)
        .filter(
            routing_rules::jurisdiction_kato
                .eq_any(prefixes)
                .or(routing_rules::jurisdiction_kato.is_null()),
        )
        .select(Rule::as_select())
        .load(conn)?;
    Ok(choose(&candidates, kato, category, at_least).cloned())
}

pub fn body(conn: &mut Db, code: &str) -> DbResult<Option<Body>> {
    Ok(bodies::table.find(code).first(conn).optional()?)
}

pub fn all_bodies(conn: &mut Db) -> DbResult<Vec<Body>> {
    Ok(bodies::table
        .order((bodies::level_code.desc(), bodies::name_ru))
        .load(conn)?)
}

/// Fills an empty bodies table with the default set and one rule per body.
pub fn load_defaults(conn: &mut Db, now: NaiveDateTime) -> DbResult<usize> {
    let existing: i64 = bodies::table.count().get_result(conn)?;
    if existing > 0 {
        return Ok(0);
    }
    let places: Vec<Jurisdiction> = jurisdictions::table.order(jurisdictions::kato).load(conn)?;
    let mut defaults = vec![Body {
        code: NATIONAL_BODY.into(),
        level_code: Level::National,
        jurisdiction_kato: None,
        name_kk: "ҚР Үкіметі Аппараты".into(),
        name_ru: "Аппарат Правительства РК".into(),
        name_en: "Office of the Government of Kazakhstan".into(),
        active: true,
    }];
    for p in &places {
        let level = p.kind.akimat_level();
        defaults.push(Body {
            code: format!("akimat-{}", p.kato),
            level_code: level,
            jurisdiction_kato: Some(p.kato.clone()),
            name_kk: format!("Әкімдік: {}", p.name_kk),
            name_ru: format!("Акимат: {}", p.name_ru),
            name_en: format!("Akimat: {}", p.name_en),
            active: true,
        });
    }
    crate::db::write_transaction(conn, |conn| {
        // A rule for each body, to the body's own place.
        let rules: Vec<_> = defaults
            .iter()
            .map(|b| {
                (
                    routing_rules::jurisdiction_kato.eq(b.jurisdiction_kato.clone()),
                    routing_rules::body_code.eq(b.code.clone()),
                    routing_rules::created_at.eq(now),
                )
            })
            .collect();
        let written = crate::insert_all!(conn, bodies, defaults)?;
        crate::insert_all!(conn, routing_rules, rules)?;
        Ok(written)
    })
}

/// A body as an administrator types it in (a form's fields; those left out are empty).
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(default)]
pub struct BodyInput {
    pub code: String,
    pub level: String,
    pub kato: String,
    pub name_kk: String,
    pub name_ru: String,
    pub name_en: String,
}

fn kato_exists(conn: &mut Db, kato: &str) -> DbResult<bool> {
    Ok(jurisdictions::table
        .find(kato)
        .count()
        .get_result::<i64>(conn)?
        > 0)
}

fn check_admin(grants: &[Grant]) -> Result<(), Error> {
    if allowed(grants, Action::ManageReferenceData) {
        Ok(())
    } else {
        Err(Error::Forbidden)
    }
}

/// Creates a body or updates the one with the same code (administrators only).
pub fn save_body(conn: &mut Db, grants: &[Grant], input: &BodyInput) -> Result<(), Error> {
    check_admin(grants)?;
    let code = input.code.trim();
    let mut errors = Vec::new();
    let code_ok = (3..=64).contains(&code.len())
        && code
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if !code_ok {
        errors.push(FieldError::new("code", "code"));
    }
    let level = Level::parse(&input.level);
    if level.is_none() {
        errors.push(FieldError::new("level", "choose"));
    }
    let kato = Some(input.kato.trim()).filter(|k| !k.is_empty());
    match (level, kato) {
        (Some(Level::National), Some(_)) => errors.push(FieldError::new("kato", "national")),
        (Some(Level::Local | Level::Regional), None) => {
            errors.push(FieldError::new("kato", "required"))
        }
        (_, Some(k)) if !kato_exists(conn, k)? => errors.push(FieldError::new("kato", "unknown")),
        _ => {}
    }
    for (field, name) in [
        ("name_kk", &input.name_kk),
        ("name_ru", &input.name_ru),
        ("name_en", &input.name_en),
    ] {
        if !(2..=200).contains(&name.trim().chars().count()) {
            errors.push(FieldError::new(field, "required"));
        }
    }
    let Some(level) = level.filter(|_| errors.is_empty()) else {
        return Err(Error::Invalid(errors));
    };
    let row = Body {
        code: code.into(),
        level_code: level,
        jurisdiction_kato: kato.map(str::to_owned),
        name_kk: input.name_kk.trim().into(),
        name_ru: input.name_ru.trim().into(),
        name_en: input.name_en.trim().into(),
        active: true,
    };
    crate::db::write_transaction(conn, |conn| {
        let updated = diesel::update(bodies::table.find(code))
            .set((
                bodies::level_code.eq(&row.level_code),
                bodies::jurisdiction_kato.eq(&row.jurisdiction_kato),
                bodies::name_kk.eq(&row.name_kk),
                bodies::name_ru.eq(&row.name_ru),
                bodies::name_en.eq(&row.name_en),
                bodies::active.eq(true),
            ))
            .execute(conn)?;
        if updated == 0 {
            diesel::insert_into(bodies::table)
                .values(&row)
                .execute(conn)?;
        }
        Ok(())
    })
}

/// Adds a rule: grievances about `category` (empty: any) in `kato` (empty: anywhere) go to
/// `body`.
pub fn add_rule(
    conn: &mut Db,
    grants: &[Grant],
    kato: &str,
    category: &str,
    body_code: &str,
    now: NaiveDateTime,
) -> Result<i64, Error> {
    check_admin(grants)?;
    let kato = Some(kato.trim()).filter(|k| !k.is_empty());
    let category = Some(category.trim()).filter(|c| !c.is_empty());
    let mut errors = Vec::new();
    if let Some(k) = kato {
        if !kato_exists(conn, k)? {
            errors.push(FieldError::new("kato", "unknown"));
        }
    }
    if let Some(c) = category {
        let n: i64 = categories::table.find(c).count().get_result(conn)?;
        if n == 0 {
            errors.push(FieldError::new("category", "choose"));
        }
    }
    if body(conn, body_code)?.is_none_or(|b| !b.active) {
        errors.push(FieldError::new("body", "choose"));
    }
    if !errors.is_empty() {
        return Err(Error::Invalid(errors));
    }
    Ok(diesel::insert_into(routing_rules::table)
        .values((
            routing_rules::jurisdiction_kato.eq(kato),
            routing_rules::category_code.eq(category),
            routing_rules::body_code.eq(body_code),
            routing_rules::created_at.eq(now),
        ))
        .returning(routing_rules::id)
        .get_result(conn)
        .map_err(crate::DbError::from)?)
}

pub fn delete_rule(conn: &mut Db, grants: &[Grant], id: i64) -> Result<bool, Error> {
    check_admin(grants)?;
    Ok(diesel::delete(routing_rules::table.find(id)).execute(conn)? == 1)
}

/// Rules for places under a KATO prefix (empty: all), nearest first, at most `limit`.
pub fn rules_under(conn: &mut Db, prefix: &str, limit: i64) -> DbResult<Vec<Rule>> {
    let mut q = routing_rules::table
        .inner_join(bodies::table)
        .select(Rule::as_select())
        .order((routing_rules::jurisdiction_kato, routing_rules::id))
        .limit(limit)
        .into_boxed();
    if !prefix.is_empty() {
        q = q.filter(routing_rules::jurisdiction_kato.like(format!("{prefix}%")));
    }
    Ok(q.load(conn)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule(id: i64, kato: Option<&str>, category: Option<&str>, body: &str, level: Level) -> Rule {
        Rule {
            id,
            kato: kato.map(Into::into),
            category: category.map(Into::into),
            body: Body {
                code: body.into(),
                level_code: level,
                jurisdiction_kato: kato.map(Into::into),
                name_kk: body.into(),
                name_ru: body.into(),
                name_en: body.into(),
                active: true,
            },
        }
    }

    #[test]
    fn routes_to_the_lowest_nearest_most_specific_body() {
        let rules = vec![
            rule(1, None, None, "government", Level::National),
            rule(2, Some("11"), None, "akimat-11", Level::Regional),
            rule(3, Some("1132"), None, "akimat-1132", Level::Local),
            rule(4, Some("1132"), Some("land"), "land-1132", Level::Local),
            rule(
                5,
                Some("11"),
                Some("interethnic"),
                "ethno-11",
                Level::Regional,
            ),
        ];
        let pick = |kato, cat, at| choose(&rules, kato, cat, at).map(|b| b.code.as_str());
        assert_eq!(pick("1132", "housing", Level::Local), Some("akimat-1132"));
        assert_eq!(pick("1132", "land", Level::Local), Some("land-1132"));
        assert_eq!(
            pick("113245", "land", Level::Local),
            Some("land-1132"),
            "prefix"
        );
        // Nothing local covers district 1134: the region's akimat answers.
        assert_eq!(pick("1134", "housing", Level::Local), Some("akimat-11"));
        // The lowest level wins over a category-specific rule higher up.
        assert_eq!(
            pick("1132", "interethnic", Level::Local),
            Some("akimat-1132")
        );
        assert_eq!(
            pick("1132", "interethnic", Level::Regional),
            Some("ethno-11")
        );
        assert_eq!(pick("1132", "housing", Level::National), Some("government"));
        assert_eq!(pick("7511", "housing", Level::Local), Some("government"));
        let none: Vec<Rule> = rules.into_iter().filter(|r| r.id != 1).collect();
        assert_eq!(choose(&none, "7511", "housing", Level::Local), None);
    }

    #[test]
    fn inactive_bodies_get_nothing() {
        let mut r = rule(1, Some("1132"), None, "akimat-1132", Level::Local);
        r.body.active = false;
        let rules = [r, rule(2, Some("11"), None, "akimat-11", Level::Regional)];
        assert_eq!(
            choose(&rules, "1132", "land", Level::Local).map(|b| b.code.as_str()),
            Some("akimat-11")
        );
    }
}
