//! The public record: search over published outcomes (`/outcomes`) and each outcome's page
//! (`/outcomes/ID`). No account needed. The search is a GET form, so every search is a
//! shareable address and works without JavaScript; facets show how many outcomes each
//! choice leaves.

use crate::components::layout::Page;
use crate::components::notice::ErrorNotice;
use crate::components::text::{Day, PageTitle};
use crate::forms::on_server;
use leptos::prelude::*;

use crate::components::loaded::Loaded;
use leptos_router::hooks::use_query_map;

use crate::i18n::{t, t_args};

/// One facet's choices: (value, label, count).
#[derive(Debug, Clone, Default)]
pub struct FacetChoices {
    pub name: &'static str,
    pub selected: String,
    pub choices: Vec<(String, String, u64)>,
}

#[derive(Debug, Clone, Default)]
pub struct Hit {
    pub id: i64,
    pub title: String,
    pub excerpt: String,
    pub lang: String,
    /// Region · category · result.
    pub facts: String,
    /// The day it closed (ISO).
    pub closed: String,
}

#[derive(Debug, Clone, Default)]
struct SearchPage {
    text: String,
    newest: bool,
    total: usize,
    page: usize,
    pages: usize,
    hits: Vec<Hit>,
    facets: Vec<FacetChoices>,
    /// Links: previous page, next page, CSV, JSON, Atom.
    prev: Option<String>,
    next: Option<String>,
    exports: Vec<(&'static str, String)>,
    error: Option<String>,
}

#[component]
pub fn OutcomeSearchPage() -> impl IntoView {
    let pairs: Vec<(String, String)> = use_query_map()
        .read_untracked()
        .clone()
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect();
    let page = on_server!(SearchPage, server::search(pairs));
    view! {
        <Page title="outcomes-title" lead="outcomes-lead">
            <Loaded page render=results />
        </Page>
    }
}

fn results(p: SearchPage) -> AnyView {
    let form = view! {
        <form method="get" action="/outcomes" class="filters" role="search">
            <div class="field">
                <label for="q">{t("outcomes-query")}</label>
                <input id="q" name="q" type="search" value=p.text.clone() />
            </div>
            {p.facets.iter().map(|f| {
                let id = format!("facet-{}", f.name);
                view! {
                    <div class="field">
                        <label for=id.clone()>{t(&format!("outcomes-facet-{}", f.name))}</label>
                        <select id=id name=f.name>
                            <option value="">{t("list-all")}</option>
                            {f.choices.iter().map(|(value, label, count)| view! {
                                <option value=value.clone() selected=*value == f.selected>{format!("{label} ({count})")}</option>
                            }).collect_view()}
                        </select>
                    </div>
                }
            }).collect_view()}
            <div class="field">
                <label for="sort">{t("outcomes-sort")}</label>
                <select id="sort" name="sort">
                    <option value="relevance" selected=!p.newest>{t("outcomes-sort-relevance")}</option>
                    <option value="newest" selected=p.newest>{t("outcomes-sort-newest")}</option>
                </select>
            </div>
            <button type="submit">{t("outcomes-search")}</button>
        </form>
    }
    .into_any();
    let list = if p.hits.is_empty() {
        view! { <p class="muted">{t("outcomes-none")}</p> }.into_any()
    } else {
        view! {
            <ol class="outcomes">{p.hits.into_iter().map(|h| view! {
                // The facts are in the reader's language, the outcome's words in its own.
                <li class="card">
                    <h2><a href=format!("/outcomes/{}", h.id) lang=h.lang.clone()>{h.title}</a></h2>
                    <p class="muted">{h.facts}" · "<Day iso=h.closed /></p>
                    <p lang=h.lang>{h.excerpt}</p>
                </li>
            }).collect_view()}</ol>
        }
        .into_any()
    };
    view! {
        <ErrorNotice message=p.error />
        {form}
        <p role="status">{t_args("outcomes-found", &[("n", (p.total as i64).into())])}</p>
        {list}
        <nav class="pager">
            {p.prev.map(|href| view! { <a href=href rel="prev">{t("list-prev")}</a> })}
            {(p.pages > 1).then(|| format!(" {} / {} ", p.page, p.pages))}
            {p.next.map(|href| view! { <a href=href rel="next">{t("list-next")}</a> })}
        </nav>
        {p.exports.iter().find(|(label, _)| *label == "Atom").map(|(_, href)| view! {
            <crate::components::text::FeedLink title=t("outcomes-title") href=href.clone() />
        })}
        <crate::components::text::Downloads links=p.exports />
    }
    .into_any()
}

#[derive(Debug, Clone, Default)]
struct OutcomePage {
    found: bool,
    title: String,
    withdrawn: bool,
    summary: String,
    lang: String,
    /// The public dialogue whose report this is.
    dialogue: Option<i64>,
    /// (label, value).
    facts: Vec<(String, String)>,
    /// (date, what happened) from the grievance's timeline: states only, no words of
    /// the parties.
    timeline: Vec<(String, String)>,
    /// (date, kind, note).
    notes: Vec<(String, String, String)>,
    /// The agreement's commitments and where each stands.
    commitments: Vec<crate::pages::mediation::commitments_panel::Item>,
}

#[component]
pub fn OutcomePageView() -> impl IntoView {
    let id = crate::address::path_id("id");
    let page = on_server!(OutcomePage, server::outcome(id));
    view! {
        <Loaded page render=move |o: OutcomePage| {
            if !o.found {
                return view! { <crate::pages::not_found::Missing title=t("outcomes-title") message=t("outcome-not-found") /> }.into_any();
            }
            outcome_view(o)
        } />
    }
}

fn outcome_view(o: OutcomePage) -> AnyView {
    view! {
        <PageTitle text=o.title.clone() />
        <article class="narrow outcome" lang=o.lang.clone()>
            <p><a href="/outcomes">{t("outcomes-back")}</a></p>
            <h1>{o.title.clone()}</h1>
            {o.withdrawn.then(|| view! { <p class="notice error-notice">{t("outcome-withdrawn")}</p> })}
            <dl class="facts">{o.facts.into_iter().map(|(k, v)| view! { <dt>{k}</dt><dd>{v}</dd> }).collect_view()}</dl>
            {(!o.withdrawn).then(|| view! { <div class="grievance-text">{o.summary.clone()}</div> })}
            {o.dialogue.map(|id| view! { <p><a href=format!("/dialogues/{id}")>{t("outcome-dialogue-link")}</a></p> })}
            <crate::pages::mediation::commitments_panel::CommitmentList items=o.commitments.clone() key=None error=None />
            {(!o.notes.is_empty()).then(|| view! {
                <h2>{t("outcome-notes")}</h2>
                <ul>{o.notes.into_iter().map(|(at, kind, note)| view! {
                    <li><Day iso=at />" · "{t(&format!("outcome-note-{kind}"))}": "{note}</li>
                }).collect_view()}</ul>
            })}
            {(!o.timeline.is_empty()).then(|| view! {
                <h2>{t("track-timeline")}</h2>
                <ol class="timeline">{o.timeline.into_iter().map(|(on, what)| view! {
                    <li><Day iso=on.clone() />" · "{what}</li>
                }).collect_view()}</ol>
            })}
        </article>
    }
    .into_any()
}

#[cfg(feature = "ssr")]
pub mod server {
    use kenes_core::db::interact;
    use kenes_core::outcomes::{OutcomeKind, OutcomeStatus};
    use kenes_core::{outcomes, reference};
    use kenes_search::{Facet, Query, Sort};

