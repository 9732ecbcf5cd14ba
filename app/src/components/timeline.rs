//! A grievance's public timeline, as its page and the tracking page draw it: the day, what
//! happened, the role that acted (never a name) and the note, if any. Both pages read it
//! with [`server::read`] and word it with [`Event::entry`], so they say the same thing.

use crate::components::text::Day;
use crate::i18n::{t, t_args};
use kenes_core::grievances::terms::{Capacity, Status};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub on: String,
    /// What happened, in the reader's language.
    pub text: String,
    pub actor_role: Capacity,
    pub note: Option<String>,
}

/// One step as it was recorded, with the name of the body a step moved the grievance to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// The day, in Kazakhstan (ISO).
    pub on: String,
    pub status: Option<Status>,
    pub kind: Option<String>,
    pub detail: Option<String>,
    pub actor_role: Capacity,
    pub note: Option<String>,
    pub body: Option<String>,
}

impl Event {
    /// The step in the reader's language. Runs on the request's thread, where the locale
    /// is known.
    pub fn entry(self) -> Entry {
        Entry {
            text: self.text(),
            on: self.on,
            actor_role: self.actor_role,
            note: self.note,
        }
    }

    fn text(&self) -> String {
        let detail = self.detail.as_deref().unwrap_or_default();
        match self.kind.as_deref() {
            Some("rated") => t_args(
                "g-event-rated",
                &[("n", detail.parse::<i64>().unwrap_or(0).into())],
            ),
            Some("overdue") => t_args("g-event-overdue", &[("due", detail.into())]),
            Some("appealed") => t_args(
                "g-event-appealed",
                &[("level", t(&format!("level-name-{detail}")).into())],
            ),
            Some("duplicate_of") => t_args("g-event-duplicate-of", &[("code", detail.into())]),
            Some("answered_late") => format!("{} · {}", t("status-answered"), t("g-event-late")),
            Some("duplicate_linked") => {
                t_args("g-event-duplicate-linked", &[("code", detail.into())])
            }
            // "2:not_done": the commitment's number and what was said of it.
            Some(kind @ ("commitment_reported" | "commitment_confirmed" | "commitment_lapsed")) => {
                let (n, kept) = detail.split_once(':').unwrap_or((detail, ""));
                t_args(
                    &format!("g-event-{kind}"),
                    &[
                        ("n", n.parse::<i64>().unwrap_or(0).into()),
                        ("kept", t(&format!("kept-{kept}")).into()),
                    ],
                )
            }
            Some("agreement_not_kept") => {
                let status = self.status.map(|s| s.as_str()).unwrap_or_default();
                let text = t_args(
                    "g-event-agreement-not-kept",
                    &[("n", detail.parse::<i64>().unwrap_or(0).into())],
                );
                format!("{text} · {}", t(&format!("status-{status}")))
            }
            Some(
                kind @ ("mediation_requested"
                | "mediation_consented"
                | "mediation_declined"
                | "mediator_proposed"
                | "mediator_objected"
                | "outcome_published"
                | "outcome_corrected"
                | "outcome_withdrawn"
                | "hidden"),
            ) => t(&format!("g-event-{kind}")),
            _ => {
                let text = self
                    .status
                    .map(|s| t(&format!("status-{s}")))
                    .unwrap_or_default();
                match &self.body {
                    Some(b) => format!("{text} → {b}"),
                    None => text,
                }
            }
        }
    }
}

#[component]
pub fn Timeline(entries: Vec<Entry>) -> impl IntoView {
    view! {
        <ol class="timeline">
            {entries.into_iter().map(|e| view! {
                <li>
                    <Day iso=e.on />
                    " · "{e.text}" · "
                    <span class="muted">{t(&format!("actor-{}", e.actor_role))}</span>
                    {e.note.map(|n| view! { <p>{n}</p> })}
                </li>
            }).collect_view()}
        </ol>
    }
}

#[cfg(feature = "ssr")]
pub mod server {
    use kenes_core::actor::Actor;
    use kenes_core::grievances::routing;
    use kenes_core::models::Grievance;
    use kenes_core::{Db, DbError};

    use super::Event;

    /// The timeline as this reader may see it, with the names (in `lang`) of the bodies it
    /// moved to.
    pub fn read(
        c: &mut Db,
        g: &Grievance,
        actor: Option<&Actor>,
        lang: &str,
    ) -> Result<Vec<Event>, DbError> {
        let mut steps = Vec::new();
        for e in kenes_core::timeline::timeline_for(c, g, actor)? {
            let body = match (&e.kind, &e.detail) {
                (None, Some(code)) => routing::body(c, code)?.map(|b| b.name(lang).to_owned()),
                _ => None,
            };
            steps.push(Event {
                on: kenes_core::clock::day_of(e.at).to_string(),
                status: e.status,
                kind: e.kind,
                detail: e.detail,
                actor_role: e.actor_role,
                note: e.note,
                body,
            });
        }
        Ok(steps)
    }
}
