//! The deliberation part of a room: pinned interests, proposals with their marks, the
//! agreement and the parties' answers. Forms post to the room page.

use leptos::prelude::*;

use crate::forms::{
    translated, AreaField, CheckField, FormData, OpForm, Refusal, RefusalAt, SelectField,
};
use crate::i18n::t;
use crate::pages::mediation::commitments_panel::{CommitmentList, DraftRows, Item};
use kenes_core::mediation::terms::{AgreementStatus, Party, Seat};

/// The deliberation steps this panel's forms post to the room.
#[cfg(feature = "ssr")]
pub const OPS: &[&str] = <server::Op as strum::VariantNames>::VARIANTS;

#[derive(Debug, Clone, Default)]
pub struct Proposal {
    pub id: i64,
    pub author_role: Seat,
    pub text: String,
    pub counts: (i64, i64, i64),
    pub mine: Option<String>,
    pub reasons: Vec<(String, String)>,
}

#[derive(Debug, Clone)]
pub struct Agreement {
    pub text: String,
    pub commitments: Vec<Item>,
    pub status: AgreementStatus,
    /// (party, accepted, publish).
    pub answers: Vec<(Party, bool, bool)>,
}

#[derive(Debug, Clone, Default)]
pub struct Deliberation {
    pub seat: Seat,
    pub active: bool,
    pub interests: Vec<(Party, String)>,
    pub proposals: Vec<Proposal>,
    pub agreement: Option<Agreement>,
    /// The reader's party has not yet answered the agreement under discussion.
    pub may_respond: bool,
}

