//! Charts drawn on the server as SVG: readable without JavaScript, and accessible: each
//! has a title and description for screen readers and the same numbers in a table.

use leptos::prelude::*;

/// Vertical bars, one per label, with the numbers in a table below.
#[component]
pub fn BarChart(
    id: &'static str,
    title: String,
    /// (label, value).
    data: Vec<(String, i64)>,
    label_header: String,
    value_header: String,
) -> impl IntoView {
    const W: f64 = 320.0;
    const H: f64 = 120.0;
    let max = data.iter().map(|(_, v)| *v).max().unwrap_or(0).max(1) as f64;
    let step = W / data.len().max(1) as f64;
    let title_id = format!("{id}-title");
    let labelled_by = title_id.clone();
    let desc = data
        .iter()
        .map(|(l, v)| format!("{l}: {v}"))
        .collect::<Vec<_>>()
        .join(", ");
    let bars = data
        .iter()
        .enumerate()
        .map(|(i, (label, v))| {
            let h = (*v as f64 / max) * (H - 14.0);
            view! {
                <rect x=format!("{:.1}", i as f64 * step + 2.0) y=format!("{:.1}", H - h)
                    width=format!("{:.1}", (step - 4.0).max(1.0)) height=format!("{h:.1}") class="bar">
                    <title>{format!("{label}: {v}")}</title>
                </rect>
            }
        })
        .collect_view();
    view! {
        <figure class="chart">
            <svg viewBox=format!("0 0 {W} {H}") role="img" aria-labelledby=labelled_by width="100%">
                <title id=title_id>{title.clone()}</title>
                <desc>{desc}</desc>
                {bars}
            </svg>
            <figcaption>{title}</figcaption>
            <table class="data">
                <thead><tr><th scope="col">{label_header}</th><th scope="col">{value_header}</th></tr></thead>
                <tbody>{data.into_iter().map(|(l, v)| view! { <tr><td>{l}</td><td>{v}</td></tr> }).collect_view()}</tbody>
            </table>
        </figure>
    }
}

/// Kazakhstan's regions and cities of republican significance as tiles of a grid, placed
/// roughly as on a map (west to east, north to south): (KATO, column, row).
pub const TILES: &[(&str, u8, u8)] = &[
    ("39", 2, 0),
    ("59", 3, 0),
    ("55", 5, 0),
    ("27", 0, 1),
    ("15", 1, 1),
    ("11", 3, 1),
    ("71", 4, 1),
    ("63", 6, 1),
    ("23", 0, 2),
    ("62", 2, 2),
    ("35", 3, 2),
    ("10", 5, 2),
    ("47", 0, 3),
    ("43", 2, 3),
    ("31", 4, 3),
    ("33", 6, 3),
    ("79", 2, 4),
    ("61", 3, 4),
    ("19", 5, 4),
    ("75", 6, 4),
];

/// The cities of republican significance (Astana, Almaty, Shymkent): their tiles are round,
/// so that Almaty the city and Almaty the region are told apart.
const CITIES: [&str; 3] = ["71", "75", "79"];

/// What a region's tile says: the telling part of its name, without "город", "облысы" or
/// "Region" ("город Астана": "Аст"), or the initials of a name in parts
/// ("Северо-Казахстанская область": "СК", "Шығыс Қазақстан облысы": "ШҚ").
fn tile_label(name: &str) -> String {
    const GENERIC: [&str; 5] = ["город", "область", "облысы", "қаласы", "Region"];
    let parts: Vec<&str> = name
        .split_whitespace()
        .filter(|word| !GENERIC.contains(word))
        .flat_map(|word| word.split('-'))
        .filter(|part| !part.is_empty())
        .collect();
    match parts.as_slice() {
        [one] => one.chars().take(3).collect(),
        many => many
            .iter()
            .filter_map(|part| part.chars().next())
            .flat_map(char::to_uppercase)
            .collect(),
    }
}

/// The map of regions, each tile shaded by its value (five steps from the largest), with
/// the values in a table for screen readers and for reading off exact numbers.
#[component]
pub fn RegionMap(
    title: String,
    /// (KATO, name, value) for every region.
    regions: Vec<(String, String, i64)>,
    /// The reader's own region, outlined.
    #[prop(optional)]
    highlight: Option<String>,
    value_header: String,
    region_header: String,
) -> impl IntoView {
    const S: f64 = 44.0;
    let max = regions.iter().map(|r| r.2).max().unwrap_or(0).max(1);
    let tiles = TILES
        .iter()
        .filter_map(|(kato, col, row)| {
            let (_, name, value) = regions.iter().find(|r| r.0 == *kato)?.clone();
            // Five shades; 0 is the palest so that empty regions still show.
            let step = ((value * 4 + max - 1) / max).clamp(0, 4);
            let mine = highlight.as_deref() == Some(*kato);
            let short = tile_label(&name);
            let corner = if CITIES.contains(kato) { S / 2.0 - 1.0 } else { 4.0 };
            Some(view! {
                <g class=format!("tile shade-{step}{}", if mine { " mine" } else { "" })>
                    <title>{format!("{name}: {value}")}</title>
                    <rect x=format!("{:.0}", f64::from(*col) * S + 1.0) y=format!("{:.0}", f64::from(*row) * S + 1.0)
                        width=format!("{:.0}", S - 2.0) height=format!("{:.0}", S - 2.0) rx=format!("{corner:.0}") />
                    <text x=format!("{:.0}", f64::from(*col) * S + S / 2.0) y=format!("{:.0}", f64::from(*row) * S + S / 2.0 - 3.0)
                        text-anchor="middle">{short}</text>
                    <text x=format!("{:.0}", f64::from(*col) * S + S / 2.0) y=format!("{:.0}", f64::from(*row) * S + S / 2.0 + 11.0)
                        text-anchor="middle" class="value">{value}</text>
                </g>
            })
        })
        .collect_view();
    let mut sorted = regions.clone();
    sorted.sort_by(|a, b| b.2.cmp(&a.2).then_with(|| a.1.cmp(&b.1)));
    view! {
        <figure class="chart map">
            <svg viewBox=format!("0 0 {} {}", 7.0 * S, 5.0 * S) role="img" aria-labelledby="region-map-title" width="100%">
                <title id="region-map-title">{title.clone()}</title>
                {tiles}
            </svg>
            <figcaption>{title}</figcaption>
            <table class="data">
                <thead><tr><th scope="col">{region_header}</th><th scope="col">{value_header}</th></tr></thead>
                <tbody>{sorted.into_iter().map(|(_, n, v)| view! { <tr><td>{n}</td><td>{v}</td></tr> }).collect_view()}</tbody>
            </table>
        </figure>
    }
}

#[cfg(test)]
mod tests {
    use super::tile_label;

    #[test]
    fn tiles_say_the_telling_part_of_a_name() {
        assert_eq!(tile_label("город Астана"), "Аст");
        assert_eq!(tile_label("область Абай"), "Аба");
        assert_eq!(tile_label("Северо-Казахстанская область"), "СК");
        assert_eq!(tile_label("Шығыс Қазақстан облысы"), "ШҚ");
        assert_eq!(tile_label("North Kazakhstan Region"), "NK");
        assert_eq!(tile_label("Almaty Region"), "Alm");
        assert_eq!(tile_label("Алматы қаласы"), "Алм");
    }
}
