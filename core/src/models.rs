//! Rows as the rest of the code sees them.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use kenes_i18n::Locale;
use serde::Serialize;

use crate::grievances::terms::{AppealKind, Privacy, Status};
use crate::permissions::Level;
use crate::schema::{bodies, categories, grievances, holidays, jurisdictions, mediation_levels};

/// Picks the name in the requested UI language; unknown codes fall back to Russian, which
/// every reference row has (it is the language of the official KATO list).
pub fn localized<'a>(lang: &str, kk: &'a str, ru: &'a str, en: &'a str) -> &'a str {
    match lang {
        "kk" => kk,
        "en" => en,
        _ => ru,
    }
}

/// A reference row a form offers as a choice: its code, and its name in each language.
pub trait Named {
    fn code(&self) -> &str;
    fn name(&self, lang: &str) -> &str;
}

/// Names in the three languages for each type; with a code field, the type is `Named` too.
macro_rules! localized_name {
    ($($t:ty $(: $code:ident)?),*) => {$(
        impl $t {
            pub fn name(&self, lang: &str) -> &str {
                localized(lang, &self.name_kk, &self.name_ru, &self.name_en)
            }
        }
        $(
            impl Named for $t {
                fn code(&self) -> &str {
                    &self.$code
                }
                fn name(&self, lang: &str) -> &str {
                    <$t>::name(self, lang)
                }
            }
        )?
    )*};
}
localized_name!(MediationLevel: code, Jurisdiction: kato, Category: code, Holiday, Body: code);

#[derive(Debug, Clone, Queryable, Insertable, Serialize)]
#[diesel(table_name = mediation_levels)]
pub struct MediationLevel {
    pub code: String,
    pub rank: i32,
    pub name_kk: String,
    pub name_ru: String,
    pub name_en: String,
}

crate::names::string_enum!(
    /// The kinds of place in the KATO list: the 17 regions, the three cities of republican
    /// significance (Astana, Almaty, Shymkent: regions of their own), and the cities and
    /// districts within the regions.
    PlaceKind {
        Region = "region",
        CityRs = "city_rs",
        City = "city",
        District = "district",
    }
);

crate::names::string_enum!(
    /// A public holiday, or the working day off it moved to because it fell on a weekend.
    HolidayKind {
        Holiday = "holiday",
        Transfer = "transfer",
    }
);

impl PlaceKind {
    /// A grievance is filed about a city or a district, never about a whole region.
    pub fn takes_grievances(self) -> bool {
        self != PlaceKind::Region
    }

    pub fn is_city(self) -> bool {
        matches!(self, PlaceKind::City | PlaceKind::CityRs)
    }

    /// The level of the akimat that answers for the place: a region's own, or a city's
    /// or district's.
    pub fn akimat_level(self) -> Level {
        match self {
            PlaceKind::Region | PlaceKind::CityRs => Level::Regional,
            PlaceKind::City | PlaceKind::District => Level::Local,
        }
    }
}

#[derive(Debug, Clone, Queryable, Insertable, Serialize, serde::Deserialize)]
#[diesel(table_name = jurisdictions)]
pub struct Jurisdiction {
    pub kato: String,
    pub parent_kato: Option<String>,
    pub kind: PlaceKind,
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
    pub kind: HolidayKind,
    pub name_kk: String,
    pub name_ru: String,
    pub name_en: String,
}

/// A grievance as read, and as inserted when it is filed (the database gives its id).
#[derive(Debug, Clone, Queryable, Insertable)]
#[diesel(table_name = grievances)]
pub struct Grievance {
    #[diesel(skip_insertion)]
    pub id: i64,
    pub tracking_code: String,
    pub appeal_kind: AppealKind,
    pub category_code: String,
    pub jurisdiction_kato: String,
    pub level_code: Level,
    pub title: String,
    pub body: String,
    pub lang: Locale,
    pub privacy: Privacy,
    pub status: Status,
    pub submitted_at: NaiveDateTime,
    pub due_on: NaiveDate,
    pub updated_at: NaiveDateTime,
    pub is_demo: bool,
    pub author_user_id: Option<i64>,
    pub idempotency_key: Option<String>,
    pub body_code: Option<String>,
    pub assigned_at: Option<NaiveDateTime>,
    pub answer: Option<String>,
    pub answered_at: Option<NaiveDateTime>,
    pub rating: Option<i32>,
    pub duplicate_of: Option<i64>,
    pub missed_notice_for: Option<NaiveDate>,
    pub guest_email: Option<String>,
    pub guest_locale: Option<Locale>,
    pub guest_key_hash: Option<String>,
    /// Went to mediation; kept by the database (migration 000018).
    pub mediated: bool,
    /// Where the filer said it is (Open311 `lat`/`long`), when they sent a point.
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    /// Where exactly, in the filer's words; part of the text (hidden where it is).
    pub landmark: Option<String>,
}

/// A responsible body: an akimat department, a ministry, a mediation centre.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable, Insertable, Serialize)]
#[diesel(table_name = bodies)]
pub struct Body {
    pub code: String,
    pub level_code: Level,
    pub jurisdiction_kato: Option<String>,
    pub name_kk: String,
    pub name_ru: String,
    pub name_en: String,
    pub active: bool,
}
