//! Temporal expressions: patterns → typed relative value → TIMEX3 value
//! resolved against the reference date.
//!
//! Steps, in order:
//! 1. [`compile`]: each language's rules and tables become one regex over
//!    the folded text, built once per language ([`patterns`] writes the
//!    rules out).
//! 2. [`scan`]: one pass of that regex over the document, folded once;
//!    [`checks`] drops matches that are numbers, not dates (`Covid-19`,
//!    `3,2024`, `#2024`).
//! 3. [`interpret`]: a match's groups become an [`value::Expr`]
//!    (`Stated{..}`, `Offset{..}`, `Duration{..}`…); [`counted`] reads the
//!    relative and counted ones (`la veille`, `il y a trois jours`).
//! 4. [`tense`]: the direction an underspecified date points to (`a déclaré
//!    lundi` → past, `va se rendre mardi` → future).
//! 5. [`resolve`]: the value against the reference date and the periods
//!    named before it ([`point`]), with `jiff`; [`nearest`] picks the
//!    occurrence an underspecified date means.
//!
//! [`reference`] finds the article's own date when the caller gives none.
//!
//! Without a reference date, values stay relative where TIMEX3 allows it
//! (`XXXX-10-26`, `XXXX-WXX-1`); offsets that need one (`hier`, `la semaine
//! dernière`, `il y a trois jours`) get `PAST_REF`, `PRESENT_REF` or
//! `FUTURE_REF` by their sign.

mod checks;
mod compile;
mod counted;
#[cfg(test)]
mod examples;
mod interpret;
mod nearest;
mod patterns;
mod point;
mod reference;
mod resolve;
pub mod rules;
mod scan;
mod tense;
pub mod value;

use jiff::civil::Date;

use crate::lang::LangData;
use crate::text::{Document, Folded};
use crate::types::{Part, Timex};

pub use rules::{Kind, Rule};
pub use value::{DayPart, Dir, Holiday, RefKind, Season, Unit};

