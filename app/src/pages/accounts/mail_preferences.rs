//! Which grievance mails a citizen gets. Legal notices (filing, extension, answer,
//! rejection) always go; the others can be turned off.

use crate::components::layout::Page;
use crate::components::notice::{ErrorNotice, StatusNotice};
use leptos::prelude::*;

use crate::components::loaded::Loaded;

use crate::auth::require_user;
use crate::forms::{on_server, use_form};
use crate::i18n::t;

#[derive(Debug, Clone, Default)]
struct Prefs {
    /// Optional kinds and whether the citizen wants them.
    kinds: Vec<(String, bool)>,
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
                    <form method="post" class="stack">
                        <input type="hidden" name="save" value="1" />
                        <fieldset class="field">
                            <legend>{t("mailprefs-legend")}</legend>
                            {p.kinds.into_iter().map(|(kind, on)| view! {
                                <label class="choice">
                                    <input type="checkbox" name="want" value=kind.clone() checked=on />
                                    " "{t(&format!("mailprefs-{kind}"))}
                                </label>
                            }).collect_view()}
                        </fieldset>
                        <button type="submit">{t("profile-save")}</button>
                    </form>
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

    pub async fn load(form: Option<FormData>) -> Prefs {
        let state = app_state();
        let Some(user) = use_user() else {
            return Prefs::default();
        };
        let saved = form.is_some();
        let result = interact(&state.pool, move |c| {
            if let Some(f) = form {
                let wanted: Vec<String> =
                    f.0.iter()
                        .filter(|(k, _)| k == "want")
                        .map(|(_, v)| v.clone())
                        .collect();
                notices::set_wanted(c, user.id, &wanted)?;
            }
            notices::optouts(c, user.id)
        })
        .await;
        match result {
            Ok(off) => Prefs {
                kinds: notices::OPTIONAL
                    .iter()
                    .map(|k| ((*k).to_owned(), !off.iter().any(|o| o == k)))
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
