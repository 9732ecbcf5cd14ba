//! Filing a grievance: one plain form (works without JavaScript on a 360 px phone), errors
//! next to their fields, everything typed kept; the tracking code on success.

use crate::components::text::PageTitle;
use futures::FutureExt;
use kenes_core::grievances::terms::{AppealKind, Privacy};
use leptos::prelude::*;

use crate::components::loaded::Loaded;

use crate::forms::{
    on_server, title_with_errors, translated, use_form, AreaField, Choice, ErrorSummary, Field,
    FormData, LanguageField, SelectField,
};
use crate::i18n::{t, t_args, use_locale};

#[derive(Debug, Clone, Default)]
struct FilePage {
    categories: Vec<Choice>,
    places: Vec<(String, Vec<Choice>)>,
    form: FormData,
    errors: Vec<(String, String)>,
    error: Option<String>,
    filed: Option<String>,
    /// Filing without an account (with an e-mail address to confirm).
    guest: bool,
    /// A guest's filing waits for the confirmation of their address.
    pending: bool,
    /// The draft was saved now, or restored from this time.
    draft_saved: bool,
    draft_restored: Option<String>,
    /// Generated for each fresh form; a resubmit of the same form files once.
    key: String,
}

impl FilePage {
    fn field(&self, name: &str) -> Option<String> {
        self.errors
            .iter()
            .find(|(f, _)| f == name)
            .map(|(_, m)| m.clone())
    }
}

#[component]
pub fn FilePageView() -> impl IntoView {
    let page = on_server!(FilePage, server::load(use_form()))
        .boxed()
        .shared();
    let ui_lang = use_locale().code();
    view! {
        <section class="narrow">
            <h1>{t("file-title")}</h1>
            <Loaded page render=move |p: FilePage| {
                let title = view! { <PageTitle text=title_with_errors(t("file-title"), !p.errors.is_empty()) /> };
                if let Some(code) = p.filed.clone() {
                    return view! {
                        {title}
                        <p class="notice" role="status">{t("file-done")}</p>
                        <p class="code big">{code.clone()}</p>
                        <p>{t("file-done-keep")}</p>
                        <p>
                            <a class="button" href=format!("/g/{code}")>{t("file-follow")}</a>
                        </p>
                        <p><a href="/my">{t("my-title")}</a></p>
                    }.into_any();
                }
                if p.pending {
                    return view! {
                        {title}
                        <p class="notice" role="status">{t("file-guest-pending")}</p>
                        <p>{t("file-guest-pending-hint")}</p>
                    }.into_any();
                }
                let value = |name: &str| p.form.get(name);
                // What the form chose, or the default before the first post.
                let chosen = |name: &str, default: &str| {
                    let chosen = p.form.get(name);
                    if chosen.is_empty() { default.to_owned() } else { chosen }
                };
                view! {
                    {title}
                    <ErrorSummary errors=p.errors.clone() />
                    {p.error.clone().map(|e| view! { <p class="notice error-notice" role="alert">{e}</p> })}
                    {p.draft_saved.then(|| view! { <p class="notice" role="status">{t("file-draft-saved")}</p> })}
                    {p.draft_restored.clone().map(|at| view! { <p class="notice" role="status">{t_args("file-draft-restored", &[("at", at.as_str().into())])}</p> })}
                    <form method="post" class="stack" novalidate
                        enctype=(!p.guest).then_some("multipart/form-data")>
                        <input type="hidden" name="idempotency_key" value=p.key.clone() />
                        {p.guest.then(|| view! {
                            <p class="notice">{t("file-guest-lead")}" "<a href="/signin">{t("nav-signin")}</a></p>
                            <Field name="email" kind="email" label=t("field-email") value=value("email")
                                hint=Some(t("file-guest-email-hint")) error=p.field("email") autocomplete="email" />
                        })}
                        <SelectField name="appeal_kind" label=t("file-kind") selected=chosen("appeal_kind", "complaint")
                            error=p.field("appeal_kind") options=translated(AppealKind::ALL.iter().map(|k| k.as_str()), "kind-") />
                        <SelectField name="category" label=t("file-category") selected=value("category")
                            blank=Some(t("file-choose")) error=p.field("category") options=p.categories.clone() />
                        <div class="field">
                            <label for="kato">{t("file-place")}</label>
                            <select id="kato" name="kato" aria-describedby="kato-hint kato-error">
                                <option value="">{t("file-choose")}</option>
                                {p.places.iter().map(|(group, items)| view! {
                                    <optgroup label=group.clone()>
                                        {items.iter().map(|c| view! { <option value=c.value.clone() selected=value("kato") == c.value>{c.label.clone()}</option> }).collect_view()}
                                    </optgroup>
                                }).collect_view()}
                            </select>
                            <small id="kato-hint" class="hint">{t("file-place-hint")}</small>
                            <p id="kato-error" class="error" role="alert">{p.field("kato")}</p>
                        </div>
                        <Field name="title" label=t("file-title-field") value=value("title")
                            hint=Some(t("file-title-hint")) error=p.field("title") />
                        <AreaField name="body" label=t("file-body") rows="8" value=value("body")
                            hint=Some(t("file-body-hint")) error=p.field("body") />
                        <LanguageField name="lang" label=t("file-lang")
                            selected=chosen("lang", ui_lang) />
                        {(!p.guest).then(|| view! {
                            <div class="field">
                                <label for="file">{t("g-attach-file")}</label>
                                <input id="file" type="file" name="file" multiple
                                    accept="image/jpeg,image/png,image/webp,application/pdf"
                                    aria-describedby="file-hint file-error" />
                                <small id="file-hint" class="hint">{t("g-attach-hint")}</small>
                                <p id="file-error" class="error" role="alert">{p.field("file")}</p>
                            </div>
                        })}
                        <fieldset class="field" id="privacy">
                            <legend>{t("file-privacy")}</legend>
                            // A guest has no display name to file under.
                            {Privacy::OFFERED.iter().filter(|v| !(p.guest && **v == Privacy::Public)).map(|v| v.as_str()).map(|v| view! {
                                <label class="choice">
                                    <input type="radio" name="privacy" value=v checked=chosen("privacy", "public_anonymous") == v />
                                    <span>
                                        <strong>{t(&format!("privacy-{v}"))}</strong>
                                        <small class="hint">{t(&format!("privacy-{v}-hint"))}</small>
                                    </span>
                                </label>
                            }).collect_view()}
                            <p class="error" role="alert">{p.field("privacy")}</p>
                        </fieldset>
                        <div class="row">
                            <button type="submit">{t("file-submit")}</button>
                            {(!p.guest).then(|| view! {
                                <button type="submit" name="op" value="draft" class="secondary">{t("file-draft")}</button>
                            })}
                        </div>
                    </form>
                }.into_any()
            } />
        </section>
    }
    .into_any()
}

