//! Temporal expressions: patterns → typed relative value → TIMEX3 value
//! resolved against the reference date.

use jiff::civil::Date;

use crate::lang::LangData;
use crate::text::Document;
use crate::types::{Part, Timex};

/// What the date stage needs from a language.
pub struct DateLexicon {}

/// The article's own date (timestamp, dateline, "Publié le …"), if it has one.
pub fn find_reference_date(_doc: &Document, _data: &LangData) -> Option<(Date, Part)> {
    None
}

/// Every temporal expression of the document, sorted, resolved against
/// `reference` when there is one.
pub fn find(_doc: &Document, _data: &LangData, _reference: Option<Date>) -> Vec<Timex> {
    Vec::new()
}
