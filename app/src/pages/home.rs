use crate::components::loaded::Loaded;
use crate::components::text::PageTitle;
use crate::forms::on_server;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::components::grievance_card::{GrievanceCards, GrievanceSummary};
use crate::i18n::{t, use_locale};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HomeSummary {
    pub total: i64,
    pub open: i64,
    pub in_mediation: i64,
    pub resolved: i64,
    pub recent: Vec<GrievanceSummary>,
}

/// The portal's counts and latest public grievances; none when the database fails (logged).
#[cfg(feature = "ssr")]
async fn home_data(lang: String) -> Option<HomeSummary> {
    use kenes_core::grievances::read;
    crate::state::with_db(move |conn| {
        let counts = read::portal_counts(conn)?;
        let recent = read::recent_public_with_names(conn, 6)?
            .into_iter()
            .map(|row| crate::pages::summary(&lang, row))
            .collect();
        Ok(HomeSummary {
            total: counts.total,
            open: counts.open,
            in_mediation: counts.in_mediation,
            resolved: counts.resolved,
            recent,
        })
    })
    .await
    .ok()
}

#[component]
pub fn HomePage() -> impl IntoView {
    let lang = use_locale().code().to_owned();
    let page = on_server!(Option<HomeSummary>, home_data(lang));
    view! {
        <PageTitle text=t("site-name") />
        <section class="hero">
            <h1>{t("home-title")}</h1>
            <p class="lead">{t("home-lead")}</p>
            <p class="actions">
                <a class="button" href="/file">{t("home-cta-file")}</a>
                <a class="button secondary" href="/track">{t("home-cta-track")}</a>
            </p>
        </section>

        <section aria-labelledby="how">
            <h2 id="how">{t("how-title")}</h2>
            <ol class="steps">
                <li>
                    <h3>{t("how-file-title")}</h3>
                    <p>{t("how-file-text")}</p>
                </li>
                <li>
                    <h3>{t("how-follow-title")}</h3>
                    <p>{t("how-follow-text")}</p>
                </li>
                <li>
                    <h3>{t("how-mediate-title")}</h3>
                    <p>{t("how-mediate-text")}</p>
                </li>
            </ol>
        </section>

        <Loaded page render=summary />

        <section aria-labelledby="levels">
            <h2 id="levels">{t("levels-title")}</h2>
            <ul class="levels">
                <li>{t("level-local")}</li>
                <li>{t("level-regional")}</li>
                <li>{t("level-national")}</li>
            </ul>
        </section>
    }
}

/// The counts and the latest grievances, when they could be read.
fn summary(d: Option<HomeSummary>) -> impl IntoView {
    d.map(|d| view! { <Stats d=d.clone() /> <Recent items=d.recent /> })
}

#[component]
fn Stats(d: HomeSummary) -> impl IntoView {
    let stat = |n: i64, label: String| {
        view! {
            <div class="stat">
                <strong>{n}</strong>
                <span>{label}</span>
            </div>
        }
    };
    view! {
        <section aria-labelledby="stats">
            <h2 id="stats">{t("stats-title")}</h2>
            <div class="stats">
                {stat(d.total, t("stat-total"))} {stat(d.open, t("stat-open"))}
                {stat(d.in_mediation, t("stat-mediation"))}
                {stat(d.resolved, t("stat-resolved"))}
            </div>
        </section>
    }
}

#[component]
fn Recent(items: Vec<GrievanceSummary>) -> impl IntoView {
    view! {
        <section aria-labelledby="recent">
            <h2 id="recent">{t("recent-title")}</h2>
            <GrievanceCards items empty=t("recent-empty") />
        </section>
    }
}
