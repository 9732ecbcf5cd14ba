//! The coordinator's dashboard (`/dashboard`): the state of their territory (open,
//! overdue, due this week, mediations running), new grievances per week, open grievances
//! per category, and the early-warning alerts to acknowledge and close, each saying in
//! words and numbers why it fired.

use crate::components::layout::StaffPage;
use crate::components::notice::{ErrorNotice, StatusNotice};
use crate::components::text::{Day, Minute};
use leptos::prelude::*;

use crate::components::charts::{BarChart, RegionMap};
use crate::forms::{on_server, translated, use_form, OpButton, SelectField};
use crate::i18n::t;
use kenes_core::mediation::terms::Party;
use kenes_core::oversight::terms::AlertState;

/// The steps this page's forms post: a sweep, and an alert's next state.
#[cfg(feature = "ssr")]
pub const OPS: &[&str] = <server::Op as strum::VariantNames>::VARIANTS;

#[derive(Debug, Clone, Default)]
struct Alert {
    id: i64,
    kind: String,
    why: String,
    state: AlertState,
    note: Option<String>,
    created: String,
    codes: Vec<String>,
    /// The public dialogue a dialogue's warning is about.
    dialogue: Option<i64>,
}

#[derive(Debug, Clone, Default)]
struct Dashboard {
    denied: bool,
    scope: String,
    open: i64,
    overdue: i64,
    due_this_week: i64,
    in_mediation: i64,
    weekly: Vec<(String, i64)>,
    by_category: Vec<(String, i64)>,
    /// Open grievances one level down: (name, count).
    by_child: Vec<(String, i64)>,
    /// The map: (KATO, name, value) for every region, shaded by `measure`.
    regions: Vec<(String, String, i64)>,
    measure: String,
    own_region: Option<String>,
    alerts: Vec<Alert>,
    /// More open alerts than those shown (`?alerts=all` shows them).
    more_alerts: bool,
    /// Agreements' commitments past their due date: (code, party, what, due).
    late: Vec<(String, Party, String, String)>,
    /// (alert id, message) of a refused step; 0 for the page.
    error: Option<(i64, String)>,
    raised: Option<usize>,
}

#[component]
pub fn DashboardPage() -> impl IntoView {
    let measure = crate::address::query("measure");
    let all_alerts = crate::address::query("alerts") == "all";
    let page = on_server!(Dashboard, server::load(use_form(), measure, all_alerts));
    view! {
        <StaffPage title="dash-title" page render=body />
    }
}

fn body(d: Dashboard) -> AnyView {
    if d.denied {
        return view! { <ErrorNotice message=t("dash-not-coordinator") /> }.into_any();
    }
    let page_error = d
        .error
        .as_ref()
        .filter(|(id, _)| *id == 0)
        .map(|(_, m)| m.clone());
    let error = d.error.clone();
    let alerts = if d.alerts.is_empty() {
        view! { <p class="muted">{t("dash-no-alerts")}</p> }.into_any()
    } else {
        let more = d.more_alerts.then(|| {
            let href = format!("/dashboard?alerts=all&measure={}#alerts", d.measure);
            view! { <p><a href=href>{t("dash-all-alerts")}</a></p> }
        });
        view! {
            <ol class="alerts">{d.alerts.into_iter().map(|a| alert(a, error.clone())).collect_view()}</ol>
            {more}
        }.into_any()
    };
    let late = view! {
        <h2 id="late">{t("dash-late-commitments")}</h2>
        {if d.late.is_empty() {
            view! { <p class="muted">{t("dash-late-none")}</p> }.into_any()
        } else {
            view! { <ul class="late">{d.late.into_iter().map(|(code, party, what, due)| view! {
                <li><a href=format!("/g/{code}")>{code.clone()}</a>" · "<Day iso=due />" · "
                    {t(&format!("m-party-{party}"))}": "<span class="grievance-text">{what}</span></li>
            }).collect_view()}</ul> }.into_any()
        }}
    }
    .into_any();
    let figures = view! {
        <dl class="figures">
            <div><dt>{t("dash-open")}</dt><dd>{d.open}</dd></div>
            <div><dt>{t("dash-overdue")}</dt><dd>{d.overdue}</dd></div>
            <div><dt>{t("dash-due-week")}</dt><dd>{d.due_this_week}</dd></div>
            <div><dt>{t("dash-mediations")}</dt><dd>{d.in_mediation}</dd></div>
        </dl>
    }
    .into_any();
    let charts = view! {
        <BarChart id="weekly" title=t("dash-weekly") data=d.weekly label_header=t("dash-week") value_header=t("dash-count") />
        <BarChart id="categories" title=t("dash-by-category") data=d.by_category label_header=t("track-category") value_header=t("dash-open") />
        <BarChart id="children" title=t("dash-by-place") data=d.by_child label_header=t("list-region") value_header=t("dash-open") />
    }
    .into_any();
    let measure = d.measure.clone();
    let map = view! {
        <h2>{t("dash-map")}</h2>
        <form method="get" action="/dashboard" class="filters">
            <SelectField name="measure" label=t("dash-measure") selected=measure
                options=translated(["open", "overdue", "new"], "dash-measure-") />
            <button type="submit" class="secondary">{t("list-filter")}</button>
        </form>
        <RegionMap title=t(&format!("dash-measure-{}", d.measure)) regions=d.regions highlight=d.own_region.clone().unwrap_or_default()
            value_header=t("dash-count") region_header=t("list-region") />
    }
    .into_any();
    view! {
        <p class="muted">{d.scope}</p>
        <ErrorNotice message=page_error />
        <StatusNotice message=d.raised.map(|n| format!("{}: {n}", t("dash-raised"))) />
        {figures}
        <h2 id="alerts">{t("dash-alerts")}</h2>
        <OpButton op="sweep" label=t("dash-sweep") class="secondary" />
        {alerts}
        {late}
        {charts}
        {map}
    }
    .into_any()
}

