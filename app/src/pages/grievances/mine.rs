//! The citizen's own grievances, private ones included.

use crate::components::layout::Page;
use crate::components::loaded::Loaded;
use crate::forms::on_server;
use leptos::prelude::*;

use crate::auth::require_user;
use crate::components::grievance_card::{GrievanceCards, GrievanceSummary};
use crate::i18n::{t, use_locale};

/// The signed-in citizen's grievances; none when the database fails (logged).
#[cfg(feature = "ssr")]
async fn my_grievances(lang: String) -> Vec<GrievanceSummary> {
    let Some(user) = crate::auth::use_user() else {
        return Vec::new();
    };
    let rows = crate::state::with_db(move |c| kenes_core::grievances::filing::mine(c, user.id));
    rows.await
        .unwrap_or_default()
        .into_iter()
        .map(|row| crate::pages::summary(&lang, row))
        .collect()
}

#[component]
pub fn MyGrievancesPage() -> impl IntoView {
    if require_user().is_none() {
        return ().into_any();
    }
    let lang = use_locale().code().to_owned();
    let page = on_server!(Vec<GrievanceSummary>, my_grievances(lang));
    view! {
        <Page title="my-title">
            <p><a class="button" href="/file">{t("file-title")}</a></p>
            <Loaded page render=|items| view! { <GrievanceCards items empty=t("my-empty") /> } />
        </Page>
    }
    .into_any()
}
