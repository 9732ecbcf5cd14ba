//! The mediation part of a grievance's page: ask for mediation, consent or decline, the
//! coordinator's ranked mediators, one objection per party, and the mediator's
//! "no conflict". Its forms post to the grievance page with ops named `m-…`.

use leptos::prelude::*;

use crate::forms::{AreaField, CheckField, FormData, OpForm, Refusal, RefusalAt};
use crate::i18n::t;
use kenes_core::mediation::terms::{Decision, Party, FEEDBACK_QUESTIONS};

/// The mediation steps this panel's forms post to the grievance page.
#[cfg(feature = "ssr")]
pub const OPS: &[&str] = <server::Op as strum::VariantNames>::VARIANTS;

#[derive(Debug, Clone, Default)]
pub struct Panel {
    /// The viewer may ask for mediation.
    pub can_request: bool,
    /// The room, for anyone, when both parties let the public follow it.
    pub watch: Option<String>,
    pub request: Option<Request>,
    /// The mediation ended and the reader's party has not yet said how it went.
    pub feedback_due: bool,
}

#[derive(Debug, Clone, Default)]
pub struct Request {
    pub active: bool,
    /// The room's address, for its participants once the mediation runs.
    pub room: Option<String>,
    /// The viewer's party currently lets the public follow the room.
    pub allows_observers: Option<bool>,
    pub hope: String,
    /// (party, its answer: consent / decline / none yet).
    pub answers: Vec<(Party, Option<Decision>)>,
    pub mediator: Option<String>,
    /// The viewer's party, if they still have to answer.
    pub may_decide: bool,
    pub may_object: bool,
    pub may_confirm: bool,
    /// Ranked mediators, for the coordinator: (user id, name, specialised, speaks).
    pub candidates: Vec<(i64, String, bool, bool)>,
}

/// One form of the panel: the op, its fields (shown by the caller) and a submit button.
#[component]
fn PanelForm(
    op: &'static str,
    key: Option<String>,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    view! {
        <OpForm op id=format!("{op}-form") key>
            {children.map(|c| c())}
            <button type="submit">{t(&format!("g-op-{op}"))}</button>
        </OpForm>
    }
}

#[component]
pub fn MediationPanel(
    panel: Panel,
    key: Option<String>,
    error: Option<Refusal>,
    /// The form posted, so that a refused one shows what was typed.
    form: FormData,
) -> impl IntoView {
    let feedback = panel.feedback_due.then(|| {
        let error = error.clone().filter(|r| r.op == "m-feedback");
        let typed = if form.get("op") == "m-feedback" {
            form.clone()
        } else {
            FormData::default()
        };
        view! { <FeedbackForm key=key.clone() error typed /> }
    });
    if !panel.can_request && panel.request.is_none() {
        if feedback.is_some() {
            return feedback.into_any();
        }
        return panel
            .watch
            .map(|href| {
                view! { <p><a class="button secondary" href=href>{t("m-watch")}</a></p> }.into_any()
            })
            .unwrap_or_else(|| ().into_any());
    }
    // A step's own field shows its problem; the rest show at the top of the page.
    let by_field = error.filter(Refusal::names_a_field);
    let err = |op: &str| by_field.of_form(op);
    let typed = |op: &str, name: &str| form.typed(op, name);
    let (hope, decline, objection) = (
        typed("m-request", "hope"),
        typed("m-decline", "reason"),
        typed("m-object", "objection"),
    );
    // Form children are built later, so each gets its message now.
    let (e_request, e_decline, e_object, e_propose, e_confirm) = (
        err("m-request"),
        err("m-decline"),
        err("m-object"),
        err("m-propose"),
        err("m-confirm"),
    );
    view! {
        <section class="mediation stack" aria-labelledby="mediation-title">
            <h2 id="mediation-title">{t("m-title")}</h2>
            {feedback}
            {panel.can_request.then(|| view! {
                <p>{t("m-lead")}</p>
                <PanelForm op="m-request" key=key.clone()>
                    <AreaField name="hope" id="m-request-hope" label=t("g-m-request-hope") maxlength="2000" value=hope.clone() error=e_request.clone() />
                    <CheckField name="public_mediator" label=t("m-public-mediator") />
                </PanelForm>
            })}
            {panel.request.map(|r| view! {
                <p class="notice">{if r.active { t("m-active") } else { t("m-requested") }}</p>
                {r.room.clone().map(|href| view! { <p><a class="button" href=href>{t("room-open")}</a></p> })}
                {r.allows_observers.map(|on| view! {
                    <OpForm op="m-observers" key=key.clone() hidden=vec![("allow", if on { "no" } else { "yes" }.into())]>
                        <p class="muted">{if on { t("m-observers-on") } else { t("m-observers-off") }}</p>
                        <button type="submit" class="secondary">{if on { t("m-observers-stop") } else { t("m-observers-allow") }}</button>
                    </OpForm>
                })}
                <p class="grievance-text">{r.hope.clone()}</p>
                <dl class="facts">
                    {r.answers.iter().map(|(party, answer)| view! {
                        <dt>{t(&format!("m-party-{party}"))}</dt>
                        <dd>{t(&format!("m-answer-{}", answer.map_or("none", Decision::as_str)))}</dd>
                    }).collect_view()}
                    <dt>{t("m-mediator")}</dt>
                    <dd>{r.mediator.clone().unwrap_or_else(|| t("m-mediator-none"))}</dd>
                </dl>
                {r.may_decide.then(|| view! {
                    <div class="row">
                        <PanelForm op="m-consent" key=key.clone() />
                    </div>
                    <PanelForm op="m-decline" key=key.clone()>
                        <AreaField name="reason" id="m-decline-reason" label=t("g-m-decline-reason") maxlength="2000" value=decline.clone() error=e_decline.clone() />
                    </PanelForm>
                })}
                {r.may_object.then(|| view! {
                    <PanelForm op="m-object" key=key.clone()>
                        <AreaField name="objection" id="m-object-objection" label=t("g-m-object-objection") maxlength="2000" value=objection.clone() error=e_object.clone() />
                    </PanelForm>
                })}
                {(!r.candidates.is_empty()).then(|| view! {
                    <h3>{t("m-candidates")}</h3>
                    <ol class="candidates">
                        {r.candidates.iter().map(|(id, name, specialised, speaks)| view! {
                            <li>
                                <OpForm op="m-propose" class="inline">
                                    <input type="hidden" name="mediator" value=id.to_string() />
                                    <span>{name.clone()}</span>
                                    {specialised.then(|| view! { " · " <span class="muted">{t("m-specialised")}</span> })}
                                    {speaks.then(|| view! { " · " <span class="muted">{t("m-speaks")}</span> })}
                                    " "
                                    <button type="submit" class="secondary">{t("g-op-m-propose")}</button>
                                </OpForm>
                            </li>
                        }).collect_view()}
                    </ol>
                    <p class="error" role="alert">{e_propose.clone()}</p>
                })}
                {r.may_confirm.then(|| view! {
                    <PanelForm op="m-confirm" key=None>
                        <label class="choice">
                            <input type="checkbox" name="no_conflict" value="yes" />
                            <span>{t("m-no-conflict")}</span>
                        </label>
                        <p class="error" role="alert">{e_confirm.clone()}</p>
                    </PanelForm>
                })}
            })}
        </section>
    }
    .into_any()
}

