//! The folded index of names and cue words of one language, built once
//! (`OnceLock`) from the compiled-in gazetteers and the language's lexicon.
//!
//! The gazetteer files hold keys already folded, one a line, so loading is
//! one pass over the static text into an open-addressing table of key
//! slices: no folding and no allocation per name. Only the language's hand
//! lists (about a thousand words) are folded here, into one buffer.

use std::sync::OnceLock;

use crate::lang::{Lang, LangData};
use crate::text::{fold, push_folded};
use crate::types::EntityType;

const PLACES: &str = include_str!("../../data/gazetteers/places.txt");
const SUBDIVISIONS: &str = include_str!("../../data/gazetteers/subdivisions.txt");
const CITIES: &str = include_str!("../../data/gazetteers/cities.txt");
const ORGS: &str = include_str!("../../data/gazetteers/orgs.txt");
const GIVEN: &str = include_str!("../../data/gazetteers/given_names.txt");
const TOWNS: &str = include_str!("../../data/gazetteers/towns.txt");

/// What one folded word or name is known as (bit flags).
pub type Flags = u32;
pub const LOC: Flags = 1;
pub const ORG: Flags = 1 << 1;
pub const MISC: Flags = 1 << 2;
pub const PER: Flags = 1 << 3;
pub const GIVEN_NAME: Flags = 1 << 4;
pub const NOT_NAME: Flags = 1 << 5;
pub const TITLE: Flags = 1 << 6;
pub const ORG_HEAD: Flags = 1 << 7;
pub const ORG_SUFFIX: Flags = 1 << 8;
pub const PARTICLE: Flags = 1 << 9;
pub const PLACE_CUE: Flags = 1 << 10;
pub const ORG_LINK: Flags = 1 << 11;
pub const PLACE_MOD: Flags = 1 << 12;
/// A country or region (not a city): its stem marks demonyms.
pub const COUNTRY: Flags = 1 << 13;
/// Known from the language's hand list rather than a generated gazetteer.
pub const KNOWN: Flags = 1 << 14;
pub const PLACE_HEAD: Flags = 1 << 15;
pub const PLACE_SUFFIX: Flags = 1 << 16;
pub const NAME_TYPES: Flags = LOC | ORG | MISC | PER;
/// The words so far of a longer multi-word name (`coree du` of `coree du nord`).
pub const PREFIX: Flags = 1 << 17;
/// The first four letters of a country or region name (`russ`, `amer`).
pub const STEM: Flags = 1 << 18;
pub const EVENT_HEAD: Flags = 1 << 19;
pub const EVENT_SUFFIX: Flags = 1 << 20;
/// A common noun naming a kind of organisation (`carmaker`).
pub const ORG_DESCRIPTOR: Flags = 1 << 21;
/// The one-word name of a town (GeoNames, 15,000 people or more): a
/// feature for the tagger only; the rules do not take it for a place.
pub const TOWN: Flags = 1 << 22;

pub use rustc_hash::FxHashSet as FastSet;

