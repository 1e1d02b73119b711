//! Names in capitals that the text names elsewhere in ordinary case: a
//! headline or a results line (`TENNIS - SELES BEATS HINGIS`) writes in
//! capitals the people the article names as `Monica Seles`. Capitals alone
//! prove nothing (`FOIRE AUX VINS`), so only a word or run of words that
//! equals a mention written in ordinary case — the whole name, or a
//! person's surname — becomes a mention, of that mention's type; a word
//! the text also writes in lower case (`ROSE`, `rose`) never does.

use rustc_hash::FxHashMap as HashMap;

use super::classify::Typed;
use super::features::{is_all_caps, Features};
use crate::text::{Document, TokenKind};
use crate::types::EntityType;

/// The longest run of words in capitals matched against a name.
const MAX_WORDS: usize = 4;

/// `typed` (sorted) with the echoes in capitals added, sorted.
pub fn add(doc: &Document, feats: &Features, typed: Vec<Typed>) -> Vec<Typed> {
    let shouted = |k: usize| feats.cap[k] && doc.tokens[k].kind == TokenKind::Word && doc.token_text(k).len() >= 3 && is_all_caps(doc.token_text(k)) && doc.token_text(k).chars().count() >= 3;
    let mut covered = vec![false; doc.tokens.len()];
    for t in &typed {
        covered[t.first.min(doc.tokens.len())..t.last.min(doc.tokens.len())].fill(true);
    }
    // Most texts have no word in capitals outside the names: nothing to do.
    if !(0..doc.tokens.len()).any(|k| !covered[k] && shouted(k)) {
        return typed;
    }
    // The names written in ordinary case, folded words joined by spaces.
    let mut known: HashMap<String, EntityType> = HashMap::default();
    for t in &typed {
        if t.last > doc.tokens.len() || (t.first..t.last).any(shouted) {
            continue;
        }
        let words: Vec<&str> = (t.first..t.last).filter(|&k| doc.tokens[k].kind == TokenKind::Word).map(|k| feats.folded(k)).collect();
        if words.is_empty() {
            continue;
        }
        known.entry(words.join(" ")).or_insert(t.kind);
        if t.kind == EntityType::PER && words.len() >= 2 {
            known.entry(words[words.len() - 1].to_string()).or_insert(EntityType::PER);
        }
    }
    if known.is_empty() {
        return typed;
    }
    let mut added = Vec::new();
    let mut k = 0;
    while k < doc.tokens.len() {
        if covered[k] || !shouted(k) {
            k += 1;
            continue;
        }
        let run = (k..doc.tokens.len().min(k + MAX_WORDS)).take_while(|&j| !covered[j] && shouted(j)).count();
        let found = (1..=run).rev().find_map(|n| {
            let words: Vec<&str> = (k..k + n).map(|j| feats.folded(j)).collect();
            let lower = words.iter().any(|w| feats.seen_lowercase(w));
            (!lower && same_line(doc, k, k + n)).then(|| known.get(&words.join(" ")).map(|&kind| (n, kind))).flatten()
        });
        match found {
            Some((n, kind)) => {
                added.push(Typed { start: doc.tokens[k].start, end: doc.tokens[k + n - 1].end, first: k, last: k + n, kind, rule: "echo.capitals", strength: 1 });
                k += n;
            }
            None => k += 1,
        }
    }
    if added.is_empty() {
        return typed;
    }
    let mut out = typed;
    out.extend(added);
    out.sort_by_key(|t| (t.start, t.end));
    out
}

/// Whether tokens `a..b` stand on one line, one space apart at most.
fn same_line(doc: &Document, a: usize, b: usize) -> bool {
    (a + 1..b).all(|j| {
        let gap = &doc.text[doc.tokens[j - 1].end..doc.tokens[j].start];
        gap == " "
    })
}
