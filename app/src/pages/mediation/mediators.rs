//! Mediators: `/mediator` for a mediator's own profile (bio, languages, specialisations,
//! availability) and declared ties; `/admin/mediators` for administrators to record
//! certifications. The domain checks each right again.

use crate::components::layout::StaffPage;
use crate::components::notice::{ErrorNotice, StatusNotice};
use leptos::prelude::*;

use crate::forms::{
    on_server, translated, use_form, AreaField, CheckField, CheckboxesField, Field, FormData,
    OpForm, Refusal, RefusalAt, SelectField,
};
use crate::i18n::t;

/// The steps the mediator's own profile page posts.
#[cfg(feature = "ssr")]
pub const OPS: &[&str] = <server::Op as strum::VariantNames>::VARIANTS;
/// The steps the administrators' mediator page posts.
#[cfg(feature = "ssr")]
pub const ADMIN_OPS: &[&str] = <server::AdminOp as strum::VariantNames>::VARIANTS;

#[derive(Debug, Clone, Default)]
struct MediatorPage {
    denied: bool,
    bio: String,
    languages: Vec<String>,
    specialisations: Vec<String>,
    available: bool,
    /// Kept out of the public registry.
    hidden: bool,
    certification: Option<String>,
    ties: Vec<(String, String)>,
    /// What the parties said of this mediator, as the public record shows it.
    feedback: crate::pages::mediation::registry::Feedback,
    /// Administrators: (user id, name, e-mail, certification).
    roster: Vec<(i64, String, String, Option<String>)>,
    error: Option<Refusal>,
    notice: Option<String>,
    /// The form posted, when it was refused: it comes back as it was filled in.
    typed: FormData,
}

/// The staff page frame: sign-in, second factor, then the content once loaded.
fn staff_page(title_key: &'static str, admin: bool, body: fn(MediatorPage) -> AnyView) -> AnyView {
    let page = on_server!(MediatorPage, server::load(admin, use_form()));
    view! {
        <StaffPage title=title_key class="narrow" page render=move |p: MediatorPage| {
            if p.denied {
                return view! { <ErrorNotice message=t("err-forbidden") /> }.into_any();
            }
            view! {
                <StatusNotice message=p.notice.clone() />
                {p.error.as_ref().map(|r| view! { <ErrorNotice message=r.message() /> })}
                {body(p)}
            }.into_any()
        } />
    }
    .into_any()
}

#[component]
pub fn MediatorProfilePage() -> impl IntoView {
    staff_page("mediator-title", false, |p| {
        view! {
            <p class="muted">{p.certification.clone().unwrap_or_else(|| t("mediator-uncertified"))}</p>
            <OpForm op="profile" submit="profile-save" id="profile-form">
                <AreaField name="bio" label=t("mediator-bio") rows="4" maxlength="2000" value=p.bio.clone() />
                <CheckboxesField name="languages" legend=t("mediator-languages") checked=p.languages.clone()
                    options=translated(kenes_core::mediation::terms::LANGUAGES, "lang-") />
                <CheckboxesField name="specialisations" legend=t("mediator-specialisations") checked=p.specialisations.clone()
                    options=translated(kenes_core::mediation::terms::SPECIALISATIONS, "spec-") />
                <CheckField name="available" label=t("mediator-available") checked=p.available />
                <CheckField name="hidden" label=t("mediator-hidden") checked=p.hidden />
            </OpForm>
            <crate::pages::mediation::registry::FeedbackFigures feedback=p.feedback.clone() />
            <h2>{t("mediator-ties")}</h2>
            <p>{t("mediator-ties-lead")}</p>
            <ul>
                {p.ties.iter().map(|(kind, value)| view! { <li>{t(&format!("tie-{kind}"))}": "{value.clone()}</li> }).collect_view()}
            </ul>
            <OpForm op="tie" submit="mediator-tie-declare" id="tie-form">
                <SelectField name="kind" label=t("mediator-tie-kind") selected=p.typed.get("kind")
                    options=translated(kenes_core::mediation::terms::TieKind::ALL, "tie-") />
                <Field name="value" label=t("mediator-tie-value") hint=Some(t("mediator-tie-hint"))
                    value=p.typed.get("value") error=p.error.of_field("value") />
                <Field name="note" label=t("mediator-tie-note") value=p.typed.get("note") />
            </OpForm>
        }
        .into_any()
    })
}

