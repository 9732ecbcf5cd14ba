//! The dialogue room of a mediation, for its participants only. Everything is a plain form
//! posted to this page, so the room works without JavaScript; with it, the `RoomLive`
//! island brings in what others write as it happens.

use crate::components::text::PageTitle;
use futures::FutureExt;
use leptos::prelude::*;

use crate::components::loaded::Loaded;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::forms::{
    on_server, use_form, AreaField, FoldedReasonForm, FormData, LanguageField, OpButton,
};
use crate::i18n::t;
use crate::islands::RoomLive;
use crate::pages::not_found::Missing;
use kenes_core::mediation::room_view::MessageView;
use kenes_core::mediation::terms::Seat;

/// The steps this page's forms post (the deliberation and people panels add theirs).
pub const OPS: &[&str] = &[
    "rules", "post", "edit", "report", "hide", "mute", "lock", "unlock", "slow",
];

#[derive(Debug, Clone, Default)]
struct RoomPage {
    found: bool,
    code: String,
    title: String,
    seat: Seat,
    rules_accepted: bool,
    locked: bool,
    slow_mode_secs: i32,
    /// The mediation runs (after it ends, the room is read-only).
    active: bool,
    /// A member of the public reading a room both parties opened: reads, never writes.
    observer: bool,
    deliberation: crate::pages::mediation::deliberation_panel::Deliberation,
    people: crate::pages::mediation::room_people::People,
    messages: Vec<MessageView>,
    log: Vec<(String, String, String, String)>,
    reports: Vec<(i64, String)>,
    form: FormData,
    /// The form that failed and its message.
    error: Option<(String, String)>,
}

#[component]
pub fn RoomPageView() -> impl IntoView {
    let code = use_params_map()
        .read_untracked()
        .get("code")
        .unwrap_or_default();
    let reply: Option<i64> = use_query_map()
        .read_untracked()
        .get("reply")
        .and_then(|r| r.parse().ok());
    let page = on_server!(RoomPage, server::load(code, use_form()))
        .boxed()
        .shared();
    view! {
        <Loaded page render=move |p: RoomPage| {
            if !p.found {
                return view! { <Missing title=t("room-title") message=t("room-not-found") /> }.into_any();
            }
            view! { <Room p reply /> }.into_any()
        } />
    }
}

/// The first `chars` characters of a text, on one line, with "…" when cut.
fn excerpt(text: &str, chars: usize) -> String {
    let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    match line.char_indices().nth(chars) {
        Some((cut, _)) => format!("{}…", &line[..cut]),
        None => line,
    }
}

