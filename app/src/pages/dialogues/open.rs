//! Opening a public dialogue (`/dialogues/new`): a coordinator's opens at once, a certified
//! mediator's waits for a coordinator's approval. From an alert (`?alert=ID`) the territory,
//! the body and the grievances are filled in.

use crate::components::notice::ErrorNotice;
use crate::components::text::PageTitle;
use leptos::prelude::*;

use crate::auth::require_staff;
use crate::components::loaded::Loaded;
use crate::forms::{
    on_server, title_with_errors, use_form, AreaField, CheckField, Choice, ErrorSummary, Field,
    FormData, OpForm, SelectField,
};
use crate::i18n::t;
use kenes_core::permissions::Tool;

/// The steps this page's form posts.
pub const OPS: &[&str] = &["open"];

#[derive(Debug, Clone, Default)]
struct OpenPage {
    places: Vec<Choice>,
    facilitators: Vec<Choice>,
    bodies: Vec<Choice>,
    form: FormData,
    /// (field, message) for every refused field.
    errors: Vec<(String, String)>,
    error: Option<String>,
}

impl OpenPage {
    fn field(&self, name: &str) -> Option<String> {
        crate::forms::error_for(&self.errors, name)
    }
}

#[component]
pub fn OpenDialoguePage() -> impl IntoView {
    let user = match require_staff("dialogue-open") {
        Ok(user) => user,
        Err(refused) => return refused,
    };
    // Coordinators open dialogues, mediators propose them; nobody else is shown the form.
    if !user
        .tools
        .iter()
        .any(|t| matches!(t, Tool::Dashboard | Tool::MediatorProfile))
    {
        return view! {
            <PageTitle text=t("dialogue-open") />
            <section class="narrow"><h1>{t("dialogue-open")}</h1>
                <ErrorNotice message=t("err-forbidden") /></section>
        }
        .into_any();
    }
    let alert = crate::address::query_as::<i64>("alert");
    let page = on_server!(OpenPage, server::load(use_form(), alert));
    view! {
        <section class="narrow stack">
            <Loaded page render=form />
        </section>
    }
    .into_any()
}

fn form(p: OpenPage) -> AnyView {
    let p = &p;
    let f = &p.form;
    let background = |lang: &'static str, name: &'static str| {
        view! {
            <AreaField name=name label=t(&format!("dialogue-background-{lang}")) value=f.get(name)
                rows="4" maxlength="5000" error=(lang == "ru").then(|| p.field("background")).flatten() />
        }
    };
    view! {
        <PageTitle text=title_with_errors(t("dialogue-open"), !p.errors.is_empty()) />
        <h1>{t("dialogue-open")}</h1>
        <p>{t("dialogue-open-lead")}</p>
        <ErrorSummary errors=p.errors.clone() />
        <ErrorNotice message=p.error.clone() />
        <OpForm op="open" submit="dialogue-open-submit" novalidate=true>
            <input type="hidden" name="alert" value=f.get("alert") />
            <Field name="question" label=t("dialogue-question") value=f.get("question")
                hint=Some(t("dialogue-question-hint")) error=p.field("question") />
            {background("kk", "background_kk")}
            {background("ru", "background_ru")}
            {background("en", "background_en")}
            <SelectField name="kato" label=t("dialogue-territory") options=p.places.clone()
                selected=f.get("kato") blank=Some(t("alert-country")) error=p.field("kato") />
            <SelectField name="facilitator" label=t("dialogue-facilitator") options=p.facilitators.clone()
                selected=f.get("facilitator") blank=Some(t("dialogue-choose")) error=p.field("facilitator") />
            <Field name="opens_on" kind="date" label=t("dialogue-opens-on") value=f.get("opens_on")
                error=p.field("opens_on") />
            <Field name="closes_on" kind="date" label=t("dialogue-closes-on") value=f.get("closes_on")
                error=p.field("closes_on") />
            <SelectField name="body" label=t("dialogue-body") options=p.bodies.clone()
                selected=f.get("body") blank=Some(t("dialogue-choose")) error=p.field("bodies") />
            <Field name="grievances" label=t("dialogue-grievances") value=f.get("grievances")
                hint=Some(t("dialogue-grievances-hint")) error=p.field("grievances") />
            <CheckField name="residents_only" label=t("dialogue-residents-only") checked=f.get("residents_only") == "yes" />
        </OpForm>
    }
    .into_any()
}

