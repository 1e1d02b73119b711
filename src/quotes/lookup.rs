//! The lexicon turned into one map from a folded word to its classes
//! ([`class`]), built once per language, and the multi-word entries
//! matched word by word.

use std::sync::OnceLock;

use super::lexicon::{class, Entries, FxMap, QuoteLexicon};
use crate::lang::{data, Lang};

/// The lexicon turned into one map from a folded word to its classes,
/// built once per language.
pub struct Lookup {
    pub lex: &'static QuoteLexicon,
    /// Classes under [`class::HEAD_SHIFT`], the entry head number ([`Lookup::heads`]) above.
    words: FxMap<&'static str, u64>,
    stems: FxMap<&'static str, ()>,
    /// The first two and three bytes of every stem: most words share neither
    /// and need no further look.
    stem_heads: FxMap<&'static [u8], ()>,
    /// The first two bytes of every entry of `stem_heads` (one byte and a
    /// zero for a one-byte head), as bits: most words start with no pair of
    /// them and are no stem form.
    stem_pairs: Vec<u64>,
    /// The last bytes of the inverted suffixes, as bits: most words end
    /// with none of them.
    inverted_ends: [u64; 4],
    /// The words of every entry of each [`Entries`] list.
    entries: [Vec<Vec<&'static str>>; 3],
    /// By head number (from 1): the entries of each list starting with that word.
    heads: Vec<[Vec<u16>; 3]>,
}

impl Lookup {
    /// The lookup of `data`'s language, built on first use.
    pub fn for_lang(lang: Lang) -> &'static Lookup {
        static FR: OnceLock<Lookup> = OnceLock::new();
        static EN: OnceLock<Lookup> = OnceLock::new();
        let cell = match lang {
            Lang::Fr => &FR,
            Lang::En => &EN,
        };
        cell.get_or_init(|| Lookup::new(&data(lang).quotes))
    }

