//! A public dialogue (`/dialogues/{id}`): its question and background, who takes part by
//! kind, one statement at a time to vote on (a plain form each), the participant's own
//! statements, the facilitator's seeds and the held statements to show or hide, and the
//! opinion map.

use crate::components::notice::ErrorNotice;
use crate::components::text::{Day, PageTitle};
use leptos::prelude::*;

use super::opinion_map::{MapView, OpinionMap};
use crate::components::discussion::{
    use_focus, Discussion, DiscussionControls, DiscussionLog, DiscussionThread, Focus,
};
use crate::components::loaded::Loaded;
use crate::components::table::ColumnHeads;
use crate::forms::{
    on_server, use_form, AreaField, CheckField, Field, FormData, LanguageField, OpButton, OpForm,
    Refusal, RefusalAt, SelectField,
};
use crate::i18n::{t, t_args, use_locale};
use crate::islands::{RoomLive, VoteLive};
use kenes_core::dialogues::Phase;

/// The steps this page's forms post.
/// (The discussion's own, `components::discussion::OPS`, come on top.)
#[cfg(feature = "ssr")]
pub const OPS: &[&str] = <server::Op as strum::VariantNames>::VARIANTS;

/// The published report, its deadline and the bodies' answers.
#[derive(Debug, Clone, Default)]
struct ReportView {
    recommendations: Vec<String>,
    common_ground: Vec<String>,
    /// Per group: its size and what set it apart (text, agrees).
    groups: Vec<(usize, Vec<(String, bool)>)>,
    due: String,
    /// (body's name, one answer a recommendation).
    answers: Vec<(String, Vec<String>)>,
    /// Bodies that have not answered yet.
    waiting: Vec<String>,
    /// When a body let the deadline pass: the day it went up, and to which level.
    escalated: Option<(String, String)>,
}

#[derive(Debug, Clone, Default)]
struct Statement {
    id: i64,
    body: String,
    lang: String,
    agree: u32,
    disagree: u32,
    pass: u32,
    /// The reader's own vote: agree, disagree or pass.
    mine: Option<&'static str>,
    /// The author's stakeholder label (aksakal, association, …); none for citizens.
    label: Option<&'static str>,
}

/// A statement's words, with its author's stakeholder label if they have one.
fn words(s: &Statement) -> impl IntoView {
    let label = s.label.map(|k| {
        view! { " "<span class="badge" lang=use_locale().code()>{t(&format!("dialogue-label-{k}"))}</span> }
    });
    view! { {s.body.clone()}{label} }
}

#[derive(Debug, Clone, Default)]
struct DialoguePage {
    found: bool,
    id: i64,
    question: String,
    background: String,
    place: String,
    opens_on: String,
    closes_on: String,
    /// proposed, upcoming, open or closed.
    phase: Phase,
    bodies: Vec<String>,
    /// (kind, number of participants).
    kinds: Vec<(String, i64)>,
    signed_in: bool,
    taking_part: bool,
    residents_only: bool,
    may_seed: bool,
    /// The labels the facilitator may give (for the facilitator only).
    label_kinds: Vec<&'static str>,
    may_moderate: bool,
    may_approve: bool,
    next: Option<Statement>,
    statements: Vec<Statement>,
    held: Vec<Statement>,
    map: MapView,
    report: Option<ReportView>,
    may_publish: bool,
    /// (code, name) of the bodies the reader answers for and that have not answered.
    to_answer: Vec<(String, String)>,
    discussion: Discussion,
    form: FormData,
    error: Option<Refusal>,
}

impl DialoguePage {
    /// The message for one of the page's own fields (the discussion's forms name their op).
    fn field(&self, name: &str) -> Option<String> {
        self.error.at("", name)
    }
}

#[component]
pub fn DialoguePageView() -> impl IntoView {
    let id = crate::address::path_id("id");
    let focus = use_focus();
    let page = on_server!(DialoguePage, server::load(id, use_form()));
    view! { <Loaded page render=move |p| body(p, focus) /> }
}

