//! The citizen confirms a commitment by the mailed link: no password, but the link works
//! once, for that commitment, until it expires. Opening it shows the commitment and a form
//! (a mail scanner following the link confirms nothing).

use crate::components::layout::Page;
use crate::components::notice::{ErrorNotice, StatusNotice};
use leptos::prelude::*;

use crate::components::loaded::Loaded;
use crate::forms::{link_token, on_server, use_form, Refusal};
use crate::i18n::{t, t_args};
use crate::pages::mediation::commitments_panel::KeptForm;

#[derive(Debug, Clone, Default)]
struct ConfirmPage {
    token: String,
    /// The grievance's title and code.
    about: Option<(String, String)>,
    commitment: Option<crate::pages::mediation::commitments_panel::Item>,
    /// The confirmation was recorded.
    done: bool,
    /// The link no longer works (unknown, used, expired).
    invalid: bool,
    error: Option<Refusal>,
    /// The note as typed and the answer as chosen, when the answer comes back refused.
    note: String,
    kept: String,
}

#[component]
pub fn ConfirmCommitmentPage() -> impl IntoView {
    let form = use_form();
    let token = link_token(form.as_ref());
    let page = on_server!(ConfirmPage, server::load(token, form));
    view! {
        <Page title="c-confirm-title" class="narrow">
            <Loaded page render=move |p: ConfirmPage| {
                if p.invalid {
                    return view! { <ErrorNotice message=t("c-link-invalid") /> }.into_any();
                }
                if p.done {
                    let link = p.about.as_ref().map(|(_, code)| format!("/g/{code}")).unwrap_or_default();
                    return view! {
                        <StatusNotice message=t("c-confirmed") />
                        <p><a href=link>{t("c-back")}</a></p>
                    }.into_any();
                }
                let Some(item) = p.commitment.clone() else {
                    return view! { <ErrorNotice message=p.error.as_ref().map(Refusal::message) /> }.into_any();
                };
                let (title, code) = p.about.clone().unwrap_or_default();
                view! {
                    <p>{t_args("c-confirm-lead", &[("title", title.into()), ("code", code.into())])}</p>
                    <div class="card">
                        <p><strong>{t_args("c-number", &[("n", (item.number as i64).into())])}</strong></p>
                        <p class="grievance-text">{item.what.clone()}</p>
                        <p class="muted">{t_args("c-due-on", &[("due", crate::i18n::day(&item.due_on).into())])}" · "{t("c-check")}": "{item.check_how.clone()}</p>
                        {item.report.clone().map(|(kept, note)| view! {
                            <p>{t_args("c-said-responsible", &[("kept", t(&format!("kept-{kept}")).into())])}
                                {note.map(|n| view! { <span class="grievance-text">": "{n}</span> })}</p>
                        })}
                    </div>
                    <KeptForm op="c-confirm" id=item.id key=None error=p.error.clone() token=Some(p.token.clone()) note=p.note.clone() kept=p.kept.clone() />
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
    use kenes_core::mediation::commitments;

    use super::{ConfirmPage, Refusal};
    use crate::auth::use_user;
    use crate::forms::FormData;
    use crate::pages::mediation::commitments_panel::server::item;
    use crate::state::app_state;

    pub async fn load(token: String, form: Option<FormData>) -> ConfirmPage {
        let state = app_state();
        let reader = use_user().map(|u| u.id);
        let site = state.site.clone();
        let typed = |name| form.as_ref().map(|f| f.get(name)).unwrap_or_default();
        let (note, kept) = (typed("note"), typed("kept"));
        let posted = form.map(|f| (f.get("commitment"), f.get("kept"), f.get("note")));
        let wanted = token.clone();
        let result = interact::<_, _, kenes_core::DbError>(&state.pool, move |c| {
            let now = Utc::now().naive_utc();
            let Ok(linked) = commitments::by_link(c, &wanted, now) else {
                return Ok(None);
            };
            let done = posted.map(|(id, kept, note)| {
                let id = id.parse().unwrap_or(-1);
                let word = commitments::Word {
                    kept: &kept,
                    note: &note,
                    evidence: &[],
                };
                commitments::confirm_by_link(c, &wanted, id, reader, word, &site, now)
            });
            Ok(Some((linked, done)))
        })
        .await;
        let page = ConfirmPage {
            token,
            note,
            kept,
            ..Default::default()
        };
        match result {
            Ok(Some((linked, done))) => {
                let about = Some((linked.grievance.title, linked.grievance.tracking_code));
                match done {
                    Some(Ok(())) => ConfirmPage {
                        about,
                        done: true,
                        ..page
                    },
                    // Not theirs, or spent meanwhile: the link does not work.
                    Some(Err(Error::Forbidden | Error::TokenInvalid)) => ConfirmPage {
                        invalid: true,
                        ..page
                    },
                    done => ConfirmPage {
                        about,
                        commitment: Some(item(linked.number, linked.commitment, None)),
                        error: done.and_then(Result::err).map(|e| {
                            Refusal::each("c-confirm", crate::errors::explain_each(e, "g"))
                        }),
                        ..page
                    },
                }
            }
            Ok(None) => ConfirmPage {
                invalid: true,
                ..page
            },
            Err(e) => ConfirmPage {
                error: Some(Refusal::page(crate::errors::load_failed(
                    e,
                    "commitment link",
                ))),
                ..page
            },
        }
    }
}