#[component]
fn Room(p: RoomPage, reply: Option<i64>) -> impl IntoView {
    let path = format!("/room/{}", p.code);
    let moderator = p.seat.moderates();
    let err = |op: &str| {
        p.error
            .as_ref()
            .filter(|(o, _)| o == op)
            .map(|(_, m)| m.clone())
    };
    let rules = (!p.rules_accepted).then(|| {
        view! {
            <section class="card">
                <h2>{t("room-rules-title")}</h2>
                <ol>
                    <li>{t("room-rule-1")}</li>
                    <li>{t("room-rule-2")}</li>
                    <li>{t("room-rule-3")}</li>
                    <li>{t("room-rule-4")}</li>
                </ol>
                <OpButton op="rules" label=t("room-rules-accept") />
            </section>
        }
    });
    let writer = p.rules_accepted && p.active && !p.observer;
    // A refused correction stays open by its message, with the text as typed.
    let failed_edit = err("edit").and_then(|e| {
        let id = p.form.get("message").parse().ok()?;
        Some(FailedEdit {
            id,
            text: p.form.get("body"),
            error: e,
        })
    });
    let thread = thread_view(
        &p.messages,
        None,
        &Thread {
            moderator,
            can_write: writer,
            failed_edit,
        },
    );
    // The language typed in, else the one this reader last wrote in, else the interface's.
    let lang = Some(p.form.get("lang"))
        .filter(|l| !l.is_empty())
        .or_else(|| {
            p.messages
                .iter()
                .filter(|m| m.mine)
                .max_by_key(|m| m.id)
                .map(|m| m.lang.clone())
        })
        .unwrap_or_else(|| crate::i18n::use_locale().code().to_owned());
    // A reply names the start of the message it answers, as people remember it.
    let replying_to = reply.map(|r| {
        let start = p
            .messages
            .iter()
            .find(|m| m.id == r)
            .and_then(|m| m.body.as_deref())
            .map(|b| excerpt(b, 60))
            .unwrap_or_else(|| format!("#{r}"));
        (r, start)
    });
    let compose = writer.then(|| view! {
        <form method="post" class="stack" id="compose">
            <input type="hidden" name="op" value="post" />
            {replying_to.map(|(r, start)| view! {
                <input type="hidden" name="parent" value=r.to_string() />
                <p class="muted">{t("room-replying")}" "<a href=format!("#m{r}")>"“"{start}"”"</a></p>
            })}
            <AreaField name="body" label=t("room-message") rows="4" value=p.form.get("body") error=err("post") />
            <LanguageField name="lang" label=t("file-lang") selected=lang />
            <button type="submit">{t("room-send")}</button>
        </form>
    });
    let controls = moderator.then(|| view! {
        <section class="stack">
            <h2>{t("room-moderation")}</h2>
            {(!p.reports.is_empty()).then(|| view! {
                <h3>{t("room-reports")}</h3>
                <ul>{p.reports.iter().map(|(id, reason)| view! {
                    <li><a href=format!("#m{id}")>{format!("#{id}")}</a>": "{reason.clone()}</li>
                }).collect_view()}</ul>
            })}
            <form method="post" class="stack">
                <input type="hidden" name="op" value=if p.locked { "unlock" } else { "lock" } />
                <div class="field">
                    <label for="lock-reason">{t("room-reason")}</label>
                    <input id="lock-reason" name="reason" />
                </div>
                <p class="error" role="alert">{err("lock").or(err("unlock"))}</p>
                <button type="submit" class="secondary">{if p.locked { t("room-unlock") } else { t("room-lock") }}</button>
            </form>
            <form method="post" class="stack">
                <input type="hidden" name="op" value="slow" />
                <div class="field">
                    <label for="slow-seconds">{t("room-slow-seconds")}</label>
                    <input id="slow-seconds" name="seconds" type="number" min="0" max="3600" value=p.slow_mode_secs.to_string() />
                </div>
                <div class="field">
                    <label for="slow-reason">{t("room-reason")}</label>
                    <input id="slow-reason" name="reason" />
                </div>
                <p class="error" role="alert">{err("slow")}</p>
                <button type="submit" class="secondary">{t("room-slow-set")}</button>
            </form>
        </section>
    });
    let deliberation = p.rules_accepted.then(|| {
        view! {
            <crate::pages::mediation::deliberation_panel::DeliberationPanel d=p.deliberation.clone() error=p.error.clone() form=p.form.clone() />
        }
        .into_any()
    });
    let people = view! {
        <crate::pages::mediation::room_people::PeoplePanel p=p.people.clone() error=p.error.clone() form=p.form.clone() />
    }
    .into_any();
    let (rules, compose, controls) = (
        rules.map(IntoAny::into_any),
        compose.map(IntoAny::into_any),
        controls.map(IntoAny::into_any),
    );
    view! {
        <PageTitle text=t("room-title") />
        <section class="narrow room">
            <h1>{t("room-title")}</h1>
            <p><a href=format!("/g/{}", p.code)>{p.title.clone()}</a></p>
            {p.observer.then(|| view! { <p class="notice">{t("room-observing")}</p> })}
            {p.locked.then(|| view! { <p class="notice">{t("room-locked")}</p> })}
            {(p.slow_mode_secs > 0).then(|| view! { <p class="notice">{format!("{} {}", t("room-slow"), p.slow_mode_secs)}</p> })}
            // Errors of forms not on the page (a post before the rules are accepted) show here.
            {p.error.as_ref().filter(|(o, _)| o.is_empty() || (o == "post" && !p.rules_accepted))
                .map(|(_, m)| view! { <p class="notice error-notice" role="alert">{m.clone()}</p> })}
            {rules}
            <RoomLive events=format!("{path}/events") />
            <div id="thread" class="thread" aria-live="polite">{thread}</div>
            {compose}
            {deliberation}
            {people}
            {controls}
            <h2>{t("room-log")}</h2>
            {if p.log.is_empty() {
                view! { <p class="muted">{t("room-log-empty")}</p> }.into_any()
            } else {
                view! { <ol class="timeline">{p.log.iter().map(|(at, role, action, reason)| view! {
                    <li><time>{at.clone()}</time>" · "{t(&format!("room-action-{action}"))}" · "
                        <span class="muted">{t(&format!("actor-{role}"))}</span><p>{reason.clone()}</p></li>
                }).collect_view()}</ol> }.into_any()
            }}
        </section>
    }
}

