//! Public accountability (`/accountability`): for each region, and within a region for each
//! body, how many grievances were handled, the share answered on time, the median handling
//! time, how often mediation was used and how it ended, and the citizens' rating. Rows about
//! fewer than five grievances show no numbers. The same table downloads as CSV.

use crate::components::layout::Page;
use crate::components::notice::ErrorNotice;
use crate::forms::on_server;
use leptos::prelude::*;

use crate::components::loaded::Loaded;

use crate::i18n::t;

/// A row as shown: a name, maybe a link, and the formatted cells (or none: suppressed).
#[derive(Debug, Clone, Default)]
struct Line {
    name: String,
    href: Option<String>,
    handled: i64,
    cells: Option<[String; 9]>,
}

#[derive(Debug, Clone, Default)]
struct Page {
    region: Option<String>,
    region_name: String,
    lines: Vec<Line>,
    csv: String,
    error: Option<String>,
}

#[component]
pub fn AccountabilityPage() -> impl IntoView {
    let region = Some(crate::address::query("region"))
        .filter(|r| r.len() == 2 && r.bytes().all(|b| b.is_ascii_digit()));
    let page = on_server!(Page, server::load(region));
    view! {
        <Page title="acc-title" lead="acc-lead">
            <Loaded page render=table />
        </Page>
    }
}

/// The columns after "handled", in the order of a line's cells.
const CELL_COLUMNS: [&str; 9] = [
    "acc-on-time",
    "acc-accept-days",
    "acc-median",
    "acc-mediation",
    "acc-mediation-resolved",
    "acc-agreements-kept",
    "acc-rating",
    "acc-appeals",
    "acc-appeals-answered",
];

fn table(p: Page) -> AnyView {
    let first = if p.region.is_some() {
        t("acc-body")
    } else {
        t("list-region")
    };
    view! {
        <ErrorNotice message=p.error />
        {p.region.is_some().then(|| view! {
            <p><a href="/accountability">{t("acc-all-regions")}</a>" · "<strong>{p.region_name.clone()}</strong></p>
        })}
        // Focusable and named, so that a keyboard can scroll it where the screen is narrow.
        <div class="table-scroll" tabindex="0" role="region" aria-label=t("acc-title")>
            <table class="data accountability phone-cards">
                <thead><tr>
                    <th scope="col">{first}</th>
                    <th scope="col">{t("acc-handled")}</th>
                    {CELL_COLUMNS.map(|column| view! { <th scope="col">{t(column)}</th> }).collect_view()}
                </tr></thead>
                <tbody>{p.lines.into_iter().map(|l| view! {
                    <tr>
                        <th scope="row">{match l.href {
                            Some(h) => view! { <a href=h>{l.name.clone()}</a> }.into_any(),
                            None => l.name.clone().into_any(),
                        }}</th>
                        {match l.cells {
                            // Each cell names its column: on a phone the rows become cards.
                            Some(cells) => view! {
                                <td data-label=t("acc-handled")>{l.handled}</td>
                                {cells.into_iter().zip(CELL_COLUMNS).map(|(c, column)| view! {
                                    <td data-label=t(column)>{c}</td>
                                }).collect_view()}
                            }.into_any(),
                            None => view! { <td colspan="10" class="muted">{t("acc-suppressed")}</td> }.into_any(),
                        }}
                    </tr>
                }).collect_view()}</tbody>
            </table>
        </div>
        <p><a href=p.csv>{t("acc-csv")}</a></p>
    }
    .into_any()
}

#[cfg(feature = "ssr")]
mod server {
    use kenes_core::db::interact;
    use kenes_core::oversight::accountability::{self, Row};
    use kenes_core::reference;

    use super::{Line, Page};
    use crate::i18n::use_locale;
    use crate::state::app_state;

    fn percent(v: Option<f64>) -> String {
        v.map(|x| format!("{:.0} %", x * 100.0))
            .unwrap_or_else(|| "—".into())
    }

    fn number(v: Option<f64>, decimals: i16) -> String {
        v.map(|x| crate::i18n::decimal(x, decimals))
            .unwrap_or_else(|| "—".into())
    }

    fn cells(r: &Row) -> Option<[String; 9]> {
        (!r.suppressed).then(|| {
            [
                percent(r.on_time),
                number(r.days_to_accept, 0),
                number(r.median_days, 0),
                percent(r.mediation_rate),
                percent(r.mediation_resolved),
                percent(r.agreements_kept),
                number(r.rating, 1),
                r.appeals
                    .map(|n| n.to_string())
                    .unwrap_or_else(|| "—".into()),
                percent(r.appeals_answered),
            ]
        })
    }

    pub async fn load(region: Option<String>) -> Page {
        let state = app_state();
        let lang = use_locale().code();
        let wanted = region.clone();
        let result = interact::<_, _, kenes_core::DbError>(&state.pool, move |c| {
            let regions = reference::regions(c)?;
            let rows = match &wanted {
                Some(r) => accountability::by_body(c, r)?,
                None => accountability::by_region(c)?,
            };
            let bodies = kenes_core::grievances::routing::all_bodies(c)?;
            Ok((regions, rows, bodies))
        })
        .await;
        let (regions, rows, bodies) = match result {
            Ok(found) => found,
            Err(e) => {
                return Page {
                    error: Some(crate::errors::load_failed(e, "accountability")),
                    ..Default::default()
                };
            }
        };
        let region_name = |k: &str| {
            regions
                .iter()
                .find(|j| j.kato == k)
                .map(|j| j.name(lang).to_owned())
                .unwrap_or_else(|| k.to_owned())
        };
        let mut lines: Vec<Line> = rows
            .iter()
            .map(|r| Line {
                name: match &region {
                    Some(_) => bodies
                        .iter()
                        .find(|b| b.code == r.key)
                        .map(|b| b.name(lang).to_owned())
                        .unwrap_or_else(|| r.key.clone()),
                    None => region_name(&r.key),
                },
                href: region
                    .is_none()
                    .then(|| format!("/accountability?region={}", r.key)),
                handled: r.handled,
                cells: cells(r),
            })
            .collect();
        lines.sort_by(|a, b| a.name.cmp(&b.name));
        Page {
            region_name: region.as_deref().map(region_name).unwrap_or_default(),
            csv: match &region {
                Some(r) => format!("/accountability.csv?region={r}"),
                None => "/accountability.csv".into(),
            },
            region,
            lines,
            error: None,
        }
    }
}
