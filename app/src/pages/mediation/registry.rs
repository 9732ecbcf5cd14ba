//! The public registry of mediators (`/mediators`) and each mediator's record
//! (`/mediators/ID`), backed by `kenes_core::mediation::registry`. No account needed; the
//! filters are a GET form, so a filtered list is a shareable address and works without
//! JavaScript. Declared ties are never shown.

use crate::components::layout::Page;
use crate::components::notice::ErrorNotice;
use crate::components::text::{Day, PageTitle};
use crate::forms::{on_server, translated, Choice, SelectField};
use kenes_core::mediation::terms::{LANGUAGES, SPECIALISATIONS};
use leptos::prelude::*;

use crate::address::query;
use crate::components::loaded::Loaded;
use crate::pages::not_found::Missing;

use crate::i18n::{decimal, t, t_args};

/// A mediator as a card shows them.
#[derive(Debug, Clone, Default)]
struct Card {
    id: i64,
    name: String,
    /// Issuer, number, valid until (ISO).
    certification: (String, String, String),
    certified: bool,
    languages: Vec<String>,
    specialisations: Vec<String>,
    regions: Vec<String>,
    available: bool,
    bio: String,
}

#[derive(Debug, Clone, Default)]
struct RegistryPage {
    regions: Vec<Choice>,
    region: String,
    language: String,
    specialisation: String,
    cards: Vec<Card>,
    error: Option<String>,
}

/// A mediator's record, as counted for the public.
#[derive(Debug, Clone, Default)]
struct RecordPage {
    found: bool,
    card: Card,
    taken: i64,
    ended: i64,
    agreement_share: Option<i64>,
    median_days: Option<f64>,
    /// The share of their agreements' settled commitments that were kept.
    commitment_share: Option<i64>,
    feedback: Feedback,
    /// The parties' comments, for a coordinator of the cases' territory.
    comments: Vec<String>,
    error: Option<String>,
}

#[component]
pub fn MediatorRegistryPage() -> impl IntoView {
    let filter = (query("region"), query("language"), query("specialisation"));
    let page = on_server!(RegistryPage, server::list(filter));
    view! {
        <Page title="registry-title">
            <p class="lead">{t("registry-lead")}</p>
            <Loaded page render=registry />
        </Page>
    }
}

fn registry(p: RegistryPage) -> AnyView {
    view! {
        <ErrorNotice message=p.error />
        <form method="get" class="filters">
            <SelectField name="region" label=t("list-region") selected=p.region
                blank=Some(t("list-all")) options=p.regions />
            <SelectField name="language" label=t("registry-language") selected=p.language
                blank=Some(t("list-all")) options=translated(LANGUAGES, "lang-") />
            <SelectField name="specialisation" label=t("registry-specialisation") selected=p.specialisation
                blank=Some(t("list-all")) options=translated(SPECIALISATIONS, "spec-") />
            <button type="submit">{t("list-filter")}</button>
        </form>
        <p class="muted" role="status">{t_args("registry-count", &[("n", (p.cards.len() as i64).into())])}</p>
        <ul class="cards registry">
            {p.cards.into_iter().map(|c| view! {
                <li class="card">
                    <h2><a href=format!("/mediators/{}", c.id)>{c.name.clone()}</a></h2>
                    <MediatorFacts card=c />
                </li>
            }).collect_view()}
        </ul>
    }
    .into_any()
}

