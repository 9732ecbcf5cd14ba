//! A grievance's public timeline, as its page and the tracking page draw it: the day, what
//! happened, the role that acted (never a name) and the note, if any.

use crate::components::text::Day;
use crate::i18n::t;
use kenes_core::grievances::terms::Capacity;
use leptos::prelude::*;

#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub on: String,
    /// What happened, in the reader's language.
    pub text: String,
    pub actor_role: Capacity,
    pub note: Option<String>,
}

#[component]
pub fn Timeline(entries: Vec<Entry>) -> impl IntoView {
    view! {
        <ol class="timeline">
            {entries.into_iter().map(|e| view! {
                <li>
                    <Day iso=e.on />
                    " · "{e.text}" · "
                    <span class="muted">{t(&format!("actor-{}", e.actor_role))}</span>
                    {e.note.map(|n| view! { <p>{n}</p> })}
                </li>
            }).collect_view()}
        </ol>
    }
}