/// A correction the room refused: which message, the text as typed, and why.
struct FailedEdit {
    id: i64,
    text: String,
    error: String,
}

/// What every message of the thread needs to know about its reader.
struct Thread {
    moderator: bool,
    can_write: bool,
    failed_edit: Option<FailedEdit>,
}

/// Messages under `parent`, each with its replies nested (collapsible without JavaScript).
fn thread_view(all: &[MessageView], parent: Option<i64>, thread: &Thread) -> AnyView {
    let Thread {
        moderator,
        can_write,
        ..
    } = *thread;
    let children: Vec<&MessageView> = all.iter().filter(|m| m.parent_id == parent).collect();
    if children.is_empty() {
        return ().into_any();
    }
    view! {
        <ol class="messages">
            {children.into_iter().map(|m| {
                let replies = thread_view(all, Some(m.id), thread);
                let has_replies = all.iter().any(|x| x.parent_id == Some(m.id));
                let who = m.author_name.clone().map(|n| format!("{n} · ")).unwrap_or_default()
                    + &t(&format!("actor-{}", m.author_role));
                let id = m.id;
                view! {
                    <li id=format!("m{id}") class="message" lang=m.lang.clone()>
                        <p class="muted">{who}" · "<time>{m.at.clone()}</time>
                            {m.edited.then(|| format!(" · {}", t("room-edited")))}</p>
                        {match (&m.body, &m.hidden_reason) {
                            (Some(body), _) => view! { <p class="grievance-text">{body.clone()}</p> }.into_any(),
                            (None, reason) => view! { <p class="hidden-message">{format!("{}: {}", t("room-hidden"), reason.clone().unwrap_or_default())}</p> }.into_any(),
                        }}
                        {can_write.then(|| view! {
                            <p class="row">
                                <a href=format!("?reply={id}#compose")>{t("room-reply")}</a>
                                {m.editable.then(|| edit_form(m, thread.failed_edit.as_ref().filter(|f| f.id == id)))}
                                {(!m.mine && !m.reported).then(|| view! {
                                    <FoldedReasonForm op="report" title=t("room-report") item=("message", id) />
                                })}
                                {(moderator && m.body.is_some()).then(|| view! {
                                    <FoldedReasonForm op="hide" title=t("room-hide") item=("message", id) />
                                })}
                                {(moderator && !m.mine).then(|| view! {
                                    <FoldedReasonForm op="mute" title=t("room-mute") item=("message", id)>
                                        <label for=format!("mute-min-{id}")>{t("room-mute-minutes")}</label>
                                        <input id=format!("mute-min-{id}") name="minutes" type="number" min="1" max="1440" value="30" />
                                    </FoldedReasonForm>
                                })}
                            </p>
                        })}
                        {m.reported.then(|| view! { <p class="notice" role="status">{t("room-reported")}</p> })}
                        {if has_replies {
                            view! { <details open><summary>{t("room-replies")}</summary>{replies}</details> }.into_any()
                        } else {
                            ().into_any()
                        }}
                    </li>
                }
            }).collect_view()}
        </ol>
    }
    .into_any()
}

/// The author's correction of their message, folded, within the edit window.
fn edit_form(m: &MessageView, failed: Option<&FailedEdit>) -> AnyView {
    let id = m.id;
    let text = failed
        .map(|f| f.text.clone())
        .or_else(|| m.body.clone())
        .unwrap_or_default();
    view! {
        <details id=format!("edit-{id}-panel") open=failed.is_some()>
            <summary>{t("room-edit")}</summary>
            <form method="post" class="stack">
                <input type="hidden" name="op" value="edit" />
                <input type="hidden" name="message" value=id.to_string() />
                <AreaField
                    name="body"
                    id=format!("edit-{id}")
                    label=t("room-message")
                    rows="4"
                    value=text
                    error=failed.map(|f| f.error.clone())
                />
                <button type="submit" class="secondary">{t("room-edit-save")}</button>
            </form>
        </details>
    }
    .into_any()
}

#[cfg(feature = "ssr")]
mod server {
    use chrono::Utc;
    use kenes_core::actor::Actor;
    use kenes_core::db::interact;
    use kenes_core::error::Error;
    use kenes_core::grievances::terms::parse_tracking_code;
    use kenes_core::mediation::room;

