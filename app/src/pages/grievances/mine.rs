//! The citizen's own grievances, private ones included, and the public ones they support.

use crate::components::layout::Page;
use crate::components::loaded::Loaded;
use crate::forms::on_server;
use leptos::prelude::*;

use crate::auth::require_user;
use crate::components::grievance_card::{GrievanceCards, GrievanceSummary};
use crate::i18n::{t, use_locale};

#[derive(Debug, Clone, Default)]
struct Mine {
    filed: Vec<GrievanceSummary>,
    supported: Vec<GrievanceSummary>,
}

/// The signed-in citizen's grievances and those they support; none when the database
/// fails (logged).
#[cfg(feature = "ssr")]
async fn my_grievances(lang: String) -> Mine {
    use kenes_core::grievances::{filing, support};
    let Some(user) = crate::auth::use_user() else {
        return Mine::default();
    };
    let rows = crate::state::with_db(move |c| {
        Ok((
            filing::mine(c, user.id)?,
            support::supported_by(c, user.id)?,
        ))
    });
    let (filed, supported) = rows.await.unwrap_or_default();
    let summaries = |rows: Vec<_>| {
        rows.into_iter()
            .map(|row| crate::pages::summary(&lang, row))
            .collect()
    };
    Mine {
        filed: summaries(filed),
        supported: summaries(supported),
    }
}

#[component]
pub fn MyGrievancesPage() -> impl IntoView {
    if require_user().is_none() {
        return ().into_any();
    }
    let lang = use_locale().code().to_owned();
    let page = on_server!(Mine, my_grievances(lang));
    view! {
        <Page title="my-title">
            <p><a class="button" href="/file">{t("file-title")}</a></p>
            <Loaded page render=|p: Mine| view! {
                <GrievanceCards items=p.filed empty=t("my-empty") />
                {(!p.supported.is_empty()).then(|| view! {
                    <section class="stack" aria-labelledby="supported-title">
                        <h2 id="supported-title">{t("my-supported")}</h2>
                        <GrievanceCards items=p.supported empty=String::new() />
                    </section>
                })}
            } />
        </Page>
    }
    .into_any()
}