fn alert(a: Alert, error: Option<(i64, String)>) -> AnyView {
    let id = a.id;
    let error = error.filter(|(e, _)| *e == id).map(|(_, m)| m);
    let next = a.state.next();
    let forms = (!next.is_empty()).then(|| {
        // Posted to its alert's anchor: a refused step comes back in view, by its alert.
        view! {
            <form method="post" action=format!("#alert-{id}") class="stack">
                <input type="hidden" name="alert" value=id.to_string() />
                // A field like every form's, with its own ids: a page lists many alerts.
                <div class="field">
                    <label for=format!("note-{id}")>{t("dash-note")}</label>
                    <input id=format!("note-{id}") name="note" aria-describedby=format!("note-{id}-error")
                        aria-invalid=error.is_some().then_some("true") />
                    <p id=format!("note-{id}-error") class="error" role="alert">{error}</p>
                </div>
                <p class="row">{next.iter().map(|s| view! {
                    <button type="submit" name="op" value=s.as_str() class="secondary">{t(&format!("dash-to-{s}"))}</button>
                }).collect_view()}</p>
            </form>
        }
    });
    view! {
        <li class=format!("card alert alert-{}", a.state) id=format!("alert-{id}")>
            <p><strong>{t(&format!("alert-kind-{}", a.kind))}</strong>" · "
                <span class="muted"><Minute local=a.created />{format!(" · {}", t(&format!("alert-state-{}", a.state)))}</span></p>
            <p>{a.why}</p>
            {a.note.map(|n| view! { <p class="muted">{format!("{}: {n}", t("dash-note"))}</p> })}
            <p class="row">{a.codes.into_iter().take(20).map(|c| view! { <a href=format!("/g/{c}")>{c.clone()}</a>" " }).collect_view()}</p>
            {match a.dialogue {
                Some(d) => view! { <p><a href=format!("/dialogues/{d}")>{t("dash-see-dialogue")}</a></p> },
                None => view! { <p><a href=format!("/dialogues/new?alert={id}")>{t("dash-open-dialogue")}</a></p> },
            }}
            {forms}
        </li>
    }
    .into_any()
}

#[cfg(feature = "ssr")]
mod server {
    use chrono::{Duration, Utc};
    use kenes_core::actor::Actor;
    use kenes_core::db::interact;
    use kenes_core::error::Error;
    use kenes_core::mediation::commitments;
    use kenes_core::oversight::terms::AlertState;
    use kenes_core::permissions::Role;
    use kenes_core::{oversight::alerts, oversight::dashboard, reference};

    /// Late commitments shown on the dashboard, the longest overdue first.
    const LATE_SHOWN: i64 = 20;

    use super::{Alert, Dashboard};

    /// Names of places and the counts for the map and the breakdown.
    struct Map {
        places: Vec<(String, String)>,
        children: Vec<(String, i64)>,
        regions: Vec<(String, i64)>,
    }
    use crate::auth::use_user;
    use crate::forms::{redirect, FormData};
    use crate::i18n::{t, use_locale};
    use crate::state::app_state;