    use super::{RoomPage, Seat};
    use crate::auth::use_user;
    use kenes_core::mail::Site;
    use serde::Deserialize;

    use crate::forms::{field, redirect, FormData};
    use crate::pages::mediation::deliberation_panel;
    use crate::pages::mediation::room_people;
    use crate::state::app_state;

    crate::forms::form_ops! {
        /// The room's own ops: its rules, messages and moderation.
        enum Op {
            Rules,
            Post {
                #[serde(default, deserialize_with = "field::optional_number")]
                parent: Option<i64>,
                #[serde(default)]
                body: String,
                #[serde(default)]
                lang: String,
            },
            Edit {
                #[serde(default, deserialize_with = "field::number")]
                message: i64,
                #[serde(default)]
                body: String,
            },
            Report {
                #[serde(default, deserialize_with = "field::number")]
                message: i64,
                #[serde(default)]
                reason: String,
            },
            Hide {
                #[serde(default, deserialize_with = "field::number")]
                message: i64,
                #[serde(default)]
                reason: String,
            },
            Mute {
                #[serde(default, deserialize_with = "field::number")]
                message: i64,
                #[serde(default, deserialize_with = "field::number")]
                minutes: i64,
                #[serde(default)]
                reason: String,
            },
            Lock {
                #[serde(default)]
                reason: String,
            },
            Unlock {
                #[serde(default)]
                reason: String,
            },
            Slow {
                /// Kept as typed: what is not a number is the domain's to refuse.
                #[serde(default)]
                seconds: String,
                #[serde(default)]
                reason: String,
            },
        }
    }

    /// Everything that may be posted to a room page: its own ops and its panels'.
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum RoomOp {
        Room(Op),
        Deliberation(deliberation_panel::server::Op),
        People(room_people::server::Op),
    }

    /// Carries out a posted op; returns the message to show, if it concerns one.
    fn perform(
        c: &mut kenes_core::Db,
        code: &str,
        actor: &Actor,
        op: RoomOp,
        site: &Site,
    ) -> Result<Option<i64>, Error> {
        let now = Utc::now().naive_utc();
        let op = match op {
            RoomOp::Room(op) => op,
            RoomOp::Deliberation(op) => {
                return deliberation_panel::server::perform(c, code, actor, op, site, now)
                    .map(|_| None)
            }
            RoomOp::People(op) => {
                return room_people::server::perform(c, code, actor, op, site, now).map(|_| None)
            }
        };
        match op {
            Op::Rules => room::accept_rules(c, code, actor, now).map(|_| None),
            Op::Post { parent, body, lang } => {
                room::post(c, code, actor, parent, &body, &lang, now).map(Some)
            }
            Op::Edit { message, body } => {
                room::edit(c, code, actor, message, &body, now).map(|_| Some(message))
            }
            Op::Report { message, reason } => {
                room::report(c, code, actor, message, &reason, now).map(|_| Some(message))
            }
            Op::Hide { message, reason } => {
                room::hide(c, code, actor, message, &reason, now).map(|_| Some(message))
            }
            Op::Mute {
                message,
                minutes,
                reason,
            } => room::mute(c, code, actor, message, minutes, &reason, now).map(|_| Some(message)),
            Op::Lock { reason } => {
                room::set_locked(c, code, actor, true, &reason, now).map(|_| None)
            }
            Op::Unlock { reason } => {
                room::set_locked(c, code, actor, false, &reason, now).map(|_| None)
            }
            Op::Slow { seconds, reason } => {
                let seconds = seconds.parse().unwrap_or(-1);
                room::set_slow_mode(c, code, actor, seconds, &reason, now).map(|_| None)
            }
        }
    }

    /// Where a failed step's message shows (the form it came from, or the top of the room)
    /// and what it says.
    fn error_view(op: String, e: Error) -> (String, String) {
        // A field's problem shows by its form; anything else at the top.
        let field_error = matches!(e, Error::Invalid(_));
        // Errors of forms that show their own message; the rest show at the top.
        let own = [
            "post",
            "edit",
            "lock",
            "unlock",
            "slow",
            "interests",
            "propose",
            "draft",
            "respond",
            "end",
        ];
        let op = match (&e, op.as_str()) {
            // This panel's forms show the error by the field it concerns.
            (Error::Invalid(errors), op) if room_people::OPS.contains(&op) || op == "draft" => {
                format!("{op}:{}", errors[0].field)
            }
            (_, op) if field_error && own.contains(&op) => op.to_owned(),
            _ => String::new(),
        };
        let message = match e {
            Error::Invalid(_) | Error::Forbidden | Error::NotFound => {
                crate::errors::explain(e, "room").1
            }
            other => crate::errors::load_failed(other, "room step"),
        };
        (op, message)
    }