#[component]
pub fn DeliberationPanel(d: Deliberation, error: Option<Refusal>, form: FormData) -> impl IntoView {
    // The forms' fields are drawn by `move` closures: they take the refusal by reference.
    let error = &error;
    let err = |op: &str| error.of_form(op);
    let typed = |op: &str, name: &str| form.typed(op, name);
    let draft_form = if form.get("op") == "draft" {
        form.clone()
    } else {
        FormData::default()
    };
    let mediator = d.seat == Seat::Mediator;
    let writer = d.active;
    // The mediator's draft starts from what everyone agreed to.
    let agreed: Vec<String> = d
        .proposals
        .iter()
        .filter(|p| p.counts.0 > 0 && p.counts.1 == 0)
        .map(|p| p.text.clone())
        .collect();
    let draft = if form.get("op") == "draft" {
        form.get("agreement")
    } else {
        agreed.join("\n")
    };
    let head = view! {
        <h2 id="deliberation-title">{t("d-title")}</h2>
            <h3>{t("d-interests")}</h3>
            {if d.interests.is_empty() {
                view! { <p class="muted">{t("d-interests-none")}</p> }.into_any()
            } else {
                view! { <dl class="facts">{d.interests.iter().map(|(party, summary)| view! {
                    <dt>{t(&format!("m-party-{party}"))}</dt><dd class="grievance-text">{summary.clone()}</dd>
                }).collect_view()}</dl> }.into_any()
            }}
            {(mediator && writer).then(|| view! {
                <OpForm op="interests" id="interests-form">
                    <SelectField name="party" label=t("d-party") options=translated(Party::ALL, "m-party-")
                        selected=typed("interests", "party") error=error.at("interests", "party") />
                    <AreaField name="summary" label=t("d-summary") value=typed("interests", "summary")
                        error=error.besides("interests", &["party"]) />
                    <button type="submit" class="secondary">{t("d-pin")}</button>
                </OpForm>
            })}
    }
    .into_any();
    let middle = view! {
            <h3>{t("d-proposals")}</h3>
            {d.proposals.is_empty().then(|| view! { <p class="muted">{t("d-proposals-none")}</p> })}
            <ol class="proposals">
                {d.proposals.iter().map(|p| {
                    let id = p.id;
                    // A refused mark stands by its proposal, as it was given.
                    let refused = typed("vote", "proposal") == id.to_string();
                    let chosen = if refused { Some(typed("vote", "vote")) } else { p.mine.clone() };
                    let reason = if refused { typed("vote", "reason") } else { String::new() };
                    let vote_error = refused.then(|| err("vote")).flatten();
                    view! {
                        <li id=format!("p{id}") class="card">
                            <p class="grievance-text">{p.text.clone()}</p>
                            <p class="muted">{t(&format!("actor-{}", p.author_role))}" · "
                                {format!("{} {} · {} {} · {} {}", t("d-agree"), p.counts.0, t("d-disagree"), p.counts.1, t("d-pass"), p.counts.2)}</p>
                            {(!p.reasons.is_empty()).then(|| view! {
                                <ul>{p.reasons.iter().map(|(mark, reason)| view! {
                                    <li>{t(&format!("d-{mark}"))}": "{reason.clone()}</li>
                                }).collect_view()}</ul>
                            })}
                            {writer.then(|| view! {
                                <OpForm op="vote" id=format!("vote-{id}-form")>
                                    <input type="hidden" name="proposal" value=id.to_string() />
                                    <fieldset class="field" aria-describedby=format!("vote-{id}-error")>
                                        <legend>{t("d-your-mark")}</legend>
                                        <div class="row">
                                            {["agree", "disagree", "pass"].map(|m| view! {
                                                <label class="choice"><input type="radio" name="vote" value=m checked=chosen.as_deref() == Some(m) />" "{t(&format!("d-{m}"))}</label>
                                            }).collect_view()}
                                        </div>
                                        <p id=format!("vote-{id}-error") class="error" role="alert">{vote_error}</p>
                                    </fieldset>
                                    <div class="field">
                                        <label for=format!("vote-reason-{id}")>{t("d-reason-optional")}</label>
                                        <input id=format!("vote-reason-{id}") name="reason" value=reason />
                                    </div>
                                    <button type="submit" class="secondary">{t("d-mark")}</button>
                                </OpForm>
                            })}
                        </li>
                    }
                }).collect_view()}
            </ol>
            {writer.then(|| view! {
                <OpForm op="propose" submit="d-table" id="propose-form">
                    <AreaField name="proposal" label=t("d-new-proposal") value=typed("propose", "proposal") error=err("propose") />
                </OpForm>
            })}
    }
    .into_any();
    let tail = view! {
            <h3>{t("d-agreement")}</h3>
            {match d.agreement.clone() {
                Some(Agreement { text, commitments, status, answers }) => view! {
                    <div class="card">
                        <p class="grievance-text">{text}</p>
                        <CommitmentList items=commitments />
                        <p class="muted">{t(&format!("d-agreement-{status}"))}</p>
                        <ul>{answers.into_iter().map(|(party, accepted, publish)| view! {
                            <li>{t(&format!("m-party-{party}"))}": "{if accepted { t("d-accepted") } else { t("d-rejected") }}
                                {publish.then(|| format!(" · {}", t("d-publish-yes")))}</li>
                        }).collect_view()}</ul>
                    </div>
                }.into_any(),
                None => view! { <p class="muted">{t("d-agreement-none")}</p> }.into_any(),
            }}
            {(d.may_respond && writer).then(|| view! {
                <OpForm op="respond" submit="d-answer" id="respond-form">
                    <fieldset class="field" aria-describedby="respond-error">
                        <legend>{t("d-your-answer")}</legend>
                        {[("yes", "d-accept"), ("no", "d-reject")].map(|(value, label)| view! {
                            <label class="choice"><input type="radio" name="accept" value=value checked=typed("respond", "accept") == value />" "{t(label)}</label>
                        }).collect_view()}
                        <p id="respond-error" class="error" role="alert">{error.besides("respond", &["reason"])}</p>
                    </fieldset>
                    <CheckField name="publish" label=t("d-publish") checked=typed("respond", "publish") == "yes" />
                    <AreaField name="answer_reason" label=t("d-reject-reason") value=typed("respond", "answer_reason")
                        error=error.at("respond", "reason") />
                </OpForm>
            })}
            {(mediator && writer).then(|| view! {
                <OpForm op="draft" submit="d-draft-submit" id="draft-form">
                    <AreaField name="agreement" label=t("d-draft") error=error.at("draft", "agreement") value=draft />
                    <DraftRows form=draft_form error=error.clone() />
                </OpForm>
                <OpForm op="end">
                    <AreaField name="end_reason" label=t("d-end-reason") value=typed("end", "end_reason") error=err("end") />
                    <button type="submit" class="danger">{t("d-end")}</button>
                </OpForm>
            })}
    }
    .into_any();
    view! {
        <section class="deliberation stack" aria-labelledby="deliberation-title">
            {head}
            {middle}
            {tail}
        </section>
    }
    .into_any()
}

