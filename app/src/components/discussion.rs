//! A threaded, moderated discussion as a page shows it: the thread, the form to write, the
//! moderators' controls and the public log. A mediation's room and a public dialogue both
//! show theirs with these components and post the same ops (`server::Op`), each to its own
//! page, so that everything works without JavaScript; the `RoomLive` island keeps the thread
//! current where it runs.

use leptos::either::Either;
use leptos::prelude::*;
use leptos::tachys::view::RenderHtml;

use crate::forms::{AreaField, FoldedReasonForm, FormData, LanguageField};
use crate::i18n::t;
use kenes_core::mediation::room_view::MessageView;

/// The ops of a discussion (`server::Op`); pages list them with their own.
pub const OPS: &[&str] = &[
    "post", "edit", "report", "hide", "mute", "lock", "unlock", "slow",
];

/// A discussion as its reader sees it.
#[derive(Debug, Clone, Default)]
pub struct Discussion {
    pub messages: Vec<MessageView>,
    /// (when, role, action, reason) of each moderation step.
    pub log: Vec<(String, String, String, String)>,
    /// (message, reason) of the open reports, for those keeping order.
    pub reports: Vec<(i64, String)>,
    pub locked: bool,
    pub slow_mode_secs: i32,
    /// The reader keeps order here.
    pub moderator: bool,
    /// The reader may write now.
    pub can_write: bool,
}

