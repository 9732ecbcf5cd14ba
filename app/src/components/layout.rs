use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::auth::use_user;
use crate::i18n::{t, use_locale, Locale};
use kenes_core::permissions::Tool;

#[component]
pub fn Layout(children: Children) -> impl IntoView {
    view! {
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
                <a href="/">{t("nav-home")}</a>
                <a href="/file">{t("nav-file")}</a>
                <a href="/grievances">{t("nav-grievances")}</a>
                <a href="/outcomes">{t("nav-outcomes")}</a>
                <a href="/accountability">{t("nav-accountability")}</a>
                <a href="/track">{t("nav-track")}</a>
                {match use_user() {
                    Some(user) => view! {
                        <a href="/my">{t("my-title")}</a>
                        {user.tools.contains(&Tool::Queue).then(|| view! { <a href="/queue">{t("nav-queue")}</a> })}
                        <a href="/account" class="nav-user">{user.display_name}</a>
                    }.into_any(),
                    None => view! {
                        <a href="/signin" class="nav-user">{t("nav-signin")}</a>
                        <a href="/signup">{t("nav-signup")}</a>
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

/// Plain links to `/lang/{code}`, which sets a cookie and comes back: works without
/// JavaScript and keeps the reader on the same page.
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
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}
