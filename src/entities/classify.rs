//! Judging and typing candidates from the evidence at hand: gazetteers,
//! heads and suffixes, titles before a name, given names, acronyms, and the
//! words around the name. Sentence starts, headline words and demonyms are
//! judged here too.

use super::candidates::{Candidate, Source};
use super::features::{is_all_caps, is_cap, Features};
use super::index::{Index, TOWN, EVENT_SUFFIX, GIVEN_NAME, ORG_DESCRIPTOR, KNOWN, LOC, MISC, NAME_TYPES, ORG, ORG_SUFFIX, PLACE_CUE, PLACE_HEAD, PLACE_SUFFIX, TITLE};
use crate::text::{Document, TokenKind};
use crate::types::EntityType;

/// A judged, typed candidate.
#[derive(Clone, Debug)]
pub struct Typed {
    pub start: usize,
    pub end: usize,
    pub first: usize,
    pub last: usize,
    pub kind: EntityType,
    pub rule: &'static str,
    /// 2: direct evidence; 1: context; 0: shape alone.
    pub strength: u8,
}

pub fn classify(doc: &Document, feats: &Features, index: &Index, abbreviations: &[&str], names: &[&str], cands: Vec<Candidate>) -> Vec<Typed> {
    let mut typed: Vec<Typed> =
        cands.into_iter().filter_map(|c| judge(doc, feats, index, c)).map(|c| type_of(doc, feats, index, c)).collect();
    for t in &mut typed {
        t.end = abbreviation_dot(doc, feats, abbreviations, names, t.last, t.end);
    }
    // A lone capitalised word with no evidence that the text also writes in
    // lower case is a common noun (`les Drones`).
    typed.retain(|t| !(t.strength == 0 && t.last == t.first + 1 && doc.tokens[t.first].start == t.start && feats.seen_lowercase(feats.folded(t.first))));
    coordinate(doc, feats, &mut typed);
    typed
}

/// `Northwind Corp.`, `Dupont SA.`, `Springfield, Ill.`: a name (tokens
/// up to `last`, ending at byte `end`) ending with an abbreviated
/// organisation suffix or a name's abbreviation (`names`) keeps its dot
/// (the byte end only: the dot is no word of the name).
pub fn abbreviation_dot(doc: &Document, feats: &Features, abbreviations: &[&str], names: &[&str], last: usize, end: usize) -> usize {
    let Some(word) = last.checked_sub(1) else { return end };
    let dot = last < doc.tokens.len() && doc.token_text(last) == "." && doc.tokens[last].start == doc.tokens[word].end;
    let w = doc.token_text(word);
    let suffix = feats.flags[word] & ORG_SUFFIX != 0 && abbreviations.contains(&w);
    if dot && (suffix || names.contains(&w)) {
        doc.tokens[last].end
    } else {
        end
    }
}

/// `de Donetsk et de Louhansk`, `in Paris and in Lyon`: a name without
/// evidence coordinated with a typed one under the same preposition takes
/// its type.
fn coordinate(doc: &Document, feats: &Features, typed: &mut [Typed]) {
    for n in 1..typed.len() {
        let (a, b) = (&typed[n - 1], &typed[n]);
        let (pa, pb) = (a.first.checked_sub(1), b.first.checked_sub(1));
        let (Some(pa), Some(pb)) = (pa, pb) else { continue };
        let same_prep = is_word(doc, pa) && feats.folded(pa) == feats.folded(pb) && !feats.cap[pa];
        let linked = pb == a.last + 1 && is_word(doc, a.last) && !feats.cap[a.last];
        if !(same_prep && linked) || a.kind == b.kind {
            continue;
        }
        let (weak, strong) = if a.strength < b.strength { (n - 1, n) } else { (n, n - 1) };
        if typed[weak].strength == 0 && typed[strong].strength == 2 {
            typed[weak].kind = typed[strong].kind;
            typed[weak].rule = "coordination";
            typed[weak].strength = 1;
        }
    }
}

/// Known on its own: a gazetteer or given name, or written capitalised in
/// running text elsewhere.
fn known(feats: &Features, k: usize) -> bool {
    feats.flags[k] & (NAME_TYPES | GIVEN_NAME) != 0 || feats.seen_capitalised(feats.folded(k))
}

/// Keeps, trims or drops a candidate.
fn judge(doc: &Document, feats: &Features, index: &Index, mut c: Candidate) -> Option<Candidate> {
    match c.source {
        Source::Gazetteer(f) => {
            let single = c.last == c.first + 1;
            let doubtful = f & KNOWN == 0 && feats.initial[c.first] && feats.seen_lowercase(feats.folded(c.first));
            (!(single && doubtful)).then_some(c)
        }
        Source::Head(_) | Source::Glued => Some(c),
        Source::Run => {
            // Sentence starts and headline words must be known to open a name.
            while c.first < c.last && (feats.initial[c.first] || feats.headline[c.first]) && !known(feats, c.first) {
                let single = c.last == c.first + 1;
                let particle_next = c.first + 1 < c.last && !feats.cap[c.first + 1];
                if single || particle_next || feats.headline[c.first] || feats.seen_lowercase(feats.folded(c.first)) {
                    c.first += 1;
                    while c.first < c.last && (!is_word(doc, c.first) || !feats.cap[c.first]) {
                        c.first += 1;
                    }
                } else {
                    break;
                }
            }
            if c.first >= c.last {
                return None;
            }
            if feats.headline[c.first] && (c.first..c.last).any(|k| is_word(doc, k) && !known(feats, k) && !is_particle(feats, k)) {
                return None;
            }
            c.start = doc.tokens[c.first].start;
            let single = c.last == c.first + 1;
            if dateline(doc, feats, &c) {
                return Some(c);
            }
            if single && (demonym(feats, index, c.first) || bad_acronym(doc, feats, c.first)) {
                return None;
            }
            Some(c)
        }
    }
}