    use super::{FacetChoices, Hit, OutcomePage, SearchPage};
    use crate::i18n::{t, use_locale};
    use crate::state::app_state;

    /// Region and category names in the reader's language.
    pub struct Names {
        pub regions: Vec<(String, String)>,
        pub categories: Vec<(String, String)>,
    }

    impl Names {
        pub async fn load(
            pool: &kenes_core::Pool,
            lang: &'static str,
        ) -> kenes_core::DbResult<Names> {
            interact(pool, move |c| {
                Ok(Names {
                    regions: reference::regions(c)?
                        .into_iter()
                        .map(|j| (j.kato.clone(), j.name(lang).to_owned()))
                        .collect(),
                    categories: reference::categories_in_order(c)?
                        .into_iter()
                        .map(|x| (x.code.clone(), x.name(lang).to_owned()))
                        .collect(),
                })
            })
            .await
        }

        /// The label of a facet's value.
        pub fn label(&self, facet: Facet, value: &str) -> String {
            let find = |list: &[(String, String)]| {
                list.iter()
                    .find(|(k, _)| k == value)
                    .map(|(_, n)| n.clone())
                    .unwrap_or_else(|| value.to_owned())
            };
            match facet {
                Facet::Region if value == kenes_core::dialogues::record::WHOLE_COUNTRY => {
                    t("alert-country")
                }
                Facet::Region => find(&self.regions),
                Facet::Category => find(&self.categories),
                Facet::Level => t(&format!("level-name-{value}")),
                Facet::Result => t(&format!("result-{value}")),
                Facet::Mediated => t(&format!("outcomes-mediated-{value}")),
                Facet::Year => value.to_owned(),
                Facet::Kind => t(&format!("outcomes-kind-{value}")),
            }
        }
    }