/// How the thread names an author's role: a seat, the facilitator, or a stakeholder's label.
fn role_name(role: &str) -> String {
    match role {
        "aksakal" | "community_leader" | "association" | "expert" => {
            t(&format!("dialogue-label-{role}"))
        }
        _ => t(&format!("actor-{role}")),
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

/// The error of the form that posted `op`, if that one failed.
fn error_of(error: Option<&(String, String)>, op: &str) -> Option<String> {
    error.filter(|(o, _)| o == op).map(|(_, m)| m.clone())
}

/// The notices, the thread (swapped in place by the live island) and the form to write.
#[component]
pub fn DiscussionThread(
    d: Discussion,
    /// The message the reader answers (`?reply=`).
    reply: Option<i64>,
    /// The form that failed (its op) and its message.
    error: Option<(String, String)>,
    form: FormData,
) -> impl IntoView {
    let failed_edit = error_of(error.as_ref(), "edit").and_then(|e| {
        let id = form.get("message").parse().ok()?;
        Some(FailedEdit {
            id,
            text: form.get("body"),
            error: e,
        })
    });
    let thread = thread_html(
        &d.messages,
        None,
        &Reader {
            moderator: d.moderator,
            can_write: d.can_write,
            failed_edit,
        },
    );
    let compose = d
        .can_write
        .then(|| compose(&d, reply, error_of(error.as_ref(), "post"), &form));
    view! {
        {d.locked.then(|| view! { <p class="notice">{t("room-locked")}</p> })}
        {(d.slow_mode_secs > 0).then(|| view! { <p class="notice">{format!("{} {}", t("room-slow"), d.slow_mode_secs)}</p> })}
        <div id="thread" class="thread" aria-live="polite" inner_html=thread></div>
        {compose}
    }
    .into_any()
}

/// The form to write, or to reply to a message.
fn compose(d: &Discussion, reply: Option<i64>, error: Option<String>, form: &FormData) -> AnyView {
    // The language typed in, else the one this reader last wrote in, else the interface's.
    let lang = Some(form.get("lang"))
        .filter(|l| !l.is_empty())
        .or_else(|| {
            d.messages
                .iter()
                .filter(|m| m.mine)
                .max_by_key(|m| m.id)
                .map(|m| m.lang.clone())
        })
        .unwrap_or_else(|| crate::i18n::use_locale().code().to_owned());
    // A reply names the start of the message it answers, as people remember it.
    let replying_to = reply.map(|r| {
        let start = d
            .messages
            .iter()
            .find(|m| m.id == r)
            .and_then(|m| m.body.as_deref())
            .map(|b| excerpt(b, 60))
            .unwrap_or_else(|| format!("#{r}"));
        (r, start)
    });
    let body = if form.get("op") == "post" {
        form.get("body")
    } else {
        String::new()
    };
    view! {
        <form method="post" class="stack" id="compose">
            <input type="hidden" name="op" value="post" />
            {replying_to.map(|(r, start)| view! {
                <input type="hidden" name="parent" value=r.to_string() />
                <p class="muted">{t("room-replying")}" "<a href=format!("#m{r}")>"“"{start}"”"</a></p>
            })}
            <AreaField name="body" id="message-body" label=t("room-message") rows="4" value=body error=error />
            <LanguageField name="lang" id="message-lang" label=t("file-lang") selected=lang />
            <button type="submit">{t("room-send")}</button>
        </form>
    }
    .into_any()
}

/// The moderators' reports, lock and slow mode.
#[component]
pub fn DiscussionControls(d: Discussion, error: Option<(String, String)>) -> impl IntoView {
    let err = |op: &str| error_of(error.as_ref(), op);
    let lock_error = err("lock").or(err("unlock"));
    let slow_error = err("slow");
    d.moderator.then(|| view! {
        <section class="stack">
            <h2>{t("room-moderation")}</h2>
            {(!d.reports.is_empty()).then(|| view! {
                <h3>{t("room-reports")}</h3>
                <ul>{d.reports.iter().map(|(id, reason)| view! {
                    <li><a href=format!("#m{id}")>{format!("#{id}")}</a>": "{reason.clone()}</li>
                }).collect_view()}</ul>
            })}
            <form method="post" class="stack">
                <input type="hidden" name="op" value=if d.locked { "unlock" } else { "lock" } />
                <div class="field">
                    <label for="lock-reason">{t("room-reason")}</label>
                    <input id="lock-reason" name="reason" />
                </div>
                <p class="error" role="alert">{lock_error}</p>
                <button type="submit" class="secondary">{if d.locked { t("room-unlock") } else { t("room-lock") }}</button>
            </form>
            <form method="post" class="stack">
                <input type="hidden" name="op" value="slow" />
                <div class="field">
                    <label for="slow-seconds">{t("room-slow-seconds")}</label>
                    <input id="slow-seconds" name="seconds" type="number" min="0" max="3600" value=d.slow_mode_secs.to_string() />
                </div>
                <div class="field">
                    <label for="slow-reason">{t("room-reason")}</label>
                    <input id="slow-reason" name="reason" />
                </div>
                <p class="error" role="alert">{slow_error}</p>
                <button type="submit" class="secondary">{t("room-slow-set")}</button>
            </form>
        </section>
    }.into_any())
}

/// The public moderation log.
#[component]
pub fn DiscussionLog(log: Vec<(String, String, String, String)>) -> impl IntoView {
    view! {
        <h2>{t("room-log")}</h2>
        {if log.is_empty() {
            view! { <p class="muted">{t("room-log-empty")}</p> }.into_any()
        } else {
            view! { <ol class="timeline">{log.into_iter().map(|(at, role, action, reason)| view! {
                <li><time>{at}</time>" · "{t(&format!("room-action-{action}"))}" · "
                    <span class="muted">{role_name(&role)}</span><p>{reason}</p></li>
            }).collect_view()}</ol> }.into_any()
        }}
    }
}

/// A correction refused: which message, the text as typed, and why.
struct FailedEdit {
    id: i64,
    text: String,
    error: String,
}

/// What every message of the thread needs to know about its reader.
struct Reader {
    moderator: bool,
    can_write: bool,
    failed_edit: Option<FailedEdit>,
}

/// The thread's HTML: the messages under `parent`, each with its replies nested
/// (collapsible without JavaScript). Each message is drawn straight into one buffer rather
/// than kept as a part of the page's view tree: a room holds a hundred messages or more,
/// and moving, boxing and owning each as a view cost the room page a third of its time.
/// Leptos escapes everything drawn here as it would on the page.
fn thread_html(all: &[MessageView], parent: Option<i64>, reader: &Reader) -> String {
    let children: Vec<&MessageView> = all.iter().filter(|m| m.parent_id == parent).collect();
    if children.is_empty() {
        return String::new();
    }
    let mut html = String::with_capacity(children.len() * 2048);
    html.push_str(r#"<ol class="messages">"#);
    for m in children {
        let replies = thread_html(all, Some(m.id), reader);
        message_view(m, replies, reader).to_html_with_buf(
            &mut html,
            &mut leptos::tachys::view::Position::FirstChild,
            true,
            false,
            vec![],
        );
    }
    html.push_str("</ol>");
    html
}

/// One message, with its replies already drawn (`replies`, empty when there are none).
fn message_view(m: &MessageView, replies: String, reader: &Reader) -> impl RenderHtml + use<> {
    let Reader {
        moderator,
        can_write,
        ..
    } = *reader;
    let who = m
        .author_name
        .clone()
        .map(|n| format!("{n} · "))
        .unwrap_or_default()
        + &role_name(&m.author_role);
    let id = m.id;
    let text = match (&m.body, &m.hidden_reason) {
        (Some(body), _) => Either::Left(view! { <p class="grievance-text">{body.clone()}</p> }),
        (None, reason) => Either::Right(view! {
            <p class="hidden-message">{format!("{}: {}", t("room-hidden"), reason.clone().unwrap_or_default())}</p>
        }),
    };
    let replies = (!replies.is_empty()).then(|| {
        let summary = view! { <summary>{t("room-replies")}</summary> }.to_html();
        view! { <details open inner_html=summary + &replies></details> }
    });
    view! {
        <li id=format!("m{id}") class="message" lang=m.lang.clone()>
            <p class="muted">{who}" · "<time>{m.at.clone()}</time>
                {m.edited.then(|| format!(" · {}", t("room-edited")))}</p>
            {text}
            {can_write.then(|| view! {
                <p class="row">
                    <a href=format!("?reply={id}#compose")>{t("room-reply")}</a>
                    {m.editable.then(|| edit_form(m, reader.failed_edit.as_ref().filter(|f| f.id == id)))}
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
            {replies}
        </li>
    }
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
pub mod server {
    use crate::forms::field;
    use kenes_core::error::Error;

    crate::forms::form_ops! {
        /// A discussion's steps: writing, correcting, reporting and keeping order.
        pub enum Op {
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

    /// A discussion's steps as its host carries them out; each returns the message the
    /// page goes back to, if the step concerns one.
    pub trait Host {
        fn post(&mut self, parent: Option<i64>, body: &str, lang: &str) -> Result<i64, Error>;
        fn edit(&mut self, message: i64, body: &str) -> Result<(), Error>;
        fn report(&mut self, message: i64, reason: &str) -> Result<(), Error>;
        fn hide(&mut self, message: i64, reason: &str) -> Result<(), Error>;
        fn mute(&mut self, message: i64, minutes: i64, reason: &str) -> Result<(), Error>;
        fn set_locked(&mut self, locked: bool, reason: &str) -> Result<(), Error>;
        fn set_slow_mode(&mut self, seconds: i32, reason: &str) -> Result<(), Error>;
    }

    /// Carries out a posted step; returns the message to show, if it concerns one.
    pub fn perform(host: &mut impl Host, op: Op) -> Result<Option<i64>, Error> {
        match op {
            Op::Post { parent, body, lang } => host.post(parent, &body, &lang).map(Some),
            Op::Edit { message, body } => host.edit(message, &body).map(|_| Some(message)),
            Op::Report { message, reason } => host.report(message, &reason).map(|_| Some(message)),
            Op::Hide { message, reason } => host.hide(message, &reason).map(|_| Some(message)),
            Op::Mute {
                message,
                minutes,
                reason,
            } => host.mute(message, minutes, &reason).map(|_| Some(message)),
            Op::Lock { reason } => host.set_locked(true, &reason).map(|_| None),
            Op::Unlock { reason } => host.set_locked(false, &reason).map(|_| None),
            Op::Slow { seconds, reason } => {
                let seconds = seconds.parse().unwrap_or(-1);
                host.set_slow_mode(seconds, &reason).map(|_| None)
            }
        }
    }

    /// The moderation log's lines as the page shows them: (when, role, action, reason).
    pub fn log_lines(
        log: Vec<kenes_core::discussion::LogEntry>,
    ) -> Vec<(String, String, String, String)> {
        log.into_iter()
            .map(|(at, role, action, _, reason)| {
                (
                    at.format("%Y-%m-%d %H:%M").to_string(),
                    role,
                    action,
                    reason,
                )
            })
            .collect()
    }

    /// Which of a discussion's forms shows a refused step's message by its field (the
    /// others show it at the top of the page).
    pub fn form_of(op: &str) -> Option<&'static str> {
        match op {
            "post" => Some("post"),
            "edit" => Some("edit"),
            "lock" | "unlock" => Some("lock"),
            "slow" => Some("slow"),
            _ => None,
        }
    }
}
