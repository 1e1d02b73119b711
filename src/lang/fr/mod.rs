//! French.

mod dates;
mod entities;
mod quotes;

use super::{Lang, LangData};
use crate::text::TextData;

pub static DATA: LangData = LangData {
    lang: Lang::Fr,
    text: TextData {
        abbreviations: &[
            "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Dr", "Pr", "Me", "Mgr", "St", "Ste", "etc", "cf", "av",
            "apr", "env", "vol", "éd", "p", "pp", "art", "chap", "fig", "gén", "Gén", "col", "lt", "cdt", "sgt",
            "Cie", "janv", "févr", "avr", "juil", "sept", "oct", "nov", "déc", "hab", "min", "max", "no", "nº",
        ],
        elisions: &["l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu"],
        clitics: &[],
        function_words: &[
            "le", "la", "les", "de", "des", "du", "et", "un", "une", "est", "que", "qui", "dans", "pour", "au", "aux",
            "sur", "par", "il", "elle", "ont", "sont", "avec", "ne", "pas", "ce", "cette", "son", "sa", "ses",
        ],
    },
    dates: dates::DATES,
    entities: entities::ENTITIES,
    quotes: quotes::QUOTES,
};