#[derive(Clone)]
pub struct Index {
    /// Open addressing: 0 is empty, else `n + 1` for `entries[n]`.
    slots: Vec<u32>,
    entries: Vec<(&'static str, Flags)>,
    /// Most words in one multi-word entry.
    pub max_words: usize,
    pub person_cues: Vec<Vec<String>>,
    pub demonym_endings: Vec<String>,
    /// Organisation heads that open a name in lower case (`ministere`).
    pub lower_heads: Vec<String>,
    pub adjectives_follow: bool,
    /// First words of the person cues (`said`, `a`).
    cue_words: Vec<String>,
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0100_0000_01b3;

/// FNV-1a of a short byte string (folded words are short); the same
/// function runs fused with the line scan when the gazetteers load.
pub fn hash(key: &[u8]) -> u64 {
    let mut h = FNV_OFFSET;
    for &b in key {
        h = (h ^ u64::from(b)).wrapping_mul(FNV_PRIME);
    }
    finish(h)
}

fn finish(h: u64) -> u64 {
    h ^ (h >> 32)
}

impl Index {
    fn with_capacity(n: usize) -> Index {
        Index {
            slots: vec![0; (n * 2).next_power_of_two()],
            entries: Vec::with_capacity(n),
            max_words: 1,
            person_cues: Vec::new(),
            demonym_endings: Vec::new(),
            lower_heads: Vec::new(),
            adjectives_follow: false,
            cue_words: Vec::new(),
        }
    }

    /// The slot of `key`: its own, or the empty one where it would go.
    fn slot(&self, key: &str) -> usize {
        self.slot_hashed(key, hash(key.as_bytes()))
    }

    fn slot_hashed(&self, key: &str, h: u64) -> usize {
        let mask = self.slots.len() - 1;
        let mut i = h as usize & mask;
        loop {
            let e = self.slots[i];
            if e == 0 || self.entries[e as usize - 1].0 == key {
                return i;
            }
            i = (i + 1) & mask;
        }
    }

    pub fn get(&self, folded: &str) -> Flags {
        match self.slots[self.slot(folded)] {
            0 => 0,
            e => self.entries[e as usize - 1].1,
        }
    }

    /// Whether `folded` starts like a country or region name (`russ…`, `amer…`).
    pub fn has_country_stem(&self, folded: &str) -> bool {
        stem(folded).is_some_and(|s| self.get(s) & STEM != 0)
    }

    /// Whether a folded word is a nationality word (`russes`, `nord-coreens`,
    /// `francaise`): a demonym ending on the stem of a country or region.
    pub fn is_nationality(&self, folded: &str) -> bool {
        let last = folded.rsplit('-').next().unwrap_or(folded);
        self.has_country_stem(last) && self.demonym_endings.iter().any(|e| last.ends_with(e.as_str()) && last.len() > e.len() + 3)
    }

    /// Whether a folded word opens one of the language's person cues.
    pub fn is_person_cue(&self, folded: &str) -> bool {
        self.cue_words.iter().any(|w| w == folded)
    }

    /// Adds flags to a key; grows the table when half full.
    fn or(&mut self, key: &'static str, flags: Flags) {
        self.or_hashed(key, hash(key.as_bytes()), flags);
    }

    fn or_hashed(&mut self, key: &'static str, h: u64, flags: Flags) {
        if self.entries.len() * 2 >= self.slots.len() {
            self.grow();
        }
        let i = self.slot_hashed(key, h);
        match self.slots[i] {
            0 => {
                self.entries.push((key, flags));
                self.slots[i] = self.entries.len() as u32;
            }
            e => self.entries[e as usize - 1].1 |= flags,
        }
    }

    fn grow(&mut self) {
        self.slots = vec![0; self.slots.len() * 2];
        for n in 0..self.entries.len() {
            let i = self.slot(self.entries[n].0);
            self.slots[i] = n as u32 + 1;
        }
    }

    /// Adds a folded key, its multi-word prefixes and its country stem;
    /// `multi`: the key has a space or an apostrophe.
    fn add(&mut self, key: &'static str, flags: Flags, multi: bool) {
        self.add_hashed(key, hash(key.as_bytes()), flags, multi);
    }

    fn add_hashed(&mut self, key: &'static str, h: u64, flags: Flags, multi: bool) {
        if key.is_empty() {
            return;
        }
        if multi && flags & NAME_TYPES != 0 {
            let mut words = 1;
            for (n, b) in key.bytes().enumerate() {
                // Word boundaries: before a space, after an elided `l'`.
                let cut = match b {
                    b' ' => n,
                    b'\'' if n + 1 < key.len() => n + 1,
                    _ => continue,
                };
                words += 1;
                self.or(&key[..cut], PREFIX);
            }
            self.max_words = self.max_words.max(words);
        }
        if flags & COUNTRY != 0 {
            let first = key.split([' ', '-']).next().unwrap_or(key);
            if let Some(s) = stem(first) {
                self.or(s, STEM);
            }
        }
        self.or_hashed(key, h, flags);
    }

    /// One pass over a gazetteer file: a key a line, `#` lines skipped.
    fn add_file(&mut self, file: &'static str, flags: Flags) {
        let mut rest = file;
        while !rest.is_empty() {
            let n = rest.as_bytes().iter().position(|&b| b == b'\n').unwrap_or(rest.len());
            let line = &rest[..n];
            rest = rest.get(n + 1..).unwrap_or("");
            if line.is_empty() || line.as_bytes()[0] == b'#' {
                continue;
            }
            let mut h = FNV_OFFSET;
            let mut multi = false;
            for &b in line.as_bytes() {
                multi |= b == b' ' || b == b'\'';
                h = (h ^ u64::from(b)).wrapping_mul(FNV_PRIME);
            }
            self.add_hashed(line, finish(h), flags, multi);
        }
    }
}

/// The first four letters of a folded word, when it has more than four.
fn stem(folded: &str) -> Option<&str> {
    let (i, _) = folded.char_indices().nth(4)?;
    Some(&folded[..i])
}

/// Appends the folded lookup key of a name to `out`: words joined by one
/// space, none after an elided `l'`/`d'`.
pub fn push_key(name: &str, out: &mut String) {
    let start = out.len();
    for w in name.split_whitespace() {
        if out.len() > start && !out.ends_with('\'') {
            out.push(' ');
        }
        for c in w.chars() {
            push_folded(c, out);
        }
    }
}

/// The folded lookup key of a name.
pub fn key_of(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    push_key(name, &mut out);
    out
}

fn type_flag(t: EntityType) -> Flags {
    match t {
        EntityType::LOC => LOC,
        EntityType::ORG => ORG,
        EntityType::MISC => MISC,
        EntityType::PER => PER,
    }
}

/// The language's hand lists folded into one buffer, kept for the life of
/// the program (the index is built once per language); `(range, flags)`.
fn lexicon_keys(data: &LangData) -> (&'static str, Vec<(usize, usize, Flags)>) {
    let lex = &data.entities;
    let lists: [(&[&str], Flags); 13] = [
        (lex.not_names, NOT_NAME),
        (lex.person_titles, TITLE),
        (lex.org_heads, ORG_HEAD),
        (lex.org_suffixes, ORG_SUFFIX),
        (lex.place_heads, PLACE_HEAD),
        (lex.place_suffixes, PLACE_SUFFIX),
        (lex.org_descriptors, ORG_DESCRIPTOR),
        (lex.event_heads, EVENT_HEAD),
        (lex.event_suffixes, EVENT_SUFFIX),
        (lex.particles, PARTICLE),
        (lex.place_cues, PLACE_CUE),
        (lex.org_links, ORG_LINK),
        (lex.place_modifiers, PLACE_MOD),
    ];
    let mut buf = String::with_capacity(16 * 1024);
    let mut keys = Vec::with_capacity(2048);
    let mut push = |name: &str, flags: Flags, buf: &mut String| {
        let s = buf.len();
        push_key(name, buf);
        keys.push((s, buf.len(), flags));
    };
    for (name, t) in lex.known {
        let flag = type_flag(*t);
        push(name, flag | KNOWN | if flag == LOC { COUNTRY } else { 0 }, &mut buf);
    }
    for (list, flags) in lists {
        for name in list {
            push(name, flags, &mut buf);
        }
    }
    (Box::leak(buf.into_boxed_str()), keys)
}

/// The gazetteers, shared by every language.
fn gazetteers() -> &'static Index {
    static GAZETTEERS: OnceLock<Index> = OnceLock::new();
    GAZETTEERS.get_or_init(|| {
        let mut ix = Index::with_capacity(64_000);
        ix.add_file(GIVEN, GIVEN_NAME);
        ix.add_file(CITIES, LOC);
        ix.add_file(SUBDIVISIONS, LOC);
        ix.add_file(PLACES, LOC | COUNTRY);
        ix.add_file(ORGS, ORG);
        ix.add_file(TOWNS, TOWN);
        ix
    })
}

fn build(data: &LangData) -> Index {
    let lex = &data.entities;
    let mut ix = gazetteers().clone();
    ix.person_cues = lex.person_cues.iter().map(|c| key_of(c).split(' ').map(String::from).collect()).collect();
    ix.cue_words = ix.person_cues.iter().filter_map(|c| c.first().cloned()).collect();
    ix.demonym_endings = lex.demonym_endings.iter().map(|e| fold(e)).collect();
    ix.adjectives_follow = lex.adjectives_follow;
    ix.lower_heads = lex.org_heads.iter().filter(|h| !super::features::is_cap(h)).map(|h| key_of(h)).collect();
    let (buf, keys) = lexicon_keys(data);
    for (s, e, flags) in keys {
        let key = &buf[s..e];
        if flags & KNOWN != 0 {
            // A hand-listed type overrides what the generated lists say.
            let i = ix.slot(key);
            if ix.slots[i] != 0 {
                ix.entries[ix.slots[i] as usize - 1].1 &= !NAME_TYPES;
            }
        }
        ix.add(key, flags, key.contains([' ', '\'']));
    }
    ix
}

/// The index of `data`'s language, built on first use.
pub fn for_lang(data: &LangData) -> &'static Index {
    static FR: OnceLock<Index> = OnceLock::new();
    static EN: OnceLock<Index> = OnceLock::new();
    let cell = match data.lang {
        Lang::Fr => &FR,
        Lang::En => &EN,
    };
    cell.get_or_init(|| build(data))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::data;

    #[test]
    fn keys_fold_and_join() {
        assert_eq!(key_of("Europe de l’Est"), "europe de l'est");
        assert_eq!(key_of("  États-Unis "), "etats-unis");
    }

    #[test]
    fn gazetteer_keys_are_folded() {
        for file in [PLACES, SUBDIVISIONS, CITIES, ORGS, GIVEN, TOWNS] {
            for line in file.lines().filter(|l| !l.starts_with('#')) {
                assert_eq!(key_of(line), line, "gazetteer key not folded");
            }
        }
    }

    #[test]
    fn gazetteers_are_loaded() {
        let ix = for_lang(data(Lang::Fr));
        assert!(ix.get("moscou") & LOC != 0);
        assert!(ix.get("coree du nord") & LOC != 0);
        assert!(ix.get("john") & GIVEN_NAME != 0);
        assert!(ix.has_country_stem("russes"));
        assert!(ix.max_words >= 3);
    }
}
