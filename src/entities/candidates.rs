//! Candidate names, one left-to-right pass per sentence: the longest
//! gazetteer name, an organisation head with its complement, or a run of
//! capitalised words joined by name particles; names glued to a
//! neighbouring word are cut out of it.

use super::features::{is_cap, Features};
use super::index::{key_of, Flags, Index, TOWN, EVENT_HEAD, EVENT_SUFFIX, GIVEN_NAME, LOC, NAME_TYPES, NOT_NAME, ORG_HEAD, ORG_SUFFIX, PARTICLE, PLACE_HEAD, PLACE_MOD, PREFIX, TITLE};
use crate::types::EntityType;
use super::heads::head_span;
use crate::text::{fold, Document, TokenKind};

/// Where a candidate comes from.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Source {
    /// A gazetteer or known name, with what it is known as.
    Gazetteer(Flags),
    /// An organisation, place or event head and its complement.
    Head(EntityType),
    /// A run of capitalised words.
    Run,
    /// A name cut out of a token glued to another word.
    Glued,
}

#[derive(Clone, Debug)]
pub struct Candidate {
    pub start: usize,
    pub end: usize,
    /// Token range `first..last`.
    pub first: usize,
    pub last: usize,
    pub source: Source,
}

const MAX_PARTICLES: usize = 2;

pub fn find(doc: &Document, feats: &Features, index: &Index) -> Vec<Candidate> {
    let mut out = Vec::new();
    let mut key = String::new();
    for r in &doc.sentence_tokens {
        let mut i = r.start;
        while i < r.end {
            i = match at(doc, feats, index, i, r.end, &mut key) {
                Some(c) if c.source == Source::Run && c.last == c.first + 1 && split_pair(doc, index, &c, &mut out) => i + 1,
                Some(c) => {
                    let next = c.last.max(i + 1);
                    out.push(c);
                    next
                }
                None => i + 1,
            };
        }
    }
    out
}

fn is_word(doc: &Document, k: usize) -> bool {
    doc.tokens[k].kind == TokenKind::Word
}

/// A hashtag or handle: `#Russie`, `@user`.
fn is_tagged(doc: &Document, k: usize) -> bool {
    k > 0 && doc.tokens[k - 1].end == doc.tokens[k].start && matches!(doc.token_text(k - 1), "#" | "@")
}

/// A word that can be part of a name run.
fn name_word(doc: &Document, feats: &Features, k: usize) -> bool {
    if !is_word(doc, k) || is_tagged(doc, k) {
        return false;
    }
    let w = doc.token_text(k);
    if w.chars().nth(1).is_none() {
        return false;
    }
    let cap = feats.cap[k] || prefixed_name(w);
    cap && feats.flags[k] & (NOT_NAME | TITLE) == 0
}

/// `al-Assad`, `el-Sissi`, `bin-Salman`: a lower-case prefix and a capital.
fn prefixed_name(w: &str) -> bool {
    // Every prefix ends with its hyphen at byte 2 or 3.
    let b = w.as_bytes();
    if b.get(2) != Some(&b'-') && b.get(3) != Some(&b'-') {
        return false;
    }
    ["al-", "el-", "ad-", "as-", "ar-", "ben-", "bin-"]
        .iter()
        .any(|p| w.strip_prefix(p).is_some_and(is_cap))
}

/// A single capital and a glued dot: the initial `J.` of `J. Smith`.
fn initial(doc: &Document, k: usize, end: usize) -> bool {
    let w = doc.token_text(k);
    if matches!(w, "M" | "A" | "I") {
        return false;
    }
    let mut cs = w.chars();
    k + 2 < end
        && matches!((cs.next(), cs.next()), (Some(c), None) if c.is_uppercase())
        && doc.token_text(k + 1) == "."
        && doc.tokens[k + 1].start == doc.tokens[k].end
}

