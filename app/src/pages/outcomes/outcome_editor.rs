//! Where the coordinator of a case's level prepares its public outcome (`/g/CODE/outcome`):
//! an anonymised title and summary, the result and the language. Names, e-mail addresses,
//! phone numbers and IINs found in the text are listed and block publication until the
//! text is rewritten. A published outcome is corrected or withdrawn here, with a note.

use crate::components::notice::ErrorNotice;
use crate::components::text::PageTitle;
use leptos::prelude::*;

use crate::components::loaded::Loaded;

use crate::auth::{require_user, SecondFactorRequired};
use crate::forms::{
    on_server, translated, use_form, AreaField, Field, LanguageField, OpForm, SelectField,
};
use crate::i18n::t;
use crate::pages::not_found::Missing;

/// The steps this page's forms post.
#[cfg(feature = "ssr")]
pub const OPS: &[&str] = <server::Op as strum::VariantNames>::VARIANTS;

#[derive(Debug, Clone, Default)]
struct Editor {
    found: bool,
    code: String,
    grievance_title: String,
    /// Why nothing can be published yet (not finished, no consent), if so.
    blocked: Option<String>,
    /// (id, status) of the outcome already published.
    outcome: Option<(i64, String)>,
    title: String,
    summary: String,
    result: String,
    lang: String,
    /// (field, message).
    errors: Vec<(String, String)>,
    /// (field, kind, the words found).
    flags: Vec<(String, String, String)>,
    /// An error that is no field's.
    error: Option<String>,
}

#[component]
pub fn OutcomeEditorPage() -> impl IntoView {
    let Some(user) = require_user() else {
        return ().into_any();
    };
    if !user.staff {
        return view! { <Missing title=t("outcome-prepare") message=t("err-forbidden") /> }
            .into_any();
    }
    if !user.second_factor {
        return view! { <SecondFactorRequired title=t("outcome-prepare") /> }.into_any();
    }
    let code = crate::address::path("code");
    let page = on_server!(Editor, server::load(code, use_form()));
    view! {
        <PageTitle text=t("outcome-prepare") />
        <Loaded page render=move |e: Editor| {
            if !e.found {
                return view! { <Missing title=t("outcome-prepare") message=t("err-forbidden") /> }.into_any();
            }
            view! { <EditorView e /> }.into_any()
        } />
    }
    .into_any()
}

#[component]
fn EditorView(e: Editor) -> impl IntoView {
    let err = |field: &str| {
        e.errors
            .iter()
            .find(|(f, _)| f == field)
            .map(|(_, m)| m.clone())
    };
    let published = e.outcome.as_ref().is_some_and(|(_, s)| s == "published");
    let flags = (!e.flags.is_empty()).then(|| {
        view! {
            <div class="notice error-notice" role="alert">
                <p>{t("outcome-flags")}</p>
                <ul>{e.flags.iter().map(|(field, kind, found)| view! {
                    <li>{format!("{} · {}: «{found}»", t(&format!("outcome-field-{field}")), t(&format!("outcome-flag-{kind}")))}</li>
                }).collect_view()}</ul>
            </div>
        }
    });
    let form = (e.blocked.is_none() && (e.outcome.is_none() || published)).then(|| {
        let op = if published { "correct" } else { "publish" };
        view! {
            <OpForm op=op id="outcome-form">
                <Field name="title" label=t("outcome-title-label") value=e.title.clone() error=err("title") />
                <AreaField name="summary" label=t("outcome-summary-label") rows="8" maxlength="5000"
                    value=e.summary.clone() hint=Some(t("outcome-summary-hint")) error=err("summary") />
                <SelectField name="result" label=t("outcome-result-label") selected=e.result.clone() error=err("result")
                    options=translated(kenes_core::grievances::terms::OutcomeResult::CHOSEN, "result-") />
                <LanguageField name="lang" label=t("file-lang") selected=e.lang.clone() />
                {published.then(|| view! {
                    <Field name="note" label=t("outcome-correction-note") error=err("note") />
                })}
                <button type="submit">{t(&format!("outcome-op-{op}"))}</button>
            </OpForm>
        }
    });
    let withdraw = published.then(|| {
        view! {
            <OpForm op="withdraw" id="withdraw-form">
                <div class="field">
                    <label for="withdraw-note">{t("outcome-withdraw-note")}</label>
                    <input id="withdraw-note" name="withdraw_note" aria-describedby="withdraw-note-error" />
                    <p id="withdraw-note-error" class="error" role="alert">{err("withdraw_note")}</p>
                </div>
                <button type="submit" class="danger">{t("outcome-op-withdraw")}</button>
            </OpForm>
        }
    });
    view! {
        <section class="narrow stack">
            <h1>{t("outcome-prepare")}</h1>
            <p><a href=format!("/g/{}", e.code)>{e.grievance_title.clone()}</a></p>
            {e.outcome.as_ref().map(|(id, status)| view! {
                <p class="notice">{t(&format!("outcome-status-{status}"))}" "<a href=format!("/outcomes/{id}")>{t("outcome-open")}</a></p>
            })}
            <ErrorNotice message=e.blocked.clone() />
            <ErrorNotice message=e.error.clone() />
            {flags}
            {form}
            {withdraw}
        </section>
    }
}

#[cfg(feature = "ssr")]
mod server {
    use chrono::Utc;
    use kenes_core::actor::Actor;
    use kenes_core::db::interact;
    use kenes_core::error::Error;
    use kenes_core::grievances::read;
    use kenes_core::grievances::terms::parse_tracking_code;
    use kenes_core::outcomes::{self, Input};

