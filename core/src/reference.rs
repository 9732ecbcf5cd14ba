//! Reference data every installation needs: mediation levels, jurisdictions, categories and
//! the holiday calendar. Loaded at start after the migrations; rows that already exist are
//! left alone so that administrators' corrections survive upgrades.

use diesel::prelude::*;
use std::collections::{HashMap, HashSet};

use crate::calendar;
use crate::db::{load_keyed, load_set, Db};
use crate::error::{DbError, DbResult};
use crate::models::{Body, Category, Holiday, Jurisdiction, MediationLevel, PlaceKind};
use crate::schema::{bodies, categories, holidays, jurisdictions, mediation_levels};

/// Kazakhstan's regions, cities and districts with KATO codes (see `data/`).
const JURISDICTIONS_CSV: &str = include_str!("../data/jurisdictions.csv");

const LEVELS: &[(&str, i32, [&str; 3])] = &[
    ("local", 1, ["Жергілікті", "Местный", "Local"]),
    ("regional", 2, ["Өңірлік", "Региональный", "Regional"]),
    (
        "national",
        3,
        ["Республикалық", "Республиканский", "National"],
    ),
];

/// (code, sensitive, names kk/ru/en). Sensitive categories alert regional coordinators at once.
#[rustfmt::skip]
const CATEGORIES: &[(&str, bool, [&str; 3])] = &[
    ("healthcare", false, ["Денсаулық сақтау", "Здравоохранение", "Healthcare"]),
    ("education", false, ["Білім беру", "Образование", "Education"]),
    ("utilities", false, ["Коммуналдық қызметтер", "Коммунальные услуги", "Utilities"]),
    ("roads_transport", false, ["Жолдар және көлік", "Дороги и транспорт", "Roads and transport"]),
    ("land", false, ["Жер қатынастары", "Земельные отношения", "Land"]),
    ("housing", false, ["Тұрғын үй", "Жильё", "Housing"]),
    ("social_support", false, ["Әлеуметтік қолдау және жәрдемақылар", "Социальная поддержка и субсидии", "Social support and subsidies"]),
    ("labour", false, ["Еңбек", "Труд и занятость", "Labour"]),
    ("environment", false, ["Қоршаған орта", "Экология", "Environment"]),
    ("interethnic", true, ["Ұлтаралық және конфессияаралық қатынастар", "Межэтнические и межконфессиональные отношения", "Interethnic and interfaith relations"]),
    ("public_order", true, ["Қоғамдық тәртіп", "Общественный порядок", "Public order"]),
    ("other", false, ["Басқа", "Другое", "Other"]),
];

pub fn jurisdictions_from_csv() -> DbResult<Vec<Jurisdiction>> {
    #[derive(serde::Deserialize)]
    struct Row {
        kato: String,
        parent_kato: String,
        kind: PlaceKind,
        name_kk: String,
        name_ru: String,
        name_en: String,
    }
    let mut rows = Vec::new();
    for r in csv::Reader::from_reader(JURISDICTIONS_CSV.as_bytes()).deserialize::<Row>() {
        let r = r.map_err(|e| DbError::Reference(e.to_string()))?;
        rows.push(Jurisdiction {
            kato: r.kato,
            parent_kato: Some(r.parent_kato).filter(|p| !p.is_empty()),
            kind: r.kind,
            name_kk: r.name_kk,
            name_ru: r.name_ru,
            name_en: r.name_en,
        });
    }
    // Parents before children, for the foreign key.
    rows.sort_by_key(|j| j.parent_kato.is_some());
    Ok(rows)
}

#[derive(Debug, Default, PartialEq, Eq)]
pub struct Loaded {
    pub levels: usize,
    pub jurisdictions: usize,
    pub categories: usize,
    pub holidays: usize,
    pub bodies: usize,
}

fn missing_levels(conn: &mut Db) -> DbResult<Vec<MediationLevel>> {
    let known: HashSet<String> =
        load_set(conn, mediation_levels::table.select(mediation_levels::code))?;
    Ok(LEVELS
        .iter()
        .filter(|(code, ..)| !known.contains(*code))
        .map(|(code, rank, n)| MediationLevel {
            code: (*code).into(),
            rank: *rank,
            name_kk: n[0].into(),
            name_ru: n[1].into(),
            name_en: n[2].into(),
        })
        .collect())
}

fn missing_jurisdictions(conn: &mut Db) -> DbResult<Vec<Jurisdiction>> {
    let known: HashSet<String> = load_set(conn, jurisdictions::table.select(jurisdictions::kato))?;
    Ok(jurisdictions_from_csv()?
        .into_iter()
        .filter(|j| !known.contains(&j.kato))
        .collect())
}

fn missing_categories(conn: &mut Db) -> DbResult<Vec<Category>> {
    let known: HashSet<String> = load_set(conn, categories::table.select(categories::code))?;
    Ok(CATEGORIES
        .iter()
        .enumerate()
        .filter(|(_, (code, ..))| !known.contains(*code))
        .map(|(i, (code, sensitive, n))| Category {
            code: (*code).into(),
            position: i as i32 + 1,
            sensitive: *sensitive,
            name_kk: n[0].into(),
            name_ru: n[1].into(),
            name_en: n[2].into(),
        })
        .collect())
}

fn missing_holidays(conn: &mut Db) -> DbResult<Vec<Holiday>> {
    let known: HashSet<chrono::NaiveDate> = load_set(conn, holidays::table.select(holidays::day))?;
    Ok((calendar::FIRST_YEAR..=calendar::LAST_YEAR)
        .flat_map(calendar::holidays_of_year)
        .filter(|h| !known.contains(&h.day))
        .collect())
}