fn body(p: DialoguePage, focus: Focus) -> AnyView {
    if !p.found {
        return crate::pages::not_found::NotFound().into_any();
    }
    let page_error = p
        .error
        .at("", "")
        .map(|e| view! { <ErrorNotice message=e /> });
    view! {
        <PageTitle text=p.question.clone() />
        <section class="narrow stack">
            <p class="muted"><a href="/dialogues">{t("dialogues-title")}</a></p>
            <h1>{p.question.clone()}</h1>
            {page_error}
            {about(&p)}
            {report(&p)}
            {taking_part(&p)}
            {facilitation(&p)}
            <OpinionMap map=p.map.clone() />
            {statements(&p)}
            {discussion(&p, focus)}
        </section>
    }
    .into_any()
}

fn about(p: &DialoguePage) -> impl IntoView {
    let kinds = p
        .kinds
        .iter()
        .map(|(kind, n)| format!("{}: {n}", t(&format!("dialogue-kind-{kind}"))))
        .collect::<Vec<_>>()
        .join(" · ");
    let approve = p.may_approve.then(|| {
        view! { <OpButton op="approve" label=t("dialogue-approve") /> }
    });
    view! {
        <p><strong>{t(&format!("dialogue-phase-{}", p.phase))}</strong>" · "{p.place.clone()}" · "
            <Day iso=p.opens_on.clone() />" – "<Day iso=p.closes_on.clone() /></p>
        {approve}
        <p class="grievance-text">{p.background.clone()}</p>
        <p>{t("dialogue-bodies")}": "{p.bodies.join(", ")}</p>
        <p class="muted">{t("dialogue-taking-part")}": "
            {if kinds.is_empty() { t("dialogue-nobody-yet") } else { kinds }}</p>
    }
}

/// Joining, the next statement to vote on, and a statement of one's own.
fn taking_part(p: &DialoguePage) -> AnyView {
    if p.phase != Phase::Open {
        return ().into_any();
    }
    if !p.signed_in {
        let next = format!("/signin?next=/dialogues/{}", p.id);
        return view! { <p><a href=next>{t("dialogue-sign-in")}</a></p> }.into_any();
    }
    if !p.taking_part {
        return view! {
            <OpForm op="join" submit="dialogue-join" class="stack card">
                {p.residents_only.then(|| view! {
                    <CheckField name="resident" label=t_args("dialogue-resident", &[("place", p.place.as_str().into())]) />
                })}
                <p class="error" role="alert">{p.field("resident")}</p>
            </OpForm>
        }
        .into_any();
    }
    let writing = p.form.get("op") == "write";
    let lang = if writing {
        p.form.get("lang")
    } else {
        use_locale().code().to_owned()
    };
    let typed = if writing {
        p.form.get("body")
    } else {
        String::new()
    };
    view! {
        <VoteLive />
        {vote_card(p.next.clone(), p.field("vote"))}
        <OpForm op="write" submit="dialogue-write-submit" class="stack card" id="write">
            <h2>{t("dialogue-write")}</h2>
            <AreaField name="body" label=t("dialogue-statement") value=typed
                maxlength="280" hint=Some(t("dialogue-statement-hint")) error=p.field("body") />
            <LanguageField name="lang" label=t("file-lang") selected=lang />
        </OpForm>
    }
    .into_any()
}

fn vote_card(next: Option<Statement>, error: Option<String>) -> AnyView {
    let Some(s) = next else {
        return view! { <p class="notice" role="status" id="next">{t("dialogue-all-voted")}</p> }
            .into_any();
    };
    view! {
        <OpForm op="vote" class="stack card" id="next">
            <h2>{t("dialogue-next")}</h2>
            <input type="hidden" name="statement" value=s.id.to_string() />
            <blockquote lang=s.lang.clone() class="grievance-text">{words(&s)}</blockquote>
            <p class="error" role="alert">{error}</p>
            <p class="row">
                <button type="submit" name="vote" value="agree">{t("dialogue-agree")}</button>
                <button type="submit" name="vote" value="disagree">{t("dialogue-disagree")}</button>
                <button type="submit" name="vote" value="pass" class="secondary">{t("dialogue-pass")}</button>
            </p>
        </OpForm>
    }
    .into_any()
}

