//! The moderation queue: open reports from every room the reader moderates, each with the
//! reported words and the reason, and two ways to end it: hide the message (with a reason
//! everyone in the room sees) or dismiss the report. Both are logged in the room.

use crate::components::layout::StaffPage;
use crate::components::notice::ErrorNotice;
use crate::components::text::Minute;
use leptos::prelude::*;

use crate::forms::{on_server, use_form};
use crate::i18n::t;

/// The steps this page's forms post.
#[cfg(feature = "ssr")]
pub const OPS: &[&str] = <server::Op as strum::VariantNames>::VARIANTS;

#[derive(Debug, Clone)]
struct Item {
    id: i64,
    code: String,
    message_id: i64,
    author_role: String,
    excerpt: Option<String>,
    reason: String,
    at: String,
}

/// A public grievance readers reported, with their reasons: (when, why).
#[derive(Debug, Clone)]
struct Reported {
    code: String,
    title: String,
    reports: Vec<(String, String)>,
}

#[derive(Debug, Clone, Default)]
struct Queue {
    items: Vec<Item>,
    grievances: Vec<Reported>,
    /// The report whose form failed, and why.
    error: Option<(i64, String)>,
}

#[component]
pub fn ModerationPage() -> impl IntoView {
    let page = on_server!(Queue, server::load(use_form()));
    view! {
        <StaffPage title="moderation-title" class="narrow" page render=move |q: Queue| {
            let grievances = reported_grievances(q.grievances);
            if q.items.is_empty() {
                return view! {
                    {q.error.map(|(_, e)| view! { <ErrorNotice message=e /> })}
                    {grievances.is_none().then(|| view! { <p class="muted">{t("moderation-empty")}</p> })}
                    {grievances}
                }.into_any();
            }
            let error = q.error.clone();
            view! {
                <ol class="reports">{q.items.into_iter().map(|i| report(i, error.clone())).collect_view()}</ol>
                {grievances}
            }.into_any()
        } />
    }
}

/// Reported public grievances: each links to its page, where the moderator hides it or
/// dismisses the reports.
fn reported_grievances(list: Vec<Reported>) -> Option<impl IntoView> {
    (!list.is_empty()).then(|| {
        view! {
            <section class="stack" aria-labelledby="reported-grievances">
                <h2 id="reported-grievances">{t("moderation-grievances")}</h2>
                <ol class="reports">{list.into_iter().map(|g| view! {
                    <li class="card stack">
                        <p><a href=format!("/g/{}#hide-form", g.code)>{g.title}</a>" · "<span class="code">{g.code.clone()}</span></p>
                        <ul class="said">{g.reports.into_iter().map(|(at, why)| view! {
                            <li><Minute local=at />": "<span class="grievance-text">{why}</span></li>
                        }).collect_view()}</ul>
                    </li>
                }).collect_view()}</ol>
            </section>
        }
    })
}

fn report(i: Item, error: Option<(i64, String)>) -> impl IntoView {
    let id = i.id;
    let error = error.filter(|(r, _)| *r == id).map(|(_, e)| e);
    let words = match i.excerpt.clone() {
        Some(text) => view! { <blockquote class="grievance-text">{text}</blockquote> }.into_any(),
        None => view! { <p class="muted">{t("moderation-message-hidden")}</p> }.into_any(),
    };
    let hidden = i.excerpt.is_none();
    let link = format!("/room/{}#m{}", i.code, i.message_id);
    view! {
        <li class="card stack" id=format!("report-{id}")>
            <p class="muted"><Minute local=i.at.clone() />{format!(" · {} · {} ", t(&format!("actor-{}", i.author_role)), t("moderation-in-room"))}
                <a href=link>{i.code.clone()}</a></p>
            <p><strong>{t("moderation-reported")}</strong></p>
            {words}
            <p>{format!("{}: {}", t("room-reason"), i.reason)}</p>
            <form method="post" class="stack">
                <input type="hidden" name="report" value=id.to_string() />
                <input type="hidden" name="code" value=i.code.clone() />
                <input type="hidden" name="message" value=i.message_id.to_string() />
                <label for=format!("why-{id}")>{t("room-reason")}</label>
                <input id=format!("why-{id}") name="reason" aria-describedby=format!("why-{id}-error") />
                <p id=format!("why-{id}-error") class="error" role="alert">{error}</p>
                <p class="row">
                    {(!hidden).then(|| view! { <button type="submit" name="op" value="hide">{t("room-hide")}</button> })}
                    <button type="submit" name="op" value="dismiss" class="secondary">{t("room-dismiss")}</button>
                </p>
            </form>
        </li>
    }
}

