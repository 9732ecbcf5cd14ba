//! Who else is in a room and when it meets: the stakeholders the mediator invited and the
//! scheduled sessions. Everyone in the room reads both; only the mediator changes them.
//! Forms post to the room page, like the rest of the room.

use leptos::prelude::*;

use crate::forms::{
    translated, AreaField, Field, FoldedReasonForm, FormData, OpButton, OpForm, Refusal, RefusalAt,
    SelectField,
};
use crate::i18n::t;

#[derive(Debug, Clone, Default)]
pub struct Session {
    pub id: i64,
    pub starts: String,
    pub minutes: i32,
    pub place: String,
    pub agenda: String,
    pub cancelled: Option<String>,
    pub upcoming: bool,
}

#[derive(Debug, Clone, Default)]
pub struct People {
    /// The reader is the room's mediator and the mediation runs.
    pub manages: bool,
    /// (account, name, kind).
    pub stakeholders: Vec<(i64, String, String)>,
    pub sessions: Vec<Session>,
}

/// Ops handled by this panel; their errors stand by the field they name.
#[cfg(feature = "ssr")]
pub const OPS: &[&str] = <server::Op as strum::VariantNames>::VARIANTS;

#[component]
pub fn PeoplePanel(p: People, error: Option<Refusal>, form: FormData) -> impl IntoView {
    let schedule_failed = error.as_ref().is_some_and(|r| r.op == "schedule");
    let err = move |op: &str, field: &str| error.at(op, field);
    // The forms' fields are drawn by `move` closures: they take these by reference.
    let (err, form) = (&err, &form);
    let invite = p.manages.then(|| {
        view! {
            <OpForm op="invite" id="invite-form">
                <Field name="email" kind="email" label=t("room-invite-email") value=form.get("email") error=err("invite", "email") />
                <SelectField name="kind" label=t("room-invite-kind") selected=form.get("kind") error=err("invite", "kind")
                    options=translated(kenes_core::mediation::terms::StakeholderKind::ALL, "stakeholder-") />
                <button type="submit" class="secondary">{t("room-invite")}</button>
            </OpForm>
        }
        .into_any()
    });
    let manages = p.manages;
    let people = if p.stakeholders.is_empty() {
        view! { <p class="muted">{t("room-people-none")}</p> }.into_any()
    } else {
        view! {
            <ul class="people">{p.stakeholders.into_iter().map(|(id, name, kind)| view! {
                <li>{format!("{name} · {}", t(&format!("stakeholder-{kind}")))}
                    {manages.then(|| view! {
                        <OpButton op="uninvite" label=t("room-remove") class="secondary" form_class="inline"
                            hidden=vec![("user", id.to_string())] />
                    })}
                </li>
            }).collect_view()}</ul>
        }
        .into_any()
    };
    let sessions = sessions_view(p.sessions, manages, err("cancel-session", "reason"));
    let schedule = manages.then(|| {
        view! {
            <details open=schedule_failed>
                <summary>{t("room-schedule")}</summary>
                <OpForm op="schedule" submit="room-schedule" id="schedule-form">
                    <Field name="starts" kind="datetime-local" label=t("room-session-starts") value=form.get("starts") error=err("schedule", "starts") />
                    <Field name="minutes" kind="number" label=t("room-session-length") value=form.get("minutes") error=err("schedule", "minutes") />
                    <Field name="place" label=t("room-session-place") value=form.get("place") error=err("schedule", "place") />
                    <AreaField name="agenda" label=t("room-session-agenda") maxlength="2000"
                        value=form.get("agenda") error=err("schedule", "agenda") />
                </OpForm>
            </details>
        }
        .into_any()
    });
    view! {
        <section class="stack" id="sessions">
            <h2>{t("room-sessions")}</h2>
            {sessions}
            {schedule}
        </section>
        <section class="stack" id="people">
            <h2>{t("room-people")}</h2>
            {people}
            {invite}
        </section>
    }
}

