//! One entity, many mentions: consistency of types across the article,
//! surnames to the fullest name (`Kirby` → `John Kirby`), close spellings
//! of one transliterated name (`Boudanov` ~ `Budanov`), an acronym and the
//! expansion it follows in brackets. The canonical name is the fullest form.

// Maps and sets of a document's names: small, so a fast hash (no lookup
// here depends on the order of a map).
use rustc_hash::{FxHashMap as FastMap, FxHashSet as FastSet};

use super::classify::Typed;
use super::features::is_all_caps;
use super::index::{key_of, Index, GIVEN_NAME};
use crate::text::Document;
use crate::types::{EntityGroup, EntityType, Mention};

/// At most this many surnames are compared for close spellings.
const MAX_SURNAMES: usize = 64;

/// The entities of the mentions `typed`; `voted`: types settle by a vote of
/// the mentions (the tagger's mentions), not by the strongest one (the rules').
pub fn group(doc: &Document, index: &Index, mut typed: Vec<Typed>, voted: bool) -> (Vec<Mention>, Vec<EntityGroup>) {
    let keys = keys(doc, &typed);
    let canon = settle(doc, index, &mut typed, &keys, voted);
    build(doc, &typed, &canon)
}

/// Types made consistent across the article, as [`group`] makes them from
/// the rules' mentions, without building the groups.
pub fn settle_types_only(doc: &Document, index: &Index, typed: &mut [Typed]) {
    let keys = keys(doc, typed);
    settle(doc, index, typed, &keys, false);
}

fn keys(doc: &Document, typed: &[Typed]) -> Vec<String> {
    typed.iter().map(|t| key_of(&doc.text[t.start..t.end])).collect()
}

/// Settles the types of the mentions; returns each one's canonical key.
fn settle<'k>(doc: &Document, index: &Index, typed: &mut [Typed], keys: &'k [String], voted: bool) -> Vec<&'k str> {
    if voted {
        vote_types(typed, keys);
    } else {
        settle_types(typed, keys);
    }
    short_org_names(typed, keys);
    recurrent_names(typed, keys);
    let surnames = surnames(doc, index, typed, keys);
    canonical_keys(doc, typed, keys, &surnames)
}

/// A name typed with direct evidence once keeps that type everywhere.
fn settle_types(typed: &mut [Typed], keys: &[String]) {
    let mut best: FastMap<&str, (EntityType, u8)> = FastMap::with_capacity_and_hasher(keys.len(), Default::default());
    for (t, k) in typed.iter().zip(keys) {
        let e = best.entry(k.as_str()).or_insert((t.kind, t.strength));
        if t.strength > e.1 {
            *e = (t.kind, t.strength);
        }
    }
    for (t, k) in typed.iter_mut().zip(keys) {
        let (kind, s) = best[k.as_str()];
        if s > t.strength && kind != t.kind {
            t.kind = kind;
            t.rule = consistency_rule(kind);
        }
    }
}

/// Each name takes the type most of its mentions have, a mention weighing
/// one more than its strength: after the tagger, whose every mention
/// weighs the evidence at once, one wrong mention would else type them all
/// (cross-validation: +0.1 to +0.5; the seeds: +0.03).
fn vote_types(typed: &mut [Typed], keys: &[String]) {
    let mut votes: FastMap<&str, [u32; 4]> = FastMap::with_capacity_and_hasher(keys.len(), Default::default());
    let ix = |k: EntityType| k as usize;
    for (t, k) in typed.iter().zip(keys) {
        votes.entry(k.as_str()).or_insert([0; 4])[ix(t.kind)] += 1 + u32::from(t.strength);
    }
    const KINDS: [EntityType; 4] = [EntityType::PER, EntityType::ORG, EntityType::LOC, EntityType::MISC];
    for (t, k) in typed.iter_mut().zip(keys) {
        let v = votes[k.as_str()];
        let best = KINDS.into_iter().max_by_key(|&kind| (v[ix(kind)], kind == t.kind)).unwrap_or(t.kind);
        if best != t.kind {
            t.kind = best;
            t.rule = consistency_rule(best);
        }
    }
}

