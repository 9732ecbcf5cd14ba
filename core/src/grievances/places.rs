//! Places named in words, as Open311 clients send them (`address_string`): "Аккольский
//! район", "Акколь ауданы", "Akkol District, Akmola Region", "район Акколь", with small typos.
//! A name matches in any of the three languages, whatever the word order, with or without
//! the kind of place ("district / ауданы / район", "city / қаласы / город", "region /
//! облысы / область"). The finest place named wins; a region named beside it settles a
//! district whose name two regions share.

use strsim::jaro_winkler;

use crate::models::{Jurisdiction, PlaceKind};

/// Words that name a kind of place, by kind; and words that name nothing.
const REGION_WORDS: &[&str] = &[
    "region",
    "oblast",
    "province",
    "облысы",
    "область",
    "области",
    "обл",
];
const DISTRICT_WORDS: &[&str] = &["district", "ауданы", "аудан", "район", "района", "р", "н"];
const CITY_WORDS: &[&str] = &["city", "town", "қаласы", "қала", "город", "города", "г"];
const OTHER_WORDS: &[&str] = &["of", "the", "kz", "kazakhstan", "қазақстан", "казахстан"];

/// Russian adjective endings: "Аккольский район" names the place "Акколь".
const ADJECTIVE_ENDINGS: &[&str] = &[
    "инского",
    "инская",
    "инский",
    "инское",
    "ского",
    "ская",
    "ский",
    "ское",
    "ской",
    "ная",
    "ный",
    "ное",
    "ого",
];

/// How alike two words must be (Jaro-Winkler) to be one name with a typo.
const ALIKE: f64 = 0.9;

fn lower_words(text: &str) -> Vec<String> {
    text.to_lowercase()
        .replace('ё', "е")
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

fn is_kind_word(w: &str) -> bool {
    [REGION_WORDS, DISTRICT_WORDS, CITY_WORDS, OTHER_WORDS]
        .iter()
        .any(|words| words.contains(&w))
}

/// The words of a name that tell the place: lowercased, without kinds of place and the
/// Russian adjective ending.
fn name_words(text: &str) -> Vec<String> {
    lower_words(text)
        .into_iter()
        .filter(|w| !is_kind_word(w))
        .map(|w| {
            let root = ADJECTIVE_ENDINGS
                .iter()
                .find_map(|e| w.strip_suffix(e).filter(|r| r.chars().count() >= 3));
            root.map(str::to_owned).unwrap_or(w)
        })
        .collect()
}

/// How well the address names `place`, and which of its words did: every word of one of
/// the place's names must stand in the address, exactly or nearly.
fn matched(address: &[String], place: &Jurisdiction) -> Option<(f64, Vec<usize>)> {
    [&place.name_kk, &place.name_ru, &place.name_en]
        .into_iter()
        .filter_map(|name| {
            let wanted = name_words(name);
            if wanted.is_empty() {
                return None;
            }
            let mut total = 0.0;
            let mut used = Vec::new();
            for w in &wanted {
                let (at, best) = address
                    .iter()
                    .enumerate()
                    .map(|(i, a)| (i, jaro_winkler(a, w)))
                    .fold((0, 0.0), |b, c| if c.1 > b.1 { c } else { b });
                if best < ALIKE {
                    return None;
                }
                total += best;
                used.push(at);
            }
            Some((total / wanted.len() as f64, used))
        })
        .max_by(|a, b| a.0.total_cmp(&b.0))
}

/// What an address names.
#[derive(Debug)]
pub enum Resolved<'a> {
    Place(&'a Jurisdiction),
    /// Places of the same name in different regions: the region must be named too.
    Ambiguous(Vec<&'a Jurisdiction>),
    Unknown,
}

fn is_city(p: &Jurisdiction) -> bool {
    p.kind.is_city()
}

/// The place among `found` that the address's kind words, or else the usual reading of a
/// bare name (a town rather than the district around it), point to.
fn by_kind<'a>(
    found: Vec<(&'a Jurisdiction, f64)>,
    raw: &[String],
) -> Vec<(&'a Jurisdiction, f64)> {
    let says = |kind: &[&str]| raw.iter().any(|w| kind.contains(&w.as_str()));
    let keep = |want: &dyn Fn(&Jurisdiction) -> bool| {
        let kept: Vec<_> = found.iter().copied().filter(|(p, _)| want(p)).collect();
        if kept.is_empty() {
            found.clone()
        } else {
            kept
        }
    };
    if says(DISTRICT_WORDS) {
        keep(&|p| p.kind == PlaceKind::District)
    } else {
        keep(&is_city)
    }
}

/// The finest place `address` names among `places`. A region named with its kind word
/// ("Akmola Region", "Ақмола облысы") sets where the other words are looked for.
pub fn resolve<'a>(places: &'a [Jurisdiction], address: &str) -> Resolved<'a> {
    let raw = lower_words(address);
    let mut words = name_words(address);
    let mut region = None;
    if raw.iter().any(|w| REGION_WORDS.contains(&w.as_str())) {
        let best = places
            .iter()
            .filter(|p| p.kind == PlaceKind::Region)
            .filter_map(|p| matched(&words, p).map(|(s, used)| (p, s, used)))
            .max_by(|a, b| a.1.total_cmp(&b.1));
        if let Some((r, _, used)) = best {
            region = Some(r);
            words = words
                .into_iter()
                .enumerate()
                .filter(|(i, _)| !used.contains(i))
                .map(|(_, w)| w)
                .collect();
        }
    }
    let within = |p: &Jurisdiction| region.is_none_or(|r| p.parent_kato.as_ref() == Some(&r.kato));
    let finer: Vec<(&Jurisdiction, f64)> = places
        .iter()
        .filter(|p| p.kind != PlaceKind::Region && within(p))
        .filter_map(|p| matched(&words, p).map(|(s, _)| (p, s)))
        .collect();
    if finer.is_empty() {
        return match region {
            Some(r) => Resolved::Place(r),
            None => best_of(
                places
                    .iter()
                    .filter(|p| p.kind == PlaceKind::Region)
                    .filter_map(|p| matched(&words, p).map(|(s, _)| (p, s)))
                    .collect(),
            ),
        };
    }
    best_of(by_kind(finer, &raw))
}

