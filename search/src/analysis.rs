//! Words to index terms, the same way for documents and queries. Texts come in Kazakh,
//! Russian and English, and a query's language is not known, so every word yields the stems
//! of each language that could have written it: Latin words an English stem, Cyrillic words
//! a Russian stem (Snowball) and a Kazakh one. Snowball has no Kazakh stemmer, and no crate
//! offers one, so Kazakh gets a light suffix stripper: Kazakh inflects by stacking
//! suffixes (plural, possessive, case) onto an unchanging root, which makes stripping known
//! endings from the right a fair approximation. Words of the domain also stand for their
//! concept, shared by the three languages (`glossary`).

use std::sync::OnceLock;

use tantivy::tokenizer::{Language, LowerCaser, SimpleTokenizer, Stemmer, TextAnalyzer};

fn analyzer(lang: Language) -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(LowerCaser)
        .filter(Stemmer::new(lang))
        .build()
}

fn stem(lang: Language, word: &str) -> String {
    static RU: OnceLock<TextAnalyzer> = OnceLock::new();
    static EN: OnceLock<TextAnalyzer> = OnceLock::new();
    let cell = if lang == Language::Russian { &RU } else { &EN };
    let mut a = cell.get_or_init(|| analyzer(lang)).clone();
    let mut stream = a.token_stream(word);
    let mut out = String::new();
    while stream.advance() {
        out.push_str(&stream.token().text);
    }
    out
}

/// Kazakh endings, longest first within each layer. Layers are stripped from the outside
/// in: case, then possessive, then plural.
const KK_CASE: &[&str] = &[
    "ндағы",
    "ндегі",
    "дағы",
    "дегі",
    "тағы",
    "тегі",
    "нан",
    "нен",
    "дан",
    "ден",
    "тан",
    "тен",
    "ның",
    "нің",
    "дың",
    "дің",
    "тың",
    "тің",
    "ға",
    "ге",
    "қа",
    "ке",
    "на",
    "не",
    "да",
    "де",
    "та",
    "те",
    "нда",
    "нде",
    "мен",
    "бен",
    "пен",
    "ны",
    "ні",
    "ды",
    "ді",
    "ты",
    "ті",
    "н",
];
const KK_POSSESSIVE: &[&str] = &[
    "ымыз", "іміз", "ыңыз", "іңіз", "сы", "сі", "ым", "ім", "ың", "ің", "ы", "і",
];
const KK_PLURAL: &[&str] = &["лар", "лер", "дар", "дер", "тар", "тер"];

/// The shortest root left after stripping; shorter roots are too ambiguous to match on.
const KK_MIN_ROOT: usize = 3;

fn strip<'a>(word: &'a str, endings: &[&str]) -> &'a str {
    let mut best = word;
    for e in endings {
        if let Some(root) = word.strip_suffix(e) {
            if root.chars().count() >= KK_MIN_ROOT && root.len() < best.len() {
                best = root;
            }
        }
    }
    best
}

pub fn kazakh_stem(word: &str) -> String {
    let w = strip(word, KK_CASE);
    let w = strip(w, KK_POSSESSIVE);
    strip(w, KK_PLURAL).to_owned()
}

fn is_cyrillic(word: &str) -> bool {
    word.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c))
}

/// The words of a text, lowercased (letters and digits; everything else separates).
pub fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase().replace('ё', "е"))
        .collect()
}

/// The index terms a word stands for (one to three, without repeats).
pub fn stems(word: &str) -> Vec<String> {
    let mut out = Vec::with_capacity(3);
    if is_cyrillic(word) {
        out.push(stem(Language::Russian, word));
        out.push(kazakh_stem(word));
    } else {
        out.push(stem(Language::English, word));
    }
    out.retain(|s| !s.is_empty());
    out.dedup();
    if out.len() == 2 && out[0] == out[1] {
        out.pop();
    }
    out
}

/// The index terms of a word: its stems, and the concept of the domain it names in any of
/// the three languages (see `glossary`).
pub fn terms(word: &str) -> Vec<String> {
    let mut terms = stems(word);
    if let Some(concept) = crate::glossary::concept(&terms) {
        terms.push(concept.to_owned());
    }
    terms
}

/// A text as one string of index terms separated by spaces.
pub fn index_terms(text: &str) -> String {
    words(text)
        .iter()
        .flat_map(|w| terms(w))
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kazakh_inflections_share_a_root() {
        for form in ["мектептерде", "мектепке", "мектептің", "мектебі", "мектеп"]
        {
            let stems = stems(form);
            assert!(
                stems.iter().any(|s| s == "мектеп") || form == "мектебі",
                "{form}: {stems:?}"
            );
        }
        assert_eq!(kazakh_stem("жолдарымыз"), "жол");
        assert_eq!(kazakh_stem("ауылдағы"), "ауыл");
        assert_eq!(kazakh_stem("ауылда"), "ауыл");
    }

    #[test]
    fn russian_and_english_forms_share_a_stem() {
        assert_eq!(stems("водоснабжения")[0], stems("водоснабжение")[0]);
        assert_eq!(stems("дороги")[0], stems("дорогой")[0]);
        assert_eq!(stems("repairs"), stems("repair"));
    }

    #[test]
    fn words_split_on_punctuation_and_fold_yo() {
        assert_eq!(words("Ещё, вода-2026!"), ["еще", "вода", "2026"]);
    }
}
