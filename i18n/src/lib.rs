//! Kenes speaks Kazakh, Russian and English.
//!
//! Texts live in Fluent files (`i18n/locales/*.ftl`). They are rendered on the server, by
//! the pages (`kenes-app`) and by the mails (`kenes-core`), both through [`translate`].
//! Islands run in the browser without the bundles, to keep the WASM small: they receive
//! the strings they need as props from the server-rendered page.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(
    feature = "diesel",
    derive(diesel::expression::AsExpression, diesel::deserialize::FromSqlRow)
)]
#[cfg_attr(feature = "diesel", diesel(sql_type = diesel::sql_types::Text))]
pub enum Locale {
    #[default]
    Kk,
    Ru,
    En,
}

impl Locale {
    pub const ALL: [Locale; 3] = [Locale::Kk, Locale::Ru, Locale::En];
    /// Name of the cookie that remembers the reader's choice.
    pub const COOKIE: &'static str = "lang";

    pub fn code(self) -> &'static str {
        match self {
            Locale::Kk => "kk",
            Locale::Ru => "ru",
            Locale::En => "en",
        }
    }

    /// The language's name in itself, as a switcher shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::Kk => "Қазақша",
            Locale::Ru => "Русский",
            Locale::En => "English",
        }
    }

    /// The locale whose stored code (`kk`, `ru`, `en`) this is, exactly: for values kept
    /// as they are (a text's language, an account's locale). `parse` reads what browsers send.
    pub fn from_code(code: &str) -> Option<Self> {
        Locale::ALL.into_iter().find(|l| l.code() == code)
    }

    pub fn parse(code: &str) -> Option<Self> {
        match code.trim().to_ascii_lowercase().as_str() {
            "kk" | "kz" | "kk-kz" => Some(Locale::Kk),
            "ru" | "ru-ru" | "ru-kz" => Some(Locale::Ru),
            "en" | "en-us" | "en-gb" => Some(Locale::En),
            _ => None,
        }
    }
}

/// Stored as its code; a stored code is exact, so it is read with [`Locale::from_code`].
#[cfg(feature = "diesel")]
mod column {
    use super::Locale;
    use diesel::backend::Backend;
    use diesel::deserialize::{self, FromSql};
    use diesel::serialize::{self, Output, ToSql};
    use diesel::sql_types::Text;

    impl<DB> ToSql<Text, DB> for Locale
    where
        DB: Backend,
        str: ToSql<Text, DB>,
    {
        fn to_sql<'b>(&'b self, out: &mut Output<'b, '_, DB>) -> serialize::Result {
            self.code().to_sql(out)
        }
    }

    impl<DB> FromSql<Text, DB> for Locale
    where
        DB: Backend,
        String: FromSql<Text, DB>,
    {
        fn from_sql(value: DB::RawValue<'_>) -> deserialize::Result<Self> {
            let code = String::from_sql(value)?;
            Locale::from_code(&code).ok_or_else(|| format!("{code:?} is no locale").into())
        }
    }
}

/// A Fluent argument: a number (for plural rules) or a string.
#[derive(Debug, Clone)]
pub enum Arg {
    Num(i64),
    Str(String),
}

impl From<i64> for Arg {
    fn from(n: i64) -> Self {
        Arg::Num(n)
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Str(s.to_owned())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Str(s)
    }
}

#[cfg(feature = "bundles")]
pub use bundles::{has_message, message_ids, negotiate, translate};

#[cfg(not(feature = "bundles"))]
pub fn has_message(_locale: Locale, _key: &str) -> bool {
    false
}

#[cfg(not(feature = "bundles"))]
pub fn translate(_locale: Locale, key: &str, _args: &[(&str, Arg)]) -> String {
    // Only islands run in the browser and they get their strings as props; reaching this
    // means code outside an island tried to translate on the client.
    key.to_owned()
}

