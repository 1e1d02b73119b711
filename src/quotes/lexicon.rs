//! What the quote stage needs from a language, and the lookups built on it.
//!
//! Every entry is written folded (lower case, no accents, plain
//! apostrophes): `declare`, `d'apres`. A multi-word entry is written with
//! spaces (`en outre`, `according to`); an elision counts as its own word
//! (`d'apres` = `d'` + `apres`).

use std::sync::OnceLock;

use crate::lang::{data, Lang};

/// A language's speech cues, speakers' words and quotation conventions.
pub struct QuoteLexicon {
    /// Stems of regular speech verbs (`declar`, `affirm`), completed by
    /// [`QuoteLexicon::verb_endings`] (`declare`, `declaree`, `declarait`).
    pub verb_stems: &'static [&'static str],
    /// Endings of the regular verbs, the empty ending included when the stem
    /// is itself a form.
    pub verb_endings: &'static [&'static str],
    /// Other speech and cognition verb forms as they occur in news
    /// (`dit`, `ecrit`, `convaincu`, `said`, `told`).
    pub verb_forms: &'static [&'static str],
    /// Prefixes of the verbs whose content may be an infinitive clause
    /// (`declar` in `a declare avoir vu`).
    pub infinitive_verbs: &'static [&'static str],
    /// Endings of an infinitive (`er`, `ir`, `re`), and words with those
    /// endings that are not infinitives (`hier`, `premier`).
    pub infinitive_endings: &'static [&'static str],
    pub non_infinitives: &'static [&'static str],
    /// Object pronouns right before a verb: not its subject (`l'`, `nous`).
    pub object_pronouns: &'static [&'static str],
    /// Object pronouns standing for something said before (`l'a
    /// confirmé`): the cue reports no clause of its own.
    pub anaphora: &'static [&'static str],
    /// Words before a subject that make its verb's object a relative
    /// (`ce que X a dit`): no report.
    pub object_relatives: &'static [&'static str],
    /// Auxiliaries before a participle (`a`, `avait`, `est`, `has`).
    pub auxiliaries: &'static [&'static str],
    /// Adverbs that may sit between the auxiliary and the participle, or
    /// right after the verb (`en outre`, `egalement`, `also`).
    pub adverbs: &'static [&'static str],
    /// Endings of the adverbs no list names (`ly`, `ment`), left out before
    /// a verb (`X officially said`).
    pub adverb_endings: &'static [&'static str],
    /// Inverted subject pronouns glued to a verb (`-t-il` in `a-t-il`,
    /// `-elle` in `dit-elle`).
    pub inverted_suffixes: &'static [&'static str],
    /// Words that introduce the content clause (`que`, `qu'`, `that`).
    pub complementizers: &'static [&'static str],
    /// Words that make a conjunction of the complementizer after them
    /// (`avant que`, `so that`): no content clause.
    pub conjunction_heads: &'static [&'static str],
    /// Markers of an opinion when a person follows them, then a comma
    /// (`Pour lui, …`, `Pour le maire, …`).
    pub opinion_markers: &'static [&'static str],
    /// Speech verbs whose next phrase is their object, never an inverted
    /// subject (`praised the vote`, `told reporters`).
    pub object_verbs: &'static [&'static str],
    /// Verbs that report words by naming something with them (`called`,
    /// `dubbed`, `qualifie`): speech verbs only with an object before the
    /// marks. Each must also be a verb form or a stem's form.
    pub naming_verbs: &'static [&'static str],
    /// Reflexive pronouns before a verb (`s'est declaree`, `se dit`).
    pub reflexives: &'static [&'static str],
    /// Speech verbs whose addressee may stand before a clause without a
    /// complementizer (`told reporters the plant would close`).
    pub addressee_verbs: &'static [&'static str],
    /// Words opening a reported question (`si`, `s'` before `il`, `whether`).
    pub question_words: &'static [&'static str],
    /// Prefixes of the verbs that, reflexive, report a stance with an
    /// adjective (`s'est dit prêt à`, `se déclare favorable à`).
    pub reflexive_verbs: &'static [&'static str],
    /// Source markers before the source (`selon`, `d'apres`, `according to`).
    pub source_markers: &'static [&'static str],
    /// Nouns of a statement, for `la declaration de X : « … »`.
    pub speech_nouns: &'static [&'static str],
    /// Words linking a speech noun to its author (`de`, `du`, `of`, `by`).
    pub noun_links: &'static [&'static str],
    /// Subject pronouns that point back to a speaker (`il`, `she`).
    pub pronouns: &'static [&'static str],
    /// Relative pronouns standing for the subject before them (`qui`, `who`).
    pub relatives: &'static [&'static str],
    /// Complementizers that may also stand for the subject before them
    /// (`a message that said`).
    pub relative_complementizers: &'static [&'static str],
    /// Subject pronouns that point back to an organisation or a document
    /// (`it` in `It added, "…"`).
    pub org_pronouns: &'static [&'static str],
    /// Role nouns that point back to a named person (`porte-parole`, `spokesman`).
    pub person_roles: &'static [&'static str],
    /// Role nouns that point back to a named organisation (`journal`, `newspaper`).
    pub org_roles: &'static [&'static str],
    /// Role nouns that point back to a named place or state, or the
    /// institution that speaks for it (`pays`, `régime`, `country`).
    pub place_roles: &'static [&'static str],
    /// Other nouns of someone or something that speaks, which point back
    /// to no one (`friend`, `campaign`, `poll`, `habitants`, `sondage`).
    pub speaker_nouns: &'static [&'static str],
    /// Prepositions: a name right after one is a complement, not a speaker
    /// (`le porte-parole du Conseil`, `reproduite par X`).
    pub prepositions: &'static [&'static str],
    /// Definite determiners: with a role noun, the phrase names someone
    /// already met (`le porte-parole`).
    pub definite: &'static [&'static str],
    /// Every determiner that may open a speaker's description.
    pub determiners: &'static [&'static str],
    /// Titles left out of a name (`m.`, `mme`, `president`, `mr`).
    pub titles: &'static [&'static str],
    /// Negation words that cancel a report (`ne`, `n'`, `pas`, `not`).
    pub negations: &'static [&'static str],
    /// Words that may open a content clause without a complementizer, after
    /// a speech verb (`he`, `the` in `said the war…`); empty when the
    /// language needs one.
    pub clause_starters: &'static [&'static str],
    /// Finite verbs (auxiliaries, modals) that show a clause opened by a
    /// determiner is a clause (`said the plant would close`), not the
    /// verb's object (`described the plan as …`).
    pub finite_verbs: &'static [&'static str],
    /// Words that end a subject phrase when met going backwards (`et` is
    /// not one; `mais`, `car`, `donc` are).
    pub subject_stops: &'static [&'static str],
    /// Words joining two verbs of one subject (`et`, `and`), or two quoted
    /// phrases of one speaker (`« A » ou « B »`).
    pub coordinators: &'static [&'static str],
    /// Endings of a present participle (`ant`, `ing`): a speech verb in
    /// that form speaks for the subject of the clause (`X a publié une
    /// lettre appelant à …`).
    pub participle_endings: &'static [&'static str],
    /// Lower-case words inside a name (`du` in `Corée du Nord`, `bin`).
    pub name_particles: &'static [&'static str],
    /// Endings of a past tense or participle: right after a quote and its
    /// comma, the first such verb after the subject reports the quote even
    /// when no list names it (`"…," Trump boasted`, `« … », a tonné X`).
    pub slot_endings: &'static [&'static str],
    /// The auxiliaries that verb needs before it (French `a tonné`, not
    /// `sera présentée`); empty when it needs none.
    pub slot_auxiliaries: &'static [&'static str],
    /// Particles completing a verb in that slot (`shot back`, `went on`,
    /// `points out`).
    pub slot_particles: &'static [&'static str],
    /// Verbs that report a quote only in that slot (`"…," the email read`,
    /// `"…," the Saudis state`).
    pub slot_forms: &'static [&'static str],
    /// Endings of a verb that stands before its subject right after a
    /// quote and its comma (French `», sourit Marie`); empty when the
    /// language inverts only its speech verbs.
    pub inverting_endings: &'static [&'static str],
    /// Sentence adverbs and connectives that open a clause before its
    /// subject (`however`, `already`, `later`, `cependant`): never a speaker.
    pub openers: &'static [&'static str],
    /// Whether a paragraph opened by a dash is reported speech (French).
    pub dash_dialogue: bool,
    /// Rule id prefix (`fr`, `en`).
    pub code: &'static str,
}