#[cfg(feature = "ssr")]
pub mod server {
    use kenes_core::actor::Act;
    use kenes_core::audit::Client;
    use kenes_core::error::Error;
    use kenes_core::mail::Site;
    use kenes_core::mediation::commitments;
    use kenes_core::mediation::deliberation::{self, Answer};
    use kenes_core::mediation::room::Room;
    use kenes_core::mediation::terms::MediationStatus;
    use kenes_core::{Db, DbError};

    use super::{Agreement, Deliberation, Proposal, Seat};
    use crate::forms::field;
    use crate::pages::mediation::commitments_panel;

    crate::forms::form_ops! {
        /// The ops of the deliberation: interests, proposals and votes, the agreement.
        pub enum Op {
            Interests {
                #[serde(default)]
                party: String,
                #[serde(default)]
                summary: String,
            },
            Propose {
                #[serde(default)]
                proposal: String,
            },
            Vote {
                #[serde(default, deserialize_with = "field::number")]
                proposal: i64,
                #[serde(default)]
                vote: String,
                #[serde(default)]
                reason: String,
            },
            Draft {
                #[serde(default)]
                agreement: String,
                /// The commitment rows (`c1_party`, `c1_what`, …).
                #[serde(flatten)]
                rows: std::collections::HashMap<String, String>,
            },
            Respond {
                /// `yes` or `no`; anything else is no answer yet.
                #[serde(default)]
                accept: String,
                #[serde(default, deserialize_with = "field::yes")]
                publish: bool,
                #[serde(default)]
                answer_reason: String,
            },
            End {
                #[serde(default)]
                end_reason: String,
            },
        }
    }

    pub fn perform(c: &mut Db, code: &str, act: Act, op: Op, site: &Site) -> Result<(), Error> {
        match op {
            Op::Interests { party, summary } => {
                deliberation::pin_interests(c, code, act, &party, &summary)
            }
            Op::Propose { proposal } => {
                deliberation::table_proposal(c, code, act, &proposal).map(|_| ())
            }
            Op::Vote {
                proposal,
                vote,
                reason,
            } => deliberation::vote(c, code, act, proposal, &vote, &reason),
            Op::Draft { agreement, rows } => {
                let promised = commitments_panel::server::drafts(&rows);
                deliberation::draft_agreement(c, code, act, &agreement, &promised, site).map(|_| ())
            }
            Op::Respond {
                accept,
                publish,
                answer_reason,
            } => {
                if !matches!(accept.as_str(), "yes" | "no") {
                    deliberation::may_respond(c, code, act.actor)?;
                    return Err(Error::invalid("accept", "choose"));
                }
                let answer = Answer {
                    accept: accept == "yes",
                    publish,
                    reason: answer_reason,
                };
                let client = Client::default();
                deliberation::respond(c, code, act, &answer, &client, site).map(|_| ())
            }
            Op::End { end_reason } => {
                deliberation::end_without_agreement(c, code, act, &end_reason, site)
            }
        }
    }

    pub fn load(
        c: &mut Db,
        room: &Room,
        seat: Seat,
        reader: Option<i64>,
    ) -> Result<Deliberation, DbError> {
        let agreement = deliberation::agreement(c, room)?;
        let may_respond = agreement
            .as_ref()
            .zip(seat.party())
            .is_some_and(|(a, party)| a.awaits_answer(party));
        Ok(Deliberation {
            seat,
            active: room.mediation.status == MediationStatus::Active && seat != Seat::Observer,
            interests: deliberation::interests(c, room)?,
            proposals: deliberation::proposals(c, room, reader)?
                .into_iter()
                .map(|p| Proposal {
                    id: p.id,
                    author_role: p.author_role,
                    text: p.text,
                    counts: (p.agree, p.disagree, p.pass),
                    mine: p.mine,
                    reasons: p.reasons,
                })
                .collect(),
            agreement: match agreement {
                Some(a) => Some(Agreement {
                    commitments: commitments_panel::server::items(
                        commitments::of_agreement(c, a.id)?,
                        None,
                    ),
                    text: a.text,
                    status: a.status,
                    answers: a.answers,
                }),
                None => None,
            },
            may_respond,
        })
    }
}