/// The report with the bodies' answers, the facilitator's form to publish it, and the
/// answer form of the reader's bodies.
fn report(p: &DialoguePage) -> AnyView {
    let publish = p.may_publish.then(|| view! {
        <OpForm op="publish" submit="dialogue-report-publish" class="stack card" id="report">
            <h2>{t("dialogue-report-publish")}</h2>
            <AreaField name="recommendations" label=t("dialogue-recommendations") value=p.form.get("recommendations")
                rows="6" hint=Some(t("dialogue-recommendations-hint")) error=p.field("recommendations") />
        </OpForm>
    });
    let Some(r) = p.report.clone() else {
        return view! { {publish} }.into_any();
    };
    let recommendations = &r.recommendations;
    let answer_forms = p
        .to_answer
        .iter()
        .cloned()
        .map(|(code, name)| {
            let error = p.field("answer");
            view! {
                <OpForm op="answer" submit="dialogue-answer-submit" class="stack card" id="answer">
                    <h3>{t_args("dialogue-answer-for", &[("body", name.as_str().into())])}</h3>
                    <input type="hidden" name="body" value=code />
                    {recommendations.iter().enumerate().map(|(i, rec)| {
                        let id = format!("point-{i}");
                        view! {
                            <div class="field">
                                <label for=id.clone()>{format!("{}. {rec}", i + 1)}</label>
                                <textarea id=id name="point" rows="3" maxlength="1000"></textarea>
                            </div>
                        }
                    }).collect_view()}
                    <p class="error" role="alert">{error}</p>
                </OpForm>
            }
        })
        .collect_view();
    view! {
        <section class="stack card" aria-labelledby="report-title">
            <h2 id="report-title">{t("dialogue-report")}</h2>
            // A finding the map did not make (no common ground, no groups) has no heading.
            {(!r.common_ground.is_empty()).then(|| view! {
                <h3>{t("dialogue-common-ground")}</h3>
                <ul>{r.common_ground.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}</ul>
            })}
            {(!r.groups.is_empty()).then(|| view! {
                <h3>{t("dialogue-report-groups")}</h3>
                <ul>{r.groups.into_iter().enumerate().map(|(i, (size, apart))| view! {
                    <li>{t_args("dialogue-group-label", &[("name", ((b'A' + i as u8) as char).to_string().into()), ("size", (size as i64).into())])}
                        <ul>{apart.into_iter().map(|(text, agrees)| view! {
                            <li>{t(if agrees { "dialogue-agree" } else { "dialogue-disagree" })}": "{text}</li>
                        }).collect_view()}</ul>
                    </li>
                }).collect_view()}</ul>
            })}
            <h3>{t("dialogue-recommendations")}</h3>
            <ol>{r.recommendations.into_iter().map(|rec| view! { <li>{rec}</li> }).collect_view()}</ol>
            <p>{t("dialogue-answer-due")}" "<Day iso=r.due /></p>
            {r.answers.into_iter().map(|(body, points)| view! {
                <h3>{t_args("dialogue-answer-of", &[("body", body.as_str().into())])}</h3>
                <ol>{points.into_iter().map(|a| view! { <li>{a}</li> }).collect_view()}</ol>
            }).collect_view()}
            {(!r.waiting.is_empty()).then(|| view! {
                <p class="muted">{t("dialogue-answer-waiting")}": "{r.waiting.join(", ")}</p>
            })}
            {r.escalated.map(|(on, level)| view! {
                <p class="notice error-notice">{t_args("dialogue-escalated", &[
                    ("date", crate::i18n::day(&on).into()),
                    ("level", t(&format!("level-name-{level}")).to_lowercase().into()),
                ])}</p>
            })}
        </section>
        {answer_forms}
    }
    .into_any()
}