    fn new(lex: &'static QuoteLexicon) -> Lookup {
        use class::*;
        let mut words: FxMap<&'static str, u64> = FxMap::default();
        let mut add = |list: &'static [&'static str], bit: u64| {
            for w in list {
                *words.entry(w).or_insert(0) |= bit;
            }
        };
        add(lex.auxiliaries, AUX);
        add(lex.pronouns, PRONOUN);
        add(lex.determiners, DETERMINER);
        add(lex.titles, TITLE);
        add(lex.negations, NEGATION);
        add(lex.complementizers, COMPLEMENTIZER);
        add(lex.relatives, RELATIVE);
        add(lex.subject_stops, SUBJECT_STOP);
        add(lex.object_pronouns, OBJECT_PRONOUN);
        add(lex.anaphora, ANAPHORA);
        add(lex.coordinators, COORDINATOR);
        add(lex.name_particles, PARTICLE);
        add(lex.person_roles, PERSON_ROLE);
        add(lex.org_roles, ORG_ROLE);
        add(lex.place_roles, PLACE_ROLE);
        add(lex.prepositions, PREPOSITION);
        add(lex.definite, DEFINITE);
        add(lex.speech_nouns, SPEECH_NOUN);
        add(lex.noun_links, NOUN_LINK);
        add(lex.clause_starters, CLAUSE_STARTER);
        add(lex.verb_forms, VERB);
        add(lex.non_infinitives, NON_INFINITIVE);
        add(lex.openers, OPENER);
        add(lex.finite_verbs, FINITE);
        add(lex.speaker_nouns, SPEAKER_NOUN);
        let lists = [(lex.adverbs, Entries::Adverbs), (lex.source_markers, Entries::SourceMarkers), (lex.object_relatives, Entries::ObjectRelatives)];
        let entries = lists.map(|(list, _)| list.iter().map(|e| entry_words(e).collect::<Vec<&'static str>>()).collect::<Vec<_>>());
        let mut heads: Vec<[Vec<u16>; 3]> = vec![Default::default()];
        for (l, (_, which)) in lists.iter().enumerate() {
            for (k, e) in entries[l].iter().enumerate() {
                let Some(first) = e.first() else { continue };
                let slot = words.entry(first).or_insert(0);
                *slot |= which.first_class();
                if *slot >> HEAD_SHIFT == 0 {
                    *slot |= (heads.len() as u64) << HEAD_SHIFT;
                    heads.push(Default::default());
                }
                heads[(*slot >> HEAD_SHIFT) as usize][l].push(k as u16);
            }
        }
        let stems = lex.verb_stems.iter().map(|s| (*s, ())).collect();
        let stem_heads: FxMap<&'static [u8], ()> = lex.verb_stems.iter().map(|s| (&s.as_bytes()[..s.len().min(3)], ())).collect();
        let mut stem_pairs = vec![0u64; 1 << 10];
        for h in stem_heads.keys() {
            let k = pair_key(h);
            stem_pairs[k / 64] |= 1u64 << (k % 64);
        }
        let mut inverted_ends = [0u64; 4];
        for s in lex.inverted_suffixes {
            match s.as_bytes().last() {
                Some(&b) => inverted_ends[usize::from(b) / 64] |= 1u64 << (b % 64),
                None => inverted_ends = [u64::MAX; 4],
            }
        }
        Lookup { lex, words, stems, stem_heads, stem_pairs, inverted_ends, entries, heads }
    }

    /// The classes of a folded word (not [`class::CAPITAL`]) under
    /// [`class::HEAD_SHIFT`], its entry head number above.
    pub fn classes(&self, w: &str) -> u64 {
        use class::*;
        let word = self.words.get(w).copied().unwrap_or(0);
        let mut bits = word & ALL;
        if bits & VERB != 0 || self.is_stem_form(w) {
            bits |= VERB;
            if self.lex.participle_endings.iter().any(|e| ends(w, e)) {
                bits |= PARTICIPLE;
            }
            if self.takes_infinitive(w) {
                bits |= TAKES_INFINITIVE;
            }
        } else if w.ends_with("n't") {
            bits |= NEGATION;
        }
        if let Some(s) = self.strip_inverted(w) {
            if self.is_verb(s) {
                bits |= VERB_INVERTED;
                if self.takes_infinitive(s) {
                    bits |= TAKES_INFINITIVE;
                }
            }
            if self.words.get(s).is_some_and(|&b| b & AUX != 0) {
                bits |= AUX_INVERTED;
            }
        }
        // The plural of a role is a role (`gendarmes`, `prosecutors`).
        if bits & PERSON_ROLE == 0 {
            let stem = self.lex.plural_endings.iter().find(|e| w.len() > e.len() + 2 && ends(w, e)).map(|e| &w[..w.len() - e.len()]);
            if stem.and_then(|s| self.words.get(s)).is_some_and(|&b| b & PERSON_ROLE != 0) {
                bits |= PERSON_ROLE;
            }
        }
        if w.len() > 3 && bits & NON_INFINITIVE == 0 && self.lex.infinitive_endings.iter().any(|e| ends(w, e)) {
            bits |= INFINITIVE;
        }
        (word & !ALL) | bits
    }

    /// Whether the folded word is a speech verb form.
    fn is_verb(&self, w: &str) -> bool {
        self.words.get(w).is_some_and(|&b| b & class::VERB != 0) || self.is_stem_form(w)
    }

    /// Whether the folded word is a verb stem with one of the verb endings.
    fn is_stem_form(&self, w: &str) -> bool {
        let b = w.as_bytes();
        let k = pair_key(b);
        if self.stem_pairs[k / 64] & 1u64 << (k % 64) == 0 {
            return false;
        }
        if !self.stem_heads.contains_key(&b[..b.len().min(3)]) && !self.stem_heads.contains_key(&b[..b.len().min(2)]) {
            return false;
        }
        self.lex.verb_endings.iter().any(|e| {
            w.len() > e.len() && ends(w, e) && w.is_char_boundary(w.len() - e.len()) && self.stems.contains_key(&w[..w.len() - e.len()])
        })
    }

    /// The word without an inverted pronoun suffix, when it has one
    /// (`ajoute-t-il` → `ajoute`).
    fn strip_inverted<'w>(&self, w: &'w str) -> Option<&'w str> {
        let &last = w.as_bytes().last()?;
        if self.inverted_ends[usize::from(last) / 64] & 1u64 << (last % 64) == 0 {
            return None;
        }
        self.lex.inverted_suffixes.iter().find(|s| w.len() > s.len() && ends(w, s)).map(|s| &w[..w.len() - s.len()])
    }

    /// Whether the speech verb may take an infinitive clause.
    fn takes_infinitive(&self, w: &str) -> bool {
        self.lex.infinitive_verbs.iter().any(|p| w.starts_with(p))
    }


    /// The entries of `which` starting with the word of head number `head`, as words.
    pub fn entries_from(&self, head: usize, which: Entries) -> impl Iterator<Item = &[&'static str]> {
        let list = &self.entries[which as usize];
        self.heads.get(head).into_iter().flat_map(move |h| h[which as usize].iter().map(move |&k| list[k as usize].as_slice()))
    }
}

/// The bit number of the first two bytes of `b` (a zero for a missing
/// second byte): any slice starting with those bytes has the same.
#[inline]
fn pair_key(b: &[u8]) -> usize {
    let first = b.first().map_or(0, |&x| usize::from(x) & 0x1f);
    let second = b.get(1).map_or(0, |&x| usize::from(x) & 0x1f);
    first << 5 | second
}

/// Whether `w` ends with `e`, byte by byte (short endings: no call to memcmp).
#[inline]
fn ends(w: &str, e: &str) -> bool {
    let (w, e) = (w.as_bytes(), e.as_bytes());
    w.len() >= e.len() && w[w.len() - e.len()..].iter().zip(e).all(|(a, b)| a == b)
}

/// The words of a multi-word entry, elisions split off (`d'apres` →
/// `d'`, `apres`). Allocates nothing.
pub fn entry_words(entry: &str) -> impl Iterator<Item = &str> {
    entry.split(' ').flat_map(|part| {
        let (head, tail) = match part.find('\'') {
            Some(a) if a + 1 < part.len() => (&part[..=a], Some(&part[a + 1..])),
            _ => (part, None),
        };
        std::iter::once(head).chain(tail)
    })
}