    /// The newest alerts the coordinator may see, and whether there are more.
    fn shown_alerts(
        c: &mut kenes_core::Db,
        actor: &Actor,
        all: bool,
    ) -> Result<(Vec<alerts::AlertView>, bool), kenes_core::DbError> {
        let shown = if all { 100 } else { dashboard::ALERTS_SHOWN };
        // One more than shown says whether there are more.
        let mut list = alerts::for_actor(c, actor, false, shown + 1)?;
        let more = list.len() > shown;
        list.truncate(shown);
        Ok((list, more))
    }

    impl Map {
        fn load(
            c: &mut kenes_core::Db,
            kato: Option<&str>,
            measure: dashboard::Measure,
            lang: &str,
            now: chrono::NaiveDateTime,
        ) -> Result<Map, kenes_core::DbError> {
            let places = reference::places(c)?
                .into_iter()
                .flat_map(|(r, children)| std::iter::once(r).chain(children))
                .map(|j| (j.kato.clone(), j.name(lang).to_owned()))
                .collect();
            Ok(Map {
                places,
                children: dashboard::children(c, kato, now)?,
                regions: dashboard::regions(c, measure, now)?,
            })
        }

        fn name(&self, kato: &str) -> String {
            self.places
                .iter()
                .find(|(k, _)| k == kato)
                .map(|(_, n)| n.clone())
                .unwrap_or_else(|| kato.to_owned())
        }

        /// The places below the scope with their counts, and every region's tile.
        #[allow(clippy::type_complexity)]
        fn tiles(&self) -> (Vec<(String, i64)>, Vec<(String, String, i64)>) {
            let by_child = self
                .children
                .iter()
                .map(|(k, n)| (self.name(k), *n))
                .collect();
            let regions = crate::components::charts::TILES
                .iter()
                .map(|(k, _, _)| {
                    let value = self
                        .regions
                        .iter()
                        .find(|(r, _)| r == k)
                        .map_or(0, |(_, n)| *n);
                    ((*k).to_owned(), self.name(k), value)
                })
                .collect();
            (by_child, regions)
        }
    }

    /// Weekly counts, each labelled by the day its week starts.
    fn weekly(counts: Vec<i64>) -> Vec<(String, i64)> {
        let today = kenes_core::clock::today();
        let weeks = counts.len() as i64;
        counts
            .into_iter()
            .enumerate()
            .map(|(i, n)| {
                let start = today - Duration::days(7 * (weeks - i as i64));
                (start.format("%d.%m").to_string(), n)
            })
            .collect()
    }

    /// Counts per category code, named in the reader's language.
    fn named_categories(
        counts: Vec<(String, i64)>,
        categories: &[kenes_core::models::Category],
        lang: &str,
    ) -> Vec<(String, i64)> {
        counts
            .into_iter()
            .map(|(code, n)| {
                let name = categories
                    .iter()
                    .find(|c| c.code == code)
                    .map(|c| c.name(lang).to_owned())
                    .unwrap_or(code);
                (name, n)
            })
            .collect()
    }

    crate::forms::form_ops! {
        /// The early-warning sweep run now, or an alert moved on (the op names its new state).
        pub(super) enum Op {
            Sweep,
            Acknowledged {
                #[serde(default)]
                note: String,
            },
            Closed {
                #[serde(default)]
                note: String,
            },
        }
    }

    /// What the dashboard shows of a coordinator's territory.
    struct Read {
        scope: kenes_core::permissions::Grant,
        place: Option<String>,
        summary: dashboard::Summary,
        categories: Vec<kenes_core::models::Category>,
        alerts: (Vec<alerts::AlertView>, bool),
        map: Map,
        late: Vec<commitments::Late>,
    }

    /// A posted step: `Some(n)` alerts raised by a sweep, `None` for an alert moved on.
    fn act(
        c: &mut kenes_core::Db,
        op: Option<Op>,
        actor: &Actor,
        alert_id: i64,
        site: &kenes_core::mail::Site,
    ) -> Result<Option<usize>, Error> {
        let now = Utc::now().naive_utc();
        let act = actor.at(now);
        match op {
            Some(Op::Sweep) => Ok(Some(alerts::sweep(c, now, site)?.len())),
            Some(Op::Acknowledged { note }) => {
                alerts::set_state(c, alert_id, act, AlertState::Acknowledged, &note).map(|_| None)
            }
            Some(Op::Closed { note }) => {
                alerts::set_state(c, alert_id, act, AlertState::Closed, &note).map(|_| None)
            }
            None => Err(Error::Forbidden),
        }
    }