/// The facilitator's seed form and the held statements.
fn facilitation(p: &DialoguePage) -> AnyView {
    let seeded = if p.form.get("op") == "seed" {
        p.form.get("body")
    } else {
        String::new()
    };
    let seed = (p.may_seed && p.phase != Phase::Closed).then(|| {
        view! {
            <OpForm op="seed" submit="dialogue-seed-submit" class="stack card" id="seed">
                <h2>{t("dialogue-seed")}</h2>
                <AreaField name="body" id="seed-body" label=t("dialogue-statement") value=seeded
                    maxlength="280" error=p.field("seed") />
                <LanguageField name="lang" id="seed-lang" label=t("file-lang") selected=use_locale().code() />
            </OpForm>
        }
    });
    let held = (p.may_moderate && !p.held.is_empty()).then(|| {
        view! {
            <h2>{t("dialogue-held")}</h2>
            <ul class="stack">{p.held.iter().cloned().map(|s| {
                let hidden = vec![("statement", s.id.to_string())];
                view! {
                    <li class="card stack">
                        <blockquote lang=s.lang class="grievance-text">{s.body}</blockquote>
                        <OpButton op="show-statement" label=t("dialogue-show") hidden=hidden />
                        <OpForm op="hide-statement">
                            <input type="hidden" name="statement" value=s.id.to_string() />
                            <label for=format!("why-{}", s.id)>{t("room-reason")}</label>
                            <input id=format!("why-{}", s.id) name="reason" />
                            <button type="submit" class="secondary">{t("dialogue-hide")}</button>
                        </OpForm>
                    </li>
                }
            }).collect_view()}</ul>
        }
    });
    view! { {seed} {label_form(p)} {held} }.into_any()
}

/// The facilitator labels a participant as a stakeholder, by their e-mail address.
fn label_form(p: &DialoguePage) -> Option<impl IntoView> {
    let kinds = crate::forms::translated(p.label_kinds.iter().copied(), "dialogue-label-");
    p.may_seed.then(|| {
        view! {
            <OpForm op="label" submit="dialogue-label-submit" class="stack card" id="label">
                <h2>{t("dialogue-label-title")}</h2>
                <p class="muted">{t("dialogue-label-lead")}</p>
                <Field name="email" label=t("field-email") value=p.form.get("email")
                    kind="email" error=p.field("label_email") />
                <SelectField name="kind" label=t("dialogue-label-kind") options=kinds
                    blank=Some(t("dialogue-choose")) selected=p.form.get("kind") error=p.field("label_kind") />
            </OpForm>
        }
    })
}

/// The threaded discussion beside the statements, live where JavaScript runs.
fn discussion(p: &DialoguePage, focus: Focus) -> AnyView {
    let d = p.discussion.clone();
    let invite = (p.phase == Phase::Open && !d.can_write && p.signed_in)
        .then(|| view! { <p class="muted">{t("dialogue-discussion-join")}</p> });
    view! {
        <section aria-labelledby="discussion-title" class="stack">
            <h2 id="discussion-title">{t("dialogue-discussion")}</h2>
            <RoomLive events=format!("/dialogues/{}/events", p.id) />
            <DiscussionThread d=d.clone() focus error=p.error.clone() form=p.form.clone() />
            {invite}
            <DiscussionControls d=d.clone() error=p.error.clone() />
            <DiscussionLog log=d.log />
        </section>
    }
    .into_any()
}

fn statements(p: &DialoguePage) -> impl IntoView {
    view! {
        <section aria-labelledby="statements-title" id="statements">
            <h2 id="statements-title">{t("dialogue-statements")}</h2>
            <p class="muted">{t("dialogue-download")}" "
                <a href=format!("/dialogues/{}/votes.csv", p.id) download>"CSV"</a>" · "
                <a href=format!("/dialogues/{}/votes.json", p.id) download>"JSON"</a></p>
            <div class="table-scroll" tabindex="0" role="region" aria-label=t("dialogue-statements")>
            // Each count names its column: on a phone the rows become cards.
            <table class="map-table phone-cards">
                <caption class="visually-hidden">{t("dialogue-statements")}</caption>
                <ColumnHeads keys=&["dialogue-statement", "dialogue-agree", "dialogue-disagree", "dialogue-pass", "dialogue-your-vote"] />
                <tbody>{p.statements.iter().map(|s| view! {
                    <tr>
                        <td lang=s.lang.clone()>{words(s)}</td>
                        <td data-label=t("dialogue-agree")>{s.agree}</td>
                        <td data-label=t("dialogue-disagree")>{s.disagree}</td>
                        <td data-label=t("dialogue-pass")>{s.pass}</td>
                        // Labelled only when there is a vote to show: a card shows no empty line.
                        <td data-label=s.mine.map(|_| t("dialogue-your-vote"))>
                            {s.mine.map(|v| t(&format!("dialogue-{v}")))}
                        </td>
                    </tr>
                }).collect_view()}</tbody>
            </table>
            </div>
        </section>
    }
}

