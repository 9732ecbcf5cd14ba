//! Rows as the rest of the code sees them.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use serde::Serialize;

use crate::schema::{categories, grievances, holidays, jurisdictions, mediation_levels};

/// Picks the name in the requested UI language; unknown codes fall back to Russian, which
/// every reference row has (it is the language of the official KATO list).
pub fn localized<'a>(lang: &str, kk: &'a str, ru: &'a str, en: &'a str) -> &'a str {
    match lang {
        "kk" => kk,
        "en" => en,
        _ => ru,
    }
}

macro_rules! localized_name {
    ($($t:ty),*) => {$(
        impl $t {
            pub fn name(&self, lang: &str) -> &str {
                localized(lang, &self.name_kk, &self.name_ru, &self.name_en)
            }
        }
    )*};
}
localized_name!(MediationLevel, Jurisdiction, Category, Holiday);

#[derive(Debug, Clone, Queryable, Insertable, Serialize)]
#[diesel(table_name = mediation_levels)]
pub struct MediationLevel {
    pub code: String,
    pub rank: i32,
    pub name_kk: String,
    pub name_ru: String,
    pub name_en: String,
}

#[derive(Debug, Clone, Queryable, Insertable, Serialize, serde::Deserialize)]
#[diesel(table_name = jurisdictions)]
pub struct Jurisdiction {
    pub kato: String,
    pub parent_kato: Option<String>,
    pub kind: String,
    pub name_kk: String,
    pub name_ru: String,
    pub name_en: String,
}

#[derive(Debug, Clone, Queryable, Insertable, Serialize)]
#[diesel(table_name = categories)]
pub struct Category {
    pub code: String,
    pub position: i32,
    pub sensitive: bool,
    pub name_kk: String,
    pub name_ru: String,
    pub name_en: String,
}

#[derive(Debug, Clone, Queryable, Insertable, Serialize)]
#[diesel(table_name = holidays)]
pub struct Holiday {
    pub day: NaiveDate,
    pub kind: String,
    pub name_kk: String,
    pub name_ru: String,
    pub name_en: String,
}

#[derive(Debug, Clone, Queryable, Serialize)]
#[diesel(table_name = grievances)]
pub struct Grievance {
    pub id: i64,
    pub tracking_code: String,
    pub appeal_kind: String,
    pub category_code: String,
    pub jurisdiction_kato: String,
    pub level_code: String,
    pub title: String,
    pub body: String,
    pub lang: String,
    pub privacy: String,
    pub status: String,
    pub submitted_at: NaiveDateTime,
    pub due_on: NaiveDate,
    pub updated_at: NaiveDateTime,
    pub is_demo: bool,
    pub author_user_id: Option<i64>,
    pub idempotency_key: Option<String>,
}

#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = grievances)]
pub struct NewGrievance {
    pub tracking_code: String,
    pub appeal_kind: String,
    pub category_code: String,
    pub jurisdiction_kato: String,
    pub level_code: String,
    pub title: String,
    pub body: String,
    pub lang: String,
    pub privacy: String,
    pub status: String,
    pub submitted_at: NaiveDateTime,
    pub due_on: NaiveDate,
    pub updated_at: NaiveDateTime,
    pub is_demo: bool,
    pub author_user_id: Option<i64>,
    pub idempotency_key: Option<String>,
}
