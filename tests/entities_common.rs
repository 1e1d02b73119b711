//! Helpers shared by the entity test tables (`mod entities_common;`).
#![allow(dead_code)]

use annotator::entities;
use annotator::lang::{data, Lang};
use annotator::text::Document;
use annotator::{EntityGroup, EntityType, Mention};

/// The entity layer's rules alone on `text`, without the tagger: these
/// tables test the rules' mechanisms (gazetteers, heads, titles, context,
/// grouping), which the tagger reads as features and which decide the
/// names it may not cut. The whole layer is scored on articles in
/// `entities_articles.rs`.
pub fn run(lang: Lang, text: &str) -> (Vec<Mention>, Vec<EntityGroup>) {
    let d = data(lang);
    entities::find_with(&Document::new(text, &d.text), d, None)
}

/// Every `(text, type)` of `want` is a mention of the sentence; every
/// miss is listed.
pub fn check(lang: Lang, table: &[(&str, &[(&str, EntityType)])]) {
    let mut misses = Vec::new();
    for (sentence, want) in table {
        let (found, _) = run(lang, sentence);
        for (name, kind) in *want {
            if !found.iter().any(|m| m.text == *name && m.kind == *kind) {
                let got: Vec<_> = found.iter().map(|m| (&m.text, m.kind, &m.rule)).collect();
                misses.push(format!("{sentence:?}: want {name:?} {kind:?}, found {got:?}"));
            }
        }
    }
    assert!(misses.is_empty(), "{} of the table missed:\n{}", misses.len(), misses.join("\n"));
}
