//! Named entities: candidates, typing, and grouping of mentions.

use crate::lang::LangData;
use crate::text::Document;
use crate::types::{EntityGroup, Mention};

/// What the entity stage needs from a language.
pub struct EntityLexicon {}

/// Every entity mention of the document (sorted) and the entities they group into.
pub fn find(_doc: &Document, _data: &LangData) -> (Vec<Mention>, Vec<EntityGroup>) {
    (Vec::new(), Vec::new())
}