/// Inserts the reference rows that are missing; returns how many were added per table.
pub fn load(conn: &mut Db) -> DbResult<Loaded> {
    crate::db::write_transaction(conn, |conn| {
        // In this order: the default bodies are the akimats of the places.
        Ok(Loaded {
            levels: crate::insert_all!(conn, mediation_levels, missing_levels(conn)?)?,
            jurisdictions: crate::insert_all!(conn, jurisdictions, missing_jurisdictions(conn)?)?,
            categories: crate::insert_all!(conn, categories, missing_categories(conn)?)?,
            holidays: crate::insert_all!(conn, holidays, missing_holidays(conn)?)?,
            bodies: crate::grievances::routing::load_defaults(
                conn,
                chrono::Utc::now().naive_utc(),
            )?,
        })
    })
}

/// Places a grievance can be about, grouped under their region (or city of republican
/// significance, which is listed first in its own group), for the filing form.
pub fn places(conn: &mut Db) -> DbResult<Vec<(Jurisdiction, Vec<Jurisdiction>)>> {
    let all: Vec<Jurisdiction> = jurisdictions::table.order(jurisdictions::kato).load(conn)?;
    let mut groups: Vec<(Jurisdiction, Vec<Jurisdiction>)> = all
        .iter()
        .filter(|j| j.parent_kato.is_none())
        .map(|top| {
            let mut children: Vec<Jurisdiction> = all
                .iter()
                .filter(|j| j.parent_kato.as_deref() == Some(top.kato.as_str()))
                .cloned()
                .collect();
            if top.kind == PlaceKind::CityRs {
                children.insert(0, top.clone());
            }
            (top.clone(), children)
        })
        .collect();
    groups.sort_by(|a, b| a.0.name_ru.cmp(&b.0.name_ru));
    Ok(groups)
}

/// Reference rows named by a list of rows, by their codes, in one query each.
macro_rules! by_code {
    ($($fn:ident: $table:ident::$code:ident => $row:ty;)*) => {$(
        pub fn $fn<'a>(
            conn: &mut Db,
            codes: impl IntoIterator<Item = &'a str>,
        ) -> DbResult<HashMap<String, $row>> {
            let codes: Vec<&str> = codes.into_iter().collect();
            let rows = $table::table.filter($table::$code.eq_any(codes));
            load_keyed(conn, rows, |r: &$row| r.$code.clone())
        }
    )*};
}

by_code! {
    places_by_kato: jurisdictions::kato => Jurisdiction;
    categories_by_code: categories::code => Category;
    bodies_by_code: bodies::code => Body;
}

/// Grievance categories in their display order.
pub fn categories_in_order(conn: &mut Db) -> DbResult<Vec<Category>> {
    Ok(categories::table.order(categories::position).load(conn)?)
}

/// Regions and cities of republican significance (the top of the KATO tree).
pub fn regions(conn: &mut Db) -> DbResult<Vec<Jurisdiction>> {
    Ok(jurisdictions::table
        .filter(jurisdictions::parent_kato.is_null())
        .order(jurisdictions::name_ru)
        .load(conn)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jurisdictions_cover_every_region_with_three_names() {
        let rows = jurisdictions_from_csv().unwrap();
        assert_eq!(rows.iter().filter(|j| j.kind == "region").count(), 17);
        assert_eq!(rows.iter().filter(|j| j.kind == "city_rs").count(), 3);
        assert!(rows.iter().filter(|j| j.kind == "district").count() >= 180);
        let katos: HashSet<&str> = rows.iter().map(|j| j.kato.as_str()).collect();
        for j in &rows {
            assert!(!j.name_kk.is_empty() && !j.name_ru.is_empty() && !j.name_en.is_empty());
            if let Some(p) = &j.parent_kato {
                assert!(
                    katos.contains(p.as_str()),
                    "{} has unknown parent {p}",
                    j.kato
                );
            }
        }
    }

    /// The official Kazakh names, and the English ones transliterated from them, reviewed by
    /// hand against the akimats' own names (`data/official-names.csv`).
    const OFFICIAL_NAMES_CSV: &str = include_str!("../data/official-names.csv");

    #[test]
    fn place_names_are_the_official_ones() {
        #[derive(serde::Deserialize)]
        struct Official {
            kato: String,
            name_kk: String,
            name_en: String,
        }
        let official: std::collections::HashMap<String, (String, String)> =
            csv::Reader::from_reader(OFFICIAL_NAMES_CSV.as_bytes())
                .deserialize::<Official>()
                .map(|o| o.map(|o| (o.kato, (o.name_kk, o.name_en))))
                .collect::<Result<_, _>>()
                .unwrap();
        let rows = jurisdictions_from_csv().unwrap();
        assert_eq!(official.len(), rows.len(), "one official name per place");
        for j in &rows {
            assert_eq!(
                official.get(&j.kato),
                Some(&(j.name_kk.clone(), j.name_en.clone())),
                "{} ({})",
                j.kato,
                j.name_ru
            );
            // A Russian name with its ending cut off ("Акколь", "Есиль") is no Kazakh name:
            // Kazakh spells these places without the soft sign.
            assert!(
                !j.name_kk.contains(['ь', 'ё']),
                "{}: {} is spelt the Russian way",
                j.kato,
                j.name_kk
            );
        }
    }

    #[test]
    fn two_sensitive_categories() {
        let sensitive: Vec<_> = CATEGORIES.iter().filter(|c| c.1).map(|c| c.0).collect();
        assert_eq!(sensitive, ["interethnic", "public_order"]);
    }
}
