//! The two notices a page shows above its content: what went wrong (read out at once by
//! screen readers) and what a step did. Each draws nothing when there is nothing to say.

use leptos::prelude::*;

/// What went wrong: a refusal, a failure, a missing permission.
#[component]
pub fn ErrorNotice(#[prop(into)] message: Option<String>) -> impl IntoView {
    message.map(|m| view! { <p class="notice error-notice" role="alert">{m}</p> })
}

/// What a step did: saved, sent, confirmed.
#[component]
pub fn StatusNotice(#[prop(into)] message: Option<String>) -> impl IntoView {
    message.map(|m| view! { <p class="notice" role="status">{m}</p> })
}