    fn href(path: &str, q: &Query, page: usize) -> String {
        let pairs = q.to_pairs(page);
        if pairs.is_empty() {
            return path.to_owned();
        }
        let qs: Vec<String> = pairs
            .iter()
            .map(|(k, v)| format!("{k}={}", urlencoding::encode(v)))
            .collect();
        format!("{path}?{}", qs.join("&"))
    }

    fn excerpt(text: &str) -> String {
        let mut out: String = text.chars().take(280).collect();
        if text.chars().count() > 280 {
            out.push('…');
        }
        out
    }

    /// Each facet's values with their counts, labelled in the reader's language; years newest
    /// first.
    fn facet_choices(q: &Query, found: &kenes_search::Results, names: &Names) -> Vec<FacetChoices> {
        Facet::ALL
            .into_iter()
            .map(|f| {
                let selected = q.filters.get(&f).cloned().unwrap_or_default();
                let mut choices: Vec<(String, String, u64)> = found
                    .facets
                    .get(&f)
                    .into_iter()
                    .flatten()
                    .map(|(v, n)| (v.clone(), names.label(f, v), *n))
                    .collect();
                if f == Facet::Year {
                    choices.sort_by(|a, b| b.0.cmp(&a.0));
                }
                FacetChoices {
                    name: f.name(),
                    selected,
                    choices,
                }
            })
            .collect()
    }

    pub(super) async fn search(pairs: Vec<(String, String)>) -> SearchPage {
        let state = app_state();
        let lang = use_locale().code();
        let q = Query::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        let names = match Names::load(&state.pool, lang).await {
            Ok(n) => n,
            Err(e) => {
                return SearchPage {
                    error: Some(crate::errors::load_failed(e, "outcome search names")),
                    ..Default::default()
                };
            }
        };
        let found = match state.search.search(&q).await {
            Ok(found) => found,
            Err(e) => {
                tracing::error!(error = %e, "outcome search");
                return SearchPage {
                    text: q.text.clone(),
                    error: Some(t("err-search")),
                    ..Default::default()
                };
            }
        };
        let pages = found.total.div_ceil(q.per_page.max(1));
        let page = q.page + 1;
        let facets = facet_choices(&q, &found, &names);
        let hits = found
            .hits
            .into_iter()
            .map(|d| Hit {
                id: d.id,
                // A dialogue's report is about no category: its kind says what it is.
                facts: format!(
                    "{} · {} · {}",
                    names.label(Facet::Region, &d.region),
                    match d.kind == OutcomeKind::Dialogue.as_str() {
                        true => names.label(Facet::Kind, &d.kind),
                        false => names.label(Facet::Category, &d.category),
                    },
                    names.label(Facet::Result, &d.result),
                ),
                closed: d.closed.to_string(),
                excerpt: excerpt(&d.summary),
                title: d.title,
                lang: d.lang,
            })
            .collect();
        let mut export = q.clone();
        export.page = 0;
        SearchPage {
            text: q.text.clone(),
            newest: q.sort == Sort::Newest,
            total: found.total,
            page,
            pages,
            hits,
            facets,
            prev: (page > 1).then(|| href("/outcomes", &q, page - 1)),
            next: (page < pages).then(|| href("/outcomes", &q, page + 1)),
            exports: vec![
                ("CSV", href("/outcomes.csv", &export, 1)),
                ("JSON", href("/outcomes.json", &export, 1)),
                ("Atom", href("/outcomes.atom", &export, 1)),
            ],
            error: None,
        }
    }

