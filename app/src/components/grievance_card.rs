use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::components::text::Day;
use crate::i18n::{t, t_args};

/// What a list shows of a public grievance; names are already in the reader's language.
/// The author is never part of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GrievanceSummary {
    pub tracking_code: String,
    pub title: String,
    pub excerpt: String,
    pub lang: String,
    pub status: String,
    pub category: String,
    pub place: String,
    pub submitted_on: String,
    /// Shown where the count helps to choose (the filing form's "already reported").
    pub supporters: Option<i64>,
}

#[component]
pub fn StatusBadge(status: String) -> impl IntoView {
    let label = t(&format!("status-{status}"));
    view! { <span class=format!("badge badge-{status}")>{label}</span> }
}

/// Grievances as cards, or `empty` when there are none.
#[component]
pub fn GrievanceCards(items: Vec<GrievanceSummary>, empty: String) -> impl IntoView {
    if items.is_empty() {
        return view! { <p class="muted">{empty}</p> }.into_any();
    }
    view! {
        <div class="cards">
            {items.into_iter().map(|g| view! { <GrievanceCard g /> }).collect_view()}
        </div>
    }
    .into_any()
}

#[component]
pub fn GrievanceCard(g: GrievanceSummary) -> impl IntoView {
    view! {
        <article class="card grievance" lang=g.lang.clone()>
            <header>
                <StatusBadge status=g.status />
                <span class="muted">{g.category}</span>
            </header>
            <h3>
                <a href=format!("/g/{}", g.tracking_code)>{g.title}</a>
            </h3>
            <p>{g.excerpt}</p>
            <footer class="muted">
                <span>{g.place}</span>
                " · "
                <Day iso=g.submitted_on />
                " · "
                {g.supporters.map(|n| view! {
                    <span>{t_args("card-supporters", &[("n", n.into())])}</span>
                    " · "
                })}
                <span>{t("author-hidden")}</span>
            </footer>
        </article>
    }
}
