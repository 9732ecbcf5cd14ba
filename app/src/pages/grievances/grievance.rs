//! One grievance: what it is about, where it stands, its deadline and public timeline, and
//! the steps the viewer may take — the body's officials (accept, redirect, extend, answer,
//! reject), coordinators (escalate, link a duplicate), the author (withdraw, close, rate,
//! reopen) and other citizens (support). Every step is a plain form posted to this page;
//! the domain checks the right again.

use crate::address;
use crate::components::notice::{ErrorNotice, StatusNotice};
use crate::components::text::{Day, Minute, PageTitle};
use crate::components::timeline::{Entry, Timeline};
use leptos::prelude::*;

use crate::components::loaded::Loaded;

use crate::components::grievance_card::StatusBadge;
use crate::forms::Choice;
use crate::forms::{
    on_server, use_form, AreaField, CheckField, FormData, OpForm, Refusal, RefusalAt, SelectField,
};
use crate::i18n::{t, t_args};
use crate::pages::mediation::commitments_panel::{CommitmentList, Item};
use crate::pages::mediation::mediation_panel::{MediationPanel, Panel};
use crate::pages::not_found::Missing;
use kenes_core::permissions::Level;

/// The steps this page's forms post (the mediation panel adds its own).
#[cfg(feature = "ssr")]
pub const OPS: &[&str] = <server::Op as strum::VariantNames>::VARIANTS;

#[derive(Debug, Clone)]
pub struct FileLink {
    pub href: String,
    pub name: String,
    pub kilobytes: i64,
}

#[derive(Debug, Clone, Default)]
struct GrievancePage {
    found: bool,
    code: String,
    title: Option<String>,
    text: Option<String>,
    lang: String,
    status: String,
    category: String,
    place: String,
    /// Where exactly, in the filer's words: part of the text, shown where the text is.
    landmark: Option<String>,
    body: Option<String>,
    level: Level,
    author: Option<String>,
    /// The author's name is shown to this reader but hidden from the public.
    author_hidden_from_public: bool,
    submitted_on: String,
    due_on: String,
    days_left: Option<u32>,
    overdue: bool,
    answer: Option<String>,
    rating: Option<i32>,
    supports: i64,
    /// A reader without an account is shown how to add their support.
    signin_to_support: bool,
    duplicate_of: Option<String>,
    events: Vec<Entry>,
    /// Steps the viewer may take now, by form name.
    ops: Vec<&'static str>,
    /// Bodies a grievance may be redirected to.
    bodies: Vec<Choice>,
    /// Grievances the handler might link it to as a duplicate (its kind and place, older).
    originals: Vec<Original>,
    /// Attachments the viewer may open.
    files: Vec<FileLink>,
    mediation: Panel,
    /// The accepted agreement's commitments, with the reader's steps.
    commitments: Vec<Item>,
    /// The published outcome, for everyone.
    outcome: Option<i64>,
    /// The author may ask for review one level up with a poor rating.
    may_appeal: bool,
    /// The reader filed it (a step such as hiding it asks them other things than staff).
    reader_is_author: bool,
    /// Readers' open reports that its text breaks the rules, for a moderator: (when, why).
    reports: Vec<(String, String)>,
    /// The reader coordinates the case and it has ended: they may prepare its outcome.
    may_prepare: bool,
    staff_without_2fa: bool,
    /// The guest author's key, when the viewer came by the secret link (and it is right).
    key: Option<String>,
    form: FormData,
    error: Option<Refusal>,
    done: Option<String>,
    /// The answer as the citizen will read it, shown before it is sent.
    preview: Option<String>,
}

/// A grievance this one may repeat, as the link form offers it.
#[derive(Debug, Clone)]
struct Original {
    code: String,
    title: String,
    submitted_on: String,
}

#[component]
pub fn GrievancePageView() -> impl IntoView {
    let code = address::path("code");
    let done = Some(address::query("done")).filter(|d| !d.is_empty());
    let form = use_form();
    // A guest's secret link: in the address, or carried by the page's forms.
    let key = match &form {
        Some(f) => f.get("key"),
        None => address::query("key"),
    };
    let key = Some(key).filter(|k| !k.is_empty());
    let page = on_server!(GrievancePage, server::load(code, key, form));
    view! {
        <Loaded page render=move |p: GrievancePage| {
            let done = done.clone();
            if !p.found {
                return view! { <Missing title=t("track-title") message=t("track-not-found") /> }.into_any();
            }
            // A refused step posted from a page that still says "done" says only why.
            let done = p.done.clone().or(done).filter(|_| p.error.is_none());
            view! { <Details p done /> }.into_any()
        } />
    }
}

