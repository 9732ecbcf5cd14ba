//! Kazakhstan's clock. The whole country keeps one time, UTC+5, since 1 March 2024.
//! Timestamps are stored in UTC; people read and write Kazakhstan's time, and the law counts
//! Kazakhstan's days.

use std::sync::LazyLock;

use chrono::format::{Item, StrftimeItems};
use chrono::{Duration, NaiveDate, NaiveDateTime};

/// Kazakhstan's offset from UTC.
pub const UTC_OFFSET_HOURS: i64 = 5;

/// A stored (UTC) time as people in Kazakhstan read it.
pub fn to_local(utc: NaiveDateTime) -> NaiveDateTime {
    utc + Duration::hours(UTC_OFFSET_HOURS)
}

/// A time people in Kazakhstan wrote, as it is stored (UTC).
pub fn to_utc(local: NaiveDateTime) -> NaiveDateTime {
    local - Duration::hours(UTC_OFFSET_HOURS)
}

/// The day a stored (UTC) time falls on in Kazakhstan. Legal days (filing dates,
/// deadlines, a dialogue's opening and closing) are Kazakhstan's days: a grievance filed at
/// 02:00 in Almaty is filed that day, not the UTC day before.
pub fn day_of(utc: NaiveDateTime) -> NaiveDate {
    to_local(utc).date()
}

/// Today in Kazakhstan.
pub fn today() -> NaiveDate {
    day_of(chrono::Utc::now().naive_utc())
}

/// A stored time as people in Kazakhstan read it, to the minute: `2026-12-01 14:05`. The
/// format is parsed once: a thread shows the time of every message.
pub fn minute_shown(utc: NaiveDateTime) -> String {
    static MINUTE: LazyLock<Vec<Item<'static>>> = LazyLock::new(|| {
        StrftimeItems::new("%Y-%m-%d %H:%M")
            .parse_to_owned()
            .expect("a valid format")
    });
    to_local(utc).format_with_items(MINUTE.iter()).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_are_shown_as_kazakhstan_reads_them() {
        let late_evening_utc = NaiveDate::from_ymd_opt(2026, 12, 1)
            .unwrap()
            .and_hms_opt(21, 30, 0)
            .unwrap();
        assert_eq!(minute_shown(late_evening_utc), "2026-12-02 02:30");
        assert_eq!(to_utc(to_local(late_evening_utc)), late_evening_utc);
    }
}