/// What a folded word is, as bits: one per word class of the lexicon.
pub mod class {
    pub const AUX: u32 = 1 << 0;
    pub const PRONOUN: u32 = 1 << 1;
    pub const DETERMINER: u32 = 1 << 2;
    pub const TITLE: u32 = 1 << 3;
    pub const NEGATION: u32 = 1 << 4;
    pub const COMPLEMENTIZER: u32 = 1 << 5;
    pub const RELATIVE: u32 = 1 << 6;
    pub const SUBJECT_STOP: u32 = 1 << 7;
    pub const OBJECT_PRONOUN: u32 = 1 << 8;
    pub const ANAPHORA: u32 = 1 << 9;
    pub const COORDINATOR: u32 = 1 << 10;
    pub const PARTICLE: u32 = 1 << 11;
    pub const PERSON_ROLE: u32 = 1 << 12;
    pub const ORG_ROLE: u32 = 1 << 13;
    pub const DEFINITE: u32 = 1 << 14;
    pub const SPEECH_NOUN: u32 = 1 << 15;
    pub const NOUN_LINK: u32 = 1 << 16;
    pub const CLAUSE_STARTER: u32 = 1 << 17;
    /// A speech verb form.
    pub const VERB: u32 = 1 << 18;
    /// A speech verb carrying an inverted pronoun (`ajoute-t-il`).
    pub const VERB_INVERTED: u32 = 1 << 19;
    /// An auxiliary carrying an inverted pronoun (`a-t-il`).
    pub const AUX_INVERTED: u32 = 1 << 20;
    /// A speech verb that may take an infinitive clause.
    pub const TAKES_INFINITIVE: u32 = 1 << 21;
    /// An infinitive (`avoir`, `envoyer`).
    pub const INFINITIVE: u32 = 1 << 22;
    /// The first word of an adverb, source marker or object relative entry.
    pub const ADVERB_START: u32 = 1 << 23;
    pub const MARKER_START: u32 = 1 << 24;
    pub const RELATIVE_OBJECT_START: u32 = 1 << 25;
    pub const PREPOSITION: u32 = 1 << 27;
    pub const PLACE_ROLE: u32 = 1 << 28;
    /// A speech verb as a present participle (`declarant`, `saying`).
    pub const PARTICIPLE: u32 = 1 << 29;
    /// Not an infinitive although it ends like one (`hier`, `premier`).
    pub const NON_INFINITIVE: u32 = 1 << 26;
    /// Set per token, not per word: a line break before the token.
    pub const NEWLINE_BEFORE: u32 = 1 << 30;
    /// Set per token, not per word: a word starting with a capital letter.
    pub const CAPITAL: u32 = 1 << 31;
}

