//! The annotation types: what [`crate::annotate`] returns.
//!
//! Offsets are byte offsets into the input inside Rust. The command-line tool
//! converts them to Unicode code points (the interchange format) and the wasm
//! binding to UTF-16 code units, both through [`Annotations::map_offsets`].

use serde::{Deserialize, Serialize};

use crate::lang::Lang;

/// A stretch of the input, `start..end`, with its text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Part {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

impl Part {
    /// The part of `text` at `start..end` (byte offsets on char boundaries).
    pub fn of(text: &str, start: usize, end: usize) -> Part {
        Part { start, end, text: text[start..end].to_string() }
    }
}

/// Entity types, CoNLL style.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum EntityType {
    PER,
    ORG,
    LOC,
    MISC,
}

/// One mention of a named entity in the text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    #[serde(rename = "type")]
    pub kind: EntityType,
    pub text: String,
    /// Index into [`Annotations::entity_groups`].
    pub group: usize,
    /// Canonical name of the entity this mention refers to.
    pub name: String,
    /// Which rule or evidence typed it, e.g. `gazetteer.loc`.
    pub rule: String,
}

/// One real-world entity: its canonical name, type and mentions.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EntityGroup {
    pub name: String,
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// Indices into [`Annotations::entities`].
    pub mentions: Vec<usize>,
}

/// TIMEX3 types.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum TimexType {
    DATE,
    TIME,
    DURATION,
    SET,
}

/// A temporal expression with its TIMEX3 value.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Timex {
    pub start: usize,
    pub end: usize,
    #[serde(rename = "type")]
    pub kind: TimexType,
    /// ISO 8601 / TIMEX3 value: `2024-01-04`, `2022-W35`, `PT24H`, `XXXX-10-26`…
    pub value: String,
    pub text: String,
    /// The pattern that found it, e.g. `fr.date.day_month_year`.
    pub rule: String,
}

/// Kinds of quotation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    Direct,
    Indirect,
}

/// A quotation or reported statement, with its speaker when the text says.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    pub start: usize,
    pub end: usize,
    pub kind: QuoteKind,
    pub text: String,
    /// Fullest name of the speaker, or the description of an unnamed one.
    pub speaker: Option<String>,
    /// The mention the attribution rests on.
    pub speaker_span: Option<Part>,
    /// The speech verb or source marker.
    pub cue: Option<Part>,
    pub rule: String,
}

/// Where the reference date came from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DateSource {
    /// Given by the caller.
    Caller,
    /// Found in the article (timestamp, dateline, "Publié le …").
    Article,
}

/// Everything found in one article. Every list is sorted by `start`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Annotations {
    pub lang: Lang,
    /// `YYYY-MM-DD`, the date relative expressions were resolved against.
    pub reference_date: Option<String>,
    pub reference_date_source: Option<DateSource>,
    /// Where in the text the reference date was found, if it was.
    pub reference_date_span: Option<Part>,
    pub entities: Vec<Mention>,
    pub entity_groups: Vec<EntityGroup>,
    pub timexes: Vec<Timex>,
    pub quotes: Vec<Quote>,
}

impl Annotations {
    /// Rewrites every offset with `f` (byte offset → another unit).
    pub fn map_offsets(&mut self, f: impl Fn(usize) -> usize) {
        let part = |p: &mut Part| {
            p.start = f(p.start);
            p.end = f(p.end);
        };
        if let Some(p) = self.reference_date_span.as_mut() {
            part(p);
        }
        for m in &mut self.entities {
            m.start = f(m.start);
            m.end = f(m.end);
        }
        for t in &mut self.timexes {
            t.start = f(t.start);
            t.end = f(t.end);
        }
        for q in &mut self.quotes {
            q.start = f(q.start);
            q.end = f(q.end);
            q.speaker_span.as_mut().map(part);
            q.cue.as_mut().map(part);
        }
    }
}