#[component]
fn Details(p: GrievancePage, done: Option<String>) -> impl IntoView {
    let heading = p.title.clone().unwrap_or_else(|| t("track-private"));
    let deadline = if p.overdue {
        Some(view! { <p class="overdue">{t("track-overdue")}</p> }.into_any())
    } else {
        p.days_left.map(|n| {
            view! { <p class="muted">{t_args("track-days-left", &[("n", (n as i64).into())])}</p> }
                .into_any()
        })
    };
    let general = p.error.general();
    let actions = Actions(ActionsProps { p: p.clone() });
    view! {
        <PageTitle text=heading.clone() />
        <section class="narrow">
            <StatusNotice message=done.map(|op| t(&format!("g-done-{op}"))) />
            <ErrorNotice message=general />
            <article class="card" lang=p.lang.clone()>
                <p class="code">{p.code.clone()}</p>
                <h1>{heading}</h1>
                {p.text.clone().map(|text| view! { <p class="grievance-text">{text}</p> })}
                <dl class="facts">
                    <dt>{t("track-status")}</dt>
                    <dd><StatusBadge status=p.status.clone() /></dd>
                    <dt>{t("track-category")}</dt>
                    <dd>{p.category.clone()}</dd>
                    <dt>{t("track-place")}</dt>
                    <dd>{p.place.clone()}{p.landmark.clone().map(|l| format!(" · {l}"))}</dd>
                    <dt>{t("g-body")}</dt>
                    <dd>{p.body.clone().unwrap_or_else(|| t("g-body-none"))}" · "{t(&format!("level-name-{}", p.level))}</dd>
                    <dt>{t("g-author")}</dt>
                    <dd>
                        {p.author.clone().unwrap_or_else(|| t("author-hidden"))}
                        {p.author_hidden_from_public.then(|| view! { <small class="hint">" ("{t("author-seen-by-few")}")"</small> })}
                    </dd>
                    <dt>{t("track-submitted")}</dt>
                    <dd><Day iso=p.submitted_on.clone() /></dd>
                    <dt>{t("track-due")}</dt>
                    <dd><Day iso=p.due_on.clone() /></dd>
                    <dt>{t("g-supports")}</dt>
                    <dd class="supports">{p.supports}</dd>
                </dl>
                {p.signin_to_support.then(|| view! {
                    <p class="notice">{t("g-support-lead")}" "
                        <a href=format!("/signin?next=/g/{}", p.code)>{t("g-support-signin")}</a></p>
                })}
                {deadline}
                {(!p.files.is_empty()).then(|| view! {
                    <h2>{t("g-files")}</h2>
                    <ul class="files">
                        {p.files.iter().map(|f| view! {
                            <li><a href=f.href.clone()>{f.name.clone()}</a>" "<span class="muted">{format!("{} KB", f.kilobytes)}</span></li>
                        }).collect_view()}
                    </ul>
                })}
                {p.duplicate_of.clone().map(|d| view! {
                    <p class="notice">{t("g-duplicate-of")}" "<a href=format!("/g/{d}")>{d.clone()}</a></p>
                })}
                {p.answer.clone().map(|a| view! {
                    <section class="answer">
                        <h2>{t("g-answer")}</h2>
                        <p>{a}</p>
                        {p.rating.map(|r| view! { <p class="muted">{t_args("g-rated", &[("n", (r as i64).into())])}</p> })}
                    </section>
                })}
            </article>
            {actions}
            <MediationPanel panel=p.mediation.clone() key=p.key.clone() error=p.error.clone() form=p.form.clone() />
            <CommitmentList items=p.commitments.clone() key=p.key.clone() error=p.error.clone() typed=p.form.clone() />
            {p.outcome.map(|id| view! { <p><a class="button secondary" href=format!("/outcomes/{id}")>{t("outcome-public-link")}</a></p> })}
            {p.may_prepare.then(|| view! { <p><a class="button secondary" href=format!("/g/{}/outcome", p.code)>{t("outcome-link")}</a></p> })}
            {(p.staff_without_2fa).then(|| view! {
                <p class="notice error-notice" role="alert">{t("totp-required")}" "<a href="/account/2fa">{t("totp-title")}</a></p>
            })}
            <h2>{t("track-timeline")}</h2>
            <Timeline entries=p.events />
        </section>
    }
}

