//! Pieces of the data tables that pages share.

use leptos::prelude::*;

use crate::forms::OpButton;
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

/// A row of text cells whose last cell is a button acting on the row's item (`item` names
/// the hidden field and the item's id), under a [`ColumnHeads`] with an `action`.
#[component]
pub fn ActionRow(
    cells: Vec<String>,
    op: &'static str,
    label: String,
    item: (&'static str, i64),
) -> impl IntoView {
    let (field, id) = item;
    view! {
        <tr>
            {cells.into_iter().map(|cell| view! { <td>{cell}</td> }).collect_view()}
            <td><OpButton op label class="secondary" hidden=vec![(field, id.to_string())] /></td>
        </tr>
    }
}