/// What the date stage needs from a language. Words are written as the
/// language writes them; the stage folds them (case, accents, apostrophes).
pub struct DateLexicon {
    /// Month names, January first (from CLDR).
    pub months: [&'static [&'static str]; 12],
    /// Month abbreviations without their dot (from CLDR, plus usage).
    pub month_abbreviations: [&'static [&'static str]; 12],
    /// Weekday names, Monday first (from CLDR).
    pub weekdays: [&'static [&'static str]; 7],
    /// Weekday abbreviations without their dot (from CLDR).
    pub weekday_abbreviations: [&'static [&'static str]; 7],
    /// Month names that are also common words (`may`, `march`): as months
    /// they must be capitalised in the text.
    pub capitalised_months: &'static [&'static str],
    /// Month names that are also names (`Mars` the planet, `Avril` the given
    /// name) in a language that writes months in lower case: capitalised
    /// inside a sentence and without a day or a year, they are not months.
    pub proper_name_months: &'static [&'static str],
    /// Words that may follow a day without its month (`mardi 19 à 20 h`);
    /// after any other word, the number is a count (`samedi 10 personnes`).
    pub words_after_a_day: &'static [&'static str],
    /// Month names that are also common words (`May`, `March`): alone,
    /// without a preposition, a day or a year, they are the words.
    pub word_months: &'static [&'static str],
    /// Suffixes a day number may carry: `1er`, `3rd`.
    pub day_suffixes: &'static [&'static str],
    /// Number words with their value, `un` to `seize`, `one` to `nineteen`,
    /// and the articles that mean one (`a`, `une`).
    pub numbers: &'static [(&'static str, u32)],
    /// Tens, combined with the numbers 1–9 by the joiners: `vingt-cinq`.
    pub tens: &'static [(&'static str, u32)],
    pub number_joiners: &'static [&'static str],
    /// Ordinal day words and numerals: `premier`, `first`, `2nd`.
    pub ordinals: &'static [(&'static str, u32)],
    /// Words for an unstated count: `quelques`, `plusieurs`, `several`.
    pub vague_counts: &'static [&'static str],
    pub units: &'static [(&'static str, Unit)],
    pub day_parts: &'static [(&'static str, DayPart)],
    /// Clock words with their hour: `midi` 12, `midnight` 0.
    pub clock_words: &'static [(&'static str, i8)],
    pub seasons: &'static [(&'static str, Season)],
    /// Holidays and the day each falls on.
    pub holidays: &'static [(&'static str, Holiday)],
    /// Days named relative to the reference: `hier` -1, `demain` +1.
    pub relative_days: &'static [(&'static str, i32)],
    /// Shift words: `dernier` -1, `prochain` +1, `ce` 0.
    pub shifts: &'static [(&'static str, i8)],
    /// Modifiers kept in the extent without changing the value: `début`,
    /// `fin`, `mi`, `plus tôt`, `early`, `late`.
    pub modifiers: &'static [&'static str],
    /// Soft references standing alone: `récemment`, `now`.
    pub refs: &'static [(&'static str, RefKind)],
    /// Soft references after a preposition that stays outside:
    /// `[à] l'avenir`, `[pour] le moment`, `[in] the future`.
    pub bound_refs: &'static [(&'static str, RefKind)],
    /// Words meaning "every": `chaque`, `every`, `each`.
    pub every: &'static [&'static str],
    /// Days counted from the last date of the text: `la veille` -1, `le
    /// lendemain` +1, `the day before` -1.
    pub anaphoric_days: &'static [(&'static str, i32)],
    /// Words that count a unit from the last date of the text: `following`
    /// +1, `previous` -1, `same` 0, `later` +1, `plus tôt` -1.
    pub anaphoric_shifts: &'static [(&'static str, i32)],
    /// Adverbs of recurrence: `daily`, `quotidiennement`.
    pub set_words: &'static [(&'static str, Unit)],
    /// Words that put the clause in the future: `va`, `will`, `prochain`,
    /// written as the language writes them (lower case).
    pub future_cues: &'static [&'static str],
    /// Words that put the clause in the past: `said`, `was`, `avait`, `ont`.
    pub past_cues: &'static [&'static str],
    /// Endings of past verb forms (`-ed`, `-ait`), for lower-case words of
    /// at least five letters, with the words that only look like them.
    pub past_endings: &'static [&'static str],
    pub past_ending_exceptions: &'static [&'static str],
    /// Words after which a past ending is a passive or an adjective, no
    /// past: `to be completed`, `is expected`.
    pub present_auxiliaries: &'static [&'static str],
    /// Words after which a listed future participle still looks ahead:
    /// `has scheduled`, `have planned` (a past ending after them stays a
    /// past: `has signed`).
    pub perfect_auxiliaries: &'static [&'static str],
    /// Words after which a past ending is an adjective, no past: `a
    /// revised plan`, `the unspecified date`.
    pub determiners: &'static [&'static str],
    /// A cue followed by this word is none: `next to` is a place.
    pub cue_exceptions: &'static [(&'static str, &'static str)],
    /// Conjunctions that open a clause of its own after a date: `and`, `et`.
    pub coordinators: &'static [&'static str],
    /// Words right before a date that admit one direction only: `since`,
    /// `depuis` (the past), `as early as` (the future). Folded.
    pub bound_phrases: &'static [(&'static str, Dir)],
    /// Endings of future verb forms (`-ra`, `-ront`), for lower-case words
    /// of at least five letters, with the words that only look like them.
    pub future_endings: &'static [&'static str],
    pub future_ending_exceptions: &'static [&'static str],
    /// Endings of conditional forms, as written (accents kept: `-erait`,
    /// not the imperfect `-érait`), a future seen from the past (`a annoncé
    /// que X fermerait en juin`); the exceptions above apply.
    pub conditional_endings: &'static [&'static str],
    /// What may stand between a day and its clock time for the two to be
    /// one time (besides spaces and a comma): `at`, `à` (`demain à 8h`,
    /// `Tuesday at 10 a.m.`); lower case.
    pub day_clock_joiners: &'static [&'static str],
    /// The same between a clock time and its day after it: `on` (`3 p.m.
    /// on Tuesday`).
    pub clock_day_joiners: &'static [&'static str],
    /// `22/03/2013` is day first.
    pub day_first: bool,
    /// Words that mark the article's own date, with their strength:
    /// `publié le` 3, `mis à jour le` 2.
    pub publication_markers: &'static [(&'static str, u8)],
    /// The patterns in groups, most specific first (leftmost match wins,
    /// then the first rule that matches there): stated calendar fields and
    /// clock times, then relative and counted expressions, then single
    /// words.
    pub rules: &'static [&'static [Rule]],
}

/// The article's own date (timestamp, dateline, "Publié le …"), if it has one.
pub fn find_reference_date(doc: &Document, data: &LangData) -> Option<(Date, Part)> {
    reference::find(doc, data, &Scanned::new(doc, data))
}

/// Every temporal expression of the document, sorted, resolved against
/// `reference` when there is one.
pub fn find(doc: &Document, data: &LangData, reference: Option<Date>) -> Vec<Timex> {
    find_in(doc, data, &Scanned::new(doc, data), reference)
}

/// The document folded and its matches, found once for both the reference
/// date and the timexes.
pub struct Scanned {
    folded: Folded,
    found: Vec<scan::Found>,
}

impl Scanned {
    pub fn new(doc: &Document, data: &LangData) -> Scanned {
        let folded = Folded::new(doc.text);
        let found = scan::matches(doc.text, &folded, crate::lang::data(data.lang));
        Scanned { folded, found }
    }
}

/// [`find_reference_date`] from matches already found.
pub fn find_reference_date_in(doc: &Document, data: &LangData, scanned: &Scanned) -> Option<(Date, Part)> {
    reference::find(doc, data, scanned)
}

/// [`find`] from matches already found.
pub fn find_in(doc: &Document, data: &LangData, scanned: &Scanned, reference: Option<Date>) -> Vec<Timex> {
    let data = crate::lang::data(data.lang);
    scan::resolve_all(doc.text, &scanned.folded, &scanned.found, data, reference)
}
