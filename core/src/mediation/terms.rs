//! Words of mediation that the browser needs too (the profile form's choices).

pub const SPECIALISATIONS: [&str; 7] = [
    "ethnomediation",
    "social",
    "labour",
    "family",
    "land",
    "housing",
    "environment",
];
pub const LANGUAGES: [&str; 3] = ["kk", "ru", "en"];
pub const TIE_KINDS: [&str; 3] = ["body", "place", "person"];