#[component]
pub fn AdminMediatorsPage() -> impl IntoView {
    staff_page("mediators-title", true, |p| {
        view! {
            <ul class="cards stack">
                {p.roster.iter().map(|(id, name, email, cert)| view! {
                    <li class="card">
                        <p><strong>{name.clone()}</strong>" · "{email.clone()}</p>
                        <p class="muted">{cert.clone().unwrap_or_else(|| t("mediator-uncertified"))}</p>
                        <OpForm op="certify" submit="mediators-certify" id=format!("certify-{id}")>
                            <input type="hidden" name="mediator" value=id.to_string() />
                            <div class="field">
                                <label for=format!("issuer-{id}")>{t("mediators-issuer")}</label>
                                <input id=format!("issuer-{id}") name="issuer" />
                            </div>
                            <div class="field">
                                <label for=format!("number-{id}")>{t("mediators-number")}</label>
                                <input id=format!("number-{id}") name="number" />
                            </div>
                            <div class="field">
                                <label for=format!("until-{id}")>{t("mediators-valid-until")}</label>
                                <input id=format!("until-{id}") name="valid_until" type="date" />
                            </div>
                        </OpForm>
                    </li>
                }).collect_view()}
            </ul>
        }
        .into_any()
    })
}

#[cfg(feature = "ssr")]
mod server {
    use chrono::Utc;
    use kenes_core::actor::Actor;
    use kenes_core::db::interact;
    use kenes_core::error::Error;
    use kenes_core::mediation::request::{self, Profile, ProfileInput};
    use kenes_core::permissions::{allowed, Action, Role};

    use super::MediatorPage;
    use crate::auth::use_user;
    use crate::forms::{field, FormData, Refusal};
    use crate::i18n::{t, t_args};
    use crate::state::app_state;

    fn certification(p: &Profile) -> Option<String> {
        let c = p.certificate()?;
        let until = crate::i18n::day(&c.valid_until.to_string());
        let args = [
            ("issuer", c.issuer.as_str().into()),
            ("number", c.number.as_str().into()),
            ("until", until.as_str().into()),
        ];
        Some(t_args("mediator-certified", &args))
    }

    fn all(f: &FormData, name: &str) -> Vec<String> {
        f.0.iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .collect()
    }

    crate::forms::form_ops! {
        /// The mediator's own profile and ties.
        pub(super) enum Op {
            Profile {
                #[serde(default, deserialize_with = "field::yes")]
                available: bool,
                #[serde(default, deserialize_with = "field::yes")]
                hidden: bool,
            },
            Tie {
                #[serde(default)]
                kind: String,
                #[serde(default)]
                value: String,
                #[serde(default)]
                note: String,
            },
        }
    }

    crate::forms::form_ops! {
        /// An administrator's certification of a mediator.
        pub(super) enum AdminOp {
            Certify {
                #[serde(default, deserialize_with = "field::number")]
                mediator: i64,
                #[serde(default)]
                issuer: String,
                #[serde(default)]
                number: String,
                #[serde(default)]
                valid_until: String,
            },
        }
    }

    /// The administrators' step: a certification.
    fn perform_admin(c: &mut kenes_core::Db, actor: &Actor, f: &FormData) -> Result<(), Error> {
        let now = Utc::now().naive_utc();
        match f.op::<AdminOp>() {
            Some(AdminOp::Certify {
                mediator,
                issuer,
                number,
                valid_until,
            }) => request::certify(c, actor.at(now), mediator, &issuer, &number, &valid_until),
            None => Err(Error::Forbidden),
        }
    }