/// Older open grievances of the same kind and place, each with a button that links this one
/// to it as a duplicate: the handler need not know the code.
#[component]
fn PossibleOriginals(originals: Vec<Original>, key: Option<String>) -> impl IntoView {
    (!originals.is_empty()).then(|| {
        view! {
            <section class="stack" aria-labelledby="originals-title">
                <h3 id="originals-title">{t("g-link-candidates")}</h3>
                <p class="muted">{t("g-link-candidates-lead")}</p>
                <ul class="cards">
                    {originals.into_iter().map(|o| view! {
                        <li class="card stack">
                            <p><a href=format!("/g/{}", o.code)>{o.title}</a>" · "<span class="code">{o.code.clone()}</span>" · "<Day iso=o.submitted_on /></p>
                            <OpForm op="link" class="inline" key=key.clone() hidden=vec![("of", o.code)]>
                                <button type="submit" class="secondary">{t("g-link-this")}</button>
                            </OpForm>
                        </li>
                    }).collect_view()}
                </ul>
            </section>
        }
    })
}

/// The forms for the steps the viewer may take, each with its own fields and errors.
#[component]
fn Actions(p: GrievancePage) -> impl IntoView {
    if p.ops.is_empty() {
        return ().into_any();
    }
    // The forms' fields are drawn by `move` closures: they take the page by reference.
    let p = &p;
    let err = |op: &str, field: &str| p.error.at(op, field);
    let value = |op: &str, name: &str| p.form.typed(op, name);
    let has = |op: &str| p.ops.contains(&op);
    let simple = |op: &'static str, class: &'static str| {
        has(op).then(|| {
            view! {
                <OpForm op=op class="inline" key=p.key.clone()>
                    <button type="submit" class=class>{t(&format!("g-op-{op}"))}</button>
                </OpForm>
            }
        })
    };
    let reason_form = |op: &'static str, field: &'static str, rows: &'static str| {
        has(op).then(|| {
            view! {
                <OpForm op=op id=format!("{op}-form") key=p.key.clone()>
                    <AreaField name=field id=format!("{op}-{field}") label=t(&format!("g-{op}-{field}")) rows
                        value=value(op, field) error=err(op, field) />
                    <button type="submit">{t(&format!("g-op-{op}"))}</button>
                </OpForm>
            }
        })
    };
    view! {
        <section class="handling stack" aria-label=t("g-actions")>
            <h2>{t("g-actions")}</h2>
            <div class="row">
                {simple("accept", "")}
                {simple("support", "")}
                {simple("unsupport", "secondary")}
                {simple("close", "secondary")}
            </div>
            {has("answer").then(|| view! {
                <OpForm op="answer" id="answer-form" key=p.key.clone()>
                    <AreaField name="answer" id="answer-answer" label=t("g-answer-answer") rows="6"
                        value=value("answer", "answer") error=err("answer", "answer") />
                    <button type="submit" class="secondary">{t("g-answer-preview-button")}</button>
                </OpForm>
            })}
            {p.preview.clone().map(|text| view! {
                <div class="card preview" role="status">
                    <h3>{t("g-answer-preview")}</h3>
                    <blockquote class="answer"><p>{text.clone()}</p></blockquote>
                    <OpForm op="answer" submit="g-op-answer" key=p.key.clone()>
                        <input type="hidden" name="answer" value=text />
                        <input type="hidden" name="send" value="yes" />
                    </OpForm>
                </div>
            })}
            {has("extend").then(|| view! {
                <OpForm op="extend" submit="g-op-extend" id="extend-form" key=p.key.clone()>
                    <div class="field">
                        <label for="extend-until">{t("g-extend-until")}</label>
                        <input id="extend-until" type="date" name="until" value=value("extend", "until")
                            aria-describedby="extend-until-error" aria-invalid=err("extend", "until").is_some().then_some("true") />
                        <p id="extend-until-error" class="error" role="alert">{err("extend", "until")}</p>
                    </div>
                    <AreaField name="reason" id="extend-reason" label=t("g-extend-reason")
                        value=value("extend", "reason") error=err("extend", "reason") />
                </OpForm>
            })}
            {has("redirect").then(|| view! {
                <OpForm op="redirect" submit="g-op-redirect" id="redirect-form" key=p.key.clone()>
                    <SelectField name="body" id="redirect-body" label=t("g-redirect-body") selected=value("redirect", "body")
                        blank=Some(t("file-choose")) error=err("redirect", "body") options=p.bodies.clone() />
                    <AreaField name="reason" id="redirect-reason" label=t("g-redirect-reason")
                        value=value("redirect", "reason") error=err("redirect", "reason") />
                </OpForm>
            })}
            {reason_form("reject", "reason", "3")}
            {reason_form("escalate", "reason", "3")}
            {has("link").then(|| view! {
                <PossibleOriginals originals=p.originals.clone() key=p.key.clone() />
                <OpForm op="link" submit="g-op-link" id="link-form" key=p.key.clone()>
                    <div class="field">
                        <label for="link-of">{t("g-link-of")}</label>
                        <input id="link-of" name="of" value=value("link", "of") autocomplete="off" aria-describedby="link-of-error" />
                        <p id="link-of-error" class="error" role="alert">{err("link", "of")}</p>
                    </div>
                </OpForm>
            })}
            {has("rate").then(|| {
                // A refused rating keeps the mark just chosen.
                let typed_rating = value("rate", "rating").parse::<i32>().ok();
                view! {
                <OpForm op="rate" submit="g-op-rate" id="rate-form" key=p.key.clone()>
                    <fieldset class="field">
                        <legend>{t("g-rate-legend")}</legend>
                        <div class="row">
                            {(1..=5).map(|n| view! {
                                <label class="choice"><input type="radio" name="rating" value=n.to_string() checked=typed_rating.map_or(p.rating == Some(n), |r| r == n) />" "{n}</label>
                            }).collect_view()}
                        </div>
                        <p class="error" role="alert">{err("rate", "rating")}</p>
                    </fieldset>
                    {p.may_appeal.then(|| view! {
                        <fieldset class="field">
                            <legend>{t("g-appeal-legend")}</legend>
                            <p class="hint">{t("g-appeal-hint")}</p>
                            <CheckField name="appeal" label=t("g-appeal-ask") checked=value("rate", "appeal") == "yes" />
                            <p class="error" role="alert">{err("rate", "appeal")}</p>
                            <AreaField name="appeal_reason" id="appeal-reason" label=t("g-appeal-reason") rows="3"
                                value=value("rate", "appeal_reason") error=err("rate", "appeal_reason") />
                        </fieldset>
                    })}
                </OpForm>
            }})}
            {reason_form("reopen", "reason", "3")}
            {has("withdraw").then(|| view! {
                <details class="withdraw" open=p.form.get("op") == "withdraw">
                    <summary>{t("g-op-withdraw")}</summary>
                    <OpForm op="withdraw" id="withdraw-form" key=p.key.clone()>
                        <p>{t("g-withdraw-warning")}</p>
                        <AreaField name="reason" id="withdraw-reason" label=t("g-withdraw-reason") rows="3"
                            value=value("withdraw", "reason") error=err("withdraw", "reason") />
                        <div class="field">
                            <label class="choice"><input type="checkbox" name="confirm" value="yes"
                                aria-describedby="withdraw-confirm-error" />" "{t("g-withdraw-confirm")}</label>
                            <p id="withdraw-confirm-error" class="error" role="alert">{err("withdraw", "confirm")}</p>
                        </div>
                        <button type="submit" class="secondary">{t("g-op-withdraw")}</button>
                    </OpForm>
                </details>
            })}
            {has("hide").then(|| hide_form(p, value("hide", "reason")))}
            {has("report").then(|| view! {
                <details class="withdraw" open=p.form.get("op") == "report">
                    <summary>{t("g-op-report")}</summary>
                    <OpForm op="report" id="report-form" key=p.key.clone()>
                        <AreaField name="report_reason" id="report-reason" label=t("g-report-reason") rows="3"
                            hint=Some(t("g-report-hint")) value=value("report", "report_reason") error=err("report", "report_reason") />
                        <button type="submit" class="secondary">{t("g-op-report")}</button>
                    </OpForm>
                </details>
            })}
            {has("attach").then(|| view! {
                <OpForm op="attach" submit="g-op-attach" id="attach-form" multipart=true key=p.key.clone()>
                    <div class="field">
                        <label for="attach-file">{t("g-attach-file")}</label>
                        <input id="attach-file" type="file" name="file" multiple accept="image/jpeg,image/png,image/webp,application/pdf"
                            aria-describedby="attach-file-hint attach-file-error" />
                        <small id="attach-file-hint" class="hint">{t("g-attach-hint")}</small>
                        <p id="attach-file-error" class="error" role="alert">{err("attach", "file")}</p>
                    </div>
                </OpForm>
            })}
        </section>
    }
    .into_any()
}

