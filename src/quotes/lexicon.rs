//! What the quote stage needs from a language, and the lookups built on it.
//!
//! Every entry is written folded (lower case, no accents, plain
//! apostrophes): `declare`, `d'apres`. A multi-word entry is written with
//! spaces (`en outre`, `according to`); an elision counts as its own word
//! (`d'apres` = `d'` + `apres`).

use std::collections::HashSet;

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
    /// Inverted subject pronouns glued to a verb (`-t-il` in `a-t-il`,
    /// `-elle` in `dit-elle`).
    pub inverted_suffixes: &'static [&'static str],
    /// Words that introduce the content clause (`que`, `qu'`, `that`).
    pub complementizers: &'static [&'static str],
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
    /// Role nouns that point back to a named person (`porte-parole`, `spokesman`).
    pub person_roles: &'static [&'static str],
    /// Role nouns that point back to a named organisation (`journal`, `newspaper`).
    pub org_roles: &'static [&'static str],
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
    /// Words that end a subject phrase when met going backwards (`et` is
    /// not one; `mais`, `car`, `donc` are).
    pub subject_stops: &'static [&'static str],
    /// Words joining two verbs of one subject (`et`, `and`).
    pub coordinators: &'static [&'static str],
    /// Lower-case words inside a name (`du` in `Corée du Nord`, `bin`).
    pub name_particles: &'static [&'static str],
    /// Whether a paragraph opened by a dash is reported speech (French).
    pub dash_dialogue: bool,
    /// Rule id prefix (`fr`, `en`).
    pub code: &'static str,
}

/// The lexicon turned into sets for quick lookups.
pub struct Lookup<'l> {
    pub lex: &'l QuoteLexicon,
    stems: HashSet<&'static str>,
    forms: HashSet<&'static str>,
    pub auxiliaries: HashSet<&'static str>,
    pub pronouns: HashSet<&'static str>,
    pub determiners: HashSet<&'static str>,
    pub titles: HashSet<&'static str>,
    pub negations: HashSet<&'static str>,
    pub complementizers: HashSet<&'static str>,
    pub relatives: HashSet<&'static str>,
    pub subject_stops: HashSet<&'static str>,
}

fn set(words: &'static [&'static str]) -> HashSet<&'static str> {
    words.iter().copied().collect()
}

impl<'l> Lookup<'l> {
    pub fn new(lex: &'l QuoteLexicon) -> Lookup<'l> {
        Lookup {
            lex,
            stems: set(lex.verb_stems),
            forms: set(lex.verb_forms),
            auxiliaries: set(lex.auxiliaries),
            pronouns: set(lex.pronouns),
            determiners: set(lex.determiners),
            titles: set(lex.titles),
            negations: set(lex.negations),
            complementizers: set(lex.complementizers),
            relatives: set(lex.relatives),
            subject_stops: set(lex.subject_stops),
        }
    }

    /// Whether the folded word is a speech verb form.
    pub fn is_verb(&self, w: &str) -> bool {
        if self.forms.contains(w) {
            return true;
        }
        self.lex.verb_endings.iter().any(|e| {
            w.len() > e.len() && w.ends_with(e) && w.is_char_boundary(w.len() - e.len()) && self.stems.contains(&w[..w.len() - e.len()])
        })
    }

    /// The word without an inverted pronoun suffix, when it has one
    /// (`ajoute-t-il` → `ajoute`).
    pub fn strip_inverted<'w>(&self, w: &'w str) -> Option<&'w str> {
        self.lex.inverted_suffixes.iter().find_map(|s| w.strip_suffix(s).filter(|r| !r.is_empty()))
    }

    /// Whether the speech verb may take an infinitive clause.
    pub fn takes_infinitive(&self, w: &str) -> bool {
        self.lex.infinitive_verbs.iter().any(|p| w.starts_with(p))
    }

    pub fn is_person_role(&self, w: &str) -> bool {
        self.lex.person_roles.contains(&w)
    }

    pub fn is_org_role(&self, w: &str) -> bool {
        self.lex.org_roles.contains(&w)
    }
}

/// The words of a multi-word entry, elisions split off (`d'apres` →
/// `d'`, `apres`). Allocates nothing: it runs for every token.
pub fn entry_words(entry: &str) -> impl Iterator<Item = &str> {
    entry.split(' ').flat_map(|part| {
        let (head, tail) = match part.find('\'') {
            Some(a) if a + 1 < part.len() => (&part[..=a], Some(&part[a + 1..])),
            _ => (part, None),
        };
        std::iter::once(head).chain(tail)
    })
}

/// The token index after `entry` when the folded words at `i` spell it.
pub fn match_entry(words: &[String], i: usize, entry: &str) -> Option<usize> {
    let mut j = i;
    for w in entry_words(entry) {
        if words.get(j).map(String::as_str) != Some(w) {
            return None;
        }
        j += 1;
    }
    Some(j)
}

/// The end of the longest entry of `entries` found at `i`.
pub fn match_any(words: &[String], i: usize, entries: &[&str]) -> Option<usize> {
    entries.iter().filter_map(|e| match_entry(words, i, e)).max()
}
