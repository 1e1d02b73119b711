//! # Article Annotator
//!
//! Finds, in a news article, **who and what is named** (people,
//! organisations, places, other names), **when** (dates and times with their
//! calendar values) and **who said what** (quotations and reported speech
//! with their speakers). French and English; one data module per language.
//!
//! ```
//! use annotator::{annotate, Options};
//!
//! let text = "Le ministre Jean Dupont a déclaré lundi à Lyon : « Nous tiendrons. »";
//! let options = Options { reference_date: Some("2024-03-06".parse().unwrap()), ..Options::default() };
//! let found = annotate(text, &options);
//! assert_eq!(found.lang, annotator::Lang::Fr);
//! assert_eq!(found.reference_date.as_deref(), Some("2024-03-06"));
//! ```
//!
//! Offsets are byte offsets into the input; see [`Annotations::map_offsets`]
//! and [`text::OffsetMap`] for code points and UTF-16. Annotation never
//! fails: odd input yields fewer annotations, never a panic.

pub mod dates;
pub mod entities;
pub mod interchange;
pub mod lang;
pub mod quotes;
pub mod text;
pub mod types;

#[cfg(target_arch = "wasm32")]
mod wasm;

pub use jiff::civil::Date;
pub use lang::Lang;
pub use types::*;

/// What the caller may set. Everything is optional.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// The article's language; detected when `None`.
    pub lang: Option<Lang>,
    /// The publication date relative dates resolve against; looked for in the
    /// article when `None`.
    pub reference_date: Option<Date>,
}

/// Annotates one article.
pub fn annotate(text: &str, options: &Options) -> Annotations {
    let lang = options.lang.unwrap_or_else(|| lang::detect(text));
    // A blank text has nothing to find: answer without building the
    // language's regexes and indexes (the page annotates its empty text
    // area at start-up; they are built for the first real text).
    if text.trim().is_empty() {
        return Annotations {
            lang,
            reference_date: options.reference_date.map(|d| d.to_string()),
            reference_date_source: options.reference_date.map(|_| DateSource::Caller),
            reference_date_span: None,
            entities: Vec::new(),
            entity_groups: Vec::new(),
            timexes: Vec::new(),
            quotes: Vec::new(),
        };
    }
    annotate_in(text, options, lang)
}

/// [`annotate`] in `lang`, every layer.
fn annotate_in(text: &str, options: &Options, lang: Lang) -> Annotations {
    let data = lang::data(lang);
    let doc = text::Document::new(text, &data.text);

    let scanned = dates::Scanned::new(&doc, data);
    let found = match options.reference_date {
        Some(_) => None,
        None => dates::find_reference_date_in(&doc, data, &scanned),
    };
    let (reference, source, span) = match (options.reference_date, found) {
        (Some(d), _) => (Some(d), Some(DateSource::Caller), None),
        (None, Some((d, part))) => (Some(d), Some(DateSource::Article), Some(part)),
        (None, None) => (None, None, None),
    };

    let timexes = dates::find_in(&doc, data, &scanned, reference);
    let (entities, entity_groups) = entities::find(&doc, data);
    let quotes = quotes::find(&doc, data, &entities, &timexes);

    Annotations {
        lang,
        reference_date: reference.map(|d| d.to_string()),
        reference_date_source: source,
        reference_date_span: span,
        entities,
        entity_groups,
        timexes,
        quotes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_texts_get_what_the_whole_pipeline_gives() {
        let date = Some("2024-03-06".parse().unwrap());
        for text in ["", " ", "\n\n\t ", "\u{a0}\u{2003}\r\n"] {
            for options in [Options::default(), Options { lang: Some(Lang::Fr), reference_date: date }, Options { lang: None, reference_date: date }] {
                let lang = options.lang.unwrap_or_else(|| lang::detect(text));
                assert_eq!(annotate(text, &options), annotate_in(text, &options, lang), "{text:?}");
            }
        }
    }
}