/// A day as people read it in `locale` ("1 желтоқсан 2026", "1 декабря 2026", "1 December
/// 2026") from its ISO form (`2026-12-01`, or the start of a timestamp); `None` when `iso`
/// is not a date.
pub fn long_date(locale: Locale, iso: &str) -> Option<String> {
    let mut parts = iso.get(..10)?.splitn(3, '-');
    let year: i32 = parts.next()?.parse().ok()?;
    let month: u32 = parts.next()?.parse().ok()?;
    let day: u32 = parts.next()?.parse().ok()?;
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    // Numbers go as text: Fluent would print the year as "2,026".
    let month = translate(locale, &format!("month-{month}"), &[]);
    Some(translate(
        locale,
        "date-long",
        &[
            ("day", Arg::Str(day.to_string())),
            ("month", Arg::Str(month)),
            ("year", Arg::Str(year.to_string())),
        ],
    ))
}

/// A moment to the minute as people read it in `locale` ("6 желтоқсан 2026, 15:39") from
/// its ISO form (`2026-12-06 15:39`, a `T` or seconds allowed); `None` when `iso` is not a
/// time of day.
pub fn long_minute(locale: Locale, iso: &str) -> Option<String> {
    let time = iso.get(11..16)?;
    let (hours, minutes) = time.split_once(':')?;
    let in_range =
        |part: &str, below: u8| part.len() == 2 && part.parse::<u8>().is_ok_and(|n| n < below);
    if !matches!(iso.as_bytes().get(10), Some(b' ' | b'T'))
        || !in_range(hours, 24)
        || !in_range(minutes, 60)
    {
        return None;
    }
    Some(format!("{}, {time}", long_date(locale, iso)?))
}

/// `x` rounded to `places` digits after the separator, trailing zeros dropped, as people
/// write numbers in `locale`: "0,3" in Kazakh and Russian, "0.3" in English (CLDR's
/// symbols, from ICU4X).
#[cfg(feature = "bundles")]
pub fn decimal(locale: Locale, x: f64, places: i16) -> String {
    use icu_decimal::input::{Decimal, FloatPrecision};
    use icu_decimal::DecimalFormatter;
    let Ok(mut number) = Decimal::try_from_f64(x, FloatPrecision::Magnitude(-places)) else {
        return x.to_string();
    };
    number.absolute.trim_end();
    let language = match locale {
        Locale::Kk => icu_locale_core::locale!("kk"),
        Locale::Ru => icu_locale_core::locale!("ru"),
        Locale::En => icu_locale_core::locale!("en"),
    };
    match DecimalFormatter::try_new((&language).into(), Default::default()) {
        Ok(formatter) => formatter.format(&number).to_string(),
        Err(_) => x.to_string(),
    }
}

#[cfg(not(feature = "bundles"))]
pub fn decimal(_locale: Locale, x: f64, _places: i16) -> String {
    // Numbers are written on the server, like the texts (see `translate`); this keeps code
    // shared with islands compiling.
    x.to_string()
}

#[cfg(feature = "bundles")]
mod bundles {
    use super::{Arg, Locale};
    use fluent_bundle::concurrent::FluentBundle;
    use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
    use std::collections::HashMap;
    use std::sync::LazyLock;

    pub(super) const SOURCES: [(Locale, &str); 3] = [
        (Locale::Kk, include_str!("../locales/kk.ftl")),
        (Locale::Ru, include_str!("../locales/ru.ftl")),
        (Locale::En, include_str!("../locales/en.ftl")),
    ];

    static BUNDLES: LazyLock<HashMap<Locale, FluentBundle<FluentResource>>> = LazyLock::new(|| {
        SOURCES
            .iter()
            .map(|(locale, source)| {
                let lang: unic_langid::LanguageIdentifier =
                    locale.code().parse().expect("valid language id");
                let resource = FluentResource::try_new(source.to_string())
                    .unwrap_or_else(|(_, errs)| panic!("{}.ftl: {errs:?}", locale.code()));
                let mut bundle = FluentBundle::new_concurrent(vec![lang]);
                // No Unicode isolation marks: they would end up inside attributes and titles.
                bundle.set_use_isolating(false);
                bundle
                    .add_resource(resource)
                    .expect("no duplicate message ids");
                (*locale, bundle)
            })
            .collect()
    });

