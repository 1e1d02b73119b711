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
    pub lang: Lang,
    /// The language's gendered words, folded.
    pub genders: super::genders::Words,
    /// Every word the lists name and every form derived from them (a verb
    /// stem with an ending, a role's plural), with its classes under
    /// [`class::HEAD_SHIFT`] and its entry head number ([`Lookup::heads`])
    /// above, as [`Derive::classes`] gives them. A document's words are
    /// looked up once each (about two in three of its tokens): one map
    /// look-up answers for any listed or derived word, and the words of no
    /// list need only a look at their ending.
    known: FxMap<Box<str>, u64>,
    /// The last bytes of the inverted suffixes, as bits: most words end
    /// with none of them.
    inverted_ends: [u64; 4],
    /// The words of every entry of each [`Entries`] list.
    entries: [Vec<Vec<&'static str>>; 4],
    /// By head number (from 1): the entries of each list starting with that word.
    heads: Vec<[Vec<u16>; 4]>,
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
        cell.get_or_init(|| Lookup::new(&data(lang).quotes, lang))
    }

    fn new(lex: &'static QuoteLexicon, lang: Lang) -> Lookup {
        let (derive, entries, heads) = Derive::new(lex);
        let known = derive.forms().map(|w| (Box::from(w.as_str()), derive.classes(&w))).collect();
        let mut inverted_ends = [0u64; 4];
        for s in lex.inverted_suffixes {
            match s.as_bytes().last() {
                Some(&b) => inverted_ends[usize::from(b) / 64] |= 1u64 << (b % 64),
                None => inverted_ends = [u64::MAX; 4],
            }
        }
        Lookup { lex, lang, genders: super::genders::Words::new(lex), known, inverted_ends, entries, heads }
    }

    /// The classes of a folded word (not [`class::CAPITAL`]) under
    /// [`class::HEAD_SHIFT`], its entry head number above: the same as
    /// [`Derive::classes`].
    pub fn classes(&self, w: &str) -> u64 {
        use class::*;
        if let Some(&bits) = self.known.get(w) {
            return bits;
        }
        // A word no list names and no rule derives from one: no verb, no
        // role, no head; only what its ending says applies.
        let mut bits = 0;
        if w.ends_with("n't") {
            bits |= NEGATION;
        }
        if let Some(s) = self.strip_inverted(w) {
            let base = self.known.get(s).copied().unwrap_or(0);
            if base & VERB != 0 {
                bits |= VERB_INVERTED | (base & REFLEXIVE_ONLY);
                if takes_infinitive(self.lex, s) {
                    bits |= TAKES_INFINITIVE;
                }
            }
            if base & AUX != 0 {
                bits |= AUX_INVERTED;
            }
        }
        if w.len() > 3 && self.lex.infinitive_endings.iter().any(|e| ends(w, e)) {
            bits |= INFINITIVE;
        }
        bits | ending_bits(self.lex, w)
    }

    /// The word without an inverted pronoun suffix, when it has one
    /// (`ajoute-t-il` → `ajoute`).
    fn strip_inverted<'w>(&self, w: &'w str) -> Option<&'w str> {
        let &last = w.as_bytes().last()?;
        if self.inverted_ends[usize::from(last) / 64] & 1u64 << (last % 64) == 0 {
            return None;
        }
        strip_inverted(self.lex, w)
    }

    /// The entries of `which` starting with the word of head number `head`, as words.
    pub fn entries_from(&self, head: usize, which: Entries) -> impl Iterator<Item = &[&'static str]> {
        let list = &self.entries[which as usize];
        self.heads.get(head).into_iter().flat_map(move |h| h[which as usize].iter().map(move |&k| list[k as usize].as_slice()))
    }
}

/// The word classes as the lexicon defines them, rule by rule: what
/// [`Lookup`] is built from (and checked against).
struct Derive {
    lex: &'static QuoteLexicon,
    /// The classes of every listed word, its entry head number above.
    words: FxMap<&'static str, u64>,
    stems: FxMap<&'static str, ()>,
}

