//! The features of each token, as 32-bit hashes: the word and its
//! neighbours, shapes and affixes, what the gazetteers and word lists say
//! about the token and its neighbours (the index flags), what the document
//! says about the word, and what the rules decided (their label, rule id
//! and span length). A feature is a template number and its payload,
//! hashed together; the model maps hashes to buckets.

use super::labels::LABELS;
use crate::entities::features::Features;
use crate::entities::index::Flags;
use crate::text::{Document, TokenKind};

/// Changes whenever a template is added, removed or computed differently:
/// a model trained on other templates is refused.
pub const TEMPLATES: u32 = 3;

/// What the rules say of one token: the label of the rules' mention there
/// (BIO) and its rule id.
#[derive(Clone, Copy, Default)]
pub struct RuleTag {
    pub label: u8,
    pub rule: &'static str,
}

/// The features of every token of a document, one after another:
/// token `i`'s are `ids[starts[i]..starts[i + 1]]`.
pub struct TokenFeatures {
    pub ids: Vec<u32>,
    pub starts: Vec<u32>,
}

impl TokenFeatures {
    pub fn of(&self, i: usize) -> &[u32] {
        &self.ids[self.starts[i] as usize..self.starts[i + 1] as usize]
    }
}

// Template numbers (the first byte hashed).
const BIAS: u8 = 0;
const WORD: u8 = 1;
const PREV: u8 = 2;
const NEXT: u8 = 3;
const PREV2: u8 = 4;
const NEXT2: u8 = 5;
const PREV_WORD: u8 = 6;
const WORD_NEXT: u8 = 7;
const SHAPE: u8 = 8;
const PREV_SHAPE: u8 = 9;
const SHAPE_NEXT: u8 = 10;
const SUFFIX2: u8 = 11;
const SUFFIX3: u8 = 12;
const PREFIX3: u8 = 13;
const CASE: u8 = 14;
const FLAG: u8 = 15;
const PREV_FLAG: u8 = 16;
const NEXT_FLAG: u8 = 17;
const DOC: u8 = 18;
const RULE: u8 = 19;
const RULE_ID: u8 = 20;
const PREV_RULE: u8 = 21;
const NEXT_RULE: u8 = 22;
// 23 and 24 (the rule's label with the shape, with the name's length) were
// dropped: no gain in cross-validation.
const FIRST: u8 = 25;