#[cfg(feature = "ssr")]
mod server {
    use chrono::Utc;
    use kenes_core::actor::Actor;
    use kenes_core::db::interact;
    use kenes_core::dialogues::statements::{self, StatementState};
    use kenes_core::dialogues::votes::{self, Vote};
    use kenes_core::dialogues::{self, map, opening, report, Dialogue, ParticipantKind};
    use kenes_core::error::Error;
    use std::collections::HashMap;

    use super::{DialoguePage, Phase, ReportView, Statement};
    use crate::auth::use_user;
    use crate::components::discussion::{server as discussion, Discussion};
    use crate::forms::{field, redirect, FormData, Refusal};
    use crate::i18n::{t, use_locale};
    use crate::pages::dialogues::opinion_map::{GroupView, MapView};
    use crate::state::app_state;
    use kenes_core::dialogues::discussion as talk;
    use kenes_core::discussion::Venue;

    crate::forms::form_ops! {
        /// Taking part, voting, writing; the facilitator's seeds and moderation; approval.
        pub(super) enum Op {
            Join {
                #[serde(default, deserialize_with = "field::yes")]
                resident: bool,
            },
            Vote {
                #[serde(default, deserialize_with = "field::number")]
                statement: i64,
                #[serde(default)]
                vote: String,
            },
            Write {
                #[serde(default)]
                body: String,
                #[serde(default)]
                lang: String,
            },
            Seed {
                #[serde(default)]
                body: String,
                #[serde(default)]
                lang: String,
            },
            ShowStatement {
                #[serde(default, deserialize_with = "field::number")]
                statement: i64,
            },
            HideStatement {
                #[serde(default, deserialize_with = "field::number")]
                statement: i64,
                #[serde(default)]
                reason: String,
            },
            Approve,
            Label {
                #[serde(default)]
                email: String,
                #[serde(default)]
                kind: String,
            },
            Publish {
                #[serde(default)]
                recommendations: String,
            },
            Answer {
                #[serde(default)]
                body: String,
            },
        }
    }

    /// Everything that may be posted to a dialogue page: its own steps and its discussion's.
    #[derive(serde::Deserialize)]
    #[serde(untagged)]
    enum DialogueOp {
        Dialogue(Op),
        Discussion(discussion::Op),
    }

    /// Where the page goes after the report or an answer.
    const REPORT: &str = "#report-title";

    /// A discussion step; a refused one names the form that shows why.
    fn discuss(
        c: &mut kenes_core::Db,
        actor: &Actor,
        id: i64,
        op: discussion::Op,
        name: &str,
    ) -> Result<String, Refused> {
        let act = actor.at(Utc::now().naive_utc());
        discussion::perform(c, act, discussion::Place::Dialogue(id), op)
            .map(|m| {
                m.map(|m| format!("#m{m}"))
                    .unwrap_or_else(|| "#discussion-title".into())
            })
            .map_err(|e| match e {
                Error::Invalid(errors) => {
                    let form = discussion::form_of(name).unwrap_or_default();
                    Refused::Shown(form, errors[0].field, errors[0].code)
                }
                other => Refused::Step(other),
            })
    }

    /// Why a step was refused: a domain error, or a discussion form's field error (the form,
    /// the field and the rooms' error code).
    enum Refused {
        Step(Error),
        Shown(&'static str, &'static str, &'static str),
    }