/// How the mediation went, for the reader's party: four marks of 1 to 5 and a comment for
/// the coordinators only.
#[component]
fn FeedbackForm(key: Option<String>, error: Option<Refusal>, typed: FormData) -> impl IntoView {
    let err = move |field: &str| error.at("m-feedback", field);
    view! {
        <section class="card stack" aria-labelledby="feedback-title">
            <h3 id="feedback-title">{t("fb-title")}</h3>
            <p class="hint">{t("fb-lead")}</p>
            <PanelForm op="m-feedback" key>
                {FEEDBACK_QUESTIONS.map(|q| {
                    let name = format!("q_{q}");
                    let error_id = format!("q_{q}-error");
                    let described = error_id.clone();
                    let chosen = typed.get(&name);
                    view! {
                        <fieldset class="field" aria-describedby=described>
                            <legend>{t(&format!("fb-{q}"))}</legend>
                            <div class="row">
                                {(1..=5).map(|n| view! {
                                    <label class="choice"><input type="radio" name=name.clone() value=n.to_string() checked=chosen == n.to_string() />" "{n}</label>
                                }).collect_view()}
                            </div>
                            <p id=error_id class="error" role="alert">{err(&format!("q_{q}"))}</p>
                        </fieldset>
                    }
                }).collect_view()}
                <AreaField name="comment" id="fb-comment" label=t("fb-comment") value=typed.get("comment") maxlength="2000" hint=Some(t("fb-comment-hint")) error=err("comment") />
            </PanelForm>
        </section>
    }
}

#[cfg(feature = "ssr")]
pub mod server {

    use kenes_core::actor::{Act, Actor};
    use kenes_core::audit::Client;
    use kenes_core::error::Error;
    use kenes_core::grievances::access::party_of;
    use kenes_core::grievances::terms::Status;
    use kenes_core::mail::Site;
    use kenes_core::mediation::terms::MediationStatus;
    use kenes_core::mediation::{feedback, request};
    use kenes_core::models::Grievance;
    use kenes_core::permissions::{allowed, Action};
    use kenes_core::{Db, DbError};

    use super::{Panel, Request};

    use crate::forms::field;

