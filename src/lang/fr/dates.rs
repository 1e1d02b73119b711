//! fr data for the dates stage.

use crate::dates::DateLexicon;

pub const DATES: DateLexicon = DateLexicon {};
