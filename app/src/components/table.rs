//! Pieces of the data tables that pages share.

use leptos::prelude::*;

use crate::i18n::t;

/// A table's column headings, each the translation of a key; `action` names a last column
/// of buttons, for screen readers only.
#[component]
pub fn ColumnHeads(
    keys: &'static [&'static str],
    #[prop(optional)] action: Option<&'static str>,
) -> impl IntoView {
    view! {
        <thead><tr>
            {keys.iter().map(|key| view! { <th scope="col">{t(key)}</th> }).collect_view()}
            {action.map(|key| view! {
                <th scope="col"><span class="visually-hidden">{t(key)}</span></th>
            })}
        </tr></thead>
    }
}