    /// The outcome's facts, each with its label, as the page lists them. A dialogue's report
    /// has no category and no mediation, and its first day is the dialogue's opening.
    fn facts(o: &outcomes::Outcome, names: &Names) -> Vec<(String, String)> {
        let yes_no = |b: bool| {
            t(match b {
                true => "outcomes-mediated-yes",
                false => "outcomes-mediated-no",
            })
        };
        let dialogue = o.kind == OutcomeKind::Dialogue;
        let (began, days) = match dialogue {
            true => ("outcome-opened", "outcome-days-dialogue"),
            false => ("outcome-filed", "outcome-days"),
        };
        // A grievance's facts that a dialogue's report has not.
        let grievance_only = |fact: (String, String)| (!dialogue).then_some(fact);
        [
            Some((
                t("outcomes-facet-result"),
                names.label(Facet::Result, o.result.as_str()),
            )),
            Some((
                t("outcomes-facet-region"),
                names.label(Facet::Region, &o.region_kato),
            )),
            Some((
                t("outcomes-facet-level"),
                names.label(Facet::Level, &o.level_code),
            )),
            grievance_only((
                t("outcomes-facet-category"),
                names.label(Facet::Category, &o.category_code),
            )),
            Some((t(began), crate::i18n::day(&o.filed_on.to_string()))),
            Some((
                t("outcome-closed"),
                crate::i18n::day(&o.closed_on.to_string()),
            )),
            Some((t(days), o.days().to_string())),
            grievance_only((t("outcomes-facet-mediated"), yes_no(o.mediated))),
        ]
        .into_iter()
        .flatten()
        .collect()
    }

    /// The public steps of the grievance behind an outcome: its statuses and the record's own
    /// events.
    fn public_timeline(timeline: Vec<kenes_core::timeline::Event>) -> Vec<(String, String)> {
        timeline
            .into_iter()
            .filter_map(|e| {
                let what = match (e.kind.as_deref(), e.status.map(|s| s.as_str())) {
                    (
                        Some(k @ ("outcome_published" | "outcome_corrected" | "outcome_withdrawn")),
                        _,
                    ) => t(&format!("g-event-{k}")),
                    (None | Some("answered_late"), Some(s)) => t(&format!("status-{s}")),
                    _ => return None,
                };
                Some((kenes_core::clock::day_of(e.at).to_string(), what))
            })
            .collect()
    }

    pub(super) async fn outcome(id: i64) -> OutcomePage {
        let state = app_state();
        let lang = use_locale().code();
        let names = Names::load(&state.pool, lang).await;
        let found = interact::<_, _, kenes_core::DbError>(&state.pool, move |c| {
            let Some(o) = outcomes::find(c, id)? else {
                return Ok(None);
            };
            let notes = outcomes::notes(c, id)?;
            let timeline = match o.grievance_id {
                Some(g) => kenes_core::timeline::timeline(c, g)?,
                None => Vec::new(),
            };
            let commitments = outcomes::public_commitments(c, &o)?;
            Ok(Some((o, notes, timeline, commitments)))
        })
        .await;
        let (Ok(Some((o, notes, timeline, commitments))), Ok(names)) = (found, names) else {
            return OutcomePage::default();
        };
        OutcomePage {
            found: true,
            withdrawn: o.status == OutcomeStatus::Withdrawn,
            dialogue: o.dialogue_id,
            facts: facts(&o, &names),
            timeline: public_timeline(timeline),
            notes: notes
                .into_iter()
                .map(|n| {
                    (
                        kenes_core::clock::day_of(n.at).to_string(),
                        n.kind.to_string(),
                        n.note,
                    )
                })
                .collect(),
            commitments: crate::pages::mediation::commitments_panel::server::items(
                commitments,
                None,
            ),
            title: o.title,
            summary: o.summary,
            lang: o.lang.code().to_owned(),
        }
    }
}