pub use rustc_hash::FxHashMap as FxMap;

/// The lists of multi-word entries, matched word by word.
#[derive(Clone, Copy)]
pub enum Entries {
    Adverbs,
    SourceMarkers,
    ObjectRelatives,
}

impl Entries {
    /// The class of the first word of an entry of the list.
    pub fn first_class(self) -> u32 {
        match self {
            Entries::Adverbs => class::ADVERB_START,
            Entries::SourceMarkers => class::MARKER_START,
            Entries::ObjectRelatives => class::RELATIVE_OBJECT_START,
        }
    }
}

/// The lexicon turned into one map from a folded word to its classes,
/// built once per language.
pub struct Lookup {
    pub lex: &'static QuoteLexicon,
    /// Classes in the low 32 bits, the entry head number ([`Lookup::heads`]) above.
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
        let mut add = |list: &'static [&'static str], bit: u32| {
            for w in list {
                *words.entry(w).or_insert(0) |= u64::from(bit);
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
        let lists = [(lex.adverbs, Entries::Adverbs), (lex.source_markers, Entries::SourceMarkers), (lex.object_relatives, Entries::ObjectRelatives)];
        let entries = lists.map(|(list, _)| list.iter().map(|e| entry_words(e).collect::<Vec<&'static str>>()).collect::<Vec<_>>());
        let mut heads: Vec<[Vec<u16>; 3]> = vec![Default::default()];
        for (l, (_, which)) in lists.iter().enumerate() {
            for (k, e) in entries[l].iter().enumerate() {
                let Some(first) = e.first() else { continue };
                let slot = words.entry(first).or_insert(0);
                *slot |= u64::from(which.first_class());
                if *slot >> 32 == 0 {
                    *slot |= (heads.len() as u64) << 32;
                    heads.push(Default::default());
                }
                heads[(*slot >> 32) as usize][l].push(k as u16);
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

    /// The classes of a folded word (not [`class::CAPITAL`]) in the low
    /// 32 bits, its entry head number above.
    pub fn classes(&self, w: &str) -> u64 {
        use class::*;
        let word = self.words.get(w).copied().unwrap_or(0);
        let mut bits = word as u32;
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
            if self.words.get(s).is_some_and(|&b| b as u32 & AUX != 0) {
                bits |= AUX_INVERTED;
            }
        }
        if w.len() > 3 && bits & NON_INFINITIVE == 0 && self.lex.infinitive_endings.iter().any(|e| ends(w, e)) {
            bits |= INFINITIVE;
        }
        (word & !0xffff_ffff) | u64::from(bits)
    }

    /// Whether the folded word is a speech verb form.
    fn is_verb(&self, w: &str) -> bool {
        self.words.get(w).is_some_and(|&b| b as u32 & class::VERB != 0) || self.is_stem_form(w)
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