fn at(doc: &Document, feats: &Features, index: &Index, i: usize, end: usize, key: &mut String) -> Option<Candidate> {
    if !is_word(doc, i) || is_tagged(doc, i) {
        return None;
    }
    if !feats.cap[i] && !prefixed_name(doc.token_text(i)) {
        if let Some(e) = head_span(doc, feats, index, i, end, ORG_HEAD) {
            return Some(span(doc, i, e, Source::Head(EntityType::ORG)));
        }
        return glued_tail(doc, feats, index, i);
    }
    let gz = gazetteer(doc, feats, index, i, end, key);
    for (flag, kind) in [(ORG_HEAD, EntityType::ORG), (PLACE_HEAD, EntityType::LOC), (EVENT_HEAD, EntityType::MISC)] {
        if let Some(e) = head_span(doc, feats, index, i, end, flag) {
            if gz.is_none_or(|(g, _)| e > g) {
                return Some(span(doc, i, e, Source::Head(kind)));
            }
        }
    }
    if gz.is_none() && feats.flags[i] & !TOWN == 0 {
        if let Some(c) = compound_head(doc, index, i).or_else(|| glued_head(doc, feats, index, i)) {
            return Some(c);
        }
    }
    // A one-word gazetteer name opens a run even when its folded form is
    // also a common word (`US` / `us`): `US Open`, `US Navy`.
    let opens = name_word(doc, feats, i) || initial(doc, i, end) || gz.is_some_and(|(g, _)| g == i + 1);
    // `a déclaré Le Goff`: a capitalised particle mid-sentence opens a surname.
    let particle_opens = gz.is_none()
        && !feats.initial[i]
        && i + 1 < end
        && cap_particle(doc, feats, i)
        && name_word(doc, feats, i + 1)
        && feats.flags[i + 1] & NAME_TYPES == 0;
    let run = if opens || particle_opens { run_end(doc, feats, index, i + usize::from(particle_opens), end, key) } else { i };
    match gz {
        Some((g, flags)) if run <= g || !keep_run(feats, i, g, run) => {
            let g = if flags & LOC != 0 && g < end && is_word(doc, g) && feats.flags[g] & PLACE_MOD != 0 { g + 1 } else { g };
            Some(span(doc, i, g, Source::Gazetteer(flags)))
        }
        _ if run > i => Some(span(doc, i, run, Source::Run)),
        _ => None,
    }
}

/// A run longer than the gazetteer name at its start stays whole when it
/// ends like an organisation or event (`Korea News Service`, `US Open`) or opens with a given
/// name (`Jordan Smith`); else the gazetteer name is taken alone.
fn keep_run(feats: &Features, i: usize, g: usize, run: usize) -> bool {
    let last = feats.flags[run - 1];
    let next = feats.flags[g];
    let first = feats.flags[i];
    let suffix = ORG_SUFFIX | EVENT_SUFFIX;
    if next & (NAME_TYPES | GIVEN_NAME) != 0 && last & suffix == 0 {
        return false;
    }
    last & suffix != 0 || first & GIVEN_NAME != 0
}

fn span(doc: &Document, first: usize, last: usize, source: Source) -> Candidate {
    Candidate { start: doc.tokens[first].start, end: doc.tokens[last - 1].end, first, last, source }
}

/// Longest gazetteer name starting at token `i`: its token end and flags.
fn gazetteer(doc: &Document, feats: &Features, index: &Index, i: usize, end: usize, key: &mut String) -> Option<(usize, Flags)> {
    key.clear();
    let mut best = None;
    for k in i..end.min(i + index.max_words) {
        if !is_word(doc, k) {
            break;
        }
        // The first word alone is the token's own folded form.
        let f = if k == i {
            feats.flags[k]
        } else {
            if k == i + 1 {
                key.push_str(feats.folded(i));
            }
            if !key.ends_with('\'') {
                key.push(' ');
            }
            key.push_str(feats.folded(k));
            index.get(key)
        };
        if f & NAME_TYPES != 0 {
            best = Some((k + 1, f));
        }
        if f & PREFIX == 0 {
            break;
        }
    }
    best
}

/// End of the run of capitalised words from `i`, with particles between
/// them (`Charles de Gaulle`, `Ursula von der Leyen`) and initials.
/// A particle followed by a place name ends the run (`Kim de Corée du Nord`).
fn run_end(doc: &Document, feats: &Features, index: &Index, i: usize, end: usize, key: &mut String) -> usize {
    let mut j = i + 1;
    while j < end {
        if initial(doc, j - 1, end) && j == i + 1 {
            j += 1;
            continue;
        }
        if name_word(doc, feats, j) {
            j += 1;
            continue;
        }
        if initial(doc, j, end) && name_word(doc, feats, j + 2) {
            j += 3;
            continue;
        }
        // A capitalised particle inside a name: `Marine Le Pen`, `Soizic Le Goff`.
        if j + 1 < end && cap_particle(doc, feats, j) && name_word(doc, feats, j + 1) {
            j += 2;
            continue;
        }
        let mut k = j;
        while k < end && k < j + MAX_PARTICLES && is_word(doc, k) && !feats.cap[k] && feats.flags[k] & PARTICLE != 0 {
            k += 1;
        }
        if k == j || k >= end || !name_word(doc, feats, k) || gazetteer(doc, feats, index, k, end, key).is_some() {
            break;
        }
        j = k + 1;
    }
    j
}

