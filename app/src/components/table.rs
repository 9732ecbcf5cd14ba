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

/// A table whose rows each end in the same step on their item (revoke a grant, delete a
/// rule): `caption` and `heads` are translation keys, `action` the button's, and `item` the
/// hidden field that names a row's item; a row is its item's id and its text cells. On a
/// phone each row is a card, every cell beside its column's name.
#[component]
pub fn ActionTable(
    caption: &'static str,
    heads: &'static [&'static str],
    op: &'static str,
    action: &'static str,
    item: &'static str,
    rows: Vec<(i64, Vec<String>)>,
) -> impl IntoView {
    let labels: Vec<String> = heads.iter().map(|key| t(key)).collect();
    view! {
        <table class="grants phone-cards">
            <caption>{t(caption)}</caption>
            <ColumnHeads keys=heads action=action />
            <tbody>
                {rows.into_iter().map(|(id, cells)| view! {
                    <tr>
                        {cells.into_iter().zip(&labels).map(|(cell, label)| view! {
                            <td data-label=label.clone()>{cell}</td>
                        }).collect_view()}
                        <td><OpButton op label=t(action) class="secondary" hidden=vec![(item, id.to_string())] /></td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}
