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