    /// The room as the reader sees it.
    fn read(
        c: &mut kenes_core::Db,
        code: &str,
        r: &room::Room,
        seat: Seat,
        actor: &Actor,
        reader: Option<i64>,
    ) -> Result<RoomPage, Error> {
        let observer = seat == Seat::Observer;
        // The people of the case see what it is about; observers and moderators from
        // outside it, only what the grievance page would show them.
        let of_the_case = !matches!(seat, Seat::Observer | Seat::Moderator);
        let title = if of_the_case
            || kenes_core::grievances::access::text_visible(&r.grievance, Some(actor))
        {
            r.grievance.title.clone()
        } else {
            r.grievance.tracking_code.clone()
        };
        Ok(RoomPage {
            found: true,
            code: code.to_owned(),
            title,
            seat,
            active: r.mediation.status == "active",
            observer,
            rules_accepted: match reader {
                Some(id) if !observer => room::rules_accepted(c, r, id)?,
                _ => true,
            },
            locked: r.mediation.room_locked,
            slow_mode_secs: r.mediation.slow_mode_secs,
            messages: room::messages(c, r, reader, chrono::Utc::now().naive_utc())?,
            log: room::moderation_log(c, r)?
                .into_iter()
                .map(|(at, role, action, _, reason)| {
                    (
                        at.format("%Y-%m-%d %H:%M").to_string(),
                        role,
                        action,
                        reason,
                    )
                })
                .collect(),
            reports: room::reports_in(c, r, actor).unwrap_or_default(),
            deliberation: deliberation_panel::server::load(c, r, seat, reader)?,
            people: room_people::server::load(c, r, seat)?,
            ..Default::default()
        })
    }

    pub async fn load(code: String, form: Option<FormData>) -> RoomPage {
        let (Some(code), Ok(state)) = (parse_tracking_code(&code), app_state()) else {
            return RoomPage::default();
        };
        let user = use_user();
        let posted = form.clone();
        let wanted = code.clone();
        let site = state.site.clone();
        let result = interact::<_, _, Error>(&state.pool, move |c| {
            let code = wanted;
            let actor = match &user {
                Some(u) => crate::auth::actor_of(c, u)?,
                // Anyone may read a room both parties opened to observers; nobody else.
                None => Actor::default(),
            };
            let Ok(r) = room::open(c, &code) else {
                return Ok(None);
            };
            let Some(seat) = room::reader_seat(c, user.as_ref().map(|_| &actor), &r)? else {
                return Ok(None);
            };
            let reader = user.as_ref().map(|u| u.id);
            let outcome = posted.map(|f| {
                let done = match f.op::<RoomOp>() {
                    Some(op) => perform(c, &code, &actor, op, &site),
                    None => Err(Error::Forbidden),
                };
                done.map_err(|e| (f.get("op"), e))
            });
            if matches!(outcome, Some(Ok(_))) {
                room::announce(c, r.mediation.id)?;
            }
            // Read again after a step: it may have changed the room.
            let r = if outcome.is_some() {
                room::open(c, &code)?
            } else {
                r
            };
            let page = read(c, &code, &r, seat, &actor, reader)?;
            Ok(Some((outcome, page, r.mediation.id)))
        })
        .await;
        let (outcome, mut page, mediation_id) = match crate::errors::found_or(
            result,
            "room",
            |_: &mut RoomPage| {},
            |p, message| {
                p.found = true;
                p.code = code.clone();
                p.error = Some((String::new(), message));
            },
        ) {
            Ok(found) => found,
            Err(page) => return page,
        };
        page.form = form.unwrap_or_default();
        match outcome {
            Some(Ok(anchor)) => {
                state.rooms.changed(mediation_id);
                let anchor = anchor.map(|id| format!("#m{id}")).unwrap_or_default();
                redirect(&format!("/room/{code}{anchor}"));
            }
            Some(Err((op, e))) => page.error = Some(error_view(op, e)),
            None => {}
        }
        page
    }
}
