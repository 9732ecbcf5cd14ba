//! A threaded, moderated discussion as a page shows it: the thread, the form to write, the
//! moderators' controls and the public log. A mediation's room and a public dialogue both
//! show theirs with these components and post the same ops (`server::Op`), each to its own
//! page, so that everything works without JavaScript; the `RoomLive` island keeps the thread
//! current where it runs.

use std::collections::HashMap;
use std::num::NonZeroUsize;
use std::sync::{Arc, LazyLock, Mutex};

use crate::components::notice::StatusNotice;
use crate::components::text::Minute;
use leptos::either::Either;
use leptos::prelude::*;
use leptos::tachys::view::RenderHtml;
use lru::LruCache;

use crate::forms::{
    AreaField, FoldedReasonForm, FormData, LanguageField, OpForm, Refusal, RefusalAt,
};
use crate::i18n::{t, Locale};
use kenes_core::mediation::room_view::MessageView;

/// The ops of a discussion (`server::Op`); pages list them with their own.
#[cfg(feature = "ssr")]
pub const OPS: &[&str] = <server::Op as strum::VariantNames>::VARIANTS;

/// A discussion as its reader sees it.
#[derive(Debug, Clone, Default)]
pub struct Discussion {
    /// Shared: the thread, its form and the controls each hold the discussion.
    pub messages: Arc<[MessageView]>,
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

/// Where the reader is in the thread, from the page's query: the message they answer
/// (`?reply=`) and the one whose steps (report, hide, mute) they opened (`?act=`). Each
/// message offers its steps behind a link rather than as forms of its own, so that a
/// hundred messages do not carry three hundred folded forms to every reader's phone.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Focus {
    pub reply: Option<i64>,
    pub act: Option<i64>,
}

/// The reader's `Focus`, read from the page's query.
pub fn use_focus() -> Focus {
    let query = leptos_router::hooks::use_query_map().read_untracked();
    let message = |key: &str| query.get(key).and_then(|v| v.parse().ok());
    Focus {
        reply: message("reply"),
        act: message("act"),
    }
}

/// The notices, the thread (swapped in place by the live island) and the form to write.
#[component]
pub fn DiscussionThread(
    d: Discussion,
    focus: Focus,
    error: Option<Refusal>,
    form: FormData,
) -> impl IntoView {
    let failed_edit = error.of_form("edit").and_then(|e| {
        let id = form.get("message").parse().ok()?;
        Some(FailedEdit {
            id,
            text: form.get("body"),
            error: e,
        })
    });
    let thread = thread_html(
        &d.messages,
        &Reader {
            moderator: d.moderator,
            can_write: d.can_write,
            failed_edit,
            act: focus.act,
            locale: crate::i18n::use_locale(),
            replies_open: format!(
                "<details open>{}",
                view! { <summary>{t("room-replies")}</summary> }.to_html()
            ),
        },
    );
    let compose = d
        .can_write
        .then(|| compose(&d, focus.reply, error.of_form("post"), &form));
    view! {
        {d.locked.then(|| view! { <p class="notice">{t("room-locked")}</p> })}
        {(d.slow_mode_secs > 0).then(|| view! { <p class="notice">{format!("{} {}", t("room-slow"), d.slow_mode_secs)}</p> })}
        <div id="thread" class="thread" aria-live="polite" inner_html=thread></div>
        {compose}
    }
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
                .map(|m| m.lang.to_string())
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
        <OpForm op="post" submit="room-send" id="compose">
            {replying_to.map(|(r, start)| view! {
                <input type="hidden" name="parent" value=r.to_string() />
                <p class="muted">{t("room-replying")}" "<a href=format!("#m{r}")>"“"{start}"”"</a></p>
            })}
            <AreaField name="body" id="message-body" label=t("room-message") rows="4" value=body error=error />
            <LanguageField name="lang" id="message-lang" label=t("file-lang") selected=lang />
        </OpForm>
    }
    .into_any()
}

