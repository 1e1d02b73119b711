//! Languages: detection, and each language's data in one module per
//! language (`fr/`, `en/`). A language supplies every table of
//! [`LangData`]; the pipeline code is shared.

mod en;
mod fr;

use std::fmt;
use std::str::FromStr;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::dates::DateLexicon;
use crate::entities::EntityLexicon;
use crate::quotes::QuoteLexicon;
use crate::text::{floor_boundary, TextData};

/// A supported language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Fr,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Fr, Lang::En];

    /// ISO 639-1 code.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }

    fn whatlang(self) -> whatlang::Lang {
        match self {
            Lang::Fr => whatlang::Lang::Fra,
            Lang::En => whatlang::Lang::Eng,
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// The error for a language code we do not support.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownLang(pub String);

impl fmt::Display for UnknownLang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let known: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
        write!(f, "unsupported language {:?} (supported: {})", self.0, known.join(", "))
    }
}

impl std::error::Error for UnknownLang {}

impl FromStr for Lang {
    type Err = UnknownLang;
    fn from_str(s: &str) -> Result<Lang, UnknownLang> {
        let code = s.trim().to_ascii_lowercase();
        Lang::ALL
            .into_iter()
            .find(|l| l.code() == code || l.whatlang().code() == code)
            .ok_or_else(|| UnknownLang(s.to_string()))
    }
}

/// The supported language the text is most likely written in; English when
/// the text gives no clue (too short, no letters). Function words decide
/// when one language clearly leads in the first 1,000 bytes (most news);
/// otherwise whatlang reads a sample (the start and the middle, 800 bytes in
/// all). Either way the cost does not grow with the text's length.
pub fn detect(text: &str) -> Lang {
    if let Some(lang) = by_function_words(&text[..floor_boundary(text, 1000)]) {
        return lang;
    }
    const HALF: usize = 400;
    let sample = if text.len() <= 2 * HALF {
        text.to_string()
    } else {
        let mid = text.len() / 2;
        format!("{} {}", &text[..floor_boundary(text, HALF)], &text[floor_boundary(text, mid)..floor_boundary(text, mid + HALF)])
    };
    let allow = Lang::ALL.iter().map(|l| l.whatlang()).collect();
    let detector = whatlang::Detector::with_allowlist(allow);
    detector
        .detect_lang(&sample)
        .and_then(|w| Lang::ALL.into_iter().find(|l| l.whatlang() == w))
        .unwrap_or(Lang::En)
}

/// The language whose function words are at least 8 and four times as many
/// as any other's in `sample`, if one is.
fn by_function_words(sample: &str) -> Option<Lang> {
    let keys = function_word_keys();
    let mut counts = [0usize; Lang::ALL.len()];
    // The runs of letters, as `sample.split(|c| !c.is_alphabetic())` gives
    // them, read byte by byte: most of the text is ASCII.
    let letter_at = |i: usize| match sample.as_bytes()[i] {
        b if b.is_ascii() => (b.is_ascii_alphabetic(), 1),
        _ => sample[i..].chars().next().map_or((false, 1), |c| (c.is_alphabetic(), c.len_utf8())),
    };
    let mut i = 0;
    while i < sample.len() {
        let (letter, width) = letter_at(i);
        if !letter {
            i += width;
            continue;
        }
        let start = i;
        i += width;
        while i < sample.len() {
            let (letter, width) = letter_at(i);
            if !letter {
                break;
            }
            i += width;
        }
        if i - start > 6 {
            continue;
        }
        if let Ok(n) = keys.binary_search_by_key(&word_key(&sample[start..i]), |&(k, _)| k) {
            let langs = keys[n].1;
            for (l, count) in counts.iter_mut().enumerate() {
                *count += usize::from(langs & (1 << l) != 0);
            }
        }
    }
    let best = (0..counts.len()).max_by_key(|&i| counts[i])?;
    let runner_up = (0..counts.len()).filter(|&i| i != best).map(|i| counts[i]).max().unwrap_or(0);
    (counts[best] >= 8 && counts[best] >= 4 * runner_up).then(|| Lang::ALL[best])
}

/// A word of at most 8 bytes as a number, ASCII letters in lower case:
/// equal keys are equal words but for ASCII case (no byte is zero).
fn word_key(word: &str) -> u64 {
    let mut b = [0u8; 8];
    for (d, s) in b.iter_mut().zip(word.bytes()) {
        *d = s.to_ascii_lowercase();
    }
    u64::from_le_bytes(b)
}

