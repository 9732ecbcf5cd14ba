//! Filing a grievance: one plain form (works without JavaScript on a 360 px phone), errors
//! next to their fields, everything typed kept; the tracking code on success.

use crate::components::grievance_card::{GrievanceCards, GrievanceSummary};
use crate::components::notice::{ErrorNotice, StatusNotice};
use crate::components::text::PageTitle;
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
    /// Each region (its KATO code and name) with its districts and cities.
    places: Vec<(Choice, Vec<Choice>)>,
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
    alike: Alike,
}

/// What is already reported of the same kind in the chosen place (the citizen may
/// support it instead of filing it again).
#[derive(Debug, Clone, Default)]
struct Alike {
    found: Vec<GrievanceSummary>,
    /// The citizen asked ("See if it is already reported"): an empty answer is said too.
    asked: bool,
    /// Both the kind and the place were chosen, so the answer means something.
    chosen: bool,
    /// A signed-in citizen's text was kept as a draft before they look around.
    kept: bool,
}

impl FilePage {
    fn field(&self, name: &str) -> Option<String> {
        crate::forms::error_for(&self.errors, name)
    }
}

#[component]
pub fn FilePageView() -> impl IntoView {
    let page = on_server!(FilePage, server::load(use_form()));
    let ui_lang = use_locale().code();
    view! {
        <section class="narrow">
            <h1>{t("file-title")}</h1>
            <Loaded page render=move |p: FilePage| {
                let title = view! { <PageTitle text=title_with_errors(t("file-title"), !p.errors.is_empty()) /> };
                if let Some(code) = p.filed.clone() {
                    return view! {
                        {title}
                        <StatusNotice message=t("file-done") />
                        <p class="code big">{code.clone()}</p>
                        <p>{t("file-done-keep")}</p>
                        <p>
                            <a class="button" href=format!("/g/{code}")>{t("file-follow")}</a>
                        </p>
                        <p><a href="/my">{t("my-title")}</a></p>
                    }.into_any();
                }
                if p.pending {
                    return view! { {title} <CheckYourMail form=p.form.clone() /> }.into_any();
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
                    <ErrorNotice message=p.error.clone() />
                    <StatusNotice message=p.draft_saved.then(|| t("file-draft-saved")) />
                    <StatusNotice message=p.draft_restored.clone().map(|at| t_args("file-draft-restored", &[("at", crate::i18n::minute(&at).into())])) />
                    // The place filter only speeds the form up: its bundle comes once the
                    // form is touched (see `components::bundle`).
                    <form method="post" class="stack" novalidate id="main-form"
                        enctype="multipart/form-data" data-wake="on-use">
                        <input type="hidden" name="idempotency_key" value=p.key.clone() />
                        {p.guest.then(|| view! {
                            <p class="notice">{t("file-guest-lead")}" "<a href="/signin">{t("nav-signin")}</a></p>
                            <Field name="email" kind="email" label=t("field-email") value=value("email")
                                hint=Some(t("file-guest-email-hint")) error=p.field("email") autocomplete="email" />
                        })}
                        <SelectField name="appeal_kind" label=t("file-kind") selected=chosen("appeal_kind", "complaint")
                            error=p.field("appeal_kind") options=translated(AppealKind::ALL, "kind-") />
                        <SelectField name="category" label=t("file-category") selected=value("category")
                            blank=Some(t("file-choose")) error=p.field("category") options=p.categories.clone() />
                        <PlacePicker places=p.places.clone() form=p.form.clone() error=p.field("kato")
                            landmark_error=p.field("landmark") />
                        // The answer stands below the button: the page comes back scrolled to it.
                        <button type="submit" name="op" value="similar" class="secondary" formaction="#alike">{t("file-alike-check")}</button>
                        <AlreadyReported alike=p.alike.clone() />
                        <Field name="title" label=t("file-title-field") value=value("title")
                            hint=Some(t("file-title-hint")) error=p.field("title") />
                        <AreaField name="body" label=t("file-body") rows="8" value=value("body")
                            hint=Some(t("file-body-hint")) error=p.field("body") />
                        <LanguageField name="lang" label=t("file-lang")
                            selected=chosen("lang", ui_lang) />
                        <div class="field">
                            <label for="file">{t("g-attach-file")}</label>
                            <input id="file" type="file" name="file" multiple
                                accept="image/jpeg,image/png,image/webp,application/pdf"
                                aria-describedby="file-hint file-error" />
                            <small id="file-hint" class="hint">{t("g-attach-hint")}</small>
                            <p id="file-error" class="error" role="alert">{p.field("file")}</p>
                        </div>
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

/// The place in two steps: the region narrows the list of districts and cities (at once
/// with JavaScript, by "Show its districts" without), then the district or city, and in
/// words where exactly. Every district stays in the list until a region is chosen, so one
/// step is enough for whoever knows their district.
#[component]
fn PlacePicker(
    places: Vec<(Choice, Vec<Choice>)>,
    form: FormData,
    error: Option<String>,
    landmark_error: Option<String>,
) -> impl IntoView {
    let kato = form.get("kato");
    let region = Some(form.get("region"))
        .filter(|r| !r.is_empty())
        .or_else(|| {
            places
                .iter()
                .find(|(_, items)| items.iter().any(|c| c.value == kato))
                .map(|(region, _)| region.value.clone())
        })
        .unwrap_or_default();
    let regions: Vec<Choice> = places.iter().map(|(region, _)| region.clone()).collect();
    view! {
        <SelectField name="region" label=t("file-region") selected=region.clone()
            blank=Some(t("file-region-any")) options=regions />
        <button type="submit" id="region-show" name="op" value="region" class="secondary">{t("file-region-show")}</button>
        <crate::islands::PlaceFilter />
        <div class="field">
            <label for="kato">{t("file-place")}</label>
            <select id="kato" name="kato" aria-describedby="kato-hint kato-error"
                aria-invalid=error.is_some().then_some("true")>
                <option value="">{t("file-choose")}</option>
                {places.into_iter().map(|(group, items)| {
                    let elsewhere = !region.is_empty() && group.value != region;
                    view! {
                        <optgroup label=group.label data-region=group.value hidden=elsewhere disabled=elsewhere>
                            {items.into_iter().map(|c| {
                                let chosen = c.value == kato;
                                view! { <option value=c.value selected=chosen>{c.label}</option> }
                            }).collect_view()}
                        </optgroup>
                    }
                }).collect_view()}
            </select>
            <small id="kato-hint" class="hint">{t("file-place-hint")}</small>
            <p id="kato-error" class="error" role="alert">{error}</p>
        </div>
        <Field name="landmark" label=t("file-landmark") value=form.get("landmark")
            hint=Some(t("file-landmark-hint")) error=landmark_error />
    }
}

/// The open public grievances of the chosen kind in the chosen place, when there are some
/// or the citizen asked.
#[component]
fn AlreadyReported(alike: Alike) -> impl IntoView {
    let shown = alike.asked || !alike.found.is_empty();
    shown.then(|| {
        let answer = if !alike.chosen {
            view! { <p class="notice">{t("file-alike-choose")}</p> }.into_any()
        } else {
            view! {
                {(!alike.found.is_empty()).then(|| view! { <p>{t("file-alike-lead")}</p> })}
                {alike.kept.then(|| view! { <p class="muted">{t("file-alike-kept")}</p> })}
                <GrievanceCards items=alike.found empty=t("file-alike-none") />
            }
            .into_any()
        };
        view! {
            <section class="alike" id="alike" aria-labelledby="alike-title">
                <h2 id="alike-title">{t("file-alike-title")}</h2>
                {answer}
            </section>
        }
    })
}

/// A guest's filing waits for the mailed link. The page names the address, and sends the
/// link again (to the same address or a corrected one) by posting the form once more: the
/// new link replaces the earlier one, and the per-address limit holds.
#[component]
fn CheckYourMail(form: FormData) -> impl IntoView {
    let email = form.get("email");
    let kept: Vec<(String, String)> = form
        .0
        .iter()
        .filter(|(name, _)| name != "email" && name != "op")
        .cloned()
        .collect();
    view! {
        <StatusNotice message=t_args("file-guest-sent", &[("email", email.as_str().into())]) />
        <p>{t("file-guest-pending-hint")}</p>
        <form method="post" class="stack" id="main-form">
            <h2>{t("file-guest-again")}</h2>
            {kept.into_iter().map(|(name, value)| view! { <input type="hidden" name=name value=value /> }).collect_view()}
            <Field name="email" kind="email" label=t("field-email") value=email
                hint=Some(t("file-guest-again-hint")) autocomplete="email" />
            <button type="submit" name="op" value="resend" class="secondary">{t("file-guest-resend")}</button>
        </form>
    }
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
    use kenes_core::grievances::queue;
    use kenes_core::models::{Category, Jurisdiction};
    use kenes_i18n::Locale;

    use super::{Choice, FilePage, GrievanceSummary};
    use crate::auth::use_user;
    use crate::forms::{use_uploads, FormData};
    use crate::i18n::use_locale;
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
            landmark: f.get("landmark"),
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
                    attachments::add(c, upload.dir, &code, author.at(now), upload.files)?;
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

    /// A guest's filing waits for the address to be confirmed, with its files already
    /// stored: checked first with the other fields, removed again if the filing is refused.
    fn request_as_guest(
        c: &mut kenes_core::Db,
        f: &FormData,
        lang: Locale,
        upload: Upload<'_>,
        site: &kenes_core::mail::Site,
        now: chrono::NaiveDateTime,
    ) -> Result<Submitted, Error> {
        let input = input_of(f);
        let checked = match attachments::check(upload.files, 0) {
            Ok(checked) => checked,
            Err(e) => {
                let mut errors = filing::validate(c, &input)?;
                errors.push(e);
                return Err(Error::Invalid(errors));
            }
        };
        let stored = attachments::store(upload.dir, &checked)?;
        let requested = guest::request(c, &f.get("email"), lang, &input, &stored, site, now);
        if requested.is_err() {
            attachments::discard(upload.dir, &stored);
        }
        requested.map(|_| Submitted::Pending)
    }

    /// What one visit to the form did, and what the form needs to be shown again.
    #[derive(Default)]
    struct Visit {
        outcome: Option<Result<Submitted, Error>>,
        categories: Vec<Category>,
        places: Vec<(Jurisdiction, Vec<Jurisdiction>)>,
        restored: Option<(
            kenes_core::grievances::drafts::Fields,
            chrono::NaiveDateTime,
        )>,
        draft_saved: bool,
        alike: Option<Vec<queue::Supported>>,
    }

    /// Who posts, with what, and where their files go.
    struct Filer {
        user_id: Option<i64>,
        lang: Locale,
        client: kenes_core::audit::Client,
        site: kenes_core::mail::Site,
        uploads: Vec<attachments::Upload>,
        dir: std::path::PathBuf,
    }

    /// Saves a draft, or files (signed in or as a guest); then reads the form's choices
    /// unless the grievance is filed.
    fn visit(
        c: &mut kenes_core::Db,
        posted: Option<FormData>,
        retyped: bool,
        who: &Filer,
    ) -> Result<Visit, kenes_core::DbError> {
        let now = Utc::now().naive_utc();
        let op = posted.as_ref().map(|f| f.get("op")).unwrap_or_default();
        let wants_draft = op == "draft";
        let restored = match (&posted, who.user_id) {
            (None, Some(id)) => kenes_core::grievances::drafts::load(c, id)?,
            _ => None,
        };
        // Whoever looks at what is already reported may leave the form to support it: what
        // they typed waits for them.
        let keeps_draft = wants_draft || op == "similar";
        if let (true, Some(f), Some(id)) = (keeps_draft, &posted, who.user_id) {
            kenes_core::grievances::drafts::save(c, id, &f.0, now)?;
        }
        // Where the form looked: read now, since filing takes the form.
        let place_and_kind = posted.as_ref().map(|f| (f.get("kato"), f.get("category")));
        let posted = posted.filter(|_| !wants_draft && !retyped);
        let upload = Upload {
            files: &who.uploads,
            dir: &who.dir,
        };
        let outcome = match (posted, who.user_id) {
            (Some(f), Some(id)) => Some(file_signed_in(
                c,
                id,
                &f,
                upload,
                &who.client,
                &who.site,
                now,
            )),
            (Some(f), None) => Some(request_as_guest(c, &f, who.lang, upload, &who.site, now)),
            (None, _) => None,
        };
        // Once filed, the page shows the tracking code, not the form.
        if matches!(outcome, Some(Ok(_))) {
            return Ok(Visit {
                outcome,
                ..Default::default()
            });
        }
        Ok(Visit {
            outcome,
            categories: kenes_core::reference::categories_in_order(c)?,
            places: kenes_core::reference::places(c)?,
            restored,
            draft_saved: wants_draft,
            // Only a form shown again needs it: a filed grievance is not compared.
            alike: already_reported(c, place_and_kind)?,
        })
    }

    /// What is already reported of the kind and in the place the form chose (its KATO code
    /// and category), once both are.
    fn already_reported(
        c: &mut kenes_core::Db,
        chosen: Option<(String, String)>,
    ) -> Result<Option<Vec<queue::Supported>>, kenes_core::DbError> {
        let Some((kato, category)) = chosen.filter(|(k, c)| !k.is_empty() && !c.is_empty()) else {
            return Ok(None);
        };
        queue::alike(c, &kato, &category).map(Some)
    }

    /// The form shown again after a refusal: what was typed, and the message.
    fn refused(form: Option<FormData>, guest: bool, error: String) -> FilePage {
        FilePage {
            error: Some(error),
            key: form
                .as_ref()
                .map(|f| f.get("idempotency_key"))
                .unwrap_or_default(),
            form: form.unwrap_or_default(),
            guest,
            ..Default::default()
        }
    }

    fn page_of(
        v: Visit,
        form: Option<FormData>,
        retyped: bool,
        guest: bool,
        lang: &str,
    ) -> FilePage {
        let choice = |j: &Jurisdiction| Choice::named(j, lang);
        let asked = form.as_ref().is_some_and(|f| f.get("op") == "similar");
        let mut page = FilePage {
            categories: v
                .categories
                .iter()
                .map(|c| Choice::named(c, lang))
                .collect(),
            places: v
                .places
                .iter()
                .map(|(g, items)| (choice(g), items.iter().map(choice).collect()))
                .collect(),
            form: form.clone().unwrap_or_default(),
            key: kenes_core::accounts::tokens::new_id(),
            draft_saved: v.draft_saved,
            guest,
            alike: super::Alike {
                asked,
                chosen: v.alike.is_some(),
                kept: asked && !guest,
                found: v
                    .alike
                    .unwrap_or_default()
                    .into_iter()
                    .map(|(g, n)| GrievanceSummary {
                        supporters: Some(n),
                        ..crate::pages::summary(lang, g)
                    })
                    .collect(),
            },
            ..Default::default()
        };
        if let Some((fields, at)) = v.restored {
            page.form = FormData(fields);
            page.draft_restored = Some(kenes_core::clock::minute_shown(at));
        }
        if v.draft_saved || retyped {
            // Filing the saved or retyped form later is still this form.
            page.key = page.form.get("idempotency_key");
        }
        match v.outcome {
            Some(Ok(Submitted::Filed(code))) => page.filed = Some(code),
            Some(Ok(Submitted::Pending)) => page.pending = true,
            Some(Err(Error::Invalid(errors))) => {
                // Same key again: the corrected form is still the same grievance.
                page.key = form.map(|f| f.get("idempotency_key")).unwrap_or(page.key);
                page.errors = crate::errors::field_messages(&errors, "file");
            }
            Some(Err(e)) => page.error = Some(crate::errors::explain(e, "file").1),
            None => {}
        }
        page
    }

    pub async fn load(form: Option<FormData>) -> FilePage {
        let state = app_state();
        let user = use_user();
        let guest = user.is_none();
        let client = client();
        // Guests' submissions send mail: limited per IP like sign-ups.
        if let (true, Some(_)) = (guest, &form) {
            let ip = client.ip.clone().unwrap_or_default();
            if let Err(refused_now) = state.limits.check(Limited::SignUp, &ip).await {
                let message = crate::errors::refused(refused_now, "file");
                // The key is not kept: the form was not taken at all.
                return FilePage {
                    key: String::new(),
                    ..refused(form, true, message)
                };
            }
        }
        // The language, region and "already reported" buttons post the form only to have it
        // shown again: in the new language, with the region's districts, or with what is
        // already reported there.
        let retyped = form
            .as_ref()
            .is_some_and(|f| matches!(f.get("op").as_str(), "language" | "region" | "similar"));
        let who = Filer {
            user_id: user.as_ref().map(|u| u.id),
            lang: use_locale(),
            client,
            site: state.site.clone(),
            uploads: use_uploads(),
            dir: state.attachment_dir.clone(),
        };
        let posted = form.clone();
        let lang = who.lang;
        let result = interact::<_, _, kenes_core::DbError>(&state.pool, move |c| {
            visit(c, posted, retyped, &who)
        })
        .await;
        match result {
            Ok(v) => page_of(v, form, retyped, guest, lang.code()),
            // The database is out of reach: say so, and give back what was typed.
            Err(e) => {
                let message = crate::errors::explain(Error::Db(e), "file").1;
                refused(form, guest, message)
            }
        }
    }
}
