//! Interface languages: the page's locale and its texts (see `kenes-i18n`).

use leptos::prelude::*;

#[cfg(feature = "ssr")]
pub use kenes_i18n::negotiate;
pub use kenes_i18n::{translate, Arg, Locale};

/// The locale of the page being rendered (provided per request by the server).
pub fn use_locale() -> Locale {
    #[cfg(feature = "ssr")]
    if let Ok(locale) = PAGE_LOCALE.try_with(|locale| *locale) {
        return locale;
    }
    use_context::<Locale>().unwrap_or_default()
}

#[cfg(feature = "ssr")]
tokio::task_local! {
    /// The reader's language while the server draws their page. A page translates hundreds
    /// of texts, and finding the context up the tree of owners for each one showed in the
    /// room page's profile; the context stays for code that runs outside a drawing.
    static PAGE_LOCALE: Locale;
}

/// Builds a page's view with `use_locale` answering `locale` without a context look-up.
#[cfg(feature = "ssr")]
pub fn building_in<T>(locale: Locale, build: impl FnOnce() -> T) -> T {
    PAGE_LOCALE.sync_scope(locale, build)
}

/// Draws a page (its asynchronous parts included) the same way.
#[cfg(feature = "ssr")]
pub async fn drawing_in<F: std::future::Future>(locale: Locale, draw: F) -> F::Output {
    PAGE_LOCALE.scope(locale, draw).await
}

/// Translates `key` in the current locale.
pub fn t(key: &str) -> String {
    translate(use_locale(), key, &[])
}

/// A day as the reader writes it ("1 желтоқсан 2026") from its ISO form; the ISO form
/// itself when it is not a day.
pub fn day(iso: &str) -> String {
    kenes_i18n::long_date(use_locale(), iso).unwrap_or_else(|| iso.to_owned())
}

/// A moment to the minute as the reader writes it ("6 желтоқсан 2026, 15:39") from its ISO
/// form in Kazakhstan's time; the ISO form itself when it is not one.
pub fn minute(iso: &str) -> String {
    kenes_i18n::long_minute(use_locale(), iso).unwrap_or_else(|| iso.to_owned())
}

/// `x` with `places` fraction digits as the reader writes numbers ("4,3" in Kazakh and
/// Russian, "4.3" in English).
pub fn decimal(x: f64, places: i16) -> String {
    kenes_i18n::decimal(use_locale(), x, places)
}

/// Translates `key` with Fluent arguments, e.g. `t_args("count", &[("n", 3.into())])`.
pub fn t_args(key: &str, args: &[(&str, Arg)]) -> String {
    translate(use_locale(), key, args)
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;
    use kenes_i18n::message_ids;
    use std::collections::BTreeSet;

    fn ids(locale: Locale) -> BTreeSet<String> {
        message_ids(locale).into_iter().collect()
    }

    /// Every `t("…")` / `t_args("…"` in the source names a key that exists.
    #[test]
    fn every_key_used_in_the_code_is_defined() {
        let en = ids(Locale::En);
        let mut used = BTreeSet::new();
        let src = concat!(env!("CARGO_MANIFEST_DIR"), "/src");
        let mut stack = vec![std::path::PathBuf::from(src)];
        while let Some(p) = stack.pop() {
            if p.is_dir() {
                stack.extend(std::fs::read_dir(&p).unwrap().map(|e| e.unwrap().path()));
            } else if p.extension().is_some_and(|e| e == "rs") {
                let text: String = std::fs::read_to_string(&p)
                    .unwrap()
                    .lines()
                    .filter(|l| !l.trim_start().starts_with("//"))
                    .collect::<Vec<_>>()
                    .join("\n");
                for marker in ["t(\"", "t_args(\""] {
                    for (i, _) in text.match_indices(marker) {
                        // `expect("…")` ends in `t("` too: require a word boundary.
                        let before = text[..i].chars().next_back();
                        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                            continue;
                        }
                        let rest = &text[i + marker.len()..];
                        let key = &rest[..rest.find('"').unwrap()];
                        if !key.contains(' ') && !key.is_empty() {
                            used.insert(key.to_owned());
                        }
                    }
                }
            }
        }
        assert!(used.len() > 10, "found only {used:?}");
        let undefined: Vec<_> = used.difference(&en).collect();
        assert!(
            undefined.is_empty(),
            "keys used but not defined: {undefined:?}"
        );
    }

    /// Keys built from domain names (`status-…`, `role-…`, `level-name-…`) exist for every name.
    #[test]
    fn every_domain_name_has_a_label() {
        use kenes_core::grievances::terms::Status;
        use kenes_core::permissions::{Level, Role};
        let en = ids(Locale::En);
        let keys = Status::ALL
            .iter()
            .map(|s| format!("status-{}", s.as_str()))
            .chain(Role::ALL.iter().map(|r| format!("role-{}", r.as_str())))
            .chain(
                Level::ALL
                    .iter()
                    .map(|l| format!("level-name-{}", l.as_str())),
            );
        for key in keys {
            assert!(en.contains(&key), "{key} missing");
        }
        // Mail preferences are labelled by the kinds a citizen may turn off.
        for kind in kenes_core::mail::notices::OPTIONAL {
            assert!(
                en.contains(&format!("mailprefs-{kind}")),
                "mailprefs-{kind} missing"
            );
        }
    }
}