/// Taking a public grievance out of public view, for good: its author confirms that they
/// understand; a moderator says which rule its text breaks (the author is told).
fn hide_form(p: &GrievancePage, reason: String) -> impl IntoView {
    let err = |field: &str| p.error.at("hide", field);
    let asked = if p.reader_is_author {
        view! {
            <p>{t("g-hide-warning")}</p>
            <div class="field">
                <label class="choice"><input type="checkbox" name="confirm" value="yes"
                    aria-describedby="hide-confirm-error" />" "{t("g-hide-confirm")}</label>
                <p id="hide-confirm-error" class="error" role="alert">{err("confirm")}</p>
            </div>
        }
        .into_any()
    } else {
        view! {
            <p>{t("g-hide-moderator")}</p>
            <AreaField name="reason" id="hide-reason" label=t("g-hide-reason") rows="3"
                value=reason error=err("reason") />
        }
        .into_any()
    };
    let open =
        matches!(p.form.get("op").as_str(), "hide" | "dismiss-reports") || !p.reports.is_empty();
    view! {
        <details class="withdraw" open=open>
            <summary>{t("g-op-hide")}</summary>
            {reports_view(p)}
            <OpForm op="hide" id="hide-form" key=p.key.clone()>
                {asked}
                <button type="submit" class="secondary">{t("g-op-hide")}</button>
            </OpForm>
        </details>
    }
}