/// The best-scoring place, if only one scores best.
fn best_of(found: Vec<(&Jurisdiction, f64)>) -> Resolved<'_> {
    let best = found.iter().map(|(_, s)| *s).fold(0.0, f64::max);
    let top: Vec<&Jurisdiction> = found
        .iter()
        .filter(|(_, s)| best - s < 1e-9)
        .map(|(p, _)| *p)
        .collect();
    match top.as_slice() {
        [] => Resolved::Unknown,
        [one] => Resolved::Place(one),
        many => Resolved::Ambiguous(many.to_vec()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn places() -> Vec<Jurisdiction> {
        crate::reference::jurisdictions_from_csv().unwrap()
    }

    fn kato(address: &str) -> Option<String> {
        match resolve(&places(), address) {
            Resolved::Place(p) => Some(p.kato.clone()),
            _ => None,
        }
    }

    #[test]
    fn a_district_in_any_language_and_word_order() {
        for address in [
            "Аккольский район",
            "район Аккольский",
            "Акколь ауданы",
            "Akkol District",
            "district Akkol",
            "Акмолинская область, Аккольский район",
            "Akmola Region, Akkol",
        ] {
            assert_eq!(kato(address).as_deref(), Some("1132"), "{address}");
        }
    }

    #[test]
    fn small_typos_are_forgiven() {
        assert_eq!(kato("Akkoll distrct").as_deref(), Some("1132"));
        assert_eq!(kato("Акольский р-н").as_deref(), Some("1132"));
    }

    #[test]
    fn a_region_or_a_city_alone() {
        assert_eq!(kato("Akmola Region").as_deref(), Some("11"));
        assert_eq!(kato("Акмолинская обл.").as_deref(), Some("11"));
        assert_eq!(kato("г. Кокшетау").as_deref(), Some("1110"));
        assert_eq!(kato("Kokshetau city").as_deref(), Some("1110"));
    }

    #[test]
    fn a_bare_town_name_is_the_town_and_a_kind_word_decides() {
        let kostanay_city = kato("Костанай").unwrap();
        let district = kato("Kostanay District").unwrap();
        assert_ne!(kostanay_city, district);
        assert_eq!(kato("город Костанай"), Some(kostanay_city.clone()));
        assert_eq!(kato("Костанайский район"), Some(district));
        let region = kato("Костанайская область").unwrap();
        assert_eq!(region.len(), 2, "the region itself: {region}");
        assert_eq!(kato("Almaty").as_deref(), Some("75"));
        assert_ne!(kato("Almaty Region").as_deref(), Some("75"));
    }

    #[test]
    fn what_names_no_place_resolves_to_nothing() {
        let places = places();
        for address in ["Baker Street 221b", "", "район"] {
            let found = resolve(&places, address);
            assert!(matches!(found, Resolved::Unknown), "{address}: {found:?}");
        }
    }
}
