//! User text inside the two elements whose text Leptos writes out unescaped on the server:
//! `<title>` (leptos_meta copies the text as is) and `<textarea>` (tachys marks its children
//! as raw text). Both decode character references, so escaped text shows as typed, while a
//! `</title>` or `</textarea>` in it can no longer end the element. Pages put every title
//! and every textarea's content through here.

use leptos::prelude::*;
use leptos_meta::Title;

/// Text for the content of a `<textarea>` (or `<title>`): `&`, `<` and `>` as references.
pub fn escaped(text: impl AsRef<str>) -> String {
    html_escape::encode_text(text.as_ref()).into_owned()
}

/// A day in the reader's language ("1 желтоқсан 2026"), with its ISO form for machines;
/// `iso` is a date or a timestamp as the server writes it.
#[component]
pub fn Day(#[prop(into)] iso: String) -> impl IntoView {
    let text = crate::i18n::day(&iso);
    let machine = iso.get(..10).unwrap_or(&iso).to_owned();
    view! { <time datetime=machine>{text}</time> }
}

/// A moment to the minute in the reader's language ("6 желтоқсан 2026, 15:39"), with its
/// ISO form and Kazakhstan's offset for machines; `local` is Kazakhstan's time as
/// `clock::minute_shown` writes it.
#[component]
pub fn Minute(#[prop(into)] local: String) -> impl IntoView {
    let text = crate::i18n::minute(&local);
    let offset = kenes_core::clock::UTC_OFFSET_HOURS;
    let machine = format!("{}+{offset:02}:00", local.replacen(' ', "T", 1));
    view! { <time datetime=machine>{text}</time> }
}

/// The page's `<title>`.
#[component]
pub fn PageTitle(#[prop(into)] text: String) -> impl IntoView {
    view! { <Title text=escaped(&text) /> }
}

#[cfg(test)]
mod tests {
    use super::escaped;

    #[test]
    fn closing_tags_cannot_end_the_element() {
        assert_eq!(
            escaped("a</textarea><b>&amp;"),
            "a&lt;/textarea&gt;&lt;b&gt;&amp;amp;"
        );
        assert_eq!(escaped("Қазақ тілі"), "Қазақ тілі");
    }
}

/// "Download these results:" and a link for each format (label, address) of a list.
#[component]
pub fn Downloads(links: Vec<(&'static str, String)>) -> impl IntoView {
    view! {
        <p class="row">{crate::i18n::t("list-download")}" "
            {links.into_iter().map(|(label, href)| view! { <a href=href>{label}</a>" " }).collect_view()}
        </p>
    }
}

/// The page's feed, announced in its head so that feed readers find it from the page.
#[component]
pub fn FeedLink(#[prop(into)] title: String, #[prop(into)] href: String) -> impl IntoView {
    view! { <leptos_meta::Link rel="alternate" type_="application/atom+xml" title=title href=href /> }
}