    fn perform(
        c: &mut kenes_core::Db,
        actor: &Actor,
        id: i64,
        op: Op,
        form: &FormData,
        site: &kenes_core::mail::Site,
    ) -> Result<&'static str, Error> {
        let act = actor.at(Utc::now().naive_utc());
        match op {
            Op::Join { resident } => dialogues::join(c, id, act, resident).map(|_| "#next"),
            Op::Vote { statement, vote } => {
                let vote = Vote::parse(&vote).ok_or(Error::invalid("vote", "choose"))?;
                votes::cast(c, act, statement, vote).map(|_| "#next")
            }
            Op::Write { body, lang } => {
                statements::write(c, act, id, &body, &lang).map(|_| "#write")
            }
            Op::Seed { body, lang } => statements::seed(c, act, id, &body, &lang)
                .map(|_| "#seed")
                .map_err(|e| match e {
                    // The seed form shows its own message by its field.
                    Error::Invalid(mut errors) => {
                        errors.iter_mut().for_each(|f| f.field = "seed");
                        Error::Invalid(errors)
                    }
                    other => other,
                }),
            Op::ShowStatement { statement } => {
                statements::moderate(c, actor, statement, true, "shown").map(|_| "")
            }
            Op::HideStatement { statement, reason } => {
                statements::moderate(c, actor, statement, false, &reason).map(|_| "")
            }
            Op::Label { email, kind } => {
                dialogues::label(c, actor, id, &email, &kind).map(|_| "#label")
            }
            Op::Approve => opening::approve(c, act, id, site).map(|_| ""),
            Op::Publish { recommendations } => {
                report::publish(c, act, id, &recommendations, site).map(|_| REPORT)
            }
            Op::Answer { body } => {
                // One answer a recommendation, in the order of the form's fields.
                let points: Vec<String> = form
                    .0
                    .iter()
                    .filter(|(name, _)| name == "point")
                    .map(|(_, value)| value.clone())
                    .collect();
                report::answer(c, act, id, &body, &points, site).map(|_| REPORT)
            }
        }
    }

    /// The shown statements with their tallies and the reader's own votes (a statement
    /// hidden since the map was drawn is left out).
    fn statement_views(
        shown: Vec<Option<statements::Statement>>,
        tallies: &[map::Tally],
        mine: &HashMap<i64, Vote>,
        stakeholders: &HashMap<i64, ParticipantKind>,
    ) -> Vec<Statement> {
        shown
            .into_iter()
            .zip(tallies)
            .filter_map(|(s, tally)| {
                let s = s?;
                let own = mine.get(&s.id).copied();
                Some(statement(s, *tally, own, stakeholders))
            })
            .collect()
    }

    fn statement(
        s: statements::Statement,
        tally: map::Tally,
        mine: Option<Vote>,
        stakeholders: &HashMap<i64, ParticipantKind>,
    ) -> Statement {
        let label = s
            .author_user_id
            .and_then(|a| stakeholders.get(&a))
            .map(|k| k.as_str());
        Statement {
            label,
            id: s.id,
            body: s.body,
            lang: s.lang.code().to_owned(),
            agree: tally.agree,
            disagree: tally.disagree,
            pass: tally.pass,
            mine: mine.map(Vote::as_str),
        }
    }

    /// The map with the statements' words, the groups lettered A, B, … and placed in 0–1.
    /// Statements hidden since the map was computed are left out of it.
    fn map_view(m: &map::Map, shown: &[Option<statements::Statement>]) -> MapView {
        let text = |i: usize| shown.get(i).cloned().flatten().map(|s| s.body);
        let (xs, ys): (Vec<f64>, Vec<f64>) = m.groups.iter().map(|g| g.centre).unzip();
        let scale = |v: f64, all: &[f64]| {
            let (lo, hi) = all
                .iter()
                .fold((f64::MAX, f64::MIN), |(l, h), x| (l.min(*x), h.max(*x)));
            if hi - lo < 1e-9 {
                0.5
            } else {
                (v - lo) / (hi - lo)
            }
        };
        MapView {
            eligible: m.eligible,
            no_camps: m.quality.is_some() && m.groups.is_empty(),
            groups: m
                .groups
                .iter()
                .enumerate()
                .map(|(i, g)| GroupView {
                    name: ((b'A' + i as u8) as char).to_string(),
                    size: g.size,
                    x: scale(g.centre.0, &xs),
                    y: scale(g.centre.1, &ys),
                    distinctive: g
                        .distinctive
                        .iter()
                        .filter_map(|(s, stance)| {
                            let (agree, disagree) = g.tallies[*s].shares();
                            let agrees = *stance == map::Stance::Agrees;
                            let share = if agrees { agree } else { disagree };
                            Some((text(*s)?, agrees, (share * 100.0).round() as u32))
                        })
                        .collect(),
                })
                .collect(),
            common_ground: m.common_ground.iter().filter_map(|&s| text(s)).collect(),
        }
    }

    /// A body as a form names it: (code, name).
    type Body = (String, String);