/// `Le`, `Van`, `Di` written capitalised: a particle that opens a surname.
fn cap_particle(doc: &Document, feats: &Features, k: usize) -> bool {
    is_word(doc, k) && feats.cap[k] && !feats.folded(k).ends_with('\'') && feats.flags[k] & PARTICLE != 0
}

/// `affairesDupont`: a lower-case word glued to a known name.
fn glued_tail(doc: &Document, feats: &Features, index: &Index, i: usize) -> Option<Candidate> {
    let t = doc.tokens[i];
    let w = t.text(doc.text);
    if w.is_ascii() && !w.bytes().any(|b| b.is_ascii_uppercase()) {
        return None;
    }
    let mut prev_lower = false;
    for (b, c) in w.char_indices() {
        if c.is_uppercase() && prev_lower && w[..b].chars().count() >= 3 {
            let tail = &w[b..];
            let rest_lower = tail.chars().skip(1).all(|c| c.is_lowercase() || c == '-');
            let f = fold(tail);
            let known = index.get(&f) & (NAME_TYPES | GIVEN_NAME) != 0 || feats.seen_capitalised(&f);
            if tail.chars().count() >= 3 && rest_lower && known {
                return Some(Candidate { start: t.start + b, end: t.end, first: i, last: i + 1, source: Source::Glued });
            }
            return None;
        }
        prev_lower = c.is_lowercase();
    }
    None
}

/// `Boston-based`, `Kremlin-backed`: a known name opening a compound
/// adjective, its lower-case tail left out.
fn compound_head(doc: &Document, index: &Index, i: usize) -> Option<Candidate> {
    let t = doc.tokens[i];
    let w = t.text(doc.text);
    let (head, tail) = w.rsplit_once('-')?;
    if tail.chars().count() < 3 || !tail.chars().all(char::is_lowercase) || !is_cap(head) {
        return None;
    }
    let f = index.get(&key_of(head));
    (f & NAME_TYPES != 0).then(|| Candidate { start: t.start, end: t.start + head.len(), first: i, last: i + 1, source: Source::Gazetteer(f) })
}

/// `Ukraineen`: a known name glued to a following function word.
fn glued_head(doc: &Document, feats: &Features, index: &Index, i: usize) -> Option<Candidate> {
    let t = doc.tokens[i];
    let w = t.text(doc.text);
    if w.chars().count() < 6 || feats.flags[i] & NAME_TYPES != 0 {
        return None;
    }
    // Short function words only: a longer tail is a suffix (`Occidentaux`).
    // Every char folds to one byte or more, so only the tails of one and of
    // two chars (past the fourth, as the word has six or more) can fold to
    // two bytes or fewer.
    for (b, _) in w.char_indices().rev().take(2) {
        let (head, tail) = w.split_at(b);
        let tf = fold(tail);
        if tf.len() <= 2 && index.get(&tf) & NOT_NAME != 0 {
            let f = index.get(&key_of(head));
            if f & NAME_TYPES != 0 {
                return Some(Candidate { start: t.start, end: t.start + b, first: i, last: i + 1, source: Source::Gazetteer(f) });
            }
        }
    }
    None
}

/// `Pyongyang-Moscou`: two known names joined by a hyphen are two
/// mentions. Pushes them and returns true when the token is such a pair.
fn split_pair(doc: &Document, index: &Index, c: &Candidate, out: &mut Vec<Candidate>) -> bool {
    let w = doc.token_text(c.first);
    let Some(h) = w.find('-') else { return false };
    let (a, b) = (&w[..h], &w[h + 1..]);
    let known = |s: &str| index.get(&key_of(s)) & NAME_TYPES != 0;
    if b.contains('-') || !is_cap(b) || !known(a) || !known(b) {
        return false;
    }
    let s = doc.tokens[c.first].start;
    for (start, end, part) in [(s, s + h, a), (s + h + 1, c.end, b)] {
        let f = index.get(&key_of(part));
        out.push(Candidate { start, end, first: c.first, last: c.last, source: Source::Gazetteer(f) });
    }
    true
}
