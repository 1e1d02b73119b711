//! en data for the quotes stage.

use crate::quotes::QuoteLexicon;

pub const QUOTES: QuoteLexicon = QuoteLexicon {};