    /// The published report with the answers by body name, and the bodies the reader
    /// answers for that have not answered yet.
    fn report_of(
        c: &mut kenes_core::Db,
        d: &Dialogue,
        actor: &Actor,
        bodies: &[kenes_core::models::Body],
        lang: &str,
    ) -> Result<(Option<ReportView>, Vec<Body>), Error> {
        let Some(r) = report::find(c, d.id)? else {
            return Ok((None, vec![]));
        };
        let name_of = |code: &str| {
            bodies
                .iter()
                .find(|b| b.code == code)
                .map_or(code.to_owned(), |b| b.name(lang).to_owned())
        };
        let answered = |code: &str| r.answers.iter().any(|(a, _, _)| a == code);
        let to_answer = report::answering_for(c, d, actor)?
            .into_iter()
            .filter(|b| !answered(b))
            .map(|b| (b.clone(), name_of(&b)))
            .collect();
        let waiting: Vec<String> = bodies
            .iter()
            .filter(|b| !answered(&b.code))
            .map(|b| b.name(lang).to_owned())
            .collect();
        let escalated = r.escalated_at.filter(|_| !waiting.is_empty()).map(|at| {
            let level = kenes_core::dialogues::escalation::level_above(d);
            (
                kenes_core::clock::day_of(at).to_string(),
                level.as_str().to_owned(),
            )
        });
        let view = ReportView {
            escalated,
            waiting,
            common_ground: r.findings.common_ground,
            groups: r.findings.groups,
            due: r.answer_due_on.to_string(),
            answers: r
                .answers
                .into_iter()
                .map(|(body, points, _)| (name_of(&body), points))
                .collect(),
            recommendations: r.recommendations,
        };
        Ok((Some(view), to_answer))
    }

    fn read(
        c: &mut kenes_core::Db,
        d: &Dialogue,
        actor: &Actor,
        lang: &str,
        maps: &map::LastRead,
    ) -> Result<DialoguePage, Error> {
        let today = kenes_core::clock::today();
        let (place, bodies) = dialogues::place_and_bodies(c, d)?;
        let (shown, m) = maps.current(c, d, Utc::now().naive_utc())?;
        let mine = match actor.account() {
            Some(user) => votes::mine(c, d.id, user)?,
            None => Default::default(),
        };
        let participation = dialogues::participation(c, d, actor)?;
        let taking_part = participation.is_some();
        let next = match (taking_part, actor.account()) {
            (true, Some(_)) => votes::next_of(&shown, &m.tallies, &mine).cloned(),
            _ => None,
        };
        let may_moderate = statements::may_moderate(d, actor);
        let stakeholders = dialogues::stakeholders(c, d.id)?;
        let held = if may_moderate {
            statements::in_state(c, d.id, StatementState::Held)?
        } else {
            vec![]
        };
        let phase = d.phase(today);
        let (report, to_answer) = report_of(c, d, actor, &bodies, lang)?;
        let discussion = Discussion {
            messages: talk::messages(c, d, actor.account(), Utc::now().naive_utc())?.into(),
            log: discussion::log_lines(talk::moderation_log(c, d)?),
            reports: talk::open_reports(c, d, actor)?,
            locked: d.room_locked,
            slow_mode_secs: d.slow_mode_secs,
            moderator: may_moderate,
            can_write: phase == Phase::Open && talk::role_as(d, actor, participation).is_some(),
        };
        Ok(DialoguePage {
            discussion,
            may_publish: d.facilitated_by(actor) && report.is_none() && today >= d.closes_on,
            report,
            to_answer,
            found: true,
            id: d.id,
            question: d.question.clone(),
            background: d.background(lang).to_owned(),
            place: place.map_or_else(|| t("alert-country"), |p| p.name(lang).to_owned()),
            opens_on: d.opens_on.to_string(),
            closes_on: d.closes_on.to_string(),
            phase,
            bodies: bodies.iter().map(|b| b.name(lang).to_owned()).collect(),
            kinds: dialogues::participants_by_kind(c, d.id)?
                .into_iter()
                .map(|(k, n)| (k.as_str().to_owned(), n))
                .collect(),
            signed_in: actor.account().is_some(),
            taking_part,
            residents_only: d.residents_only,
            may_seed: d.facilitated_by(actor),
            label_kinds: match d.facilitated_by(actor) {
                true => ParticipantKind::ALL.iter().map(|k| k.as_str()).collect(),
                false => Vec::new(),
            },
            may_moderate,
            may_approve: phase == Phase::Proposed && dialogues::convenes(actor, d.kato.as_deref()),
            next: next.map(|s| statement(s, Default::default(), None, &stakeholders)),
            map: map_view(&m, &shown),
            statements: statement_views(shown, &m.tallies, &mine, &stakeholders),
            held: held
                .into_iter()
                .map(|s| statement(s, Default::default(), None, &stakeholders))
                .collect(),
            ..Default::default()
        })
    }