/// For a moderator: what readers reported, and the step that finds nothing against the rules.
fn reports_view(p: &GrievancePage) -> Option<impl IntoView> {
    (!p.reports.is_empty()).then(|| {
        view! {
            <p><strong>{t("g-reports")}</strong></p>
            <ul class="said">{p.reports.iter().map(|(at, why)| view! {
                <li><Minute local=at.clone() />": "<span class="grievance-text">{why.clone()}</span></li>
            }).collect_view()}</ul>
            <OpForm op="dismiss-reports" id="dismiss-reports-form" key=p.key.clone()>
                <button type="submit" class="secondary">{t("g-op-dismiss-reports")}</button>
            </OpForm>
        }
    })
}

#[cfg(feature = "ssr")]
mod server {
    use chrono::Utc;
    use kenes_core::actor::Actor;
    use kenes_core::db::interact;
    use kenes_core::error::Error;
    use kenes_core::grievances::appeal;
    use kenes_core::grievances::handling::{self, Step};
    use kenes_core::grievances::terms::parse_tracking_code;
    use kenes_core::grievances::{reports, support, visibility};
    use kenes_core::models::Grievance;
    use kenes_core::outcomes::OutcomeStatus;
    use kenes_core::{grievances::read, grievances::routing, Db, DbError};

    use super::{Choice, FileLink, GrievancePage, Original};
    use crate::auth::use_user;
    use crate::components::timeline;
    use serde::Deserialize;

    use crate::forms::{field, redirect, use_uploads, FormData, Refusal};
    use crate::i18n::use_locale;
    use crate::pages::mediation::{commitments_panel, mediation_panel};
    use crate::state::{app_state, client};
    use kenes_core::grievances::attachments::{self, Upload};

    crate::forms::form_ops! {
        /// The grievance's own ops: the steps of its handling, files, support, rating and
        /// duplicates.
        pub(super) enum Op {
            Attach,
            Accept,
            Redirect {
                #[serde(default)]
                body: String,
                #[serde(default)]
                reason: String,
            },
            Extend {
                #[serde(default)]
                until: String,
                #[serde(default)]
                reason: String,
            },
            Answer {
                #[serde(default)]
                answer: String,
            },
            Reject {
                #[serde(default)]
                reason: String,
            },
            Escalate {
                #[serde(default)]
                reason: String,
            },
            Withdraw {
                #[serde(default)]
                reason: String,
                #[serde(default, deserialize_with = "field::yes")]
                confirm: bool,
            },
            Close,
            Reopen {
                #[serde(default)]
                reason: String,
            },
            Support,
            Unsupport,
            Rate {
                #[serde(default, deserialize_with = "field::number")]
                rating: i32,
                /// Ask for review one level up, with the reason.
                #[serde(default, deserialize_with = "field::yes")]
                appeal: bool,
                #[serde(default)]
                appeal_reason: String,
            },
            Link {
                #[serde(default)]
                of: String,
            },
            Hide {
                #[serde(default, deserialize_with = "field::yes")]
                confirm: bool,
                #[serde(default)]
                reason: String,
            },
            Report {
                #[serde(default)]
                report_reason: String,
            },
            DismissReports,
        }
    }

    /// Everything that may be posted to a grievance's page: its ops and the mediation panel's.
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum PageOp {
        Grievance(Op),
        Mediation(mediation_panel::server::Op),
        Commitments(commitments_panel::server::Op),
    }

