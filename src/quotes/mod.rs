//! Quotations and reported speech, with their speakers.

use crate::lang::LangData;
use crate::text::Document;
use crate::types::{EntityGroup, Mention, Quote};

/// What the quote stage needs from a language.
pub struct QuoteLexicon {}

/// Every quotation of the document, sorted, with speakers drawn from the
/// document's entities where they name one.
pub fn find(_doc: &Document, _data: &LangData, _mentions: &[Mention], _groups: &[EntityGroup]) -> Vec<Quote> {
    Vec::new()
}