#[cfg(feature = "ssr")]
mod server {
    use chrono::Utc;
    use kenes_core::actor::Actor;
    use kenes_core::db::interact;
    use kenes_core::error::Error;
    use kenes_core::grievances::attachments;
    use kenes_core::grievances::filing::{self, Filing};
    use kenes_core::grievances::guest;
    use kenes_core::models::{Category, Jurisdiction};

    use super::{Choice, FilePage};
    use crate::auth::use_user;
    use crate::forms::{use_uploads, FormData};
    use crate::i18n::{t, use_locale};
    use crate::rate_limit::Limited;
    use crate::state::{app_state, client};

    /// What a submission led to.
    enum Submitted {
        Filed(String),
        /// A guest's filing waits for their address to be confirmed.
        Pending,
    }

    fn input_of(f: &FormData) -> Filing {
        Filing {
            appeal_kind: f.get("appeal_kind"),
            category: f.get("category"),
            kato: f.get("kato"),
            title: f.get("title"),
            body: f.get("body"),
            lang: f.get("lang"),
            privacy: f.get("privacy"),
            idempotency_key: f.get("idempotency_key"),
            point: None,
        }
    }

    /// The files posted with the form and where they are kept.
    struct Upload<'a> {
        files: &'a [attachments::Upload],
        dir: &'a std::path::Path,
    }

    /// Files a signed-in citizen's grievance with its attachments, all or nothing: a
    /// grievance whose files could not be stored (a full disk) is not filed, and the citizen
    /// is told so with their text kept. Files are checked before anything is filed, with the
    /// other fields; what the citizen typed is kept as a draft when the form comes back with
    /// errors.
    fn file_signed_in(
        c: &mut kenes_core::Db,
        id: i64,
        f: &FormData,
        upload: Upload<'_>,
        client: &kenes_core::audit::Client,
        site: &kenes_core::mail::Site,
        now: chrono::NaiveDateTime,
    ) -> Result<Submitted, Error> {
        let input = input_of(f);
        let filed = match attachments::check(upload.files, 0) {
            Err(e) => {
                let mut errors = filing::validate(c, &input)?;
                errors.push(e);
                Err(Error::Invalid(errors))
            }
            // A form sent without a file still carries an empty file field.
            Ok(checked) => kenes_core::db::write_transaction(c, |c| {
                let code = filing::file(c, id, &input, client, site, now)?;
                if !checked.is_empty() {
                    let author = Actor::user(id, vec![]);
                    attachments::add(c, upload.dir, &code, &author, upload.files, now)?;
                }
                Ok(code)
            }),
        };
        if let Err(Error::Invalid(_)) = &filed {
            // What the citizen typed is kept even if they leave now.
            kenes_core::grievances::drafts::save(c, id, &f.0, now)?;
        }
        filed.map(Submitted::Filed)
    }

    pub async fn load(form: Option<FormData>) -> FilePage {
        let Ok(state) = app_state() else {
            return FilePage {
                error: Some(t("err-server")),
                ..Default::default()
            };
        };
        let user = use_user();
        let lang = use_locale().code();
        let client = client();
        let site = state.site.clone();
        // Guests' submissions send mail: limited per IP like sign-ups.
        if let (None, Some(_)) = (&user, &form) {
            let ip = client.ip.clone().unwrap_or_default();
            if let Err(refused) = state.limits.check(Limited::SignUp, &ip).await {
                return FilePage {
                    error: Some(crate::errors::refused(refused, "file")),
                    form: form.unwrap_or_default(),
                    guest: true,
                    ..Default::default()
                };
            }
        }
        let posted = form.clone();
        let user_id = user.as_ref().map(|u| u.id);
        let uploads = use_uploads();
        let dir = state.attachment_dir.clone();
        let result = interact::<_, _, kenes_core::DbError>(&state.pool, move |c| {
            let now = Utc::now().naive_utc();
            let wants_draft = posted.as_ref().is_some_and(|f| f.get("op") == "draft");
            let restored = match (&posted, user_id) {
                (None, Some(id)) => kenes_core::grievances::drafts::load(c, id)?,
                _ => None,
            };
            if let (true, Some(f), Some(id)) = (wants_draft, &posted, user_id) {
                kenes_core::grievances::drafts::save(c, id, &f.0, now)?;
            }
            let posted = posted.filter(|_| !wants_draft);
            let outcome = match (posted, user_id) {
                (Some(f), Some(id)) => {
                    let upload = Upload {
                        files: &uploads,
                        dir: &dir,
                    };
                    Some(file_signed_in(c, id, &f, upload, &client, &site, now))
                }
                (Some(f), None) => {
                    let email = f.get("email");
                    let requested = guest::request(c, &email, lang, &input_of(&f), &site, now);
                    Some(requested.map(|_| Submitted::Pending))
                }
                (None, _) => None,
            };
            // Once filed, the page shows the tracking code, not the form.
            if matches!(outcome, Some(Ok(_))) {
                return Ok((outcome, vec![], vec![], None, wants_draft));
            }
            let cats: Vec<Category> = kenes_core::reference::categories_in_order(c)?;
            let places = kenes_core::reference::places(c)?;
            Ok((outcome, cats, places, restored, wants_draft))
        })
        .await;
        let (outcome, cats, places, restored, draft_saved) = match result {
            Ok(loaded) => loaded,
            // The database is out of reach: say so, and give back what was typed.
            Err(e) => {
                return FilePage {
                    error: Some(crate::errors::explain(Error::Db(e), "file").1),
                    key: form
                        .as_ref()
                        .map(|f| f.get("idempotency_key"))
                        .unwrap_or_default(),
                    form: form.unwrap_or_default(),
                    guest: user.is_none(),
                    ..Default::default()
                };
            }
        };
        let name = |j: &Jurisdiction| j.name(lang).to_owned();
        let mut page = FilePage {
            categories: cats
                .iter()
                .map(|c| Choice {
                    value: c.code.clone(),
                    label: c.name(lang).to_owned(),
                })
                .collect(),
            places: places
                .iter()
                .map(|(g, items)| {
                    (
                        name(g),
                        items
                            .iter()
                            .map(|j| Choice {
                                value: j.kato.clone(),
                                label: name(j),
                            })
                            .collect(),
                    )
                })
                .collect(),
            form: form.clone().unwrap_or_default(),
            key: kenes_core::accounts::tokens::new_id(),
            draft_saved,
            guest: user.is_none(),
            ..Default::default()
        };
        if let Some((fields, at)) = restored {
            page.form = FormData(fields);
            page.draft_restored = Some(at.format("%Y-%m-%d %H:%M").to_string());
        }
        if draft_saved {
            // Filing the saved draft later is still this form.
            page.key = page.form.get("idempotency_key");
        }
        match outcome {
            Some(Ok(Submitted::Filed(code))) => page.filed = Some(code),
            Some(Ok(Submitted::Pending)) => page.pending = true,
            Some(Err(Error::Invalid(errors))) => {
                // Same key again: the corrected form is still the same grievance.
                page.key = form.map(|f| f.get("idempotency_key")).unwrap_or(page.key);
                page.errors = errors
                    .into_iter()
                    .map(|e| (e.field.to_owned(), t(&format!("err-file-{}", e.code))))
                    .collect();
            }
            Some(Err(e)) => page.error = Some(crate::errors::explain(e, "file").1),
            None => {}
        }
        page
    }
}