/// `BRISTOL, England —`, `LYON –`: a name in capitals opening a paragraph,
/// followed by a comma, a bracket or a dash.
fn dateline(doc: &Document, feats: &Features, c: &Candidate) -> bool {
    let opens = doc.paragraph_at(c.start).is_some_and(|p| doc.paragraphs[p].start == c.start);
    let next = c.last < doc.tokens.len() && matches!(doc.token_text(c.last), "," | "(" | "–" | "—" | "-");
    opens && next && (c.first..c.last).all(|k| !is_word(doc, k) || is_all_caps(doc.token_text(k)) || !feats.cap[k])
}

fn is_word(doc: &Document, k: usize) -> bool {
    doc.tokens[k].kind == TokenKind::Word
}

fn is_particle(feats: &Features, k: usize) -> bool {
    !feats.cap[k]
}

/// `Russes`, `Nord-Coréens`, `Americans`: a demonym ending on the stem of
/// a country or region, and not itself a name.
fn demonym(feats: &Features, index: &Index, k: usize) -> bool {
    if feats.flags[k] & (NAME_TYPES | GIVEN_NAME) != 0 {
        return false;
    }
    index.is_nationality(feats.folded(k))
}

/// An all-capital word the text also writes in lower case (`MONDE`), or
/// too long for an acronym, and unknown.
fn bad_acronym(doc: &Document, feats: &Features, k: usize) -> bool {
    let w = doc.token_text(k);
    if !is_all_caps(w) || feats.flags[k] & NAME_TYPES != 0 {
        return false;
    }
    feats.seen_lowercase(feats.folded(k)) || w.chars().filter(|c| c.is_alphabetic()).count() > 5
}

fn gazetteer_type(f: super::index::Flags) -> (EntityType, &'static str) {
    if f & ORG != 0 {
        (EntityType::ORG, "gazetteer.org")
    } else if f & LOC != 0 {
        (EntityType::LOC, "gazetteer.loc")
    } else if f & MISC != 0 {
        (EntityType::MISC, "gazetteer.misc")
    } else {
        (EntityType::PER, "gazetteer.per")
    }
}

fn type_of(doc: &Document, feats: &Features, index: &Index, c: Candidate) -> Typed {
    let (kind, rule, strength) = match c.source {
        Source::Gazetteer(f) => {
            let (k, r) = gazetteer_type(f);
            (k, r, 2)
        }
        Source::Head(EntityType::LOC) => (EntityType::LOC, "head.loc", 2),
        Source::Head(EntityType::MISC) => (EntityType::MISC, "head.misc", 2),
        Source::Head(_) => (EntityType::ORG, "head.org", 2),
        Source::Glued => {
            let f = index.get(&crate::text::fold(&doc.text[c.start..c.end]));
            if f & NAME_TYPES != 0 {
                let (k, r) = gazetteer_type(f);
                (k, r, 2)
            } else {
                (EntityType::MISC, "glued.misc", 0)
            }
        }
        Source::Run => run_type(doc, feats, index, &c),
    };
    Typed { start: c.start, end: c.end, first: c.first, last: c.last, kind, rule, strength }
}