#[cfg(feature = "ssr")]
mod server {
    use chrono::Utc;
    use kenes_core::db::interact;
    use kenes_core::discussion::Order;
    use kenes_core::error::Error;
    use kenes_core::{mediation::moderation, mediation::room};

    use super::{Item, Queue, Reported};
    use crate::auth::use_user;

    use crate::forms::{field, redirect, FormData};
    use crate::i18n::t;
    use crate::state::app_state;

    crate::forms::form_ops! {
        /// A moderator's decision on a report: hide the message, or dismiss the report.
        pub(super) enum Op {
            Hide {
                #[serde(default)]
                code: String,
                #[serde(default, deserialize_with = "field::number")]
                message: i64,
                #[serde(default)]
                reason: String,
            },
            Dismiss {
                #[serde(default, deserialize_with = "field::number")]
                report: i64,
                #[serde(default)]
                reason: String,
            },
        }
    }

    impl From<kenes_core::grievances::reports::Reported> for Reported {
        fn from(g: kenes_core::grievances::reports::Reported) -> Self {
            Reported {
                code: g.code,
                title: g.title,
                reports: g
                    .reports
                    .into_iter()
                    .map(|(at, why)| (kenes_core::clock::minute_shown(at), why))
                    .collect(),
            }
        }
    }

    pub async fn load(form: Option<FormData>) -> Queue {
        let state = app_state();
        let Some(user) = use_user() else {
            return Queue::default();
        };
        let posted = form.is_some();
        let report = form
            .as_ref()
            .and_then(|f| f.get("report").parse::<i64>().ok())
            .unwrap_or(0);
        let rooms = state.rooms.clone();
        let result = interact::<_, _, Error>(&state.pool, move |c| {
            let actor = crate::auth::actor_of(c, &user)?;
            let act = actor.at(Utc::now().naive_utc());
            let outcome = form.map(|f| match f.op::<Op>() {
                Some(Op::Hide {
                    code,
                    message,
                    reason,
                }) => {
                    room::keep_order(c, &code, act, Order::Hide { message }, &reason).map(|_| code)
                }
                Some(Op::Dismiss { report, reason }) => {
                    moderation::dismiss(c, act, report, &reason)
                }
                None => Err(Error::Forbidden),
            });
            // The room's open page hears the change.
            if let Some(Ok(code)) = &outcome {
                let venue = room::open(c, code)?.venue();
                rooms.announce(c, venue)?;
            }
            let grievances = kenes_core::grievances::reports::queue(c, &actor)?;
            Ok((outcome, moderation::queue(c, &actor)?, grievances))
        })
        .await;
        let (outcome, items, grievances) = match result {
            Ok(found) => found,
            Err(e) => {
                return Queue {
                    error: Some((0, crate::errors::load_failed(e, "moderation queue"))),
                    ..Default::default()
                };
            }
        };
        let error = match outcome {
            Some(Err(Error::Invalid(errors))) => {
                Some((report, t(&format!("err-room-{}", errors[0].code))))
            }
            Some(Err(Error::Forbidden | Error::NotFound)) => Some((0, t("err-forbidden"))),
            Some(Err(other)) => Some((0, crate::errors::load_failed(other, "moderation step"))),
            Some(Ok(_)) if posted => {
                redirect("/moderation");
                None
            }
            _ => None,
        };
        Queue {
            items: items
                .into_iter()
                .map(|r| Item {
                    id: r.id,
                    code: r.code,
                    message_id: r.message_id,
                    author_role: r.author_role,
                    excerpt: r.excerpt,
                    reason: r.reason,
                    at: kenes_core::clock::minute_shown(r.at),
                })
                .collect(),
            grievances: grievances.into_iter().map(Reported::from).collect(),
            error,
        }
    }
}