/// What the registry says of a mediator: certification, languages, regions, fields,
/// whether they take cases now.
#[component]
fn MediatorFacts(card: Card) -> impl IntoView {
    let (issuer, number, until) = card.certification;
    let names = |codes: &[String], prefix: &str| {
        codes
            .iter()
            .map(|c| t(&format!("{prefix}{c}")))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let regions = if card.regions.is_empty() {
        t("registry-whole-country")
    } else {
        card.regions.join(", ")
    };
    view! {
        <dl class="facts">
            <dt>{t("registry-certification")}</dt>
            <dd>
                {format!("{issuer}, № {number}, ")}{t("registry-valid-until")}" "<Day iso=until />
                {(!card.certified).then(|| view! { " " <strong class="badge badge-withdrawn">{t("registry-expired")}</strong> })}
            </dd>
            <dt>{t("registry-language")}</dt>
            <dd>{names(&card.languages, "lang-")}</dd>
            <dt>{t("registry-specialisation")}</dt>
            <dd>{names(&card.specialisations, "spec-")}</dd>
            <dt>{t("list-region")}</dt>
            <dd>{regions}</dd>
            <dt>{t("registry-availability")}</dt>
            <dd>{if card.available { t("registry-available") } else { t("registry-unavailable") }}</dd>
        </dl>
        {(!card.bio.is_empty()).then(|| view! { <p class="grievance-text">{card.bio}</p> })}
    }
}

#[component]
pub fn MediatorRecordPage() -> impl IntoView {
    let id = crate::address::path_id("id");
    let page = on_server!(RecordPage, server::record(id));
    view! {
        <Loaded page render=move |p: RecordPage| {
            if !p.found {
                return view! { <Missing title=t("registry-title") message=t("registry-not-found") /> }.into_any();
            }
            record(p)
        } />
    }
}

/// The parties' marks, averaged: (answers, [(question, mean)]); none below the threshold.
pub type Feedback = Option<(i64, Vec<(&'static str, f64)>)>;

/// What the parties said of a mediator, in aggregate only.
#[component]
pub fn FeedbackFigures(feedback: Feedback) -> impl IntoView {
    view! {
        <h2>{t("fb-record-title")}</h2>
        {match feedback {
            Some((n, marks)) => view! {
                <p class="muted">{t_args("fb-answers", &[("n", n.into())])}</p>
                <dl class="facts">{marks.into_iter().map(|(q, mean)| view! {
                    <dt>{t(&format!("fb-{q}"))}</dt><dd>{format!("{} / 5", decimal(mean, 1))}</dd>
                }).collect_view()}</dl>
            }.into_any(),
            None => view! { <p class="muted">{t("fb-too-few")}</p> }.into_any(),
        }}
    }
}

fn record(p: RecordPage) -> AnyView {
    let share = p
        .agreement_share
        .map(|s| format!("{s}%"))
        .unwrap_or_else(|| t("registry-no-cases-ended"));
    let kept = p
        .commitment_share
        .map(|s| format!("{s}%"))
        .unwrap_or_else(|| t("registry-no-commitments"));
    let median = p
        .median_days
        .map(|d| t_args("registry-days", &[("n", (d.round() as i64).into())]))
        .unwrap_or_else(|| "—".to_owned());
    view! {
        <PageTitle text=p.card.name.clone() />
        <section class="narrow">
            <p><a href="/mediators">{t("registry-title")}</a></p>
            <h1>{p.card.name.clone()}</h1>
            <ErrorNotice message=p.error />
            <MediatorFacts card=p.card />
            <h2>{t("registry-record")}</h2>
            <dl class="facts">
                <dt>{t("registry-taken")}</dt>
                <dd>{p.taken}</dd>
                <dt>{t("registry-ended")}</dt>
                <dd>{p.ended}</dd>
                <dt>{t("registry-agreement-share")}</dt>
                <dd>{share}</dd>
                <dt>{t("registry-median-days")}</dt>
                <dd>{median}</dd>
                <dt>{t("registry-commitment-share")}</dt>
                <dd>{kept}</dd>
            </dl>
            <FeedbackFigures feedback=p.feedback />
            {(!p.comments.is_empty()).then(|| view! {
                <h3>{t("fb-comments")}</h3>
                <ul>{p.comments.into_iter().map(|c| view! { <li class="grievance-text">{c}</li> }).collect_view()}</ul>
            })}
        </section>
    }
    .into_any()
}

#[cfg(feature = "ssr")]
pub mod server {
    use kenes_core::db::interact;
    use kenes_core::mediation::feedback::{self, Summary};
    use kenes_core::mediation::registry::{self, Filter, Listed};
    use kenes_core::models::Jurisdiction;
    use kenes_core::reference;

    use super::{Card, Choice, RecordPage, RegistryPage};
    use crate::i18n::use_locale;
    use crate::state::app_state;

    /// The feedback as the page shows it.
    pub fn figures(summary: Summary) -> super::Feedback {
        match summary {
            Summary::Shown(a) => Some((
                a.answers,
                vec![
                    ("neutral", a.neutral),
                    ("heard", a.heard),
                    ("clear", a.clear),
                    ("again", a.again),
                ],
            )),
            Summary::TooFew => None,
        }
    }

    /// A listed mediator as a card, their regions named in the reader's language.
    fn card(l: Listed, regions: &[Jurisdiction], lang: &str) -> Card {
        let named = l
            .regions
            .iter()
            .map(|kato| {
                regions
                    .iter()
                    .find(|r| &r.kato == kato)
                    .map_or_else(|| kato.clone(), |r| r.name(lang).to_owned())
            })
            .collect();
        Card {
            id: l.user_id,
            name: l.name,
            certification: (
                l.certificate.issuer,
                l.certificate.number,
                l.certificate.valid_until.to_string(),
            ),
            certified: l.certified,
            languages: l.profile.languages.to_vec(),
            specialisations: l.profile.specialisations.to_vec(),
            regions: named,
            available: l.profile.available,
            bio: l.profile.bio,
        }
    }

    /// A filter value as typed in the address, or "any" when it is empty.
    fn chosen(value: &str) -> Option<String> {
        Some(value.trim().to_owned()).filter(|v| !v.is_empty())
    }

    pub(super) async fn list(
        (region, language, specialisation): (String, String, String),
    ) -> RegistryPage {
        let state = app_state();
        let lang = use_locale().code();
        let filter = Filter {
            region: chosen(&region),
            language: chosen(&language),
            specialisation: chosen(&specialisation),
        };
        let today = kenes_core::clock::today();
        let result = interact::<_, _, kenes_core::DbError>(&state.pool, move |c| {
            Ok((registry::list(c, &filter, today)?, reference::regions(c)?))
        })
        .await;
        let mut page = RegistryPage {
            region,
            language,
            specialisation,
            ..Default::default()
        };
        match result {
            Ok((listed, regions)) => {
                page.cards = listed
                    .into_iter()
                    .map(|l| card(l, &regions, lang))
                    .collect();
                page.regions = regions.iter().map(|r| Choice::named(r, lang)).collect();
            }
            Err(e) => page.error = Some(crate::errors::load_failed(e, "mediator registry")),
        }
        page
    }

    pub(super) async fn record(id: i64) -> RecordPage {
        let state = app_state();
        let lang = use_locale().code();
        let today = kenes_core::clock::today();
        let user = crate::auth::use_user();
        let result = interact::<_, _, kenes_core::DbError>(&state.pool, move |c| {
            let Some((listed, record)) = registry::entry(c, id, today)? else {
                return Ok(None);
            };
            let regions = reference::regions(c)?;
            let summary = feedback::summary(c, id)?;
            let comments = match &user {
                Some(u) => {
                    let reader = crate::auth::actor_of(c, u)?;
                    feedback::comments(c, &reader, id)?
                }
                None => vec![],
            };
            Ok(Some((listed, record, regions, summary, comments)))
        })
        .await;
        match result {
            Ok(Some((listed, record, regions, summary, comments))) => RecordPage {
                feedback: figures(summary),
                comments,
                found: true,
                card: card(listed, &regions, lang),
                taken: record.taken,
                ended: record.ended,
                agreement_share: record.agreement_share(),
                median_days: record.median_days_to_agreement,
                commitment_share: record.commitment_share(),
                error: None,
            },
            Ok(None) => RecordPage::default(),
            Err(e) => RecordPage {
                found: true,
                error: Some(crate::errors::load_failed(e, "mediator record")),
                ..Default::default()
            },
        }
    }
}