impl Derive {
    fn new(lex: &'static QuoteLexicon) -> (Derive, [Vec<Vec<&'static str>>; 4], Vec<[Vec<u16>; 4]>) {
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
        let lists = [
            (lex.adverbs, Entries::Adverbs),
            (lex.source_markers, Entries::SourceMarkers),
            (lex.object_relatives, Entries::ObjectRelatives),
            (lex.verb_phrases, Entries::VerbPhrases),
        ];
        let entries = lists.map(|(list, _)| list.iter().map(|e| entry_words(e).collect::<Vec<&'static str>>()).collect::<Vec<_>>());
        let mut heads: Vec<[Vec<u16>; 4]> = vec![Default::default()];
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
        let stems = lex.verb_stems.iter().chain(lex.reflexive_stems).map(|s| (*s, ())).collect();
        (Derive { lex, words, stems }, entries, heads)
    }

    /// Every word whose classes need more than a look at its ending: the
    /// listed words, each verb stem with each ending, each person's role
    /// with each plural ending. (Any other word is none of these, so of
    /// [`Derive::classes`] only the ending rules apply to it.)
    fn forms(&self) -> impl Iterator<Item = String> + '_ {
        let lex = self.lex;
        let listed = self.words.keys().map(|w| w.to_string());
        let verbs = lex.verb_stems.iter().chain(lex.reflexive_stems).flat_map(move |s| lex.verb_endings.iter().map(move |e| format!("{s}{e}")));
        let roles = self.words.iter().filter(|(_, &b)| b & class::PERSON_ROLE != 0).map(|(w, _)| *w);
        let plurals = roles.flat_map(move |r| lex.plural_endings.iter().map(move |e| format!("{r}{e}")));
        listed.chain(verbs).chain(plurals)
    }

    /// The classes of a folded word (not [`class::CAPITAL`]) under
    /// [`class::HEAD_SHIFT`], its entry head number above.
    fn classes(&self, w: &str) -> u64 {
        use class::*;
        let word = self.words.get(w).copied().unwrap_or(0);
        let mut bits = word & ALL;
        if bits & VERB != 0 || self.is_stem_form(w) {
            bits |= VERB;
            if self.lex.reflexive_stems.iter().any(|s| w.starts_with(s)) {
                bits |= REFLEXIVE_ONLY;
            }
            if self.lex.participle_endings.iter().any(|e| ends(w, e)) {
                bits |= PARTICIPLE;
            }
            if takes_infinitive(self.lex, w) {
                bits |= TAKES_INFINITIVE;
            }
        } else if w.ends_with("n't") {
            bits |= NEGATION;
        }
        if let Some(s) = strip_inverted(self.lex, w) {
            if self.is_verb(s) {
                bits |= VERB_INVERTED;
                if self.lex.reflexive_stems.iter().any(|r| s.starts_with(r)) {
                    bits |= REFLEXIVE_ONLY;
                }
                if takes_infinitive(self.lex, s) {
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
        (word & !ALL) | bits | ending_bits(self.lex, w)
    }

    /// Whether the folded word is a speech verb form.
    fn is_verb(&self, w: &str) -> bool {
        self.words.get(w).is_some_and(|&b| b & class::VERB != 0) || self.is_stem_form(w)
    }

    /// Whether the folded word is a verb stem with one of the verb endings.
    fn is_stem_form(&self, w: &str) -> bool {
        self.lex.verb_endings.iter().any(|e| {
            w.len() > e.len() && ends(w, e) && w.is_char_boundary(w.len() - e.len()) && self.stems.contains_key(&w[..w.len() - e.len()])
        })
    }
}

/// The word without an inverted pronoun suffix, when it has one
/// (`ajoute-t-il` → `ajoute`).
fn strip_inverted<'w>(lex: &QuoteLexicon, w: &'w str) -> Option<&'w str> {
    lex.inverted_suffixes.iter().find(|s| w.len() > s.len() && ends(w, s)).map(|s| &w[..w.len() - s.len()])
}

/// The classes a word's ending alone gives: an adverb's ending on a word
/// of more than five bytes, a finite verb's on one of more than six.
fn ending_bits(lex: &QuoteLexicon, w: &str) -> u64 {
    if w.len() > 5 && lex.adverb_endings.iter().any(|e| ends(w, e)) {
        class::ADVERB
    } else if w.len() > 6 && lex.finite_endings.iter().any(|e| ends(w, e)) && !lex.not_finite.contains(&w) {
        class::FINITE
    } else {
        0
    }
}

/// Whether the speech verb may take an infinitive clause.
fn takes_infinitive(lex: &QuoteLexicon, w: &str) -> bool {
    lex.infinitive_verbs.iter().any(|p| w.starts_with(p))
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{fold, Document};

    /// Every word of the fixture articles, and forms each rule derives,
    /// has the classes the rules give it.
    #[test]
    fn classes_follow_the_rules() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
        let mut texts = Vec::new();
        let mut dirs = vec![std::path::PathBuf::from(dir)];
        while let Some(d) = dirs.pop() {
            for e in std::fs::read_dir(d).unwrap().flatten() {
                let p = e.path();
                if p.is_dir() {
                    dirs.push(p);
                } else if p.extension().is_some_and(|x| x == "txt") {
                    texts.push(std::fs::read_to_string(p).unwrap());
                }
            }
        }
        let made = ["gendarmes", "prosecutors", "dit-il", "ajoute-t-il", "a-t-il", "declare-t-elle", "don't", "hier", "declarer", "saying", "xyz-il", "n't", "er"];
        for lang in [Lang::Fr, Lang::En] {
            let look = Lookup::for_lang(lang);
            let (derive, _, _) = Derive::new(&data(lang).quotes);
            let mut words: Vec<String> = made.iter().map(|w| w.to_string()).collect();
            for t in &texts {
                let doc = Document::new(t, &data(lang).text);
                words.extend((0..doc.tokens.len()).map(|i| fold(doc.token_text(i))));
            }
            for w in words.iter().cloned().chain(derive.forms()) {
                assert_eq!(look.classes(&w), derive.classes(&w), "{w}");
            }
        }
    }
}
