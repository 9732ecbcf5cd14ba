//! Administration of staff roles: who holds which role where; grant and revoke. The domain
//! (`kenes_core::accounts::roles`) checks the administrator right on every call; this page also
//! demands two-step sign-in.

use crate::components::layout::StaffPage;
use crate::components::notice::{ErrorNotice, StatusNotice};
use kenes_core::permissions::{Level, Role};
use leptos::prelude::*;

use crate::components::table::ActionTable;
use serde::{Deserialize, Serialize};

use crate::forms::{
    on_server, translated, use_form, Field, FormData, OpForm, Refusal, RefusalAt, SelectField,
};
use crate::i18n::t;

/// The steps this page's forms post.
#[cfg(feature = "ssr")]
pub const OPS: &[&str] = <server::Op as strum::VariantNames>::VARIANTS;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GrantView {
    pub id: i64,
    pub email: String,
    pub role: String,
    pub scope: String,
    pub granted_on: String,
}

#[derive(Debug, Clone, Default)]
struct RolesPage {
    denied: bool,
    grants: Vec<GrantView>,
    form: FormData,
    error: Option<Refusal>,
    notice: Option<String>,
}

#[component]
pub fn AdminRolesPage() -> impl IntoView {
    let page = on_server!(RolesPage, server::load(use_form()));
    view! {
        <StaffPage title="admin-roles-title" page render=move |p: RolesPage| {
            if p.denied {
                return view! { <ErrorNotice message=t("err-forbidden") /> }.into_any();
            }
            let field_error = |name: &str| p.error.of_field(name);
            view! {
                <StatusNotice message=p.notice.clone() />
                <ErrorNotice message=p.error.general() />
                <ActionTable caption="admin-roles-active" heads=&["field-email", "admin-role", "admin-scope", "admin-granted"]
                    op="revoke" action="admin-revoke" item="grant"
                    rows=p.grants.iter().cloned().map(|g| (g.id, vec![g.email, t(&format!("role-{}", g.role)), g.scope, crate::i18n::day(&g.granted_on)])).collect() />
                <h2>{t("admin-grant-title")}</h2>
                <OpForm op="grant" submit="admin-grant" id="grant-form" novalidate=true>
                    <Field name="email" kind="email" label=t("field-email") value=p.form.get("email")
                        error=field_error("email") />
                    <SelectField name="role" label=t("admin-role") selected=p.form.get("role")
                        error=field_error("role") options=translated(Role::ALL, "role-") />
                    <Field name="body" label=t("admin-body") value=p.form.get("body")
                        hint=Some(t("admin-body-hint")) error=field_error("body") />
                    <SelectField name="level" label=t("admin-level") selected=p.form.get("level")
                        blank=Some("—".into()) error=field_error("level")
                        options=translated(Level::ALL, "level-name-") />
                    <Field name="kato" label=t("admin-kato") value=p.form.get("kato")
                        hint=Some(t("admin-kato-hint")) error=field_error("kato") />
                </OpForm>
            }.into_any()
        } />
    }
}

#[cfg(feature = "ssr")]
mod server {
    use chrono::Utc;
    use kenes_core::accounts::roles;
    use kenes_core::db::interact;
    use kenes_core::error::Error;
    use kenes_core::permissions::{Grant, Level, Role};

    use super::{GrantView, RolesPage};
    use crate::auth::use_user;
    use crate::forms::{field, FormData, Refusal};
    use crate::i18n::t;
    use crate::state::{app_state, client};

    fn scope(g: &Grant) -> String {
        [
            g.body.clone(),
            g.level.map(|l| t(&format!("level-name-{}", l.as_str()))),
            g.kato.clone(),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" · ")
    }

    fn explain(e: Error) -> Refusal {
        match e {
            // A grant revoked under the form: nothing the reader can correct.
            Error::NotFound => Refusal::page(t("err-server")),
            other => Refusal::each("", crate::errors::explain_each(other, "")),
        }
    }

    crate::forms::form_ops! {
        /// A role granted to an address, or a grant revoked.
        pub(super) enum Op {
            Grant {
                #[serde(default)]
                email: String,
                #[serde(default)]
                role: String,
                #[serde(default)]
                body: String,
                #[serde(default)]
                level: String,
                #[serde(default)]
                kato: String,
            },
            Revoke {
                #[serde(default, deserialize_with = "field::number")]
                grant: i64,
            },
        }
    }

    /// Grants or revokes a role; returns the notice's key.
    fn perform(
        c: &mut kenes_core::Db,
        admin: i64,
        f: &FormData,
        client: &kenes_core::audit::Client,
        now: chrono::NaiveDateTime,
    ) -> Result<&'static str, Error> {
        let filled = |s: &str| Some(s.trim().to_owned()).filter(|s| !s.is_empty());
        match f.op::<Op>() {
            Some(Op::Revoke { grant }) => {
                roles::revoke(c, admin, grant, client, now).map(|_| "admin-revoked")
            }
            Some(Op::Grant {
                email,
                role,
                body,
                level,
                kato,
            }) => {
                // A role the list does not offer was not chosen from it: refused, not guessed.
                let role = Role::parse(&role).ok_or(Error::invalid("role", "unknown-role"))?;
                let grant = Grant {
                    role,
                    body: filled(&body),
                    level: Level::parse(&level),
                    kato: filled(&kato),
                };
                roles::grant(c, Some(admin), &email, &grant, client, now)
                    .map(|_| "admin-granted-done")
            }
            None => Err(Error::Forbidden),
        }
    }

    pub async fn load(form: Option<FormData>) -> RolesPage {
        let state = app_state();
        let Some(user) = use_user() else {
            return RolesPage {
                denied: true,
                ..Default::default()
            };
        };
        let client = client();
        let posted = form.clone();
        let result = interact::<_, _, kenes_core::DbError>(&state.pool, move |c| {
            let now = Utc::now().naive_utc();
            let outcome = posted.map(|f| perform(c, user.id, &f, &client, now));
            Ok((outcome, roles::list_active(c, user.id)))
        })
        .await;
        let (outcome, listed) = match result {
            Ok(loaded) => loaded,
            Err(e) => {
                return RolesPage {
                    error: Some(Refusal::page(crate::errors::load_failed(e, "roles"))),
                    ..Default::default()
                }
            }
        };
        let grants = match listed {
            Ok(rows) => rows
                .into_iter()
                .map(|r| GrantView {
                    id: r.id,
                    email: r.email,
                    role: r.grant.role.as_str().to_owned(),
                    scope: scope(&r.grant),
                    granted_on: kenes_core::clock::day_of(r.granted_at).to_string(),
                })
                .collect(),
            Err(Error::Forbidden) => {
                if let Some(res) = leptos::prelude::use_context::<leptos_actix::ResponseOptions>() {
                    res.set_status(actix_web::http::StatusCode::FORBIDDEN);
                }
                return RolesPage {
                    denied: true,
                    ..Default::default()
                };
            }
            Err(e) => {
                return RolesPage {
                    error: Some(explain(e)),
                    ..Default::default()
                }
            }
        };
        match outcome {
            Some(Ok(key)) => RolesPage {
                grants,
                notice: Some(t(key)),
                ..Default::default()
            },
            Some(Err(e)) => RolesPage {
                grants,
                form: form.unwrap_or_default(),
                error: Some(explain(e)),
                ..Default::default()
            },
            None => RolesPage {
                grants,
                ..Default::default()
            },
        }
    }
}