/// FNV-1a of a byte string: each token's word, shape and affixes are
/// hashed once, then combined with [`mix`].
fn fnv(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// A feature: a template number and two payload hashes, mixed (the same
/// on every platform: no `usize` in it) and folded to 32 bits.
#[inline]
fn mix(template: u8, a: u64, b: u64) -> u32 {
    let mut h = (u64::from(template) + 1).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    h = (h ^ a).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    h = (h ^ (h >> 29) ^ b).wrapping_mul(0x94d0_49bb_1331_11eb);
    h ^= h >> 32;
    h as u32
}

/// What is hashed once per token.
#[derive(Clone, Copy, Default)]
struct Tok {
    /// The folded word; a number by its shape.
    form: u64,
    shape: u64,
}

/// The hash of a word's shape, runs of one class written once: `Paris` →
/// `Xx`, `NATO` → `X`, `G7` → `Xd`, `U.S.` → `X.X.`, `l'` → `x'`, `2024` → `d`.
fn shape_hash(w: &str) -> u64 {
    let (mut h, mut last, mut len) = (0xcbf2_9ce4_8422_2325u64, 0u8, 0);
    let mut eat = |s: u8| {
        if s != last && len < 12 {
            h = (h ^ u64::from(s)).wrapping_mul(0x0100_0000_01b3);
            last = s;
            len += 1;
        }
    };
    if w.is_ascii() {
        w.bytes().for_each(|b| eat(ascii_class(b)));
    } else {
        w.chars().for_each(|c| eat(shape_class(c)));
    }
    h
}

fn ascii_class(b: u8) -> u8 {
    match b {
        b'A'..=b'Z' => b'X',
        b'a'..=b'z' => b'x',
        b'0'..=b'9' => b'd',
        _ => b,
    }
}

fn shape_class(c: char) -> u8 {
    if c.is_ascii() {
        ascii_class(c as u8)
    } else if c.is_uppercase() {
        b'X'
    } else if c.is_lowercase() {
        b'x'
    } else {
        b'*'
    }
}

/// The case of a token as one byte: `C`apitalised, `A`ll capitals, `l`ower, `o`ther.
fn case(w: &str) -> u8 {
    if w.is_ascii() {
        let b = w.as_bytes();
        return match b.first() {
            Some(c) if c.is_ascii_lowercase() => b'l',
            Some(c) if c.is_ascii_uppercase() => {
                let letters = b.iter().filter(|c| c.is_ascii_alphabetic()).count();
                if letters >= 2 && !b.iter().any(u8::is_ascii_lowercase) { b'A' } else { b'C' }
            }
            _ if crate::entities::features::is_all_caps(w) => b'A',
            _ => b'o',
        };
    }
    if crate::entities::features::is_all_caps(w) {
        b'A'
    } else if crate::entities::features::is_cap(w) {
        b'C'
    } else if w.chars().next().is_some_and(char::is_lowercase) {
        b'l'
    } else {
        b'o'
    }
}

/// The last or first `n` chars of a word, as bytes.
fn suffix(w: &str, n: usize) -> &[u8] {
    if w.is_ascii() {
        return &w.as_bytes()[w.len().saturating_sub(n)..];
    }
    let at = w.char_indices().rev().nth(n - 1).map_or(0, |(i, _)| i);
    &w.as_bytes()[at..]
}

fn prefix(w: &str, n: usize) -> &[u8] {
    if w.is_ascii() {
        return &w.as_bytes()[..w.len().min(n)];
    }
    let at = w.char_indices().nth(n).map_or(w.len(), |(i, _)| i);
    &w.as_bytes()[..at]
}

/// What a token's neighbours read of it.
fn tok(doc: &Document, feats: &Features, k: usize) -> Tok {
    let shape = shape_hash(doc.token_text(k));
    let form = match doc.tokens[k].kind {
        TokenKind::Number | TokenKind::Alnum => shape,
        _ => fnv(feats.folded(k).as_bytes()),
    };
    Tok { form, shape }
}

/// Stands for the tokens beyond the sentence's ends.
const BOUNDARY: u64 = 0x5bd1_e995_5bd1_e995;

/// The features of the tokens of `doc` that are `live` (the others have
/// none), given the index flags and document word sets (`feats`) and the
/// rules' decision (`rules`, one per token).
pub fn extract(doc: &Document, feats: &Features, rules: &[RuleTag], live: &[bool]) -> TokenFeatures {
    let n = doc.tokens.len();
    // Hashed once for each token a live token's features read.
    let mut toks = vec![Tok::default(); n];
    for r in &doc.sentence_tokens {
        for i in r.clone() {
            let near = live[i.saturating_sub(2).max(r.start)..(i + 3).min(r.end)].iter().any(|&x| x);
            if near {
                toks[i] = tok(doc, feats, i);
            }
        }
    }
    let live_count = live.iter().filter(|&&x| x).count();
    let mut ids = Vec::with_capacity(live_count * 36);
    let mut starts = Vec::with_capacity(n + 1);
    for r in &doc.sentence_tokens {
        for i in r.clone() {
            while starts.len() < i {
                starts.push(ids.len() as u32); // tokens outside sentences: no features
            }
            starts.push(ids.len() as u32);
            if !live[i] {
                continue;
            }
            let at = |d: isize| -> Option<usize> {
                let k = i as isize + d;
                (k >= r.start as isize && k < r.end as isize).then_some(k as usize)
            };
            let t = toks[i];
            let form = |d: isize| at(d).map_or(BOUNDARY, |k| toks[k].form);
            let shape = |d: isize| at(d).map_or(BOUNDARY, |k| toks[k].shape);
            let mut push = |template: u8, a: u64, b: u64| ids.push(mix(template, a, b));
            push(BIAS, 0, 0);
            push(WORD, t.form, 0);
            push(PREV, form(-1), 0);
            push(NEXT, form(1), 0);
            push(PREV2, form(-2), 0);
            push(NEXT2, form(2), 0);
            push(PREV_WORD, form(-1), t.form);
            push(WORD_NEXT, t.form, form(1));
            push(SHAPE, t.shape, 0);
            push(PREV_SHAPE, shape(-1), t.shape);
            push(SHAPE_NEXT, t.shape, shape(1));
            let word = doc.tokens[i].kind == TokenKind::Word;
            let folded = feats.folded(i);
            if word {
                push(SUFFIX2, fnv(suffix(folded, 2)), 0);
                push(SUFFIX3, fnv(suffix(folded, 3)), 0);
                push(PREFIX3, fnv(prefix(folded, 3)), 0);
            }
            let case = if word { case(doc.token_text(i)) } else { b'o' };
            let c = u64::from(case);
            push(CASE, c, u64::from(feats.initial[i]) | u64::from(feats.headline[i]) << 1);
            if i == r.start {
                push(FIRST, c, 0);
            }
            flag_features(FLAG, feats.flags[i], &mut push);
            if let Some(k) = at(-1) {
                flag_features(PREV_FLAG, feats.flags[k], &mut push);
            }
            if let Some(k) = at(1) {
                flag_features(NEXT_FLAG, feats.flags[k], &mut push);
            }
            if case == b'C' || case == b'A' {
                let seen = u64::from(feats.seen_capitalised(folded)) | u64::from(feats.seen_lowercase(folded)) << 1;
                push(DOC, seen, 0);
            }
            let rule = rules[i];
            let label = u64::from(rule.label);
            let label_at = |d: isize| at(d).map_or(LABELS as u64, |k| u64::from(rules[k].label));
            push(RULE, label, 0);
            if !rule.rule.is_empty() {
                push(RULE_ID, label, fnv(rule.rule.as_bytes()));
            }
            push(PREV_RULE, label_at(-1), label);
            push(NEXT_RULE, label, label_at(1));
        }
    }
    while starts.len() <= n {
        starts.push(ids.len() as u32);
    }
    TokenFeatures { ids, starts }
}

/// One feature per flag the index gives the word.
fn flag_features(template: u8, flags: Flags, push: &mut impl FnMut(u8, u64, u64)) {
    let mut f = flags;
    while f != 0 {
        push(template, u64::from(f.trailing_zeros()), 0);
        f &= f - 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_and_affixes() {
        let same = |a: &str, b: &str| shape_hash(a) == shape_hash(b);
        assert!(same("Paris", "Quimper") && same("NATO", "ONU") && same("2024", "7") && same("Jean-Luc", "Saint-Malo"));
        assert!(!same("Paris", "PARIS") && !same("G7", "G") && !same("U.S.", "US"));
        assert_eq!(suffix("moscou", 3), b"cou");
        assert_eq!(suffix("ab", 3), b"ab");
        assert_eq!(prefix("élysée", 3), "ély".as_bytes());
        assert_ne!(mix(WORD, 1, 2), mix(WORD, 2, 1));
        assert_ne!(mix(WORD, 1, 0), mix(PREV, 1, 0));
    }
}
