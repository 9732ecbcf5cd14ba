//! Lists of grievances: the public list (anyone; private grievances never appear) and the
//! staff queue (a body's and a centre's grievances, soonest deadline first). Filters are a
//! plain GET form, so a filtered list is a shareable URL and works without JavaScript.

use crate::components::layout::Page;
use crate::components::notice::ErrorNotice;
use crate::components::text::Day;
use crate::forms::{on_server, translated, SelectField};
use kenes_core::grievances::terms::Status;
use leptos::prelude::*;

use crate::components::loaded::Loaded;

use crate::auth::require_staff;
use crate::components::grievance_card::{GrievanceCard, GrievanceSummary};
use crate::forms::Choice;
use crate::i18n::{t, t_args};

#[derive(Debug, Clone, Default)]
struct ListPage {
    denied: bool,
    regions: Vec<Choice>,
    categories: Vec<Choice>,
    items: Vec<(GrievanceSummary, Option<Deadline>)>,
    total: i64,
    error: Option<String>,
}

/// A staff queue's view of the legal clock.
#[derive(Debug, Clone)]
struct Deadline {
    due_on: String,
    overdue: bool,
}

#[derive(Debug, Clone, Default, PartialEq)]
struct Query {
    status: String,
    category: String,
    region: String,
    page: i64,
}

impl Query {
    fn from_url() -> Self {
        use crate::address::{query, query_as};
        Self {
            status: query("status"),
            category: query("category"),
            region: query("region"),
            page: query_as("page").unwrap_or(1).max(1),
        }
    }

    fn url(&self, base: &str, page: i64) -> String {
        let mut pairs = url_pairs(self);
        pairs.push(("page".into(), page.to_string()));
        with_query(base, pairs)
    }

    /// The list's filters as open data (every page of it).
    fn exports(&self) -> Vec<(&'static str, String)> {
        vec![
            ("CSV", with_query("/grievances.csv", url_pairs(self))),
            ("JSON", with_query("/grievances.json", url_pairs(self))),
            ("Atom", with_query("/grievances.atom", url_pairs(self))),
        ]
    }
}

/// `base` with the pairs that have a value as its query.
fn with_query(base: &str, pairs: Vec<(String, String)>) -> String {
    let qs: Vec<String> = pairs
        .into_iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| format!("{k}={}", urlencoding(&v)))
        .collect();
    match qs.is_empty() {
        true => base.to_owned(),
        false => format!("{base}?{}", qs.join("&")),
    }
}

fn url_pairs(q: &Query) -> Vec<(String, String)> {
    vec![
        ("status".into(), q.status.clone()),
        ("category".into(), q.category.clone()),
        ("region".into(), q.region.clone()),
    ]
}

/// Filter values are codes (letters, digits, `_`); anything else is dropped from links.
fn urlencoding(v: &str) -> String {
    v.chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect()
}

#[component]
pub fn PublicListPage() -> impl IntoView {
    view! { <List base="/grievances" title_key="list-title" staff=false /> }
}

#[component]
pub fn QueuePage() -> impl IntoView {
    if let Err(refused) = require_staff("queue-title") {
        return refused;
    }
    view! { <List base="/queue" title_key="queue-title" staff=true /> }.into_any()
}

