//! The words of the domain in its three languages. Search works on stems, and a stem is
//! of one language: "school bus" shares nothing with «школьный автобус» or «мектеп
//! автобусы». Each concept below names the same thing in English, Russian and Kazakh; a
//! word whose stem is one of a concept's stems also stands for the concept, in documents
//! and in queries alike, so a query finds its matches in all three languages.
//!
//! Forms are listed as people write them (nouns and the adjectives made from them); their
//! stems are derived by the same analysis as everything else, so the list stays readable.

use std::collections::HashMap;
use std::sync::OnceLock;

/// A concept and how it is written: (name, English forms, Russian forms, Kazakh forms).
type Concept = (
    &'static str,
    &'static [&'static str],
    &'static [&'static str],
    &'static [&'static str],
);

const CONCEPTS: &[Concept] = &[
    (
        "school",
        &["school", "schools"],
        &["школа", "школьный"],
        &["мектеп"],
    ),
    (
        "kindergarten",
        &["kindergarten", "nursery"],
        &["детсад", "садик"],
        &["балабақша"],
    ),
    (
        "teacher",
        &["teacher"],
        &["учитель", "учительница"],
        &["мұғалім"],
    ),
    (
        "pupil",
        &["pupil", "student"],
        &["ученик", "школьник"],
        &["оқушы"],
    ),
    ("bus", &["bus"], &["автобус", "автобусный"], &["автобус"]),
    ("road", &["road"], &["дорога", "дорожный"], &["жол"]),
    ("street", &["street"], &["улица", "уличный"], &["көше"]),
    ("bridge", &["bridge"], &["мост"], &["көпір"]),
    ("pothole", &["pothole"], &["яма", "выбоина"], &["шұңқыр"]),
    ("water", &["water"], &["вода", "водный"], &["су"]),
    (
        "heating",
        &["heating", "heat"],
        &["отопление", "тепло"],
        &["жылу", "жылыту"],
    ),
    (
        "electricity",
        &["electricity", "power"],
        &["электричество", "свет"],
        &["электр", "жарық"],
    ),
    (
        "lighting",
        &["lighting", "lamp", "streetlight"],
        &["освещение", "фонарь"],
        &["жарықтандыру", "шам"],
    ),
    ("gas", &["gas"], &["газ"], &["газ"]),
    ("sewage", &["sewage", "sewer"], &["канализация"], &["кәріз"]),
    (
        "waste",
        &["waste", "garbage", "rubbish"],
        &["мусор", "отходы"],
        &["қоқыс"],
    ),
    ("hospital", &["hospital"], &["больница"], &["аурухана"]),
    (
        "clinic",
        &["clinic", "polyclinic"],
        &["поликлиника", "амбулатория"],
        &["емхана"],
    ),
    ("doctor", &["doctor"], &["врач", "доктор"], &["дәрігер"]),
    ("medicine", &["medicine", "drug"], &["лекарство"], &["дәрі"]),
    (
        "housing",
        &["housing", "house", "building", "flat", "apartment"],
        &["жильё", "дом", "здание", "квартира"],
        &["тұрғын", "үй", "ғимарат", "пәтер"],
    ),
    ("roof", &["roof"], &["крыша", "кровля"], &["шатыр"]),
    (
        "repair",
        &["repair", "renovation"],
        &["ремонт"],
        &["жөндеу"],
    ),
    (
        "land",
        &["land", "plot"],
        &["земля", "участок"],
        &["жер", "учаске"],
    ),
    (
        "pasture",
        &["pasture", "grazing"],
        &["пастбище"],
        &["жайылым"],
    ),
    (
        "village",
        &["village"],
        &["село", "аул", "деревня"],
        &["ауыл"],
    ),
    ("park", &["park"], &["парк", "сквер"], &["саябақ"]),
    ("playground", &["playground"], &["площадка"], &["алаң"]),
    (
        "tree",
        &["tree", "trees"],
        &["дерево", "деревья"],
        &["ағаш"],
    ),
    ("snow", &["snow"], &["снег"], &["қар"]),
    (
        "flood",
        &["flood", "flooding"],
        &["паводок", "наводнение", "подтопление"],
        &["тасқын"],
    ),
    ("noise", &["noise", "noisy"], &["шум", "шумный"], &["шу"]),
    (
        "air",
        &["air", "pollution"],
        &["воздух", "загрязнение"],
        &["ауа", "ластану"],
    ),
    ("pension", &["pension"], &["пенсия"], &["зейнетақы"]),
    (
        "salary",
        &["salary", "wage", "wages"],
        &["зарплата", "заработный"],
        &["жалақы"],
    ),
    (
        "job",
        &["job", "work", "employment"],
        &["работа", "трудоустройство"],
        &["жұмыс"],
    ),
    (
        "child",
        &["child", "children"],
        &["ребенок", "дети"],
        &["бала"],
    ),
    ("family", &["family"], &["семья"], &["отбасы"]),
    ("police", &["police"], &["полиция"], &["полиция"]),
    (
        "akimat",
        &["akimat", "mayor"],
        &["акимат", "аким"],
        &["әкімдік", "әкім"],
    ),
    (
        "transport",
        &["transport", "route"],
        &["транспорт", "маршрут"],
        &["көлік", "бағыт"],
    ),
    (
        "market",
        &["market", "bazaar"],
        &["рынок", "базар"],
        &["базар"],
    ),
    (
        "conflict",
        &["conflict", "fight", "quarrel"],
        &["конфликт", "драка", "ссора"],
        &["жанжал", "төбелес"],
    ),
    ("language", &["language"], &["язык"], &["тіл"]),
];

