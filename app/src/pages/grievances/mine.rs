//! The citizen's own grievances, private ones included.

use crate::components::text::PageTitle;
use leptos::prelude::*;

use crate::auth::require_user;
use crate::components::grievance_card::{GrievanceCard, GrievanceSummary};
use crate::i18n::{t, use_locale};

#[server]
pub async fn my_grievances(lang: String) -> Result<Vec<GrievanceSummary>, ServerFnError> {
    let user = crate::auth::use_user().ok_or_else(|| ServerFnError::new("sign in first"))?;
    let rows =
        crate::state::with_db(move |c| kenes_core::grievances::filing::mine(c, user.id)).await?;
    Ok(rows
        .into_iter()
        .map(|row| crate::pages::summary(&lang, row))
        .collect())
}

#[component]
pub fn MyGrievancesPage() -> impl IntoView {
    if require_user().is_none() {
        return ().into_any();
    }
    let lang = use_locale().code().to_owned();
    let data = Resource::new(move || lang.clone(), my_grievances);
    view! {
        <PageTitle text=t("my-title") />
        <section>
            <h1>{t("my-title")}</h1>
            <p><a class="button" href="/file">{t("file-title")}</a></p>
            <Suspense>
                {move || Suspend::new(async move {
                    let items = data.await.unwrap_or_default();
                    if items.is_empty() {
                        view! { <p class="muted">{t("my-empty")}</p> }.into_any()
                    } else {
                        view! {
                            <div class="cards">
                                {items.into_iter().map(|g| view! { <GrievanceCard g /> }).collect_view()}
                            </div>
                        }.into_any()
                    }
                })}
            </Suspense>
        </section>
    }
    .into_any()
}