fn run_type(doc: &Document, feats: &Features, index: &Index, c: &Candidate) -> (EntityType, &'static str, u8) {
    let first = feats.flags[c.first];
    let last = feats.flags[c.last - 1];
    let single = c.last == c.first + 1;
    if !single && (c.first + 1..c.last).any(|k| feats.flags[k] & ORG_SUFFIX != 0) {
        return (EntityType::ORG, "suffix.org", 2);
    }
    if !single && last & EVENT_SUFFIX != 0 {
        return (EntityType::MISC, "suffix.misc", 2);
    }
    if !single && last & PLACE_SUFFIX != 0 {
        return (EntityType::LOC, "suffix.loc", 2);
    }
    if !single && first & PLACE_HEAD != 0 {
        return (EntityType::LOC, "head.loc", 2);
    }
    if dateline(doc, feats, c) {
        return (EntityType::LOC, "dateline.loc", 1);
    }
    if titled(doc, feats, c.first) {
        return (EntityType::PER, "title.per", 2);
    }
    if first & GIVEN_NAME != 0 && !single {
        return (EntityType::PER, "given.per", 2);
    }
    if described(doc, feats, index, c.first) {
        return (EntityType::ORG, "descriptor.org", 2);
    }
    if single && is_all_caps(doc.token_text(c.first)) {
        return (EntityType::ORG, "acronym.org", 2);
    }
    if first & LOC != 0 && !single {
        return (EntityType::ORG, "place_prefix.org", 1);
    }
    if person_cue(doc, feats, index, c.last) || aged(doc, c.last) {
        return (EntityType::PER, "cue.per", 1);
    }
    let word = doc.token_text(c.first);
    if single && place_prefix(word) {
        return (EntityType::LOC, "prefix.loc", 1);
    }
    if single && place_cue_before(doc, feats, c.first) {
        return (EntityType::LOC, "cue.loc", 1);
    }
    // Products, weapons and models carry digits (`Mohajer-6`, `F-16`).
    if word.chars().any(|ch| ch.is_ascii_digit()) {
        return (EntityType::MISC, "shape.misc", 0);
    }
    if !single {
        // Two or more unexplained capitalised words: most often a person.
        return (EntityType::PER, "shape.per", 0);
    }
    // One hyphenated word whose first part is not a given name
    // (`Clermont-Ferrand`, not `Jean-Pierre`) is most often a place.
    if let Some((a, _)) = feats.folded(c.first).split_once('-') {
        if index.get(a) & GIVEN_NAME == 0 && is_cap(word) {
            return (EntityType::LOC, "hyphen.loc", 0);
        }
    }
    // A lone unexplained word: a surname seen in full elsewhere becomes a
    // person when the mentions are grouped; else a name of unknown kind.
    (EntityType::MISC, "shape.misc", 0)
}

/// `Saint-Malo`, `Port-Vendres`, `Fort-de-France`: prefixes of place names.
fn place_prefix(word: &str) -> bool {
    ["Saint-", "Sainte-", "Port-", "Mont-", "Fort-", "Pont-", "Val-", "Bourg-", "Villeneuve-", "Châteauneuf-", "Aix-", "Bois-"]
        .iter()
        .any(|p| word.len() > p.len() + 1 && word.starts_with(p))
}

/// `Dupont, 45 ans,` / `Smith, 45,`: an age after the name.
fn aged(doc: &Document, end: usize) -> bool {
    end + 1 < doc.tokens.len()
        && doc.token_text(end) == ","
        && doc.token_text(end + 1).bytes().all(|b| b.is_ascii_digit())
        && (end + 2 >= doc.tokens.len() || matches!(doc.token_text(end + 2), "," | "ans" | "years" | ")"))
}

/// The word before token `k`, skipping a glued abbreviation dot.
fn prev_word(doc: &Document, k: usize) -> Option<usize> {
    let mut p = k.checked_sub(1)?;
    if doc.token_text(p) == "." {
        p = p.checked_sub(1)?;
    }
    (doc.tokens[p].kind == TokenKind::Word).then_some(p)
}

/// A place cue right before the name, or before its `de` (`à Tarvik`,
/// `près d'Avdiïvka`, `near Avdiivka`).
fn place_cue_before(doc: &Document, feats: &Features, k: usize) -> bool {
    let Some(p) = prev_word(doc, k) else { return false };
    if feats.flags[p] & PLACE_CUE != 0 {
        return true;
    }
    let de = matches!(feats.folded(p), "de" | "d'" | "of");
    de && prev_word(doc, p).is_some_and(|q| feats.flags[q] & PLACE_CUE != 0)
}

/// A title or role right before the name (`M. Dupont`, `le président
/// américain Joe Biden`, `Sen. Warren`).
fn titled(doc: &Document, feats: &Features, k: usize) -> bool {
    let Some(p) = prev_word(doc, k) else { return false };
    if feats.flags[p] & TITLE != 0 {
        return true;
    }
    // One adjective between the title and the name.
    let adjective = !feats.cap[p] || feats.flags[p] & NAME_TYPES == 0;
    adjective && p.checked_sub(1).is_some_and(|q| is_word(doc, q) && feats.flags[q] & TITLE != 0 && !feats.cap[p])
}

/// A kind of organisation right before the name (`the carmaker Valdor`),
/// or before one lower-case adjective where adjectives follow the noun (`le
/// groupe pharmaceutique Nerval`).
fn described(doc: &Document, feats: &Features, index: &Index, k: usize) -> bool {
    let Some(p) = prev_word(doc, k) else { return false };
    let descriptor = |q: usize| is_word(doc, q) && !feats.cap[q] && feats.flags[q] & ORG_DESCRIPTOR != 0;
    descriptor(p) || (index.adjectives_follow && !feats.cap[p] && feats.flags[p] & !TOWN == 0 && p.checked_sub(1).is_some_and(descriptor))
}

/// A speech verb or similar right after the name (`a déclaré`, `said`).
fn person_cue(doc: &Document, feats: &Features, index: &Index, end: usize) -> bool {
    index.person_cues.iter().any(|cue| {
        cue.iter().enumerate().all(|(n, w)| {
            let k = end + n;
            k < doc.tokens.len() && is_word(doc, k) && feats.folded(k) == w
        })
    })
}