/// The index term a concept stands under: a prefix no word has, so it matches only itself.
fn term(concept: &str) -> String {
    format!("~{concept}")
}

fn by_stem() -> &'static HashMap<String, String> {
    static MAP: OnceLock<HashMap<String, String>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut map = HashMap::new();
        for (concept, en, ru, kk) in CONCEPTS {
            for form in en.iter().chain(ru.iter()).chain(kk.iter()) {
                for word in crate::analysis::words(form) {
                    for stem in crate::analysis::stems(&word)
                        .into_iter()
                        .filter(|s| kept(s, &word))
                    {
                        map.entry(stem).or_insert_with(|| term(concept));
                    }
                }
            }
        }
        map
    })
}

/// Whether a stem may stand for a concept: a stem of one or two letters cut from a longer
/// word ("ау" from «аул» or «ауа») would join unrelated words; a short word of its own
/// («су», water) keeps its stem.
fn kept(stem: &str, word: &str) -> bool {
    stem.chars().count() >= 3 || stem == word
}

/// The concept a word's stems stand for, as an index term, if the word is one of the
/// domain's.
pub fn concept(stems: &[String]) -> Option<&'static str> {
    stems
        .iter()
        .find_map(|s| by_stem().get(s))
        .map(String::as_str)
}

/// Whether an index term is a concept (matched exactly, never as a near spelling).
pub fn is_concept(term: &str) -> bool {
    term.starts_with('~')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{stems, words};

    fn concept_of(text: &str) -> Vec<Option<&'static str>> {
        words(text).iter().map(|w| concept(&stems(w))).collect()
    }

    #[test]
    fn a_thing_is_one_concept_in_three_languages() {
        assert_eq!(concept_of("school bus"), [Some("~school"), Some("~bus")]);
        assert_eq!(
            concept_of("школьный автобус"),
            [Some("~school"), Some("~bus")]
        );
        assert_eq!(
            concept_of("школьного автобуса"),
            [Some("~school"), Some("~bus")]
        );
        assert_eq!(
            concept_of("мектеп автобусы"),
            [Some("~school"), Some("~bus")]
        );
        assert_eq!(
            concept_of("мектептің автобусы"),
            [Some("~school"), Some("~bus")]
        );
    }

    #[test]
    fn other_words_stand_for_no_concept() {
        assert_eq!(concept_of("Абай 2026"), [None, None]);
    }

    #[test]
    fn no_stem_stands_for_two_concepts() {
        let mut seen: HashMap<String, &str> = HashMap::new();
        for (concept, en, ru, kk) in CONCEPTS {
            for form in en.iter().chain(ru.iter()).chain(kk.iter()) {
                for word in words(form) {
                    for stem in stems(&word).into_iter().filter(|s| kept(s, &word)) {
                        if let Some(other) = seen.insert(stem.clone(), concept) {
                            assert_eq!(other, *concept, "{stem} is in two concepts");
                        }
                    }
                }
            }
        }
    }
}