    fn read(
        c: &mut kenes_core::Db,
        scope: kenes_core::permissions::Grant,
        actor: &Actor,
        measure: dashboard::Measure,
        lang: &str,
        all_alerts: bool,
    ) -> Result<Read, kenes_core::DbError> {
        let now = Utc::now().naive_utc();
        let kato = scope.kato.as_deref();
        let map = Map::load(c, kato, measure, lang, now)?;
        Ok(Read {
            summary: dashboard::summary(c, kato, now)?,
            categories: reference::categories_in_order(c)?,
            alerts: shown_alerts(c, actor, all_alerts)?,
            place: kato.map(|k| map.name(k)),
            late: commitments::late(c, kato, kenes_core::clock::day_of(now), LATE_SHOWN)?,
            map,
            scope,
        })
    }

    fn page_of(r: Read, locale: kenes_i18n::Locale, measure: dashboard::Measure) -> Dashboard {
        let lang = locale.code();
        let level = r.scope.level.map(|l| l.as_str()).unwrap_or("local");
        let place = r.place.unwrap_or_else(|| t("alert-country"));
        let (by_child, regions) = r.map.tiles();
        let (list, more_alerts) = r.alerts;
        Dashboard {
            scope: format!("{} · {}", t(&format!("level-name-{level}")), place),
            open: r.summary.open,
            overdue: r.summary.overdue,
            due_this_week: r.summary.due_this_week,
            in_mediation: r.summary.in_mediation,
            weekly: weekly(r.summary.weekly),
            by_category: named_categories(r.summary.by_category, &r.categories, lang),
            by_child,
            regions,
            measure: measure.as_str().to_owned(),
            own_region: r
                .scope
                .kato
                .as_deref()
                .map(|k| kenes_core::grievances::terms::region_of(k).to_owned()),
            more_alerts,
            late: r
                .late
                .into_iter()
                .map(|l| (l.code, l.party, l.what, l.due_on.to_string()))
                .collect(),
            alerts: list
                .iter()
                .map(|a| Alert {
                    id: a.alert.id,
                    kind: a.alert.kind.to_string(),
                    why: a.explain(locale),
                    state: a.alert.state,
                    note: a.alert.note.clone(),
                    created: kenes_core::clock::minute_shown(a.alert.created_at),
                    codes: a.codes.clone(),
                    dialogue: a.detail["dialogue"].as_i64(),
                })
                .collect(),
            ..Default::default()
        }
    }

    pub async fn load(form: Option<FormData>, measure: String, all_alerts: bool) -> Dashboard {
        let measure = dashboard::Measure::parse(&measure).unwrap_or_default();
        let state = app_state();
        let Some(user) = use_user() else {
            return Dashboard::default();
        };
        let locale = use_locale();
        let lang = locale.code();
        let site = state.site.clone();
        let alert_id = form
            .as_ref()
            .and_then(|f| f.get("alert").parse::<i64>().ok())
            .unwrap_or(0);
        let result = interact::<_, _, kenes_core::DbError>(&state.pool, move |c| {
            let grants = crate::auth::actor_of(c, &user)?.grants;
            let Some(scope) = grants.iter().find(|g| g.role == Role::Coordinator).cloned() else {
                return Ok(None);
            };
            let actor = Actor::user(user.id, grants);
            let outcome = form.map(|f| act(c, f.op::<Op>(), &actor, alert_id, &site));
            let read = read(c, scope, &actor, measure, lang, all_alerts)?;
            Ok(Some((outcome, read)))
        })
        .await;
        let (outcome, read) = match crate::errors::found_or(result, "dashboard") {
            Ok(found) => found,
            Err(page) => return page,
        };
        let mut d = page_of(read, locale, measure);
        match outcome {
            Some(Ok(raised)) => {
                d.raised = raised;
                if raised.is_none() {
                    redirect(&format!("/dashboard#alert-{alert_id}"));
                }
            }
            Some(Err(e)) => {
                // A field error belongs to the alert whose form failed.
                let (field, message) = crate::errors::explain(e, "dash");
                d.error = Some((if field.is_empty() { 0 } else { alert_id }, message));
            }
            None => {}
        }
        d
    }

    impl crate::errors::StandIn for Dashboard {
        fn refuse(&mut self) {
            self.denied = true;
        }

        fn fail(&mut self, message: String) {
            self.error = Some((0, message));
        }
    }
}