    /// The mediator's step on their own profile.
    fn perform(c: &mut kenes_core::Db, actor: &Actor, f: &FormData) -> Result<(), Error> {
        let now = Utc::now().naive_utc();
        match f.op::<Op>() {
            // The languages and specialisations are checkboxes: one field each, repeated.
            Some(Op::Profile { available, hidden }) => {
                let input = ProfileInput {
                    bio: f.get("bio"),
                    languages: all(f, "languages"),
                    specialisations: all(f, "specialisations"),
                    available,
                    hidden,
                };
                request::save_profile(c, actor.at(now), &input)
            }
            Some(Op::Tie { kind, value, note }) => {
                request::declare_tie(c, actor.at(now), &kind, &value, &note)
            }
            None => Err(Error::Forbidden),
        }
    }

    pub async fn load(admin: bool, form: Option<FormData>) -> MediatorPage {
        let state = app_state();
        let posted = form.clone();
        let Some(user) = use_user() else {
            return MediatorPage {
                denied: true,
                ..Default::default()
            };
        };
        let result = interact::<_, _, kenes_core::DbError>(&state.pool, move |c| {
            let actor = crate::auth::actor_of(c, &user)?;
            let may = if admin {
                allowed(&actor.grants, Action::ManageRoles)
            } else {
                actor.grants.iter().any(|g| g.role == Role::Mediator)
            };
            if !may {
                return Ok(None);
            }
            let step = if admin { perform_admin } else { perform };
            let outcome = form.map(|f| step(c, &actor, &f));
            let own = request::profile(c, user.id)?;
            let ties = request::ties(c, user.id)?;
            let feedback = kenes_core::mediation::feedback::summary(c, user.id)?;
            let roster = if admin {
                request::mediators(c)?
            } else {
                vec![]
            };
            Ok(Some((outcome, own, ties, roster, feedback)))
        })
        .await;
        let (outcome, own, ties, roster, feedback) =
            match crate::errors::found_or(result, "mediators") {
                Ok(found) => found,
                Err(page) => return page,
            };
        let mut page = MediatorPage {
            available: own.as_ref().is_none_or(|p| p.available),
            hidden: own.as_ref().is_some_and(|p| p.hidden_from_public),
            bio: own.as_ref().map(|p| p.bio.clone()).unwrap_or_default(),
            languages: own
                .as_ref()
                .map(|p| p.languages.to_vec())
                .unwrap_or_default(),
            specialisations: own
                .as_ref()
                .map(|p| p.specialisations.to_vec())
                .unwrap_or_default(),
            certification: own.as_ref().and_then(certification),
            ties: ties
                .into_iter()
                .map(|t| (t.kind.to_string(), t.value))
                .collect(),
            feedback: crate::pages::mediation::registry::server::figures(feedback),
            roster: roster
                .into_iter()
                .map(|(id, name, email, p)| (id, name, email, p.as_ref().and_then(certification)))
                .collect(),
            ..Default::default()
        };
        match outcome {
            Some(Ok(())) => page.notice = Some(t("profile-saved")),
            Some(Err(e)) => {
                page.error = Some(Refusal::each("", crate::errors::explain_each(e, "g")));
                page.keep_typed(posted.unwrap_or_default());
            }
            None => {}
        }
        page
    }

    impl MediatorPage {
        /// A refused form comes back as it was filled in, not as it was saved.
        fn keep_typed(&mut self, f: FormData) {
            if f.get("op") == "profile" {
                self.bio = f.get("bio");
                self.languages = f.all("languages");
                self.specialisations = f.all("specialisations");
                self.available = f.get("available") == "yes";
                self.hidden = f.get("hidden") == "yes";
            }
            self.typed = f;
        }
    }

    impl crate::errors::StandIn for MediatorPage {
        fn refuse(&mut self) {
            self.denied = true;
        }

        fn fail(&mut self, message: String) {
            self.error = Some(Refusal::page(message));
        }
    }
}
