//! What mediation is (`/mediation`, no account): the steps, the parties' rights, the law in
//! plain words and how to ask for it, with the latest published outcomes where mediation
//! was used, drawn live from the outcome index. Many citizens do not know what mediation is;
//! seeing cases like their own that ended in an agreement is what makes it real.

use crate::components::layout::Page;
use crate::forms::on_server;
use leptos::prelude::*;

use crate::components::loaded::Loaded;
use crate::i18n::t;

/// How many success stories the page shows.
pub const STORIES: usize = 5;

/// A published outcome where mediation was used.
#[derive(Debug, Clone, Default)]
struct Story {
    id: i64,
    title: String,
    summary: String,
    lang: String,
}

#[derive(Debug, Clone, Default)]
struct AboutPage {
    stories: Vec<Story>,
    /// The outcome index could not be asked (the page still explains mediation).
    unavailable: bool,
}

/// The keys of one translated list, `prefix-1` to `prefix-n`.
fn items(prefix: &str, n: usize) -> impl IntoView {
    (1..=n)
        .map(|i| view! { <li>{t(&format!("{prefix}-{i}"))}</li> })
        .collect_view()
}

#[component]
pub fn MediationAboutPage() -> impl IntoView {
    let page = on_server!(AboutPage, server::stories());
    view! {
        <Page title="about-title" class="narrow">
            <p class="lead">{t("about-lead")}</p>
            <h2>{t("about-steps-title")}</h2>
            <ol>{items("about-step", 6)}</ol>
            <h2>{t("about-rights-title")}</h2>
            <ul>{items("about-right", 4)}</ul>
            <h2>{t("about-law-title")}</h2>
            <p>{t("about-law")}</p>
            <h2>{t("about-ask-title")}</h2>
            <p>{t("about-ask")}</p>
            <p><a class="button" href="/my">{t("my-title")}</a>" "<a href="/mediators">{t("registry-title")}</a></p>
            <h2>{t("about-stories-title")}</h2>
            <Loaded page render=stories />
        </Page>
    }
}

fn stories(p: AboutPage) -> AnyView {
    if p.unavailable {
        return view! { <p class="muted">{t("err-search")}</p> }.into_any();
    }
    if p.stories.is_empty() {
        return view! { <p class="muted">{t("about-stories-none")}</p> }.into_any();
    }
    view! {
        <ul class="stack">
            {p.stories.into_iter().map(|s| view! {
                <li class="card" lang=s.lang>
                    <h3><a href=format!("/outcomes/{}", s.id)>{s.title}</a></h3>
                    <p>{s.summary}</p>
                </li>
            }).collect_view()}
        </ul>
        <p><a href="/outcomes?mediated=yes&sort=newest">{t("about-stories-all")}</a></p>
    }
    .into_any()
}

#[cfg(feature = "ssr")]
mod server {
    use kenes_search::{Facet, Query, Sort};

    use super::{AboutPage, Story, STORIES};
    use crate::state::app_state;

    /// The newest published outcomes where mediation was used.
    pub async fn stories() -> AboutPage {
        let state = app_state();
        let mut q = Query {
            sort: Sort::Newest,
            per_page: STORIES,
            ..Default::default()
        };
        q.filters.insert(Facet::Mediated, "yes".into());
        match state.search.search(&q).await {
            Ok(found) => AboutPage {
                stories: found
                    .hits
                    .into_iter()
                    .map(|d| Story {
                        id: d.id,
                        summary: d.summary.chars().take(280).collect(),
                        title: d.title,
                        lang: d.lang,
                    })
                    .collect(),
                unavailable: false,
            },
            Err(e) => {
                tracing::warn!(error = %e, "mediation stories");
                AboutPage {
                    stories: vec![],
                    unavailable: true,
                }
            }
        }
    }
}