/// Every language's function words (those that fit a [`word_key`]),
/// sorted by key, each with the bit set of the languages (`1 << n` for
/// `Lang::ALL[n]`) that list it.
fn function_word_keys() -> &'static [(u64, u8)] {
    static KEYS: OnceLock<Vec<(u64, u8)>> = OnceLock::new();
    KEYS.get_or_init(|| {
        let mut keys: Vec<(u64, u8)> = Vec::new();
        for (n, lang) in Lang::ALL.iter().enumerate() {
            let words = data(*lang).text.function_words.iter().filter(|w| (1..=8).contains(&w.len()));
            keys.extend(words.map(|w| (word_key(w), 1 << n)));
        }
        keys.sort_unstable();
        keys.dedup_by(|b, a| {
            let same = a.0 == b.0;
            if same {
                a.1 |= b.1;
            }
            same
        });
        keys
    })
}

/// Everything the pipeline knows about one language.
pub struct LangData {
    pub lang: Lang,
    pub text: TextData,
    pub dates: DateLexicon,
    pub entities: EntityLexicon,
    pub quotes: QuoteLexicon,
}

/// The data of `lang`.
pub fn data(lang: Lang) -> &'static LangData {
    match lang {
        Lang::Fr => &fr::DATA,
        Lang::En => &en::DATA,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_french_and_english() {
        assert_eq!(detect("Le président a déclaré lundi que la guerre était loin d'être finie."), Lang::Fr);
        assert_eq!(detect("The president said on Monday that the war was far from over."), Lang::En);
        assert_eq!(detect(""), Lang::En);
        assert_eq!(detect("12345 !!!"), Lang::En);
        let long_fr = "Le gouvernement a présenté mercredi son projet de loi. ".repeat(40);
        assert_eq!(detect(&long_fr), Lang::Fr);
        let long_en = format!("{}{}", "12:30 — ".repeat(60), "The council met on Tuesday and said it would vote. ".repeat(30));
        assert_eq!(detect(&long_en), Lang::En);
        // Too few function words: whatlang decides.
        assert_eq!(by_function_words("Réforme des retraites : accord trouvé"), None);
        assert_eq!(detect("Réforme des retraites : accord trouvé au Parlement"), Lang::Fr);
    }

    /// The counting as first written: every run of letters of 1 to 6 bytes
    /// against every function word.
    fn decide_plain(sample: &str) -> Option<Lang> {
        let words = sample.split(|c: char| !c.is_alphabetic()).filter(|w| (1..=6).contains(&w.len()));
        let mut counts = [0; Lang::ALL.len()];
        for word in words {
            for (n, lang) in Lang::ALL.iter().enumerate() {
                counts[n] += usize::from(data(*lang).text.function_words.iter().any(|f| f.eq_ignore_ascii_case(word)));
            }
        }
        let best = (0..counts.len()).max_by_key(|&i| counts[i])?;
        let runner_up = (0..counts.len()).filter(|&i| i != best).map(|i| counts[i]).max().unwrap_or(0);
        (counts[best] >= 8 && counts[best] >= 4 * runner_up).then(|| Lang::ALL[best])
    }

    #[test]
    fn function_words_decide_as_plain_counting_does() {
        let samples = [
            "Le président a déclaré lundi que la guerre était loin d'être finie, et il est parti.",
            "The president SAID on Monday that the war was far from over; it is THE end of it.",
            "LES élèves ÉTAIENT dans la cour. Être ou ne pas être: ça, c'est la question du jour.",
            "a à ÀB été the_of-and,to\nin IS that—for it. was/on with he she as at by from",
            "Ωmega le🙂la les🙂de des du et un une est que qui dans pour au aux sur par il elle",
        ];
        let long = samples.concat();
        for s in samples.iter().copied().chain([long.as_str()]) {
            for end in (0..=s.len()).filter(|&e| s.is_char_boundary(e)) {
                assert_eq!(by_function_words(&s[..end]), decide_plain(&s[..end]), "{}", &s[..end]);
            }
        }
    }

    #[test]
    fn parses_codes() {
        assert_eq!("fr".parse::<Lang>(), Ok(Lang::Fr));
        assert_eq!("EN".parse::<Lang>(), Ok(Lang::En));
        assert_eq!("fra".parse::<Lang>(), Ok(Lang::Fr));
        assert!("de".parse::<Lang>().is_err());
    }
}