    crate::forms::form_ops! {
        /// The panel's ops (`m-…`, as they share the grievance page's form): asking for
        /// mediation, consent, choosing the mediator.
        pub enum Op {
            MRequest {
                #[serde(default)]
                hope: String,
                /// Only a mediator whose profile is in the public registry.
                #[serde(default, deserialize_with = "field::yes")]
                public_mediator: bool,
            },
            MConsent,
            MDecline {
                #[serde(default)]
                reason: String,
            },
            MObject {
                #[serde(default)]
                objection: String,
            },
            MPropose {
                #[serde(default, deserialize_with = "field::number")]
                mediator: i64,
            },
            MObservers {
                #[serde(default, deserialize_with = "field::yes")]
                allow: bool,
            },
            MConfirm {
                #[serde(default, deserialize_with = "field::yes")]
                no_conflict: bool,
            },
            MFeedback {
                #[serde(default, deserialize_with = "field::number")]
                q_neutral: i32,
                #[serde(default, deserialize_with = "field::number")]
                q_heard: i32,
                #[serde(default, deserialize_with = "field::number")]
                q_clear: i32,
                #[serde(default, deserialize_with = "field::number")]
                q_again: i32,
                #[serde(default)]
                comment: String,
            },
        }
    }

    pub fn perform(
        c: &mut Db,
        code: &str,
        act: Act,
        op: Op,
        client: &Client,
        site: &Site,
    ) -> Result<(), Error> {
        match op {
            Op::MRequest {
                hope,
                public_mediator,
            } => {
                let ask = request::Ask {
                    hope: &hope,
                    public_mediator,
                };
                request::request_as(c, code, act, &ask, client, site).map(|_| ())
            }
            Op::MConsent => request::decide(c, code, act, true, "", site),
            Op::MDecline { reason } => request::decide(c, code, act, false, &reason, site),
            Op::MObject { objection } => request::object(c, code, act, &objection).map(|_| ()),
            Op::MPropose { mediator } => request::propose(c, code, act, mediator, site),
            Op::MObservers { allow } => {
                request::allow_observers(c, code, act.actor, allow).map(|_| ())
            }
            Op::MConfirm { no_conflict } => {
                request::confirm(c, code, act, no_conflict, client, site)
            }
            Op::MFeedback {
                q_neutral,
                q_heard,
                q_clear,
                q_again,
                comment,
            } => {
                let answers = feedback::Answers {
                    neutral: q_neutral,
                    heard: q_heard,
                    clear: q_clear,
                    again: q_again,
                    comment,
                };
                feedback::give(c, code, act, &answers)
            }
        }
    }

    fn name(c: &mut Db, user: i64) -> Result<Option<String>, DbError> {
        kenes_core::accounts::display_name(c, user)
    }

    pub fn load(
        c: &mut Db,
        g: &Grievance,
        actor: Option<&Actor>,
        today: chrono::NaiveDate,
    ) -> Result<Panel, Error> {
        let watch = match kenes_core::mediation::room::open(c, &g.tracking_code) {
            Ok(r)
                if r.mediation.status == MediationStatus::Active
                    && kenes_core::mediation::room::observers_allowed(c, &r)? =>
            {
                Some(format!("/room/{}", g.tracking_code))
            }
            _ => None,
        };
        let Some(a) = actor else {
            return Ok(Panel {
                watch,
                ..Default::default()
            });
        };
        let feedback_due = feedback::due(c, g, a)?.is_some();
        let party = party_of(a, g);
        let coordinator = allowed(
            &a.grants,
            Action::Coordinate(kenes_core::grievances::access::place(g)),
        );
        let current = request::current(c, g.id)?;
        let status = g.status;
        let can_request = current.is_none()
            && (party.is_some() || coordinator)
            && status.next().contains(&Status::InMediation);
        let is_mediator = |m: &request::Mediation| m.mediator_user_id == a.account();
        let request = match current {
            Some((m, answers)) if party.is_some() || coordinator || is_mediator(&m) => {
                let requested = m.status == MediationStatus::Requested;
                let mine = party.and_then(|p| answers.iter().find(|x| x.party == p));
                let candidates = if coordinator && requested && m.mediator_user_id.is_none() {
                    request::candidates(c, &g.tracking_code, today)?
                        .into_iter()
                        .map(|x| (x.user_id, x.name, x.specialised, x.speaks))
                        .collect()
                } else {
                    vec![]
                };
                let mediator = match m.mediator_user_id {
                    Some(id) => name(c, id)?,
                    None => None,
                };
                let participant = party.is_some() || is_mediator(&m);
                let allows_observers = mine
                    .filter(|_| m.status == MediationStatus::Active)
                    .map(|x| x.allow_observers);
                Some(Request {
                    allows_observers,
                    room: (m.status == MediationStatus::Active && participant)
                        .then(|| format!("/room/{}", g.tracking_code)),
                    active: m.status == MediationStatus::Active,
                    may_decide: requested && mine.is_some_and(|x| x.decision.is_none()),
                    may_object: requested
                        && m.mediator_user_id.is_some()
                        && mine.is_some_and(|x| x.objection.is_none()),
                    may_confirm: requested && is_mediator(&m),
                    hope: m.hope,
                    answers: answers.into_iter().map(|x| (x.party, x.decision)).collect(),
                    mediator,
                    candidates,
                })
            }
            _ => None,
        };
        Ok(Panel {
            can_request,
            watch,
            request,
            feedback_due,
        })
    }
}