/// The moderators' reports, lock and slow mode.
#[component]
pub fn DiscussionControls(d: Discussion, error: Option<Refusal>) -> impl IntoView {
    let lock_error = error.of_form("lock").or(error.of_form("unlock"));
    let slow_error = error.of_form("slow");
    d.moderator.then(|| view! {
        <section class="stack">
            <h2>{t("room-moderation")}</h2>
            {(!d.reports.is_empty()).then(|| view! {
                <h3>{t("room-reports")}</h3>
                <ul>{d.reports.iter().map(|(id, reason)| view! {
                    <li><a href=format!("#m{id}")>{format!("#{id}")}</a>": "{reason.clone()}</li>
                }).collect_view()}</ul>
            })}
            <OpForm op=if d.locked { "unlock" } else { "lock" }>
                <div class="field">
                    <label for="lock-reason">{t("room-reason")}</label>
                    <input id="lock-reason" name="reason" />
                </div>
                <p class="error" role="alert">{lock_error}</p>
                <button type="submit" class="secondary">{if d.locked { t("room-unlock") } else { t("room-lock") }}</button>
            </OpForm>
            <OpForm op="slow" id="slow-form">
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
            </OpForm>
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
                <li><Minute local=at />" · "{t(&format!("room-action-{action}"))}" · "
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
    /// The message whose steps the reader opened: drawn for them alone, never kept.
    act: Option<i64>,
    locale: Locale,
    /// The opening of a message's replies, translated once for the thread.
    replies_open: String,
}

/// The thread's HTML: each message with its replies nested (collapsible without
/// JavaScript). Messages are drawn straight into one buffer rather than kept as parts of
/// the page's view tree, and each message is drawn once and kept (`DRAWN`): a room holds
/// a hundred messages or more, and drawing them was a third of the room page's work.
/// Leptos escapes everything drawn here as it would on the page.
fn thread_html(all: &[MessageView], reader: &Reader) -> String {
    // Each message's replies, found in one pass rather than by a search of the whole
    // thread for every message.
    let mut replies: HashMap<Option<i64>, Vec<&MessageView>> = HashMap::new();
    for m in all {
        replies.entry(m.parent_id).or_default().push(m);
    }
    let mut html = String::with_capacity(all.len() * 2048);
    draw_replies(&replies, None, reader, &mut html);
    html
}

/// The messages under `parent`, as a list, each followed by its own replies.
fn draw_replies(
    replies: &HashMap<Option<i64>, Vec<&MessageView>>,
    parent: Option<i64>,
    reader: &Reader,
    html: &mut String,
) {
    let Some(children) = replies.get(&parent) else {
        return;
    };
    html.push_str(r#"<ol class="messages">"#);
    for m in children {
        let drawn = drawn_message(m, reader);
        if replies.contains_key(&Some(m.id)) {
            // The replies belong inside the message's item, after everything else in it.
            html.push_str(drawn.strip_suffix("</li>").unwrap_or(&drawn));
            html.push_str(&reader.replies_open);
            draw_replies(replies, Some(m.id), reader, html);
            html.push_str("</details></li>");
        } else {
            html.push_str(&drawn);
        }
    }
    html.push_str("</ol>");
}

/// Messages as drawn for one kind of reader, shared by all such readers: the key holds
/// everything the drawing depends on, the message's whole content included, so a message
/// edited, hidden or reported is simply drawn again, and an entry nobody asks for ages out.
#[derive(PartialEq, Eq, Hash)]
struct Drawn {
    message: MessageView,
    locale: Locale,
    moderator: bool,
    can_write: bool,
}

static DRAWN: LazyLock<Mutex<LruCache<Drawn, Arc<str>>>> =
    LazyLock::new(|| Mutex::new(LruCache::new(NonZeroUsize::new(2048).expect("not zero"))));

fn drawn_cache() -> std::sync::MutexGuard<'static, LruCache<Drawn, Arc<str>>> {
    DRAWN
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// One message (without its replies), from `DRAWN` when this kind of reader had it drawn.
/// A refused correction and opened steps are the reader's own and are never kept.
fn drawn_message(m: &MessageView, reader: &Reader) -> Arc<str> {
    let failed = reader.failed_edit.as_ref().filter(|f| f.id == m.id);
    if failed.is_some() || reader.act == Some(m.id) {
        return draw_message(m, reader, failed).into();
    }
    let key = Drawn {
        message: m.clone(),
        locale: reader.locale,
        moderator: reader.moderator,
        can_write: reader.can_write,
    };
    if let Some(html) = drawn_cache().get(&key) {
        return html.clone();
    }
    let html: Arc<str> = draw_message(m, reader, None).into();
    drawn_cache().put(key, html.clone());
    html
}

fn draw_message(m: &MessageView, reader: &Reader, failed: Option<&FailedEdit>) -> String {
    let mut html = String::with_capacity(2048);
    message_view(m, reader, failed).to_html_with_buf(
        &mut html,
        &mut leptos::tachys::view::Position::FirstChild,
        true,
        false,
        vec![],
    );
    html
}

/// `text` with its first letter upper-case.
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// One message, ending with its closing tag (`draw_replies` puts the replies before it).
fn message_view(
    m: &MessageView,
    reader: &Reader,
    failed: Option<&FailedEdit>,
) -> impl RenderHtml + use<> {
    let can_write = reader.can_write;
    let role = role_name(&m.author_role);
    let who = match &m.author_name {
        Some(name) => format!("{name} · {role}"),
        // The role opens the line: "Азамат", not "азамат".
        None => capitalised(&role),
    };
    let id = m.id;
    let text = match (&m.body, &m.hidden_reason) {
        (Some(body), _) => Either::Left(view! { <p class="grievance-text">{body.clone()}</p> }),
        (None, reason) => Either::Right(view! {
            <p class="hidden-message">{format!("{}: {}", t("room-hidden"), reason.clone().unwrap_or_default())}</p>
        }),
    };
    view! {
        <li id=format!("m{id}") class="message" lang=m.lang.clone()>
            <p class="muted">{who}" · "<Minute local=m.at.to_string() />
                {m.edited.then(|| format!(" · {}", t("room-edited")))}</p>
            {text}
            {can_write.then(|| view! {
                <p class="row">
                    <a href=format!("?reply={id}#compose")>{t("room-reply")}</a>
                    {m.editable.then(|| edit_form(m, failed))}
                    {steps(m, reader)}
                </p>
            })}
            <StatusNotice message=m.reported.then(|| t("room-reported")) />
        </li>
    }
}

/// The steps the reader may take on someone's message (report; for a moderator also hide
/// and mute): folded forms on the message they opened, else one link that opens them.
fn steps(m: &MessageView, reader: &Reader) -> Option<AnyView> {
    let id = m.id;
    let report = !m.mine && !m.reported;
    let hide = reader.moderator && m.body.is_some();
    let mute = reader.moderator && !m.mine;
    if !(report || hide || mute) {
        return None;
    }
    if reader.act != Some(id) {
        let label = if reader.moderator {
            t("room-act-moderator")
        } else {
            t("room-act")
        };
        return Some(view! { <a href=format!("?act={id}#m{id}")>{label}</a> }.into_any());
    }
    Some(view! {
        {report.then(|| view! {
            <FoldedReasonForm op="report" title=t("room-report") item=("message", id) />
        })}
        {hide.then(|| view! {
            <FoldedReasonForm op="hide" title=t("room-hide") item=("message", id) />
        })}
        {mute.then(|| view! {
            <FoldedReasonForm op="mute" title=t("room-mute") item=("message", id)>
                <label for=format!("mute-min-{id}")>{t("room-mute-minutes")}</label>
                <input id=format!("mute-min-{id}") name="minutes" type="number" min="1" max="1440" value="30" />
            </FoldedReasonForm>
        })}
    }.into_any())
}

/// The author's correction of their message, folded, within the edit window.
fn edit_form(m: &MessageView, failed: Option<&FailedEdit>) -> AnyView {
    let id = m.id;
    let text = failed
        .map(|f| f.text.clone())
        .or_else(|| m.body.as_deref().map(str::to_owned))
        .unwrap_or_default();
    view! {
        <details id=format!("edit-{id}-panel") open=failed.is_some()>
            <summary>{t("room-edit")}</summary>
            <OpForm op="edit" id=format!("edit-{id}-form")>
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
            </OpForm>
        </details>
    }
    .into_any()
}

#[cfg(feature = "ssr")]
pub mod server {
    use crate::forms::field;
    use kenes_core::actor::Act;
    use kenes_core::dialogues::discussion as talk;
    use kenes_core::discussion::Order;
    use kenes_core::error::Error;
    use kenes_core::mediation::room;

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

    /// Where a discussion is held: a mediation's room (by its grievance's code) or a public
    /// dialogue. The host's own rules (who sits where, when one may write) are checked there.
    #[derive(Clone, Copy)]
    pub enum Place<'a> {
        Room(&'a str),
        Dialogue(i64),
    }

    /// Who takes a discussion's steps, where, and when.
    struct Host<'a> {
        c: &'a mut kenes_core::Db,
        act: Act<'a>,
        place: Place<'a>,
    }

    impl Host<'_> {
        fn post(&mut self, parent: Option<i64>, body: &str, lang: &str) -> Result<i64, Error> {
            let (c, act) = (&mut *self.c, self.act);
            match self.place {
                Place::Room(code) => room::post(c, code, act, parent, body, lang),
                Place::Dialogue(id) => talk::post(c, act, id, parent, body, lang),
            }
        }

        fn edit(&mut self, message: i64, body: &str) -> Result<(), Error> {
            let (c, act) = (&mut *self.c, self.act);
            match self.place {
                Place::Room(code) => room::edit(c, code, act, message, body),
                Place::Dialogue(id) => talk::edit(c, act, id, message, body),
            }
        }

        fn report(&mut self, message: i64, reason: &str) -> Result<(), Error> {
            let (c, act) = (&mut *self.c, self.act);
            match self.place {
                Place::Room(code) => room::report(c, code, act, message, reason),
                Place::Dialogue(id) => talk::report(c, act, id, message, reason),
            }
        }

        fn keep_order(&mut self, order: Order, reason: &str) -> Result<(), Error> {
            let (c, act) = (&mut *self.c, self.act);
            match self.place {
                Place::Room(code) => room::keep_order(c, code, act, order, reason),
                Place::Dialogue(id) => talk::keep_order(c, act, id, order, reason),
            }
        }
    }

    /// Carries out a posted step; returns the message to show, if it concerns one.
    pub fn perform(
        c: &mut kenes_core::Db,
        act: Act,
        place: Place,
        op: Op,
    ) -> Result<Option<i64>, Error> {
        let host = &mut Host { c, act, place };
        match op {
            Op::Post { parent, body, lang } => host.post(parent, &body, &lang).map(Some),
            Op::Edit { message, body } => host.edit(message, &body).map(|_| Some(message)),
            Op::Report { message, reason } => host.report(message, &reason).map(|_| Some(message)),
            Op::Hide { message, reason } => keep(host, Order::Hide { message }, &reason),
            Op::Mute {
                message,
                minutes,
                reason,
            } => keep(host, Order::Mute { message, minutes }, &reason),
            Op::Lock { reason } => keep(host, Order::Lock(true), &reason),
            Op::Unlock { reason } => keep(host, Order::Lock(false), &reason),
            Op::Slow { seconds, reason } => {
                let seconds = seconds.parse().unwrap_or(-1);
                keep(host, Order::SlowMode(seconds), &reason)
            }
        }
    }

    fn keep(host: &mut Host, order: Order, reason: &str) -> Result<Option<i64>, Error> {
        host.keep_order(order, reason).map(|_| order.message())
    }

    /// The moderation log's lines as the page shows them: (when, role, action, reason).
    pub fn log_lines(
        log: Vec<kenes_core::discussion::LogEntry>,
    ) -> Vec<(String, String, String, String)> {
        log.into_iter()
            .map(|line| {
                (
                    kenes_core::clock::minute_shown(line.at),
                    line.actor_role,
                    line.action.to_string(),
                    line.reason,
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

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    fn message(id: i64, parent_id: Option<i64>, body: &str) -> MessageView {
        MessageView {
            id,
            parent_id,
            author_role: "citizen".into(),
            author_name: None,
            mine: false,
            lang: "en".into(),
            body: Some(body.into()),
            hidden_reason: None,
            at: "2026-12-01 10:00".into(),
            edited: false,
            reported: false,
            editable: false,
        }
    }

    fn drawn(all: &[MessageView], moderator: bool, can_write: bool) -> String {
        drawn_acting(all, moderator, can_write, None)
    }

    fn drawn_in(locale: Locale, all: &[MessageView]) -> String {
        Owner::new().with(|| {
            crate::i18n::building_in(locale, || {
                let reader = Reader {
                    moderator: false,
                    can_write: false,
                    failed_edit: None,
                    act: None,
                    locale,
                    replies_open: String::new(),
                };
                thread_html(all, &reader)
            })
        })
    }

    fn drawn_acting(
        all: &[MessageView],
        moderator: bool,
        can_write: bool,
        act: Option<i64>,
    ) -> String {
        Owner::new().with(|| {
            thread_html(
                all,
                &Reader {
                    moderator,
                    can_write,
                    failed_edit: None,
                    act,
                    locale: Locale::En,
                    replies_open: "<details open><summary>replies</summary>".into(),
                },
            )
        })
    }

    #[test]
    fn each_kind_of_reader_gets_its_own_drawing_of_a_message() {
        let all = [message(9_000_001, None, "Who keeps order here?")];
        let steps = r#"href="?act=9000001#m9000001""#;
        let moderator = drawn(&all, true, true);
        assert!(moderator.contains(steps));
        // The moderator's drawing is kept; a participant and a passer-by must not get it.
        let participant = drawn(&all, false, true);
        assert!(participant.contains(steps) && participant != moderator);
        assert!(!drawn(&all, false, false).contains(steps));
        assert_eq!(drawn(&all, true, true), moderator);
    }

    #[test]
    fn opened_steps_are_drawn_for_that_reader_and_that_message_only() {
        let all = [
            message(9_000_006, None, "Who keeps order here?"),
            message(9_000_007, None, "Not this one"),
        ];
        let (hide, report) = (r#"value="hide""#, r#"value="report""#);
        let moderator = drawn_acting(&all, true, true, Some(9_000_006));
        assert_eq!(moderator.matches(hide).count(), 1);
        assert_eq!(moderator.matches(r#"value="mute""#).count(), 1);
        assert!(moderator.contains(r#"href="?act=9000007#m9000007""#));
        let participant = drawn_acting(&all, false, true, Some(9_000_006));
        assert!(participant.contains(report) && !participant.contains(hide));
        // The opened steps are never kept for the next reader.
        assert!(!drawn(&all, true, true).contains(hide));
        assert!(!drawn_acting(&all, false, false, Some(9_000_006)).contains(report));
    }

    #[test]
    fn a_message_is_dated_in_the_readers_language() {
        let all = [message(9_000_008, None, "When was this?")];
        let stamp = r#"<time datetime="2026-12-01T10:00+05:00">"#;
        let ru = drawn_in(Locale::Ru, &all);
        assert!(
            ru.contains(&format!("{stamp}1 декабря 2026, 10:00</time>")),
            "{ru}"
        );
        let kk = drawn_in(Locale::Kk, &all);
        assert!(
            kk.contains(&format!("{stamp}1 желтоқсан 2026, 10:00</time>")),
            "{kk}"
        );
        // A hidden author's line opens with their role, as a sentence does.
        assert!(kk.contains(r#"<p class="muted">Азамат<!> · <time"#), "{kk}");
    }

    #[test]
    fn a_changed_message_is_drawn_again() {
        let mut all = [message(9_000_002, None, "The first words")];
        assert!(drawn(&all, false, true).contains("The first words"));
        all[0].body = Some("The corrected words".into());
        let html = drawn(&all, false, true);
        assert!(html.contains("The corrected words") && !html.contains("The first words"));
    }

    #[test]
    fn replies_are_nested_inside_the_message_they_answer() {
        let all = [
            message(9_000_003, None, "A question"),
            message(9_000_004, Some(9_000_003), "An answer <b>"),
            message(9_000_005, None, "Another question"),
        ];
        let html = drawn(&all, false, false);
        let reply = html
            .find(r#"<li id="m9000004""#)
            .expect("the reply is drawn");
        let close = html
            .find("</details></li>")
            .expect("the replies are closed");
        assert!(html.find(r#"<li id="m9000003""#).unwrap() < reply && reply < close);
        assert!(close < html.find(r#"<li id="m9000005""#).unwrap());
        assert!(html.contains("An answer &lt;b&gt;"));
        assert_eq!(html.matches("<li").count(), html.matches("</li>").count());
    }
}
