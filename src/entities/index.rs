//! The folded index of names and cue words of one language, built once
//! (`OnceLock`) from the compiled-in gazetteers and the language's lexicon.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use crate::lang::{Lang, LangData};
use crate::text::fold;
use crate::types::EntityType;

const PLACES: &str = include_str!("../../data/gazetteers/places.txt");
const CITIES: &str = include_str!("../../data/gazetteers/cities.txt");
const ORGS: &str = include_str!("../../data/gazetteers/orgs.txt");
const GIVEN: &str = include_str!("../../data/gazetteers/given_names.txt");

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

/// A small fast hash for short folded words (FxHash); no DoS concern here.
#[derive(Default, Clone, Copy)]
pub struct Fx(u64);

impl Hasher for Fx {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut b = [0u8; 8];
            b[..chunk.len()].copy_from_slice(chunk);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(b)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<Fx>>;
pub type FastSet<K> = HashSet<K, BuildHasherDefault<Fx>>;

pub struct Index {
    words: FastMap<String, Flags>,
    /// Folded first four letters of country and region names.
    stems: FastSet<String>,
    /// Most words in one multi-word entry.
    pub max_words: usize,
    pub person_cues: Vec<Vec<String>>,
    pub demonym_endings: Vec<String>,
    /// Organisation heads that open a name in lower case (`ministere`).
    pub lower_heads: Vec<String>,
    pub adjectives_follow: bool,
    /// First words of the person cues (`said`, `a`).
    cue_words: FastSet<String>,
}

impl Index {
    pub fn get(&self, folded: &str) -> Flags {
        self.words.get(folded).copied().unwrap_or(0)
    }

    /// Whether `folded` starts like a country or region name (`russ…`, `amer…`).
    pub fn has_country_stem(&self, folded: &str) -> bool {
        stem(folded).is_some_and(|s| self.stems.contains(s))
    }

    /// Whether a folded word opens one of the language's person cues.
    pub fn is_person_cue(&self, folded: &str) -> bool {
        self.cue_words.contains(folded)
    }

    fn add(&mut self, name: &str, flags: Flags) {
        let key = key_of(name);
        if key.is_empty() {
            return;
        }
        let words = key.split(' ').count();
        if flags & NAME_TYPES != 0 {
            self.max_words = self.max_words.max(words);
            // Word boundaries: before a space, after an elided `l'`.
            let cuts = key.match_indices(' ').map(|(n, _)| n).chain(key.match_indices('\'').map(|(n, _)| n + 1));
            for n in cuts.collect::<Vec<_>>() {
                *self.words.entry(key[..n].to_string()).or_insert(0) |= PREFIX;
            }
        }
        if flags & COUNTRY != 0 {
            let first = key.split([' ', '-']).next().unwrap_or(&key);
            if let Some(s) = stem(first) {
                self.stems.insert(s.to_string());
            }
        }
        *self.words.entry(key).or_insert(0) |= flags;
    }

    fn add_all(&mut self, names: &[&str], flags: Flags) {
        for n in names {
            self.add(n, flags);
        }
    }

    fn add_file(&mut self, file: &str, flags: Flags) {
        for line in file.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
            self.add(line.trim(), flags);
        }
    }
}

/// The first four letters of a folded word, when it has more than four.
fn stem(folded: &str) -> Option<&str> {
    let (i, _) = folded.char_indices().nth(4)?;
    Some(&folded[..i])
}

/// The folded lookup key of a name: words joined by one space, none after
/// an elided `l'`/`d'`.
pub fn key_of(name: &str) -> String {
    let folded = fold(name);
    let mut out = String::with_capacity(folded.len());
    for w in folded.split_whitespace() {
        if !out.is_empty() && !out.ends_with('\'') {
            out.push(' ');
        }
        out.push_str(w);
    }
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

fn build(data: &LangData) -> Index {
    let lex = &data.entities;
    let person_cues: Vec<Vec<String>> =
        lex.person_cues.iter().map(|c| key_of(c).split(' ').map(String::from).collect()).collect();
    let mut ix = Index {
        words: FastMap::with_capacity_and_hasher(24_000, Default::default()),
        stems: FastSet::default(),
        max_words: 1,
        cue_words: person_cues.iter().filter_map(|c| c.first().cloned()).collect(),
        person_cues,
        demonym_endings: lex.demonym_endings.iter().map(|e| fold(e)).collect(),
        adjectives_follow: lex.adjectives_follow,
        lower_heads: lex.org_heads.iter().filter(|h| !super::features::is_cap(h)).map(|h| key_of(h)).collect(),
    };
    ix.add_file(GIVEN, GIVEN_NAME);
    ix.add_file(CITIES, LOC);
    ix.add_file(PLACES, LOC | COUNTRY);
    ix.add_file(ORGS, ORG);
    for (name, t) in lex.known {
        let flag = type_flag(*t);
        let country = if flag == LOC { COUNTRY } else { 0 };
        // A hand-listed type overrides what the generated lists say.
        let key = key_of(name);
        ix.words.entry(key.clone()).and_modify(|f| *f &= !NAME_TYPES);
        ix.add(name, flag | KNOWN | country);
    }
    ix.add_all(lex.not_names, NOT_NAME);
    ix.add_all(lex.person_titles, TITLE);
    ix.add_all(lex.org_heads, ORG_HEAD);
    ix.add_all(lex.org_suffixes, ORG_SUFFIX);
    ix.add_all(lex.place_heads, PLACE_HEAD);
    ix.add_all(lex.place_suffixes, PLACE_SUFFIX);
    ix.add_all(lex.particles, PARTICLE);
    ix.add_all(lex.place_cues, PLACE_CUE);
    ix.add_all(lex.org_links, ORG_LINK);
    ix.add_all(lex.place_modifiers, PLACE_MOD);
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
    fn gazetteers_are_loaded() {
        let ix = for_lang(data(Lang::Fr));
        assert!(ix.get("moscou") & LOC != 0);
        assert!(ix.get("coree du nord") & LOC != 0);
        assert!(ix.get("john") & GIVEN_NAME != 0);
        assert!(ix.has_country_stem("russes"));
        assert!(ix.max_words >= 3);
    }
}
