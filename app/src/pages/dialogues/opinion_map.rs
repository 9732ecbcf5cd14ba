//! The opinion map, drawn on the server: each group a circle placed where its members'
//! votes put it, sized by its members, and a table with the same numbers. No person is
//! placed or named.

use leptos::prelude::*;

use crate::components::table::ColumnHeads;
use crate::i18n::{t, t_args};

/// One group as the map shows it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GroupView {
    /// "A", "B", …
    pub name: String,
    pub size: usize,
    /// The centre, scaled to 0–1 on both axes.
    pub x: f64,
    pub y: f64,
    /// The statements that set the group apart: (text, agrees, share of the group in %).
    pub distinctive: Vec<(String, bool, u32)>,
}

/// Why there are no groups, or the groups.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MapView {
    pub eligible: usize,
    /// Enough people voted, but their votes show no clear camps.
    pub no_camps: bool,
    pub groups: Vec<GroupView>,
    pub common_ground: Vec<String>,
}

const SIZE: f64 = 320.0;
const MARGIN: f64 = 48.0;

#[component]
pub fn OpinionMap(map: MapView) -> impl IntoView {
    let common = map.common_ground.clone();
    let body = if map.groups.is_empty() {
        let why = if map.no_camps {
            t("dialogue-map-no-camps")
        } else {
            t_args(
                "dialogue-map-too-few",
                &[("eligible", (map.eligible as i64).into())],
            )
        };
        view! { <p class="muted">{why}</p> }.into_any()
    } else {
        view! { {drawing(&map.groups)} {table(map.groups)} }.into_any()
    };
    view! {
        <section aria-labelledby="map-title" class="stack">
            <h2 id="map-title">{t("dialogue-map-title")}</h2>
            {body}
            <h3>{t("dialogue-common-ground")}</h3>
            {if common.is_empty() {
                view! { <p class="muted">{t("dialogue-common-ground-none")}</p> }.into_any()
            } else {
                view! { <ul>{common.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}</ul> }.into_any()
            }}
        </section>
    }
}

fn drawing(groups: &[GroupView]) -> impl IntoView {
    let largest = groups.iter().map(|g| g.size).max().unwrap_or(1) as f64;
    let inner = SIZE - 2.0 * MARGIN;
    let circles = groups
        .iter()
        .map(|g| {
            let (cx, cy) = (MARGIN + g.x * inner, MARGIN + g.y * inner);
            let r = 12.0 + 28.0 * (g.size as f64 / largest).sqrt();
            let label = t_args(
                "dialogue-group-label",
                &[("name", g.name.as_str().into()), ("size", (g.size as i64).into())],
            );
            view! {
                <g>
                    <title>{label}</title>
                    <circle cx=format!("{cx:.1}") cy=format!("{cy:.1}") r=format!("{r:.1}") class="map-group" />
                    <text x=format!("{cx:.1}") y=format!("{:.1}", cy + 5.0) text-anchor="middle" class="map-label">{g.name.clone()}</text>
                </g>
            }
        })
        .collect_view();
    let title = t("dialogue-map-svg-title");
    view! {
        <svg viewBox=format!("0 0 {SIZE} {SIZE}") role="img" aria-labelledby="map-svg-title" class="opinion-map">
            <title id="map-svg-title">{title}</title>
            <rect x="0" y="0" width=SIZE.to_string() height=SIZE.to_string() class="map-ground" />
            {circles}
        </svg>
    }
}

fn table(groups: Vec<GroupView>) -> impl IntoView {
    view! {
        <table class="map-table">
            <caption>{t("dialogue-groups-caption")}</caption>
            <ColumnHeads keys=&["dialogue-group", "dialogue-group-size", "dialogue-group-apart"] />
            <tbody>
                {groups.into_iter().map(|g| view! {
                    <tr>
                        <th scope="row">{g.name}</th>
                        <td>{g.size}</td>
                        <td><ul>{g.distinctive.into_iter().map(|(text, agrees, share)| {
                            let key = if agrees { "dialogue-group-agrees" } else { "dialogue-group-disagrees" };
                            view! { <li>{t_args(key, &[("share", i64::from(share).into())])}": "{text}</li> }
                        }).collect_view()}</ul></td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}