#[component]
fn List(base: &'static str, title_key: &'static str, staff: bool) -> impl IntoView {
    let q = Query::from_url();
    let page = on_server!(ListPage, server::load(q.clone(), staff));
    view! {
        <Page title=title_key>
            <Loaded page render=move |p: ListPage| {
                let q = q.clone();
                if p.denied {
                    return view! { <ErrorNotice message=t("err-forbidden") /> }.into_any();
                }
                let pages = (p.total + 19) / 20;
                view! {
                    <ErrorNotice message=p.error.clone() />
                    <form method="get" action=base class="filters">
                        {(!staff).then(|| view! {
                            <SelectField name="region" label=t("list-region") selected=q.region.clone()
                                blank=Some(t("list-all")) options=p.regions.clone() />
                        })}
                        <SelectField name="category" label=t("track-category") selected=q.category.clone()
                            blank=Some(t("list-all")) options=p.categories.clone() />
                        <SelectField name="status" label=t("track-status") selected=q.status.clone()
                            blank=Some(if staff { t("queue-open") } else { t("list-all") })
                            options=translated(Status::ALL, "status-") />
                        <button type="submit">{t("list-filter")}</button>
                    </form>
                    <p class="muted" role="status">{t_args("list-count", &[("n", p.total.into())])}</p>
                    <div class="cards">
                        {p.items.into_iter().map(|(g, deadline)| view! {
                            <div class="queue-item">
                                {deadline.map(|d| view! {
                                    <p class=if d.overdue { "overdue" } else { "muted" }>
                                        {t("track-due")}": "<Day iso=d.due_on.clone() />
                                        {d.overdue.then(|| format!(" · {}", t("track-overdue")))}
                                    </p>
                                })}
                                <GrievanceCard g />
                            </div>
                        }).collect_view()}
                    </div>
                    {(pages > 1).then(|| view! {
                        <nav class="pager" aria-label=t("list-pages")>
                            {(q.page > 1).then(|| view! { <a rel="prev" href=q.url(base, q.page - 1)>{t("list-prev")}</a> })}
                            <span>{format!("{} / {}", q.page, pages)}</span>
                            {(q.page < pages).then(|| view! { <a rel="next" href=q.url(base, q.page + 1)>{t("list-next")}</a> })}
                        </nav>
                    })}
                    // Staff queues are not open data.
                    {(!staff).then(|| view! {
                        <crate::components::text::Downloads links=q.exports() />
                        <crate::components::text::FeedLink title=t("list-title") href=with_query("/grievances.atom", url_pairs(&q)) />
                    })}
                }.into_any()
            } />
        </Page>
    }
}

#[cfg(feature = "ssr")]
mod server {
    use kenes_core::db::interact;
    use kenes_core::grievances::queue::{self, Filter};
    use kenes_core::{accounts::roles, reference};

    use super::{Choice, Deadline, ListPage, Query};
    use crate::auth::use_user;
    use crate::i18n::use_locale;
    use crate::state::app_state;

    pub async fn load(q: Query, staff: bool) -> ListPage {
        let state = app_state();
        let lang = use_locale().code();
        let user = use_user();
        let filter = Filter {
            status: q.status.clone(),
            category: q.category.clone(),
            kato: q.region.clone(),
            page: q.page,
        };
        let result = interact::<_, _, kenes_core::DbError>(&state.pool, move |c| {
            let list = if staff {
                let Some(u) = user.filter(|u| u.second_factor) else {
                    return Ok(None);
                };
                let grants = roles::active_grants(c, u.id)?;
                let Some(found) = queue::staff_queue(c, u.id, &grants, &filter)? else {
                    return Ok(None);
                };
                found
            } else {
                queue::public_list(c, &filter)?
            };
            let regions = reference::regions(c)?;
            let categories = reference::categories_in_order(c)?;
            Ok(Some((list, regions, categories)))
        })
        .await;
        let ((rows, total), regions, categories) =
            match crate::errors::found_or(result, "grievance list") {
                Ok(found) => found,
                Err(page) => return page,
            };
        let today = kenes_core::clock::today();
        let mut regions: Vec<Choice> = regions.iter().map(|j| Choice::named(j, lang)).collect();
        regions.sort_by(|a, b| a.label.cmp(&b.label));
        ListPage {
            regions,
            categories: categories.iter().map(|c| Choice::named(c, lang)).collect(),
            items: rows
                .into_iter()
                .map(|row| {
                    let deadline = staff.then(|| Deadline {
                        due_on: row.0.due_on.to_string(),
                        overdue: row.0.due_on < today,
                    });
                    (crate::pages::summary(lang, row), deadline)
                })
                .collect(),
            total,
            ..Default::default()
        }
    }

    impl crate::errors::StandIn for ListPage {
        fn refuse(&mut self) {
            self.denied = true;
        }

        fn fail(&mut self, message: String) {
            self.error = Some(message);
        }
    }
}