/// `Brightwave` after `Brightwave Inc.`: a name without evidence that is an
/// organisation's name less its suffix is that organisation.
fn short_org_names(typed: &mut [Typed], keys: &[String]) {
    let shorts: FastSet<&str> = typed
        .iter()
        .zip(keys)
        .filter(|(t, _)| t.rule == "suffix.org")
        .filter_map(|(_, k)| k.rsplit_once(' ').map(|(short, _)| short))
        .collect();
    // `Avon` after `River Avon`: a place named by a head and one word.
    let places: FastSet<&str> = typed
        .iter()
        .zip(keys)
        .filter(|(t, _)| t.rule == "head.loc" && t.last == t.first + 2)
        .filter_map(|(_, k)| k.split_once(' ').map(|(_, name)| name))
        .collect();
    for (t, k) in typed.iter_mut().zip(keys) {
        if t.strength < 2 && places.contains(k.as_str()) {
            t.kind = EntityType::LOC;
            t.rule = "alias.loc";
            t.strength = 1;
        }
    }
    for (t, k) in typed.iter_mut().zip(keys) {
        if t.strength < 2 && shorts.contains(k.as_str()) {
            t.kind = EntityType::ORG;
            t.rule = "alias.org";
            t.strength = 1;
        }
    }
}

/// Mentions of one unexplained word before it is taken for a person.
const RECURRENT: usize = 3;

/// A lone word with no evidence that the article keeps coming back to
/// (`Poutine` seven times, never with a first name) is most often a person.
fn recurrent_names(typed: &mut [Typed], keys: &[String]) {
    let mut counts: FastMap<&str, usize> = FastMap::default();
    for (t, k) in typed.iter().zip(keys) {
        if t.rule == "shape.misc" {
            *counts.entry(k.as_str()).or_insert(0) += 1;
        }
    }
    for (t, k) in typed.iter_mut().zip(keys) {
        if t.rule == "shape.misc" && counts[k.as_str()] >= RECURRENT {
            t.kind = EntityType::PER;
            t.rule = "recurrent.per";
        }
    }
}

fn consistency_rule(kind: EntityType) -> &'static str {
    match kind {
        EntityType::PER => "consistency.per",
        EntityType::ORG => "consistency.org",
        EntityType::LOC => "consistency.loc",
        EntityType::MISC => "consistency.misc",
    }
}

/// Folded surname → key of the fullest person name that ends with it.
/// Names with the same first word are one person (`john kennedy`, `john f.
/// kennedy`: the longest stands for both); of two people sharing the
/// surname (`marine le pen`, `jean-marie le pen`), the first named; but
/// a name opening its sentence with a first word that is no given name
/// comes after the others (`Maybe Trump …` in a headline, `Neither Cruz`).
fn surnames<'k>(doc: &Document, index: &Index, typed: &[Typed], keys: &'k [String]) -> FastMap<&'k str, &'k str> {
    /// One person bearing a surname: the fullest key, the first mention,
    /// and whether every full mention may hold a word opening a sentence.
    struct Bearer<'k> {
        key: &'k str,
        first: usize,
        doubtful: bool,
    }
    let opens = |k: usize| {
        let s = doc.sentence_tokens.partition_point(|r| r.start <= k);
        s > 0 && (doc.sentence_tokens[s - 1].start..k).all(|p| doc.tokens[p].kind != crate::text::TokenKind::Word)
    };
    let mut by_surname: FastMap<&str, Vec<Bearer>> = FastMap::default();
    for (n, (t, k)) in typed.iter().zip(keys).enumerate() {
        if t.kind != EntityType::PER || t.last - t.first < 2 {
            continue;
        }
        let Some(surname) = k.rsplit(' ').next() else { continue };
        let given = k.split(' ').next();
        let doubtful = opens(t.first) && given.is_none_or(|w| index.get(w) & GIVEN_NAME == 0);
        let bearers = by_surname.entry(surname).or_default();
        match bearers.iter_mut().find(|b| same_given(b.key.split(' ').next(), given)) {
            Some(b) => {
                b.doubtful &= doubtful;
                if k.len() > b.key.len() {
                    b.key = k;
                }
            }
            None => bearers.push(Bearer { key: k, first: n, doubtful }),
        }
    }
    by_surname
        .into_iter()
        .filter_map(|(s, bearers)| Some((s, bearers.iter().min_by_key(|b| (b.doubtful, b.first))?.key)))
        .collect()
}

/// Whether two first words may name one person: the same word, or an
/// initial and a word it starts (`b.` and `barack`).
fn same_given(a: Option<&str>, b: Option<&str>) -> bool {
    let (Some(a), Some(b)) = (a, b) else { return a == b };
    let initial = |w: &str| w.trim_end_matches('.').chars().count() == 1;
    a == b || (initial(a) && b.starts_with(a.trim_end_matches('.'))) || (initial(b) && a.starts_with(b.trim_end_matches('.')))
}

