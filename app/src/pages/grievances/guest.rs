//! A guest confirms their address by the mailed link, and the grievance is filed. The link
//! leads to a button (a mail scanner following links files nothing); the page then shows the
//! tracking code and the secret link, which is also mailed.

use crate::components::layout::Page;
use crate::components::notice::{ErrorNotice, StatusNotice};
use leptos::prelude::*;

use crate::components::loaded::Loaded;

use crate::forms::{link_token, on_server, use_form, TokenButton};
use crate::i18n::t;

#[derive(Debug, Clone, Default)]
struct ConfirmPage {
    token: String,
    code: Option<String>,
    /// The secret link's key, shown once, right after filing.
    key: Option<String>,
    error: Option<String>,
}

#[component]
pub fn GuestConfirmPage() -> impl IntoView {
    let form = use_form();
    let token = link_token(form.as_ref());
    let page = on_server!(ConfirmPage, server::load(token, form.is_some()));
    view! {
        <Page title="guest-confirm-title" class="narrow">
            <Loaded page render=move |p: ConfirmPage| {
                if let Some(code) = p.code.clone() {
                    let link = match &p.key {
                        Some(k) => format!("/g/{code}?key={k}"),
                        None => format!("/g/{code}"),
                    };
                    return view! {
                        <StatusNotice message=t("file-done") />
                        <p class="code big">{code}</p>
                        <p>{if p.key.is_some() { t("guest-keep-link") } else { t("guest-already") }}</p>
                        <p><a class="button" href=link>{t("file-follow")}</a></p>
                    }.into_any();
                }
                view! {
                    <ErrorNotice message=p.error />
                    <p>{t("guest-confirm-lead")}</p>
                    <TokenButton token=p.token submit="guest-confirm-submit" />
                }.into_any()
            } />
        </Page>
    }
}

#[cfg(feature = "ssr")]
mod server {
    use chrono::Utc;
    use kenes_core::db::interact;
    use kenes_core::error::Error;
    use kenes_core::grievances::guest::{self, Confirmed};

    use super::ConfirmPage;
    use crate::i18n::t;
    use crate::state::{app_state, client};

    /// Opening the link shows the button; only its POST files the grievance.
    pub async fn load(token: String, posted: bool) -> ConfirmPage {
        if !posted {
            return ConfirmPage {
                token,
                ..Default::default()
            };
        }
        let state = app_state();
        let client = client();
        let site = state.site.clone();
        let posted = token.clone();
        let result = interact::<_, _, kenes_core::DbError>(&state.pool, move |c| {
            let now = Utc::now().naive_utc();
            Ok(guest::confirm(c, &posted, &client, &site, now))
        })
        .await;
        let failed = |message: String| ConfirmPage {
            token: token.clone(),
            error: Some(message),
            ..Default::default()
        };
        match result {
            Ok(Ok(Confirmed::Filed { code, key })) => ConfirmPage {
                code: Some(code),
                key: Some(key),
                ..Default::default()
            },
            Ok(Ok(Confirmed::AlreadyFiled { code })) => ConfirmPage {
                code: Some(code),
                ..Default::default()
            },
            Ok(Err(Error::TokenInvalid)) => failed(t("guest-link-invalid")),
            // The stored filing no longer passes (a category was removed, say).
            Ok(Err(Error::Invalid(_))) => failed(t("guest-link-invalid")),
            Ok(Err(e)) => failed(crate::errors::explain(e, "").1),
            Err(e) => failed(crate::errors::load_failed(e, "guest filing")),
        }
    }
}