    pub async fn load(id: i64, form: Option<FormData>) -> DialoguePage {
        let state = app_state();
        let user = use_user();
        let lang = use_locale().code();
        let posted = form.clone();
        let site = state.site.clone();
        let maps = state.maps.clone();
        let rooms = state.rooms.clone();
        let result = interact::<_, _, Error>(&state.pool, move |c| {
            let actor = match &user {
                Some(u) => crate::auth::actor_of(c, u)?,
                None => Actor::default(),
            };
            // Every step checks that the reader may see the dialogue, in its transaction.
            let outcome = posted.map(|f| take_step(c, &actor, id, &f, &site));
            // A step taken goes back to the page by redirect: nothing to read now (a vote
            // must not wait for the map). Otherwise read after the step.
            if let Some((discussed, Ok(_))) = &outcome {
                if *discussed {
                    rooms.announce(c, Venue::Dialogue(id))?;
                }
                let going = DialoguePage {
                    found: true,
                    ..Default::default()
                };
                return Ok(Some((outcome, going)));
            }
            let Ok(d) = dialogues::find_for(c, id, &actor) else {
                return Ok(None);
            };
            Ok(Some((outcome, read(c, &d, &actor, lang, &maps)?)))
        })
        .await;
        let (outcome, mut page) = match crate::errors::found_or(result, "dialogue") {
            Ok(found) => found,
            Err(page) => return page,
        };
        match outcome {
            Some((_, Ok(anchor))) => {
                if anchor == REPORT {
                    // The report and each answer change the public record's entry.
                    state.index_notify.notify_one();
                }
                redirect(&format!("/dialogues/{id}{anchor}"))
            }
            Some((_, Err(refused))) => show_refusal(&mut page, refused, form),
            None => {}
        }
        page
    }

    /// Runs the posted step; the flag says whether it was the discussion's.
    fn take_step(
        c: &mut kenes_core::Db,
        actor: &Actor,
        id: i64,
        f: &FormData,
        site: &kenes_core::mail::Site,
    ) -> (bool, Result<String, Refused>) {
        match f.op::<DialogueOp>() {
            Some(DialogueOp::Dialogue(op)) => (
                false,
                perform(c, actor, id, op, f, site)
                    .map(str::to_owned)
                    .map_err(Refused::Step),
            ),
            Some(DialogueOp::Discussion(op)) => (true, discuss(c, actor, id, op, &f.get("op"))),
            None => (false, Err(Refused::Step(Error::Forbidden))),
        }
    }

    /// Puts a refused step's message beside its form, keeping what was typed.
    fn show_refusal(page: &mut DialoguePage, refused: Refused, form: Option<FormData>) {
        match refused {
            Refused::Shown(form_name, field, code) => {
                let message = t(&format!("err-room-{code}"));
                page.error = Some(Refusal::of(form_name, (field.to_owned(), message)));
                page.form = form.unwrap_or_default();
            }
            Refused::Step(Error::Invalid(errors)) => {
                let shown = crate::errors::explain(Error::Invalid(errors), "dialogue");
                page.error = Some(Refusal::of("", shown));
                page.form = form.unwrap_or_default();
            }
            Refused::Step(e) => {
                page.error = Some(Refusal::each(
                    "",
                    crate::errors::explain_each(e, "dialogue"),
                ))
            }
        }
    }

    impl crate::errors::StandIn for DialoguePage {
        fn fail(&mut self, message: String) {
            self.found = true;
            self.error = Some(Refusal::page(message));
        }
    }
}