/// Each mention's canonical key; retypes the surnames and variants of people.
fn canonical_keys<'k>(doc: &Document, typed: &mut [Typed], keys: &'k [String], surnames: &FastMap<&'k str, &'k str>) -> Vec<&'k str> {
    let mut sorted: Vec<(&str, &str)> = surnames.iter().map(|(&s, &k)| (s, k)).collect();
    sorted.sort();
    sorted.truncate(MAX_SURNAMES);
    let mut acronyms: FastMap<&str, &str> = FastMap::default();
    let mut out = Vec::with_capacity(typed.len());
    for n in 0..typed.len() {
        let k = keys[n].as_str();
        let single = typed[n].last == typed[n].first + 1;
        let person_like = typed[n].kind == EntityType::PER || typed[n].strength < 2;
        let mut canon = k;
        if single && person_like {
            if let Some(&full) = surnames.get(k) {
                canon = full;
                retype(&mut typed[n], "alias.per");
            } else if let Some(&(_, full)) = sorted.iter().find(|(s, _)| close(s, k)) {
                canon = full;
                retype(&mut typed[n], "variant.per");
            }
        }
        if let Some(&expansion) = acronyms.get(k) {
            canon = expansion;
        }
        if let Some(acr) = bracketed_acronym(doc, typed, n) {
            acronyms.insert(keys[acr].as_str(), canon);
        }
        out.push(canon);
    }
    // An acronym seen before its expansion joins it too.
    for (n, c) in out.iter_mut().enumerate() {
        if let Some(&expansion) = acronyms.get(keys[n].as_str()) {
            *c = expansion;
        }
    }
    out
}

fn retype(t: &mut Typed, rule: &'static str) {
    if t.kind != EntityType::PER {
        t.kind = EntityType::PER;
        t.rule = rule;
    }
}

/// The acronym mention in brackets right after mention `n`, if any.
fn bracketed_acronym(doc: &Document, typed: &[Typed], n: usize) -> Option<usize> {
    let next = typed.get(n + 1)?;
    let t = &typed[n];
    let open = t.last;
    let ok = open + 2 < doc.tokens.len()
        && doc.token_text(open) == "("
        && next.first == open + 1
        && next.last == open + 2
        && doc.token_text(open + 2) == ")"
        && is_all_caps(doc.token_text(open + 1))
        && t.last - t.first >= 2
        && same_initial(doc.token_text(t.first), doc.token_text(open + 1));
    ok.then_some(n + 1)
}

/// Whether an acronym starts as its expansion does, accents aside
/// (`État islamique (EI)`), so that a place after a name (`Kim Batten
/// (U.S.)`) is not taken for its acronym.
fn same_initial(name: &str, acronym: &str) -> bool {
    let first = |w: &str| w.chars().find(|c| c.is_alphabetic()).map(|c| crate::text::fold(&c.to_string()));
    first(name).is_some_and(|n| Some(n) == first(acronym))
}

/// Two folded surnames close enough to be one transliterated name.
fn close(a: &str, b: &str) -> bool {
    let (la, lb) = (a.chars().count(), b.chars().count());
    if la.min(lb) < 5 || la.abs_diff(lb) > 2 || a.chars().next() != b.chars().next() {
        return false;
    }
    let max = if la.min(lb) >= 8 { 2 } else { 1 };
    edit_distance(a, b) <= max
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.chars().enumerate() {
        cur[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(ca != cb)).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

fn build(doc: &Document, typed: &[Typed], canon: &[&str]) -> (Vec<Mention>, Vec<EntityGroup>) {
    let mut ids: FastMap<&str, usize> = FastMap::with_capacity_and_hasher(typed.len(), Default::default());
    let mut groups: Vec<EntityGroup> = Vec::new();
    // The length in chars of each group's name so far.
    let mut name_chars: Vec<usize> = Vec::new();
    let mut mentions = Vec::with_capacity(typed.len());
    for (n, t) in typed.iter().enumerate() {
        let g = *ids.entry(canon[n]).or_insert_with(|| {
            groups.push(EntityGroup { name: String::new(), kind: t.kind, mentions: Vec::new() });
            name_chars.push(0);
            groups.len() - 1
        });
        let text = &doc.text[t.start..t.end];
        let grp = &mut groups[g];
        let chars = text.chars().count();
        if chars > name_chars[g] {
            grp.name = text.to_string();
            name_chars[g] = chars;
            grp.kind = t.kind;
        }
        grp.mentions.push(n);
        mentions.push(Mention { start: t.start, end: t.end, kind: t.kind, text: text.to_string(), group: g, name: String::new(), rule: t.rule.to_string() });
    }
    for m in &mut mentions {
        m.name = groups[m.group].name.clone();
        m.kind = groups[m.group].kind;
    }
    (mentions, groups)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn close_spellings() {
        assert!(close("boudanov", "budanov"));
        assert!(close("syrsky", "sirsky"));
        assert!(!close("biden", "bailey"));
        assert!(!close("kim", "kin"));
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }
}
