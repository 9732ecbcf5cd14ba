use crate::components::layout::Page;
use crate::components::loaded::Loaded;
use crate::components::notice::StatusNotice;
use crate::components::text::Day;
use crate::components::timeline::{Event, Timeline};
use crate::forms::on_server;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::components::grievance_card::StatusBadge;
use crate::i18n::{t, t_args, use_locale};
use crate::islands::TrackingCodeInput;

/// What anyone holding the tracking code may see. Private grievances show their state and
/// deadline but not their text; the author is never shown.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TrackView {
    pub tracking_code: String,
    pub status: String,
    pub category: String,
    pub place: String,
    pub submitted_on: String,
    pub due_on: String,
    pub title: Option<String>,
    pub working_days_left: Option<u32>,
    pub overdue: bool,
    /// The public timeline, worded as the grievance's page words it.
    pub events: Vec<Event>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub enum TrackResult {
    #[default]
    Empty,
    Invalid,
    NotFound,
    Found(Box<TrackView>),
}

/// What the tracking code shows this reader; nothing when the database fails (logged).
#[cfg(feature = "ssr")]
async fn track(code: String, lang: String) -> TrackResult {
    track_code(code, lang).await.unwrap_or(TrackResult::Empty)
}

#[cfg(feature = "ssr")]
async fn track_code(code: String, lang: String) -> Result<TrackResult, ServerFnError> {
    use kenes_core::grievances::read;
    use kenes_core::grievances::terms::parse_tracking_code;
    if code.trim().is_empty() {
        return Ok(TrackResult::Empty);
    }
    let Some(code) = parse_tracking_code(&code) else {
        return Ok(TrackResult::Invalid);
    };
    let user = crate::auth::use_user();
    crate::state::with_db(move |conn| {
        let viewer = (user.as_ref())
            .map(|u| crate::auth::actor_of(conn, u))
            .transpose()?;
        let Some((g, category, place)) = read::by_tracking_code(conn, &code)? else {
            return Ok(TrackResult::NotFound);
        };
        let today = kenes_core::clock::today();
        let open = g.status.is_open();
        let calendar = read::working_calendar(conn)?;
        let text_visible = kenes_core::grievances::access::text_visible(&g, viewer.as_ref());
        let events = crate::components::timeline::server::read(conn, &g, viewer.as_ref(), &lang)?;
        Ok(TrackResult::Found(Box::new(TrackView {
            tracking_code: g.tracking_code,
            category: category.name(&lang).to_owned(),
            place: place.name(&lang).to_owned(),
            submitted_on: kenes_core::clock::day_of(g.submitted_at).to_string(),
            due_on: g.due_on.to_string(),
            title: text_visible.then_some(g.title),
            working_days_left: (open && g.due_on >= today)
                .then(|| calendar.working_days_between(today, g.due_on)),
            overdue: open && g.due_on < today,
            events,
            status: g.status.to_string(),
        })))
    })
    .await
}

#[component]
pub fn TrackPage() -> impl IntoView {
    let code = crate::address::query("code");
    let lang = use_locale().code().to_owned();
    let page = on_server!(TrackResult, track(code.clone(), lang));
    view! {
        <Page title="track-title" lead="track-lead" class="narrow">
            <Loaded page render=move |result: TrackResult| {
                    let error = (result == TrackResult::Invalid).then(|| t("track-invalid"));
                    view! {
                        <form method="get" action="/track" class="stack" novalidate>
                            <TrackingCodeInput
                                value=code
                                label=t("track-label")
                                hint=t("track-hint")
                                invalid=t("track-invalid")
                                server_error=error
                            />
                            <button type="submit">{t("track-submit")}</button>
                        </form>
                        <TrackOutcome result />
                    }
                } />
        </Page>
    }
}

#[component]
fn TrackOutcome(result: TrackResult) -> impl IntoView {
    match result {
        TrackResult::Empty | TrackResult::Invalid => ().into_any(),
        TrackResult::NotFound => view! { <StatusNotice message=t("track-not-found") /> }.into_any(),
        TrackResult::Found(v) => {
            let v = *v;
            let deadline = match (v.overdue, v.working_days_left) {
                (true, _) => Some(view! { <p class="overdue">{t("track-overdue")}</p> }.into_any()),
                (false, Some(n)) => Some(
                    view! { <p class="muted">{t_args("track-days-left", &[("n", (n as i64).into())])}</p> }
                        .into_any(),
                ),
                _ => None,
            };
            view! {
                <article class="card" aria-live="polite">
                    <p class="code">{v.tracking_code.clone()}</p>
                    {match v.title {
                        Some(title) => view! { <h2>{title}</h2> }.into_any(),
                        None => view! { <p class="muted">{t("track-private")}</p> }.into_any(),
                    }}
                    <dl class="facts">
                        <dt>{t("track-status")}</dt>
                        <dd>
                            <StatusBadge status=v.status />
                        </dd>
                        <dt>{t("track-category")}</dt>
                        <dd>{v.category}</dd>
                        <dt>{t("track-place")}</dt>
                        <dd>{v.place}</dd>
                        <dt>{t("track-submitted")}</dt>
                        <dd><Day iso=v.submitted_on /></dd>
                        <dt>{t("track-due")}</dt>
                        <dd><Day iso=v.due_on /></dd>
                    </dl>
                    {deadline}
                    <p><a class="button" href=format!("/g/{}", v.tracking_code)>{t("track-open")}</a></p>
                    {(!v.events.is_empty()).then(|| view! {
                        <h3>{t("track-timeline")}</h3>
                        <Timeline entries=v.events.into_iter().map(Event::entry).collect() />
                    })}
                </article>
            }
            .into_any()
        }
    }
}
