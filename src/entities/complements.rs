//! A person's name written right after the complement of a role:
//! `Secretary of State John Kerry`, `Minister of Education Stefania
//! Giannini`, `CEO of the Refugee Council Enver Solomon`. The capitalised
//! words run on, so one mention holds the complement and the name; it is
//! cut before the given name. The complement stays a mention only when it
//! was an organisation's name of its own (`Refugee Council`). Names the
//! gazetteers hold and words the text writes in lower case are left whole:
//! the given names' list holds words like `York` or `Care`.

use super::classify::Typed;
use super::features::Features;
use super::index::{key_of, Index, GIVEN_NAME, NAME_TYPES, ORG_HEAD, ORG_LINK, ORG_SUFFIX, PER, PLACE_HEAD, PLACE_SUFFIX, TITLE};
use crate::text::{Document, TokenKind};
use crate::types::EntityType;

/// Splits every such mention of `typed` (sorted, not overlapping).
pub fn split(doc: &Document, feats: &Features, index: &Index, typed: Vec<Typed>) -> Vec<Typed> {
    let mut out = Vec::with_capacity(typed.len());
    for t in typed {
        match given_at(doc, feats, index, &t) {
            Some(k) => {
                let keep = t.kind == EntityType::ORG && (k - t.first >= 2 || feats.flags[k - 1] & ORG_SUFFIX != 0);
                if keep {
                    out.push(Typed { end: doc.tokens[k - 1].end, last: k, ..t.clone() });
                }
                out.push(Typed { start: doc.tokens[k].start, first: k, kind: EntityType::PER, rule: "split.role_complement", strength: 1, ..t });
            }
            None => out.push(t),
        }
    }
    out
}

/// The token where a person's name starts inside mention `t`: a given
/// name after one or more capitalised words that are none (no title, no
/// given name), the mention right after a link word (`of`, `de`, `the`),
/// the name two capitalised words or more with no organisation's or
/// place's word (`Saint Mary Hospital` stays whole).
fn given_at(doc: &Document, feats: &Features, index: &Index, t: &Typed) -> Option<usize> {
    if t.last - t.first < 3 || t.first == 0 || feats.flags[t.first - 1] & ORG_LINK == 0 {
        return None;
    }
    // The link follows a role (`Secretary of`, `CEO of the`).
    let link = if t.first >= 2 && feats.flags[t.first - 2] & ORG_LINK != 0 { t.first - 2 } else { t.first - 1 };
    if link == 0 || feats.flags[link - 1] & TITLE == 0 {
        return None;
    }
    let word = |k: usize| doc.tokens[k].kind == TokenKind::Word && feats.cap[k];
    let k = (t.first + 1..t.last - 1).find(|&k| feats.flags[k] & GIVEN_NAME != 0)?;
    // (An acronym opens an organisation's name: `the UCLA Anderson Forecast`.)
    let acronym = |j: usize| doc.token_text(j).chars().all(|c| c.is_uppercase());
    let prefix_plain = (t.first..k).all(|j| word(j) && !acronym(j) && feats.flags[j] & (GIVEN_NAME | TITLE) == 0);
    let place_or_org = ORG_HEAD | ORG_SUFFIX | PLACE_HEAD | PLACE_SUFFIX | (NAME_TYPES & !PER);
    // (Initials inside: `John F. Kerry`.)
    let initial_dot = |j: usize| doc.token_text(j) == "." && j > k && doc.token_text(j - 1).chars().count() == 1;
    let name_plain = (k..t.last).all(|j| initial_dot(j) || (word(j) && (j == k || feats.flags[j] & place_or_org == 0)));
    // A name the gazetteers hold, whole or up to the given name, stays
    // whole (`New York City`, `the Affordable Care Act`); so does one with
    // a word the text also writes in lower case (`York City` … `the city`).
    let known = |to: usize| index.get(&key_of(&doc.text[t.start..doc.tokens[to - 1].end])) & NAME_TYPES != 0;
    let lower = (k..t.last).any(|j| feats.seen_lowercase(feats.folded(j)));
    (prefix_plain && name_plain && !known(k + 1) && !known(t.last) && !lower).then_some(k)
}