    /// The messages that take no arguments, formatted once: most of a page's texts.
    static PLAIN: LazyLock<HashMap<Locale, HashMap<String, String>>> = LazyLock::new(|| {
        BUNDLES
            .iter()
            .map(|(locale, bundle)| {
                let plain = message_ids(*locale)
                    .into_iter()
                    .filter_map(|id| {
                        let pattern = bundle.get_message(&id)?.value()?;
                        let mut errors = vec![];
                        let text = bundle.format_pattern(pattern, None, &mut errors);
                        // A message that needs an argument is formatted on each call.
                        errors.is_empty().then(|| (id, text.into_owned()))
                    })
                    .collect();
                (*locale, plain)
            })
            .collect()
    });

    pub fn translate(locale: Locale, key: &str, args: &[(&str, Arg)]) -> String {
        if args.is_empty() {
            if let Some(text) = PLAIN[&locale].get(key) {
                return text.clone();
            }
        }
        let bundle = &BUNDLES[&locale];
        let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else {
            tracing::warn!(key, locale = locale.code(), "missing translation");
            return key.to_owned();
        };
        let fluent_args = (!args.is_empty()).then(|| {
            let mut fa = FluentArgs::new();
            for (name, value) in args {
                match value {
                    Arg::Num(n) => fa.set(*name, FluentValue::from(*n)),
                    Arg::Str(s) => fa.set(*name, FluentValue::from(s.clone())),
                }
            }
            fa
        });
        let mut errors = vec![];
        let text = bundle.format_pattern(pattern, fluent_args.as_ref(), &mut errors);
        if !errors.is_empty() {
            tracing::warn!(key, ?errors, "translation formatting");
        }
        text.into_owned()
    }

    /// Whether `key` has a text in `locale`: a more specific text where one was written,
    /// else a general one.
    pub fn has_message(locale: Locale, key: &str) -> bool {
        BUNDLES[&locale].has_message(key)
    }

    /// Message ids defined for a locale (used by the completeness test).
    pub fn message_ids(locale: Locale) -> Vec<String> {
        let source = SOURCES
            .iter()
            .find(|(l, _)| *l == locale)
            .expect("locale")
            .1;
        let resource = FluentResource::try_new(source.to_string()).expect("parses");
        resource
            .entries()
            .filter_map(|e| match e {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                _ => None,
            })
            .collect()
    }

    /// Picks a locale: explicit choice (URL, then cookie) first, then the browser's
    /// `Accept-Language`, then Kazakh, the state language.
    pub fn negotiate(
        query: Option<&str>,
        cookie: Option<&str>,
        accept_language: Option<&str>,
    ) -> Locale {
        query
            .and_then(Locale::parse)
            .or_else(|| cookie.and_then(Locale::parse))
            .or_else(|| {
                let header = accept_language?;
                // Sorted by the browser's quality values; "kk-KZ" counts as "kk".
                accept_language::parse(header)
                    .iter()
                    .find_map(|tag| Locale::parse(tag.split('-').next().unwrap_or_default()))
            })
            .unwrap_or_default()
    }
}

