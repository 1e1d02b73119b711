//! English.

mod dates;
mod entities;
mod quotes;

use super::{Lang, LangData};
use crate::text::TextData;

pub static DATA: LangData = LangData {
    lang: Lang::En,
    text: TextData {
        abbreviations: &[
            "Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Capt", "Sgt", "Maj", "Adm",
            "Cmdr", "Rev", "Hon", "St", "Jr", "Sr", "Inc", "Ltd", "Co", "Corp", "vs", "etc", "Jan", "Feb", "Mar",
            "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "No", "Nos", "Mt", "Ft", "approx", "Ave", "Blvd",
            "Dept", "Univ", "Gov't", "p", "pp", "al", "e.g", "i.e",
        ],
        elisions: &[],
        clitics: &["'s"],
        function_words: &[
            "the", "of", "and", "to", "in", "is", "that", "for", "it", "was", "on", "with", "he", "she", "as", "at",
            "by", "from", "his", "her", "have", "has", "are", "were", "this", "be", "which", "said", "would", "an",
        ],
    },
    dates: dates::DATES,
    entities: entities::ENTITIES,
    quotes: quotes::QUOTES,
};
