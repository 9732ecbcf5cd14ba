//! Checks an outcome's public text for what must not be published: e-mail addresses, phone
//! numbers, Kazakh individual identification numbers (IIN) and the names of the people in
//! the case. The coordinator rewrites what is flagged; the text is never changed silently.

use std::sync::OnceLock;

use regex::Regex;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Flag {
    /// email, phone, iin, name.
    pub kind: &'static str,
    /// The words found, as written.
    pub found: String,
}

fn email() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| Regex::new(r"[\w.+-]+@[\w-]+(\.[\w-]+)+").unwrap())
}

/// Ten or more digits, possibly with a leading +, spaces, dashes, dots or brackets between
/// them: +7 701 123 45 67, 8 (7172) 55-55-55. Which of these are phone numbers is decided
/// by their digits.
fn phone() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| Regex::new(r"\+?\d(?:[\s\-.()]*\d){9,}").unwrap())
}

fn twelve_digits() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| Regex::new(r"\b\d{12}\b").unwrap())
}

/// The IIN's control digit (the 12th): a weighted sum mod 11 with weights 1–11, or 3–11, 1,
/// 2 when the first gives 10; a result of 10 again means no valid IIN.
pub fn is_iin(digits: &str) -> bool {
    let d: Vec<u32> = digits.chars().filter_map(|c| c.to_digit(10)).collect();
    if d.len() != 12 || digits.chars().count() != 12 {
        return false;
    }
    let sum = |weights: [u32; 11]| weights.iter().zip(&d).map(|(w, x)| w * x).sum::<u32>() % 11;
    let mut control = sum([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    if control == 10 {
        control = sum([3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]);
    }
    control != 10 && control == d[11]
}

/// Everything in `text` that looks personal. `names` are the names of people in the case
/// (each word of three letters or more is looked for, ignoring case).
pub fn flags(text: &str, names: &[String]) -> Vec<Flag> {
    let mut out = Vec::new();
    for m in email().find_iter(text) {
        out.push(Flag {
            kind: "email",
            found: m.as_str().to_owned(),
        });
    }
    for m in twelve_digits().find_iter(text) {
        if is_iin(m.as_str()) {
            out.push(Flag {
                kind: "iin",
                found: m.as_str().to_owned(),
            });
        }
    }
    for m in phone().find_iter(text) {
        let digits: String = m.as_str().chars().filter(char::is_ascii_digit).collect();
        // Kazakh numbers: 10 digits starting with 7 (701…, 7172…), or 11 with the country
        // or trunk prefix (+7, 8). Longer runs are other numbers (an IIN is reported above).
        let kazakh = match digits.len() {
            10 => digits.starts_with('7'),
            11 => digits.starts_with('7') || digits.starts_with('8'),
            _ => false,
        };
        if kazakh {
            out.push(Flag {
                kind: "phone",
                found: m.as_str().trim().to_owned(),
            });
        }
    }
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    for name in names {
        for part in name.split_whitespace() {
            let part = part.to_lowercase();
            if part.chars().count() >= 3 && words.contains(&part.as_str()) {
                out.push(Flag {
                    kind: "name",
                    found: part,
                });
            }
        }
    }
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<&'static str> {
        flags(text, &["Айгуль Серикова".to_owned()])
            .into_iter()
            .map(|f| f.kind)
            .collect()
    }

    #[test]
    fn iin_control_digit() {
        // 900101 300 000 + control digit: 9·1+0·2+0·3+1·4+0·5+1·6+3·7 = 40 → 40 mod 11 = 7.
        assert!(is_iin("900101300007"));
        assert!(!is_iin("900101300008"));
        assert!(!is_iin("90010130000"));
    }

    #[test]
    fn personal_data_is_flagged() {
        assert_eq!(kinds("Пишите на aigul.s@mail.kz"), ["email"]);
        assert_eq!(kinds("Звоните +7 701 123 45 67 вечером"), ["phone"]);
        assert_eq!(kinds("тел. 8 (7172) 55-55-55"), ["phone"]);
        assert_eq!(kinds("ИИН 900101300007"), ["iin"]);
        assert_eq!(kinds("Заявитель Серикова просила"), ["name"]);
    }

    #[test]
    fn ordinary_text_is_not_flagged() {
        assert!(kinds("В 2026 году акимат заменил 120 метров труб в доме 5.").is_empty());
        assert!(kinds("Кадастровый номер 123456789012 не указан.").is_empty());
    }
}
