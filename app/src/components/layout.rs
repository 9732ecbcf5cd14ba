use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::auth::use_user;
use crate::i18n::{t, use_locale, Locale};
use kenes_core::permissions::Tool;

#[component]
pub fn Layout(children: Children) -> impl IntoView {
    view! {
        // Enter in a field submits its form by the first submit button in document order.
        // The header's language buttons belong to the page's main form (see
        // LanguageSwitcher) and come before it, so this plain submit, hidden, goes first.
        <button type="submit" form="main-form" hidden></button>
        <a class="skip" href="#content">{t("skip-to-content")}</a>
        <header class="site-header">
            <div class="wrap header-row">
                <a class="brand" href="/">
                    <span class="brand-mark" aria-hidden="true">"K"</span>
                    <span class="brand-text">
                        <strong>{t("site-name")}</strong>
                        <small>{t("site-tagline")}</small>
                    </span>
                </a>
                <LanguageSwitcher />
            </div>
            <nav class="wrap site-nav" aria-label=t("nav-label")>
                <a href="/file">{t("nav-file")}</a>
                {match use_user() {
                    Some(user) => view! {
                        <a href="/my">{t("my-title")}</a>
                        {user.tools.contains(&Tool::Queue).then(|| view! { <a href="/queue">{t("nav-queue")}</a> })}
                        <More>
                            <li><a href="/track">{t("nav-track")}</a></li>
                            <PublicLinks />
                            {user.tools.contains(&Tool::Dashboard).then(|| view! { <li><a href="/dashboard">{t("dash-title")}</a></li> })}
                            {user.tools.contains(&Tool::Moderation).then(|| view! { <li><a href="/moderation">{t("moderation-title")}</a></li> })}
                            <li><a href="/account">{user.display_name}</a></li>
                        </More>
                    }.into_any(),
                    None => view! {
                        <a href="/track">{t("nav-track")}</a>
                        <a href="/signin">{t("nav-signin")}</a>
                        <More>
                            <PublicLinks />
                            <li><a href="/signup">{t("nav-signup")}</a></li>
                        </More>
                    }.into_any(),
                }}
            </nav>
        </header>
        <main id="content" class="wrap">{children()}</main>
        <footer class="site-footer">
            <div class="wrap">
                <p>{t("footer-text")}</p>
            </div>
        </footer>
    }
}

/// The header's second rank of links, folded so that the header stays two short rows on a
/// phone; a `<details>` opens without JavaScript.
#[component]
fn More(children: Children) -> impl IntoView {
    view! {
        <details class="more">
            <summary>{t("nav-more")}</summary>
            <ul>{children()}</ul>
        </details>
    }
}

/// The public record, for everyone.
#[component]
fn PublicLinks() -> impl IntoView {
    view! {
        <li><a href="/grievances">{t("nav-grievances")}</a></li>
        <li><a href="/outcomes">{t("nav-outcomes")}</a></li>
        <li><a href="/accountability">{t("nav-accountability")}</a></li>
        <li><a href="/mediation">{t("nav-mediation")}</a></li>
        <li><a href="/dialogues">{t("nav-dialogues")}</a></li>
        <li><a href="/mediators">{t("registry-title")}</a></li>
    }
}

/// Plain links to `/lang/{code}`, which sets a cookie and comes back: works without
/// JavaScript and keeps the reader on the same page (and on a form, what they typed).
#[component]
fn LanguageSwitcher() -> impl IntoView {
    let current = use_locale();
    let location = use_location();
    let here = move || {
        let path = location.pathname.get();
        // Drop `lang=` so the explicit choice is not overridden on the way back.
        let search = location.search.get();
        let kept: Vec<&str> = search
            .trim_start_matches('?')
            .split('&')
            .filter(|p| !p.is_empty() && !p.starts_with("lang="))
            .collect();
        if kept.is_empty() {
            path
        } else {
            format!("{path}?{}", kept.join("&"))
        }
    };
    view! {
        <nav class="lang" aria-label=t("lang-label")>
            <ul>
                {Locale::ALL
                    .into_iter()
                    .map(|locale| {
                        let href = move || {
                            format!("/lang/{}?next={}", locale.code(), urlencoding::encode(&here()))
                        };
                        let keep = move || {
                            format!("/lang/{}?next={}", locale.code(), urlencoding::encode(&here()))
                        };
                        view! {
                            <li>
                                <a
                                    href=href
                                    hreflang=locale.code()
                                    lang=locale.code()
                                    aria-current=(locale == current).then_some("true")
                                >
                                    {locale.native_name()}
                                </a>
                                // On a page with a form being filled in, the language is
                                // switched by posting that form (the stylesheet shows these
                                // buttons instead of the links), so nothing typed is lost.
                                <button
                                    type="submit"
                                    class="keep-typing"
                                    form="main-form"
                                    formaction=keep
                                    formmethod="post"
                                    name="op"
                                    value="language"
                                    lang=locale.code()
                                    aria-current=(locale == current).then_some("true")
                                >
                                    {locale.native_name()}
                                </button>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}

/// A page's frame: its title (the tab's and the heading, from one translation key), an
/// optional lead paragraph, and what the page shows.
#[component]
pub fn Page(
    title: &'static str,
    #[prop(default = None, into)] lead: Option<&'static str>,
    #[prop(default = None, into)] class: Option<&'static str>,
    children: Children,
) -> impl IntoView {
    view! {
        <crate::components::text::PageTitle text=t(title) />
        <section class=class>
            <h1>{t(title)}</h1>
            {lead.map(|key| view! { <p>{t(key)}</p> })}
            {children()}
        </section>
    }
}

/// A staff page's frame: nothing loads until the reader is known as staff with the second
/// factor on (`require_staff`); then the frame, and `render` once `page` has loaded.
#[component]
pub fn StaffPage<T, Fut, F, V>(
    title: &'static str,
    #[prop(default = None, into)] class: Option<&'static str>,
    page: Fut,
    render: F,
) -> impl IntoView
where
    T: Send + 'static,
    Fut: std::future::Future<Output = T> + Send + 'static,
    F: FnOnce(T) -> V + Send + 'static,
    V: IntoView + 'static,
{
    if let Err(refused) = crate::auth::require_staff(title) {
        return refused;
    }
    view! {
        <Page title=title class=class>
            <crate::components::loaded::Loaded page render />
        </Page>
    }
    .into_any()
}