#[cfg(all(test, feature = "bundles"))]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn decimals_are_written_as_each_language_writes_them() {
        assert_eq!(decimal(Locale::Ru, 0.26, 1), "0,3");
        assert_eq!(decimal(Locale::Kk, 0.0123, 4), "0,0123");
        assert_eq!(decimal(Locale::En, 0.3, 1), "0.3");
        assert_eq!(decimal(Locale::En, 2.0, 1), "2");
        assert_eq!(decimal(Locale::Ru, 0.2, 2), "0,2");
    }

    fn ids(locale: Locale) -> BTreeSet<String> {
        message_ids(locale).into_iter().collect()
    }

    #[test]
    fn stored_codes_are_exact_while_browser_codes_are_read_loosely() {
        for l in Locale::ALL {
            assert_eq!(Locale::from_code(l.code()), Some(l));
        }
        // What a browser sends is read; what is kept must already be a code.
        assert_eq!(Locale::parse("ru-KZ"), Some(Locale::Ru));
        assert_eq!(Locale::from_code("ru-KZ"), None);
        assert_eq!(Locale::from_code("kz"), None);
        assert_eq!(Locale::from_code("RU"), None);
    }

    #[test]
    fn every_key_exists_in_all_three_languages() {
        let en = ids(Locale::En);
        for locale in [Locale::Kk, Locale::Ru] {
            let other = ids(locale);
            let missing: Vec<_> = en.difference(&other).collect();
            let extra: Vec<_> = other.difference(&en).collect();
            assert!(
                missing.is_empty(),
                "{}.ftl lacks {missing:?}",
                locale.code()
            );
            assert!(
                extra.is_empty(),
                "{}.ftl has keys en.ftl lacks: {extra:?}",
                locale.code()
            );
        }
    }

    #[test]
    fn days_read_as_people_write_them() {
        let day = |l| long_date(l, "2026-12-01");
        assert_eq!(day(Locale::Kk).as_deref(), Some("1 желтоқсан 2026"));
        assert_eq!(day(Locale::Ru).as_deref(), Some("1 декабря 2026"));
        assert_eq!(day(Locale::En).as_deref(), Some("1 December 2026"));
        assert_eq!(
            long_date(Locale::Ru, "2027-03-22 10:00:00").as_deref(),
            Some("22 марта 2027")
        );
        assert_eq!(
            long_minute(Locale::Kk, "2026-12-06 15:39").as_deref(),
            Some("6 желтоқсан 2026, 15:39")
        );
        assert_eq!(
            long_minute(Locale::Ru, "2026-12-06T09:05:00").as_deref(),
            Some("6 декабря 2026, 09:05")
        );
        for not_a_minute in [
            "2026-12-06",
            "2026-12-06 25:00",
            "2026-12-06 10:6x",
            "2026-12-06x10:00",
        ] {
            assert_eq!(
                long_minute(Locale::En, not_a_minute),
                None,
                "{not_a_minute}"
            );
        }
        for not_a_day in ["", "2026-13-01", "tomorrow", "2026-1"] {
            assert_eq!(long_date(Locale::En, not_a_day), None, "{not_a_day}");
        }
    }

    #[test]
    fn translates_with_plurals() {
        assert_eq!(
            translate(Locale::En, "home-title", &[]),
            "Be heard. Be answered."
        );
        let days = |l, n| translate(l, "track-days-left", &[("n", Arg::Num(n))]);
        assert_eq!(days(Locale::En, 1), "1 working day left");
        assert_eq!(days(Locale::En, 5), "5 working days left");
        assert_eq!(days(Locale::Ru, 2), "осталось 2 рабочих дня");
        assert_eq!(days(Locale::Ru, 5), "осталось 5 рабочих дней");
        assert_eq!(days(Locale::Kk, 5), "5 жұмыс күні қалды");
        assert_eq!(translate(Locale::Kk, "no-such-key", &[]), "no-such-key");
    }

    #[test]
    fn negotiation_order() {
        assert_eq!(negotiate(Some("en"), Some("ru"), Some("kk")), Locale::En);
        assert_eq!(negotiate(None, Some("ru"), Some("en")), Locale::Ru);
        assert_eq!(
            negotiate(Some("xx"), None, Some("de, en;q=0.8, ru;q=0.9")),
            Locale::Ru
        );
        assert_eq!(negotiate(None, None, Some("kk-KZ,kk;q=0.9")), Locale::Kk);
        assert_eq!(negotiate(None, None, None), Locale::Kk);
    }
}
