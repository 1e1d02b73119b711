//! Languages: detection, and each language's data in one module per
//! language (`fr/`, `en/`). A language supplies every table of
//! [`LangData`]; the pipeline code is shared.

mod en;
mod fr;

use std::fmt;
use std::str::FromStr;

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
    let mut counts = [0usize; Lang::ALL.len()];
    for word in sample.split(|c: char| !c.is_alphabetic()).filter(|w| (1..=6).contains(&w.len())) {
        for (n, lang) in Lang::ALL.iter().enumerate() {
            if data(*lang).text.function_words.iter().any(|f| f.eq_ignore_ascii_case(word)) {
                counts[n] += 1;
            }
        }
    }
    let best = (0..counts.len()).max_by_key(|&i| counts[i])?;
    let runner_up = (0..counts.len()).filter(|&i| i != best).map(|i| counts[i]).max().unwrap_or(0);
    (counts[best] >= 8 && counts[best] >= 4 * runner_up).then(|| Lang::ALL[best])
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

    #[test]
    fn parses_codes() {
        assert_eq!("fr".parse::<Lang>(), Ok(Lang::Fr));
        assert_eq!("EN".parse::<Lang>(), Ok(Lang::En));
        assert_eq!("fra".parse::<Lang>(), Ok(Lang::Fr));
        assert!("de".parse::<Lang>().is_err());
    }
}