#[cfg(feature = "ssr")]
mod server {
    use chrono::Utc;
    use kenes_core::actor::Actor;
    use kenes_core::db::interact;
    use kenes_core::dialogues::opening::{self, Opening};
    use kenes_core::error::Error;

    use super::OpenPage;
    use crate::auth::use_user;
    use crate::forms::{redirect, Choice, FormData};
    use crate::i18n::use_locale;
    use crate::state::app_state;

    fn opening_of(f: &FormData) -> Opening {
        Opening {
            question: f.get("question"),
            background: [
                f.get("background_kk"),
                f.get("background_ru"),
                f.get("background_en"),
            ],
            kato: f.get("kato"),
            facilitator_user_id: f.get("facilitator").parse().unwrap_or(0),
            opens_on: f.get("opens_on"),
            closes_on: f.get("closes_on"),
            bodies: Some(f.get("body"))
                .filter(|b| !b.is_empty())
                .into_iter()
                .collect(),
            grievances: f
                .get("grievances")
                .split(|c: char| c == ',' || c.is_whitespace())
                .filter(|c| !c.is_empty())
                .map(|c| c.trim().to_uppercase())
                .collect(),
            residents_only: f.get("residents_only") == "yes",
            alert_id: f.get("alert").parse().ok(),
        }
    }

    /// The form's fields from an alert's opening.
    fn form_of(o: Opening) -> FormData {
        let mut fields = vec![
            ("kato".to_owned(), o.kato),
            ("grievances".to_owned(), o.grievances.join(" ")),
            (
                "alert".to_owned(),
                o.alert_id.map(|a| a.to_string()).unwrap_or_default(),
            ),
        ];
        if let Some(body) = o.bodies.into_iter().next() {
            fields.push(("body".to_owned(), body));
        }
        FormData(fields)
    }

    pub async fn load(form: Option<FormData>, alert: Option<i64>) -> OpenPage {
        let state = app_state();
        let Some(user) = use_user() else {
            return OpenPage::default();
        };
        let lang = use_locale().code();
        let posted = form.clone();
        let site = state.site.clone();
        let result = interact::<_, _, Error>(&state.pool, move |c| {
            let actor: Actor = crate::auth::actor_of(c, &user)?;
            let now = Utc::now().naive_utc();
            let act = actor.at(now);
            let outcome = posted.map(|f| opening::open(c, act, &opening_of(&f), &site));
            let prefill = match alert {
                Some(id) => opening::from_alert(c, &actor, id)?,
                None => None,
            };
            Ok((
                outcome,
                prefill,
                opening::choices(c, kenes_core::clock::day_of(now))?,
            ))
        })
        .await;
        let (outcome, prefill, choices) = match result {
            Ok(found) => found,
            Err(e) => {
                return OpenPage {
                    error: Some(crate::errors::load_failed(e, "dialogue opening")),
                    form: form.unwrap_or_default(),
                    ..Default::default()
                }
            }
        };
        let mut page = OpenPage {
            places: choices
                .places
                .iter()
                .map(|j| Choice {
                    value: j.kato.clone(),
                    label: format!("{} ({})", j.name(lang), j.kato),
                })
                .collect(),
            facilitators: choices
                .facilitators
                .into_iter()
                .map(|(id, name)| Choice {
                    value: id.to_string(),
                    label: name,
                })
                .collect(),
            bodies: choices
                .bodies
                .iter()
                .map(|b| Choice::named(b, lang))
                .collect(),
            form: form.clone().or(prefill.map(form_of)).unwrap_or_default(),
            ..Default::default()
        };
        match outcome {
            Some(Ok(id)) => redirect(&format!("/dialogues/{id}")),
            Some(Err(Error::Invalid(errors))) => {
                page.errors = crate::errors::field_messages(&errors, "dialogue");
            }
            Some(Err(e)) => page.error = Some(crate::errors::explain(e, "dialogue").1),
            None => {}
        }
        page
    }
}
