//! Organisation names built on a head and its complement, with lower-case
//! parts: `ministère de la Défense britannique`, `Agence centrale de presse
//! coréenne`, `Institut pour l'étude de la guerre`, `Ministry of Defence`.
//!
//! Shape: head, up to two adjectives, then any number of
//! `link+ word adjective{0,2}` groups (`de la Défense`, `des États-Unis`).
//! A head written in lower case in the lexicon (`ministère`) also opens a
//! name in lower case, but only when a capitalised word follows in the
//! complement; a capitalised head (`Conseil`) must be written capitalised.

use super::features::Features;
use super::index::{Flags, Index, NOT_NAME, ORG_HEAD, ORG_LINK, PARTICLE, TITLE};
use crate::text::{Document, TokenKind};

const MAX_TOKENS: usize = 12;
const MAX_ADJECTIVES: usize = 2;

/// The exclusive token end of a name opened by a head of kind `head_flag`
/// (organisation or place) at token `i`, if the head has a complement;
/// `end` bounds the sentence.
pub fn head_span(doc: &Document, feats: &Features, index: &Index, i: usize, end: usize, head_flag: Flags) -> Option<usize> {
    if feats.flags[i] & head_flag == 0 {
        return None;
    }
    let head = feats.folded(i);
    let head_cap = feats.cap[i];
    if !head_cap && (head_flag != ORG_HEAD || !index.lower_heads.iter().any(|h| h == head)) {
        return None;
    }
    let limit = end.min(i + MAX_TOKENS);
    let mut j = adjectives(doc, feats, index, i + 1, limit);
    let mut last = j;
    let mut saw_cap = false;
    loop {
        let mut k = j;
        while k < limit && is_link(doc, feats, k) {
            k += 1;
        }
        let elided_only = k == j + 1 && feats.folded(j).ends_with('\'');
        if k == j || k >= limit || elided_only || !is_content(doc, feats, k) {
            break;
        }
        saw_cap |= feats.cap[k];
        j = adjectives(doc, feats, index, k + 1, limit);
        last = j;
    }
    let has_complement = last > i + 1;
    (has_complement && (head_cap || saw_cap)).then_some(last)
}

fn word(doc: &Document, k: usize) -> bool {
    doc.tokens[k].kind == TokenKind::Word
}

fn is_link(doc: &Document, feats: &Features, k: usize) -> bool {
    word(doc, k) && !feats.cap[k] && feats.flags[k] & (ORG_LINK | PARTICLE) != 0
}

fn is_content(doc: &Document, feats: &Features, k: usize) -> bool {
    if !word(doc, k) || feats.folded(k).ends_with('\'') {
        return false;
    }
    feats.cap[k] || feats.flags[k] & (NOT_NAME | TITLE | ORG_LINK | PARTICLE) == 0
}

/// Lower-case adjectives from token `k`: returns the index after them.
fn adjectives(doc: &Document, feats: &Features, index: &Index, k: usize, limit: usize) -> usize {
    if !index.adjectives_follow {
        return k;
    }
    let mut j = k;
    while j < limit && j < k + MAX_ADJECTIVES && word(doc, j) {
        let f = feats.flags[j];
        // Titles stop a name only when they are not adjectives too: the
        // list holds nationality nouns (`Française`) whose lower-case form
        // is the adjective of `Agence française de …`.
        let title = f & TITLE != 0 && !index.is_nationality(feats.folded(j));
        if feats.cap[j] || feats.folded(j).ends_with('\'') || title || f & (NOT_NAME | ORG_LINK | PARTICLE) != 0 || index.is_person_cue(feats.folded(j)) {
            break;
        }
        j += 1;
    }
    j
}
