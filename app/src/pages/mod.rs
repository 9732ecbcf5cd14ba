pub mod accounts;
pub mod dialogues;
pub mod grievances;
pub mod home;
pub mod mediation;
pub mod not_found;
pub mod outcomes;
pub mod oversight;

/// Turns a database row into what a list shows, in the reader's language.
#[cfg(feature = "ssr")]
pub(crate) fn summary(
    lang: &str,
    (g, category, place): kenes_core::grievances::read::GrievanceWithNames,
) -> crate::components::grievance_card::GrievanceSummary {
    const EXCERPT_CHARS: usize = 180;
    let mut excerpt: String = g.body.chars().take(EXCERPT_CHARS).collect();
    if g.body.chars().count() > EXCERPT_CHARS {
        excerpt.push('…');
    }
    crate::components::grievance_card::GrievanceSummary {
        tracking_code: g.tracking_code,
        title: g.title,
        excerpt,
        lang: g.lang.code().to_owned(),
        status: g.status.to_string(),
        category: category.name(lang).to_owned(),
        place: place.name(lang).to_owned(),
        submitted_on: kenes_core::clock::day_of(g.submitted_at).to_string(),
        supporters: None,
    }
}