fn sessions_view(sessions: Vec<Session>, manages: bool, error: Option<String>) -> AnyView {
    if sessions.is_empty() {
        return view! { <p class="muted">{t("room-sessions-none")}</p> }.into_any();
    }
    view! {
        <ol class="sessions">{sessions.into_iter().map(|s| {
            let place = if s.place.is_empty() { t("room-session-online") } else { s.place.clone() };
            let when = format!("{} · {} {} · {place}", crate::i18n::minute(&s.starts), s.minutes, t("room-session-minutes"));
            let id = s.id;
            let cancel = (manages && s.upcoming && s.cancelled.is_none()).then(|| view! {
                <FoldedReasonForm op="cancel-session" title=t("room-session-cancel") item=("session", id)
                    error=Some(error.clone().unwrap_or_default()) />
            });
            view! {
                <li class="card" id=format!("session-{id}")>
                    <p><strong>{when}</strong></p>
                    {s.cancelled.map(|r| view! { <p class="notice">{format!("{}: {r}", t("room-session-cancelled"))}</p> })}
                    <p class="grievance-text">{s.agenda}</p>
                    {cancel}
                </li>
            }
        }).collect_view()}</ol>
    }
    .into_any()
}

#[cfg(feature = "ssr")]
pub mod server {
    use chrono::Utc;
    use kenes_core::actor::Act;
    use kenes_core::error::Error;
    use kenes_core::mail::Site;
    use kenes_core::mediation::meetings::{self, Plan};
    use kenes_core::mediation::room::Room;
    use kenes_core::mediation::terms::MediationStatus;
    use kenes_core::mediation::terms::Seat;
    use kenes_core::{mediation::stakeholders, Db, DbError};

    use super::{People, Session};
    use crate::forms::field;

    crate::forms::form_ops! {
        /// The ops of the room's people: stakeholders and mediation sessions.
        pub enum Op {
            Invite {
                #[serde(default)]
                email: String,
                #[serde(default)]
                kind: String,
            },
            Uninvite {
                #[serde(default, deserialize_with = "field::number")]
                user: i64,
            },
            Schedule {
                #[serde(default)]
                starts: String,
                #[serde(default)]
                minutes: String,
                #[serde(default)]
                place: String,
                #[serde(default)]
                agenda: String,
            },
            CancelSession {
                #[serde(default, deserialize_with = "field::number")]
                session: i64,
                #[serde(default)]
                reason: String,
            },
        }
    }

    pub fn perform(c: &mut Db, code: &str, act: Act, op: Op, site: &Site) -> Result<(), Error> {
        match op {
            Op::Invite { email, kind } => {
                stakeholders::invite(c, code, act, &email, &kind, site).map(|_| ())
            }
            Op::Uninvite { user } => stakeholders::remove(c, code, act, user).map(|_| ()),
            Op::Schedule {
                starts,
                minutes,
                place,
                agenda,
            } => {
                let plan = Plan {
                    starts,
                    minutes,
                    place,
                    agenda,
                };
                meetings::schedule(c, code, act, &plan, site).map(|_| ())
            }
            Op::CancelSession { session, reason } => {
                meetings::cancel(c, code, act, session, &reason, site).map(|_| ())
            }
        }
    }

    pub fn load(c: &mut Db, room: &Room, seat: Seat) -> Result<People, DbError> {
        let now = kenes_core::clock::to_local(Utc::now().naive_utc());
        Ok(People {
            manages: seat == Seat::Mediator && room.mediation.status == MediationStatus::Active,
            stakeholders: stakeholders::list(c, room)?
                .into_iter()
                .map(|s| (s.user_id, s.name, s.kind.to_string()))
                .collect(),
            sessions: meetings::list(c, room)?
                .into_iter()
                .map(|s| Session {
                    id: s.id,
                    starts: s.starts.format("%Y-%m-%d %H:%M").to_string(),
                    minutes: s.minutes,
                    place: s.place,
                    agenda: s.agenda,
                    upcoming: s.starts > now,
                    cancelled: s.cancelled,
                })
                .collect(),
        })
    }
}
