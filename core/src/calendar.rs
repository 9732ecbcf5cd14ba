//! Kazakhstan's public holidays and working days, for the legal clock (APPC art. 76).

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use std::collections::{BTreeMap, HashSet};

use crate::models::{Holiday, HolidayKind};

/// A public holiday as the law names it. Religious holidays are not moved off weekends
/// (Labour Code art. 85); the others give the next working day off.
struct Fixed {
    month: u32,
    day: u32,
    names: [&'static str; 3],
    religious: bool,
}

/// A holiday the next working day stands in for when it falls on a weekend.
const fn civil(month: u32, day: u32, names: [&'static str; 3]) -> Fixed {
    Fixed {
        month,
        day,
        names,
        religious: false,
    }
}

/// A religious holiday, which stays where it falls.
const fn religious(month: u32, day: u32, names: [&'static str; 3]) -> Fixed {
    Fixed {
        month,
        day,
        names,
        religious: true,
    }
}

const NEW_YEAR: [&str; 3] = ["Жаңа жыл", "Новый год", "New Year"];
const NAURYZ: [&str; 3] = ["Наурыз мейрамы", "Наурыз мейрамы", "Nauryz"];

// One holiday a line, as the law lists them.
#[rustfmt::skip]
const FIXED: &[Fixed] = &[
    civil(1, 1, NEW_YEAR),
    civil(1, 2, NEW_YEAR),
    religious(1, 7, ["Православиелік Рождество", "Православное Рождество", "Orthodox Christmas"]),
    civil(3, 8, ["Халықаралық әйелдер күні", "Международный женский день", "International Women's Day"]),
    civil(3, 21, NAURYZ),
    civil(3, 22, NAURYZ),
    civil(3, 23, NAURYZ),
    civil(5, 1, ["Қазақстан халқының бірлігі мерекесі", "Праздник единства народа Казахстана", "Unity Day of the People of Kazakhstan"]),
    civil(5, 7, ["Отан қорғаушы күні", "День защитника Отечества", "Defender of the Fatherland Day"]),
    civil(5, 9, ["Жеңіс күні", "День Победы", "Victory Day"]),
    civil(7, 6, ["Астана күні", "День столицы", "Capital Day"]),
    civil(8, 30, ["Конституция күні", "День Конституции", "Constitution Day"]),
    civil(10, 25, ["Республика күні", "День Республики", "Republic Day"]),
    civil(12, 16, ["Тәуелсіздік күні", "День Независимости", "Independence Day"]),
];

const KURBAN_AIT: [&str; 3] = ["Құрбан айт", "Курбан айт", "Kurban Ait"];
const TRANSFER: [&str; 3] = [
    "Ауыстырылған демалыс күні",
    "Перенесённый выходной день",
    "Transferred day off",
];

/// First day of Kurban Ait as announced each year (it follows the lunar calendar).
/// Administrators correct these when the Spiritual Administration announces the date.
const KURBAN_AIT_DAYS: &[(i32, u32, u32)] = &[
    (2024, 6, 16),
    (2025, 6, 6),
    (2026, 5, 27),
    (2027, 5, 16),
    (2028, 5, 5),
    (2029, 4, 24),
    (2030, 4, 13),
];

pub const FIRST_YEAR: i32 = 2024;
pub const LAST_YEAR: i32 = 2030;

fn is_weekend(d: NaiveDate) -> bool {
    matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
}

fn holiday(day: NaiveDate, kind: HolidayKind, names: [&str; 3]) -> Holiday {
    Holiday {
        day,
        kind,
        name_kk: names[0].to_owned(),
        name_ru: names[1].to_owned(),
        name_en: names[2].to_owned(),
    }
}

/// The holidays of one year, with the days off that move from a weekend to the next
/// working day. Government decrees that swap single days are entered by administrators.
pub fn holidays_of_year(year: i32) -> Vec<Holiday> {
    let mut days: BTreeMap<NaiveDate, Holiday> = BTreeMap::new();
    let mut movable = Vec::new();
    for f in FIXED {
        let Some(d) = NaiveDate::from_ymd_opt(year, f.month, f.day) else {
            continue;
        };
        days.insert(d, holiday(d, HolidayKind::Holiday, f.names));
        if !f.religious && is_weekend(d) {
            movable.push(d);
        }
    }
    for &(y, m, d) in KURBAN_AIT_DAYS.iter().filter(|(y, ..)| *y == year) {
        let d = NaiveDate::from_ymd_opt(y, m, d).expect("valid Kurban Ait date");
        days.insert(d, holiday(d, HolidayKind::Holiday, KURBAN_AIT));
    }
    for d in movable {
        let mut next = d + Duration::days(1);
        while is_weekend(next) || days.contains_key(&next) {
            next += Duration::days(1);
        }
        days.insert(next, holiday(next, HolidayKind::Transfer, TRANSFER));
    }
    days.into_values().collect()
}

/// Working days: Monday to Friday, minus holidays and transferred days off.
#[derive(Debug, Clone, Default)]
pub struct WorkingCalendar {
    days_off: HashSet<NaiveDate>,
}

impl WorkingCalendar {
    pub fn new(days_off: impl IntoIterator<Item = NaiveDate>) -> Self {
        Self {
            days_off: days_off.into_iter().collect(),
        }
    }

    /// The built-in calendar, for code that has no database at hand (tests, the demo seed).
    pub fn builtin() -> Self {
        Self::new(
            (FIRST_YEAR..=LAST_YEAR)
                .flat_map(holidays_of_year)
                .map(|h| h.day),
        )
    }

    pub fn is_working_day(&self, d: NaiveDate) -> bool {
        !is_weekend(d) && !self.days_off.contains(&d)
    }

    /// The `n`-th working day after `start` (the day of registration itself does not count).
    pub fn add_working_days(&self, start: NaiveDate, n: u32) -> NaiveDate {
        let mut d = start;
        let mut left = n;
        while left > 0 {
            d += Duration::days(1);
            if self.is_working_day(d) {
                left -= 1;
            }
        }
        d
    }
}

impl WorkingCalendar {
    /// Working days after `from` up to and including `to` (0 when `to` is not later).
    pub fn working_days_between(&self, from: NaiveDate, to: NaiveDate) -> u32 {
        let mut n = 0;
        let mut d = from;
        while d < to {
            d += Duration::days(1);
            if self.is_working_day(d) {
                n += 1;
            }
        }
        n
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn nauryz_on_a_weekend_moves_days_off_to_the_next_working_days() {
        // 2026: 8 March is a Sunday; 21 March a Saturday, 22 a Sunday, 23 a Monday.
        let days = holidays_of_year(2026);
        let transfers: Vec<_> = days
            .iter()
            .filter(|h| h.kind == HolidayKind::Transfer && h.day.month() == 3)
            .map(|h| h.day)
            .collect();
        assert_eq!(
            transfers,
            vec![date(2026, 3, 9), date(2026, 3, 24), date(2026, 3, 25)]
        );
    }

    #[test]
    fn religious_holidays_are_not_moved() {
        // 7 January 2024 is a Sunday: no transfer for Orthodox Christmas.
        let days = holidays_of_year(2024);
        assert!(!days.iter().any(|h| h.day == date(2024, 1, 8)));
    }

    #[test]
    fn new_year_on_a_weekend() {
        // 1 January 2028 is a Saturday and 2 January a Sunday: Monday 3 and Tuesday 4 are off.
        let cal = WorkingCalendar::builtin();
        assert!(!cal.is_working_day(date(2028, 1, 3)));
        assert!(!cal.is_working_day(date(2028, 1, 4)));
        assert!(cal.is_working_day(date(2028, 1, 5)));
    }

    #[test]
    fn fifteen_working_days_across_nauryz() {
        let cal = WorkingCalendar::builtin();
        // Filed Thursday 19 March 2026: 20 March is day 1, then 21–25 are off.
        assert_eq!(
            cal.add_working_days(date(2026, 3, 19), 15),
            date(2026, 4, 14)
        );
        // An ordinary stretch: three calendar weeks.
        assert_eq!(
            cal.add_working_days(date(2026, 10, 1), 15),
            date(2026, 10, 22)
        );
        assert_eq!(
            cal.working_days_between(date(2026, 3, 19), date(2026, 4, 14)),
            15
        );
        assert_eq!(
            cal.working_days_between(date(2026, 4, 14), date(2026, 3, 19)),
            0
        );
    }

    #[test]
    fn every_year_has_its_holidays() {
        for y in FIRST_YEAR..=LAST_YEAR {
            let days = holidays_of_year(y);
            assert!(days.len() >= 15, "{y}: {}", days.len());
            assert!(days.iter().any(|h| h.name_en == "Kurban Ait"), "{y}");
        }
    }
}
