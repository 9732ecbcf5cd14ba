//! Which grievance mails a citizen gets. Legal notices (filing, extension, answer,
//! rejection) always go; the others can be turned off.

use crate::components::layout::Page;
use crate::components::notice::{ErrorNotice, StatusNotice};
use leptos::prelude::*;

use crate::components::loaded::Loaded;

use crate::auth::require_user;
use crate::forms::{on_server, translated, use_form, CheckboxesField, PostForm};
use crate::i18n::t;

#[derive(Debug, Clone, Default)]
struct Prefs {
    /// The kinds a citizen may turn off: of their own grievances, and of those they support
    /// (asked apart); and those they get.
    own: Vec<String>,
    supported: Vec<String>,
    wanted: Vec<String>,
    saved: bool,
    error: Option<String>,
}

#[component]
pub fn MailPreferencesPage() -> impl IntoView {
    if require_user().is_none() {
        return ().into_any();
    }
    let page = on_server!(Prefs, server::load(use_form()));
    view! {
        <Page title="mailprefs-title" lead="mailprefs-lead" class="narrow">
            <Loaded page render=move |p: Prefs| {
                view! {
                    <StatusNotice message=p.saved.then(|| t("mailprefs-saved")) />
                    <ErrorNotice message=p.error />
                    <PostForm submit="profile-save">
                        // Posted even with every box cleared, so that clearing them all is saved.
                        <input type="hidden" name="save" value="1" />
                        <CheckboxesField name="want" legend=t("mailprefs-legend") checked=p.wanted.clone()
                            options=translated(&p.own, "mailprefs-") />
                        <CheckboxesField name="want" legend=t("mailprefs-supported-legend") checked=p.wanted.clone()
                            options=translated(&p.supported, "mailprefs-") />
                    </PostForm>
                }
            } />
        </Page>
    }
    .into_any()
}

#[cfg(feature = "ssr")]
mod server {
    use kenes_core::db::interact;
    use kenes_core::mail::notices;

    use super::Prefs;
    use crate::auth::use_user;
    use crate::forms::FormData;
    use crate::state::app_state;

    /// The optional kinds of mail that `pick` keeps.
    fn kinds(pick: impl Fn(&str) -> bool) -> Vec<String> {
        notices::OPTIONAL
            .iter()
            .filter(|k| pick(k))
            .map(|k| (*k).to_owned())
            .collect()
    }

    pub async fn load(form: Option<FormData>) -> Prefs {
        let state = app_state();
        let Some(user) = use_user() else {
            return Prefs::default();
        };
        let saved = form.is_some();
        let result = interact(&state.pool, move |c| {
            if let Some(f) = form {
                notices::set_wanted(c, user.id, &f.all("want"))?;
            }
            notices::optouts(c, user.id)
        })
        .await;
        match result {
            Ok(off) => Prefs {
                own: kinds(|k| k != notices::SUPPORTED),
                supported: kinds(|k| k == notices::SUPPORTED),
                wanted: notices::OPTIONAL
                    .iter()
                    .filter(|k| !off.iter().any(|o| o == *k))
                    .map(|k| (*k).to_owned())
                    .collect(),
                saved,
                error: None,
            },
            Err(e) => Prefs {
                error: Some(crate::errors::load_failed(e, "mail preferences")),
                ..Default::default()
            },
        }
    }
}
