//! Helpers shared by the entity test tables (`mod entities_common;`).
#![allow(dead_code)]

use annotator::entities;
use annotator::lang::{data, Lang};
use annotator::text::Document;
use annotator::{EntityGroup, EntityType, Mention};

/// The entity layer alone on `text`.
pub fn run(lang: Lang, text: &str) -> (Vec<Mention>, Vec<EntityGroup>) {
    let d = data(lang);
    entities::find(&Document::new(text, &d.text), d)
}

/// Every `(text, type)` of `want` is a mention of the sentence.
pub fn check(lang: Lang, table: &[(&str, &[(&str, EntityType)])]) {
    for (sentence, want) in table {
        let (found, _) = run(lang, sentence);
        for (name, kind) in *want {
            assert!(
                found.iter().any(|m| m.text == *name && m.kind == *kind),
                "{sentence:?}: want {name:?} {kind:?}, found {:?}",
                found.iter().map(|m| (&m.text, m.kind, &m.rule)).collect::<Vec<_>>()
            );
        }
    }
}