    /// What a step needs besides its op: the files posted with it and where they go.
    struct Posted<'a> {
        uploads: &'a [Upload],
        dir: &'a std::path::Path,
    }

    fn perform(
        c: &mut Db,
        code: &str,
        actor: &Actor,
        op: PageOp,
        posted: Posted<'_>,
        site: &kenes_core::mail::Site,
        client: &kenes_core::audit::Client,
    ) -> Result<(), Error> {
        let now = Utc::now().naive_utc();
        let act = actor.at(now);
        let op = match op {
            PageOp::Grievance(op) => op,
            PageOp::Mediation(op) => {
                return mediation_panel::server::perform(c, code, act, op, client, site)
            }
            PageOp::Commitments(op) => {
                let files = commitments_panel::server::Evidence {
                    uploads: posted.uploads,
                    dir: posted.dir,
                };
                return commitments_panel::server::perform(c, code, act, op, files, site);
            }
        };
        let step = match op {
            Op::Attach => {
                return attachments::add(c, posted.dir, code, act, posted.uploads).map(|_| ())
            }
            Op::Support => {
                let user = actor.account().ok_or(Error::Forbidden)?;
                return support::support(c, code, user, now).map(|_| ());
            }
            Op::Unsupport => {
                let user = actor.account().ok_or(Error::Forbidden)?;
                return support::withdraw_support(c, code, user).map(|_| ());
            }
            Op::Rate {
                rating,
                appeal: true,
                appeal_reason,
            } => return appeal::rate_and_appeal(c, code, act, rating, &appeal_reason, site),
            Op::Rate { rating, .. } => return handling::rate(c, code, act, rating),
            Op::Link { of } => {
                return handling::link_duplicate(c, code, &of, act, client, site).map(|_| ())
            }
            Op::Hide { confirm, reason } => {
                let hiding = visibility::Hiding {
                    confirmed: confirm,
                    reason: &reason,
                };
                return visibility::hide(c, code, act, hiding, client, site);
            }
            Op::Report { report_reason } => {
                return reports::report(c, code, act, &report_reason, site)
            }
            Op::DismissReports => return reports::dismiss(c, code, act, client),
            Op::Accept => Step::Accept,
            Op::Redirect { body, reason } => Step::Redirect { body, reason },
            Op::Extend { until, reason } => Step::Extend { until, reason },
            Op::Answer { answer } => Step::Answer { text: answer },
            Op::Reject { reason } => Step::Reject { reason },
            Op::Escalate { reason } => Step::Escalate { reason },
            Op::Withdraw { reason, confirm } => Step::Withdraw {
                reason,
                confirmed: confirm,
            },
            Op::Close => Step::Close,
            Op::Reopen { reason } => Step::Reopen { reason },
        };
        handling::act(c, code, act, &step, client, site).map(|_| ())
    }

    /// Links to the attachments; a guest's carry the key that lets them through.
    fn file_links(files: Vec<attachments::Attachment>, guest_key: Option<&str>) -> Vec<FileLink> {
        files
            .into_iter()
            .map(|a| FileLink {
                href: match guest_key {
                    Some(k) => format!("/attachments/{}?key={k}", a.id),
                    None => format!("/attachments/{}", a.id),
                },
                name: a.original_name,
                kilobytes: (a.size + 1023) / 1024,
            })
            .collect()
    }

    /// Readers' open reports on `g`, for a moderator of its territory: (when, why).
    fn open_reports(
        c: &mut Db,
        g: &Grievance,
        actor: Option<&Actor>,
    ) -> Result<Vec<(String, String)>, DbError> {
        let Some(actor) = actor else {
            return Ok(vec![]);
        };
        Ok(reports::open_on(c, g, actor)?
            .into_iter()
            .map(|(at, why)| (kenes_core::clock::minute_shown(at), why))
            .collect())
    }

    /// Working days left on the legal clock, and whether it ran out, for an open grievance.
    fn clock(c: &mut Db, g: &Grievance) -> Result<(Option<u32>, bool), DbError> {
        let calendar = read::working_calendar(c)?;
        let today = kenes_core::clock::today();
        let open = g.status.is_open();
        let days_left =
            (open && g.due_on >= today).then(|| calendar.working_days_between(today, g.due_on));
        Ok((days_left, open && g.due_on < today))
    }

    /// The guest's key, echoed back only when it is this grievance's.
    fn guest_key_of(actor: Option<&Actor>, g: &Grievance) -> Option<String> {
        actor
            .filter(|a| a.account().is_none() && a.is_author(g))
            .and_then(|a| a.guest_key.clone())
    }

    /// The name of the body it is with, and the code of the grievance it duplicates.
    fn links(
        c: &mut Db,
        g: &Grievance,
        lang: &str,
    ) -> Result<(Option<String>, Option<String>), DbError> {
        let body = match &g.body_code {
            Some(b) => routing::body(c, b)?.map(|b| b.name(lang).to_owned()),
            None => None,
        };
        let duplicate_of = g
            .duplicate_of
            .map(|id| handling::tracking_code_of(c, id))
            .transpose()?;
        Ok((body, duplicate_of))
    }

    /// The author's name where this reader may see it, and whether the reader supports the
    /// grievance.
    fn author_and_support(
        c: &mut Db,
        g: &Grievance,
        actor: Option<&Actor>,
    ) -> Result<(Option<String>, bool), Error> {
        let author = if kenes_core::grievances::access::author_visible(g, actor) {
            handling::author_name(c, g)?
        } else {
            None
        };
        let supported = match actor.and_then(Actor::account) {
            Some(id) => support::has_supported(c, g, id)?,
            None => false,
        };
        Ok((author, supported))
    }

    /// The page as this reader may see it; `None` when there is no such grievance.
    fn read_page(
        c: &mut Db,
        code: &str,
        actor: Option<&Actor>,
        lang: &str,
    ) -> Result<Option<(Vec<timeline::Event>, GrievancePage)>, Error> {
        let Some((g, category, place)) = read::by_tracking_code(c, code)? else {
            return Ok(None);
        };
        let text_visible = kenes_core::grievances::access::text_visible(&g, actor);
        let (author, supported) = author_and_support(c, &g, actor)?;
        let guest_key = guest_key_of(actor, &g);
        let supports = support::support_count(c, &g)?;
        let (body, duplicate_of) = links(c, &g, lang)?;
        let timeline = timeline::server::read(c, &g, actor, lang)?;
        let files = match attachments::visible(&g, actor) {
            true => attachments::list(c, g.id)?,
            false => vec![],
        };
        let ops = handling::steps(&g, actor, supported, files.len() as i64);
        let mediation = mediation_panel::server::load(c, &g, actor, kenes_core::clock::today())?;
        // The commitments are part of the case's text: they follow its privacy.
        let commitments = if text_visible {
            commitments_panel::server::load(c, &g, actor, &files)?
        } else {
            vec![]
        };
        let bodies = redirect_targets(c, &g, &ops, lang)?;
        let originals = possible_originals(c, &g, actor, &ops)?;
        let published = kenes_core::outcomes::of_grievance(c, g.id)?.map(|o| (o.id, o.status));
        let (days_left, overdue) = clock(c, &g)?;
        Ok(Some((
            timeline,
            GrievancePage {
                found: true,
                code: g.tracking_code.clone(),
                title: text_visible.then(|| g.title.clone()),
                text: text_visible.then(|| g.body.clone()),
                lang: g.lang.code().to_owned(),
                status: g.status.to_string(),
                category: category.name(lang).to_owned(),
                place: place.name(lang).to_owned(),
                landmark: g.landmark.clone().filter(|_| text_visible),
                body,
                level: g.level_code,
                author_hidden_from_public: author.is_some()
                    && g.privacy != kenes_core::grievances::terms::Privacy::Public,
                author,
                submitted_on: kenes_core::clock::day_of(g.submitted_at).to_string(),
                due_on: g.due_on.to_string(),
                days_left,
                overdue,
                answer: if text_visible { g.answer.clone() } else { None },
                rating: g.rating,
                supports,
                signin_to_support: actor.is_none() && support::supportable(&g),
                duplicate_of,
                ops,
                bodies,
                originals,
                mediation,
                commitments,
                outcome: published
                    .filter(|(_, s)| *s == OutcomeStatus::Published)
                    .map(|(id, _)| id),
                may_appeal: actor.is_some_and(|a| a.is_author(&g))
                    && appeal::open(c, &g, Utc::now().naive_utc())?,
                reader_is_author: actor.is_some_and(|a| a.is_author(&g)),
                reports: open_reports(c, &g, actor)?,
                may_prepare: actor.is_some_and(|a| {
                    kenes_core::outcomes::finished(&g) && kenes_core::outcomes::may_publish(a, &g)
                }),
                files: file_links(files, guest_key.as_deref()),
                key: guest_key,
                ..Default::default()
            },
        )))
    }

    pub async fn load(code: String, key: Option<String>, form: Option<FormData>) -> GrievancePage {
        let Some(code) = parse_tracking_code(&code) else {
            return GrievancePage::default();
        };
        let state = app_state();
        let user = use_user();
        let lang = use_locale().code();
        let client = client();
        let site = state.site.clone();
        let posted = form.clone();
        let uploads = use_uploads();
        let dir = state.attachment_dir.clone();
        let staff_without_2fa = user.as_ref().is_some_and(|u| u.staff && !u.second_factor);
        let wanted = code.clone();
        let result = interact::<_, _, Error>(&state.pool, move |c| {
            let code = wanted;
            let actor = crate::auth::reader_of(c, user.as_ref(), key.as_deref())?;
            let (preview, refused) = match (&posted, &actor) {
                (Some(f), Some(a)) if is_preview(f) => {
                    match handling::preview_answer(c, &code, a, &f.get("answer")) {
                        Ok(text) => (Some(text), None),
                        Err(e) => (None, Some(e)),
                    }
                }
                (Some(f), None) if is_preview(f) => (None, Some(Error::Forbidden)),
                _ => (None, None),
            };
            let outcome = match (posted, &actor) {
                (Some(f), _) if is_preview(&f) => refused.map(|e| Err((f.get("op"), e))),
                (Some(f), Some(a)) => {
                    let posted = Posted {
                        uploads: &uploads,
                        dir: &dir,
                    };
                    let done = match f.op::<PageOp>() {
                        Some(op) => perform(c, &code, a, op, posted, &site, &client),
                        None => Err(Error::Forbidden),
                    };
                    // A parsed op is one of the page's, so its name is safe to echo.
                    Some(done.map(|_| f.get("op")).map_err(|e| (f.get("op"), e)))
                }
                (Some(f), None) => Some(Err((f.get("op"), Error::Forbidden))),
                (None, _) => None,
            };

            Ok(read_page(c, &code, actor.as_ref(), lang)?
                .map(|(timeline, page)| (outcome, timeline, GrievancePage { preview, ..page })))
        })
        .await;
        let (outcome, timeline, mut page) = match crate::errors::found_or(result, "grievance page")
        {
            Ok(found) => found,
            Err(page) => {
                return GrievancePage {
                    code: code.clone(),
                    ..page
                }
            }
        };
        page.events = timeline.into_iter().map(timeline::Event::entry).collect();
        page.staff_without_2fa = staff_without_2fa;
        page.form = form.unwrap_or_default();
        if let Some(outcome) = outcome {
            show_outcome(&mut page, outcome);
        }
        page
    }

    /// An answer posted without `send=yes` is shown to its writer first, not sent.
    fn is_preview(f: &FormData) -> bool {
        f.get("op") == "answer" && f.get("send") != "yes"
    }

    /// After a step: back to the page with a note of what was done (a new GET, so a reload
    /// does not post again), or the error next to the form that failed.
    fn show_outcome(page: &mut GrievancePage, outcome: Result<String, (String, Error)>) {
        match outcome {
            Ok(op) => {
                let key = page
                    .key
                    .as_ref()
                    .map(|k| format!("key={k}&"))
                    .unwrap_or_default();
                redirect(&format!("/g/{}?{key}done={op}", page.code));
                page.done = Some(op);
            }
            Err((op, e)) => {
                // A field-level error shows by its field in the form that failed.
                let mut messages = crate::errors::explain_each(e, "g");
                // Steps without a field of their own say why at the top.
                for (field, _) in &mut messages {
                    if field == "support" || field == "report" {
                        field.clear();
                    }
                }
                page.error = Some(Refusal::each(op, messages));
            }
        }
    }

    /// What the handler might link the grievance to, as the link form offers it (none
    /// when the viewer may not link it).
    fn possible_originals(
        c: &mut Db,
        g: &Grievance,
        actor: Option<&Actor>,
        ops: &[&str],
    ) -> Result<Vec<Original>, DbError> {
        let Some(a) = actor.filter(|_| ops.contains(&"link")) else {
            return Ok(vec![]);
        };
        let found = kenes_core::grievances::queue::possible_originals(c, g, &a.grants)?;
        Ok(found
            .into_iter()
            .map(|o| Original {
                code: o.tracking_code,
                title: o.title,
                submitted_on: kenes_core::clock::day_of(o.submitted_at).to_string(),
            })
            .collect())
    }

    /// Active bodies in the grievance's region and the national ones, where the viewer may
    /// redirect it (none when they may not).
    fn redirect_targets(
        c: &mut Db,
        g: &Grievance,
        ops: &[&str],
        lang: &str,
    ) -> Result<Vec<Choice>, DbError> {
        if !ops.contains(&"redirect") {
            return Ok(vec![]);
        }
        let region: String = g.jurisdiction_kato.chars().take(2).collect();
        Ok(routing::all_bodies(c)?
            .into_iter()
            .filter(|b| b.active && Some(&b.code) != g.body_code.as_ref())
            .filter(|b| {
                b.jurisdiction_kato
                    .as_deref()
                    .is_none_or(|k| k.starts_with(&region))
            })
            .map(|b| Choice::named(&b, lang))
            .collect())
    }

    impl crate::errors::StandIn for GrievancePage {
        fn fail(&mut self, message: String) {
            self.found = true;
            self.error = Some(Refusal::page(message));
        }
    }
}
