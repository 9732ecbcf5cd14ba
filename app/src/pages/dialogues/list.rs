//! The public dialogues (`/dialogues`), newest first: the question, the territory, the
//! dates and where each stands. Coordinators and mediators find the opening form here.

use crate::components::layout::Page;
use crate::components::notice::ErrorNotice;
use crate::components::text::Day;
use leptos::prelude::*;

use crate::auth::use_user;
use crate::components::loaded::Loaded;
use crate::forms::on_server;
use crate::i18n::t;
use kenes_core::dialogues::Phase;
use kenes_core::permissions::Tool;

#[derive(Debug, Clone)]
struct Item {
    id: i64,
    question: String,
    place: String,
    opens_on: String,
    closes_on: String,
    phase: Phase,
}

#[derive(Debug, Clone, Default)]
struct List {
    items: Vec<Item>,
    error: Option<String>,
}

#[component]
pub fn DialoguesPage() -> impl IntoView {
    let may_open = use_user().is_some_and(|u| {
        u.tools
            .iter()
            .any(|t| matches!(t, Tool::Dashboard | Tool::MediatorProfile))
    });
    let page = on_server!(List, server::load());
    view! {
        <Page title="dialogues-title" lead="dialogues-lead" class="narrow stack">
            {may_open.then(|| view! { <p><a href="/dialogues/new" class="button">{t("dialogue-open")}</a></p> })}
            <Loaded page render=|l: List| {
                if let Some(e) = l.error {
                    return view! { <ErrorNotice message=e /> }.into_any();
                }
                if l.items.is_empty() {
                    return view! { <p class="muted">{t("dialogues-empty")}</p> }.into_any();
                }
                view! {
                    <ul class="cards">{l.items.into_iter().map(|d| view! {
                        <li class="card stack">
                            <a href=format!("/dialogues/{}", d.id)><strong>{d.question}</strong></a>
                            <p class="muted">{t(&format!("dialogue-phase-{}", d.phase))}" · "{d.place}" · "
                                <Day iso=d.opens_on />" – "<Day iso=d.closes_on /></p>
                        </li>
                    }).collect_view()}</ul>
                }.into_any()
            } />
        </Page>
    }
}

#[cfg(feature = "ssr")]
mod server {
    use kenes_core::actor::Actor;
    use kenes_core::db::interact;
    use kenes_core::dialogues;
    use kenes_core::error::Error;

    use super::{Item, List};
    use crate::auth::use_user;
    use crate::i18n::{t, use_locale};
    use crate::state::app_state;

    pub async fn load() -> List {
        let state = app_state();
        let user = use_user();
        let lang = use_locale().code();
        let today = kenes_core::clock::today();
        let result = interact::<_, _, Error>(&state.pool, move |c| {
            let actor = match &user {
                Some(u) => crate::auth::actor_of(c, u)?,
                None => Actor::default(),
            };
            Ok(dialogues::list_with_places(c, &actor)?
                .into_iter()
                .map(|(d, place)| (d, place.map(|p| p.name(lang).to_owned())))
                .collect::<Vec<_>>())
        })
        .await;
        match result {
            Ok(items) => List {
                items: items
                    .into_iter()
                    .map(|(d, place)| Item {
                        id: d.id,
                        question: d.question.clone(),
                        place: place.unwrap_or_else(|| t("alert-country")),
                        opens_on: d.opens_on.to_string(),
                        closes_on: d.closes_on.to_string(),
                        phase: d.phase(today),
                    })
                    .collect(),
                error: None,
            },
            Err(e) => List {
                error: Some(crate::errors::load_failed(e, "dialogues")),
                ..Default::default()
            },
        }
    }
}