    use super::Editor;
    use crate::auth::use_user;
    use crate::forms::{redirect, FormData};
    use crate::i18n::t;
    use crate::state::app_state;

    crate::forms::form_ops! {
        /// An outcome published, corrected (with a note saying what changed), or withdrawn.
        pub(super) enum Op {
            Publish(Input),
            Correct {
                #[serde(flatten)]
                input: Input,
                #[serde(default)]
                note: String,
            },
            Withdraw {
                #[serde(default)]
                withdraw_note: String,
            },
        }
    }

    fn perform(
        c: &mut kenes_core::Db,
        code: &str,
        actor: &Actor,
        f: &FormData,
    ) -> Result<i64, Error> {
        let act = actor.at(Utc::now().naive_utc());
        let g = read::find(c, code)?;
        let existing = outcomes::of_grievance(c, g.id)?.map(|o| o.id);
        match (f.op::<Op>(), existing) {
            (Some(Op::Publish(input)), _) => outcomes::publish(c, code, act, &input),
            (Some(Op::Correct { input, note }), Some(id)) => {
                outcomes::correct(c, id, act, &input, &note).map(|_| id)
            }
            (Some(Op::Withdraw { withdraw_note }), Some(id)) => {
                outcomes::withdraw(c, id, act, &withdraw_note)
                    .map_err(|e| match e {
                        // The form names its note field differently from a correction's.
                        Error::Invalid(mut errors) => {
                            for e in &mut errors {
                                if e.field == "note" {
                                    e.field = "withdraw_note";
                                }
                            }
                            Error::Invalid(errors)
                        }
                        other => other,
                    })
                    .map(|_| id)
            }
            _ => Err(Error::Forbidden),
        }
    }

    /// Why nothing can be published yet: the case is not finished, or a new outcome lacks
    /// the parties' consent.
    fn blocked(
        c: &mut kenes_core::Db,
        g: &kenes_core::models::Grievance,
        exists: bool,
    ) -> Result<Option<&'static str>, kenes_core::DbError> {
        if !outcomes::finished(g) {
            return Ok(Some("not-finished"));
        }
        if exists {
            return Ok(None);
        }
        Ok(outcomes::consent_missing(c, g)?.map(|why| match why {
            "private" => "no-consent-private",
            _ => "no-consent",
        }))
    }

    /// A refused step: personal data flagged field by field, field errors, or one message.
    fn show_error(e: &mut Editor, err: Error) {
        match err {
            Error::Personal(flags) => {
                e.flags = flags
                    .into_iter()
                    .map(|(field, flag)| (field.to_owned(), flag.kind.to_owned(), flag.found))
                    .collect();
                e.errors = e
                    .flags
                    .iter()
                    .map(|(field, _, _)| (field.clone(), t("err-outcome-personal")))
                    .collect();
            }
            Error::Invalid(errors) => {
                e.errors = crate::errors::field_messages(&errors, "outcome");
            }
            Error::Forbidden | Error::NotFound => {
                e.error = Some(t("err-forbidden"));
            }
            other => {
                e.error = Some(crate::errors::load_failed(other, "outcome step"));
            }
        }
    }

    pub async fn load(code: String, form: Option<FormData>) -> Editor {
        let state = app_state();
        let (Some(code), Some(user)) = (parse_tracking_code(&code), use_user()) else {
            return Editor::default();
        };
        let posted = form.clone();
        let wanted = code.clone();
        let result = interact::<_, _, kenes_core::DbError>(&state.pool, move |c| {
            let actor = crate::auth::actor_of(c, &user)?;
            let Ok(g) = read::find(c, &wanted) else {
                return Ok(None);
            };
            if !outcomes::may_publish(&actor, &g) {
                return Ok(None);
            }
            let outcome = posted.map(|f| perform(c, &wanted, &actor, &f));
            let existing = outcomes::of_grievance(c, g.id)?;
            let blocked = blocked(c, &g, existing.is_some())?;
            Ok(Some((outcome, g, existing, blocked)))
        })
        .await;
        let (outcome, g, existing, blocked) =
            match crate::errors::found_or(result, "outcome editor") {
                Ok(found) => found,
                Err(page) => {
                    return Editor {
                        code: code.clone(),
                        ..page
                    }
                }
            };
        let f = form.unwrap_or_default();
        let pick = |name: &str, saved: Option<&str>, default: &str| {
            if !f.get(name).is_empty() {
                f.get(name)
            } else {
                saved.unwrap_or(default).to_owned()
            }
        };
        let mut e = Editor {
            found: true,
            code: code.clone(),
            grievance_title: g.title.clone(),
            blocked: blocked.map(|b| t(&format!("err-outcome-{b}"))),
            outcome: existing.as_ref().map(|o| (o.id, o.status.to_string())),
            title: pick("title", existing.as_ref().map(|o| o.title.as_str()), ""),
            summary: pick("summary", existing.as_ref().map(|o| o.summary.as_str()), ""),
            result: pick(
                "result",
                existing.as_ref().map(|o| o.result.as_str()),
                "answered",
            ),
            lang: pick(
                "lang",
                existing.as_ref().map(|o| o.lang.code()),
                g.lang.code(),
            ),
            ..Default::default()
        };
        match outcome {
            Some(Ok(id)) => {
                state.index_notify.notify_one();
                redirect(&format!("/outcomes/{id}"));
            }
            Some(Err(err)) => show_error(&mut e, err),
            None => {}
        }
        e
    }

    impl crate::errors::StandIn for Editor {
        fn fail(&mut self, message: String) {
            self.found = true;
            self.error = Some(message);
        }
    }
}
