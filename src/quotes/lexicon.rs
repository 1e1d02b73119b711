//! What the quote stage needs from a language.
//!
//! Every entry is written folded (lower case, no accents, plain
//! apostrophes): `declare`, `d'apres`. A multi-word entry is written with
//! spaces (`en outre`, `according to`); an elision counts as its own word
//! (`d'apres` = `d'` + `apres`). The lookups built on it are in
//! [`super::lookup`].

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
    /// Speech verbs of several words, a light verb and its infinitive
    /// (`fait savoir`, `laisse entendre`), after any auxiliary.
    pub verb_phrases: &'static [&'static str],
    /// Auxiliaries before a participle (`a`, `avait`, `est`, `has`).
    pub auxiliaries: &'static [&'static str],
    /// Adverbs that may sit between the auxiliary and the participle, or
    /// right after the verb (`en outre`, `egalement`, `also`).
    pub adverbs: &'static [&'static str],
    /// Endings of the adverbs no list names (`ly`, `ment`), left out before
    /// a verb (`X officially said`).
    pub adverb_endings: &'static [&'static str],
    /// Endings of finite verbs no list names (French `-ait`, `-aient`:
    /// `le gardien refusait`), on words of more than six bytes, and the
    /// nouns that end like them.
    pub finite_endings: &'static [&'static str],
    pub not_finite: &'static [&'static str],
    /// Endings of a people's name (`Dolois`, `Lyonnaise`, `Parisien`): `le
    /// Dolois` after a definite article, no entity, points back to a person.
    pub demonym_endings: &'static [&'static str],
    /// Nouns of a side (`Du côté de la majorité, on répond`): the place an
    /// impersonal subject speaks for is what comes after them.
    pub side_nouns: &'static [&'static str],
    /// Prepositions holding a definite article (`du` for `de le`), with
    /// that article: a bare role after one is definite (`aux yeux du maire`).
    pub contracted_articles: &'static [(&'static str, &'static str)],
    /// Words of degree before an adjective (`plus précise`): a verb's form
    /// after one, with no auxiliary or negation before, is an adjective.
    pub degree_words: &'static [&'static str],
    /// Verbs of being (`se veut`, `reste`): a present participle after one
    /// is an adjective (`se veut rassurant`), no cue.
    pub copulas: &'static [&'static str],
    /// Forms of the auxiliary of the passive (`est`, `été`, `être`): a
    /// speech verb's participle after one, with no reflexive pronoun before
    /// it, is a passive (`était signalé disparu`, `il leur est demandé`),
    /// which reports no one's words.
    pub passive_auxiliaries: &'static [&'static str],
    /// Participles and adjectives of a stated belief that take the same
    /// auxiliary and still report their subject's view (`est convaincu
    /// que`).
    pub stance_adjectives: &'static [&'static str],
    /// The frames in which the paper speaks in its own voice before a
    /// speech verb (`il est à noter`, `il faut rappeler`, `it is worth
    /// noting`), folded, words apart: what follows reports no one.
    pub own_voice_frames: &'static [&'static str],
    /// Words that name what follows in marks, folded, words apart (`sur le
    /// thème de`, `intitulé`, `dites du`, `titled`): a title or a name,
    /// whatever its case, not a quotation.
    pub title_words: &'static [&'static str],
    /// Relative pronouns of an object or a complement (`que`, `dont`,
    /// `whom`): one after a comma opens an apposition to the comma that
    /// closes it (`Un audit, que les syndicats se sont procuré, conclut`).
    pub object_relative_pronouns: &'static [&'static str],
    /// The preposition of a passive's agent (`par`, `by`).
    pub agent_prepositions: &'static [&'static str],
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
    /// Stems of verbs whose direct object is the person told (`prévenir`,
    /// `informer`, `warn`): a complementizer after any other verb's object
    /// opens a relative clause (`raconter l'histoire qu'ils ont vécue`).
    /// Empty: any verb's object may stand before the complementizer.
    pub person_object_stems: &'static [&'static str],
    /// Words opening a reported question (`si`, `s'` before `il`, `whether`).
    pub question_words: &'static [&'static str],
    /// Words opening a reported question that are part of it (`a demandé
    /// pourquoi …`, `asked why …`).
    pub question_heads: &'static [&'static str],
    /// Impersonal subject pronouns (`on`): the place named with them
    /// speaks (`assure-t-on à la mairie`, `À la préfecture, on indique`).
    pub impersonal_pronouns: &'static [&'static str],
    /// Nouns for someone's words and the participles that sign them, in
    /// the sentence after a quotation (`La phrase est signée X`, `La
    /// formule est de X`).
    pub signature_nouns: &'static [&'static str],
    pub signature_verbs: &'static [&'static str],
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
    /// Words before an infinitive (`to`, `de`, `à`): a speech verb after
    /// one speaks for the subject of its clause (`went on to say`).
    pub infinitive_markers: &'static [&'static str],
    /// Prepositions opening an absolute phrase whose noun is the subject
    /// of the participle after it (`with one member writing "…"`).
    pub absolute_prepositions: &'static [&'static str],
    /// Subject pronouns of the plural, alone or glued to a verb (`ils`,
    /// `disent-ils`, `they`): they point back to a group, not a person.
    pub plural_pronouns: &'static [&'static str],
    /// Endings of a plural noun (`s`, `x`): the plural of a role is a role
    /// (`gendarmes`, `prosecutors`).
    pub plural_endings: &'static [&'static str],
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
    /// Words opening a sentence that name the source of a quotation after
    /// a colon (`From the report: "…"`).
    pub colon_sources: &'static [&'static str],
    /// Groups of roles a text uses for the same person (`entraîneur`,
    /// `technicien`): a description by one stands for a name given another.
    pub role_synonyms: &'static [&'static [&'static str]],
    /// Words for any holder of one of several roles (`élu`: a mayor, a
    /// councillor, a deputy), with the roles each covers: a description by
    /// the word stands for a name given any of them.
    pub role_hypernyms: &'static [(&'static [&'static str], &'static [&'static str])],
    /// Whether the language writes the names of things in sentence case
    /// (French `« Ville fleurie »`), so such a short phrase in marks is a name.
    pub sentence_case_names: bool,
    /// Endings, as written (accents kept), of a past participle, which is
    /// no inverted verb (`« … », dotée de …`) and no cue without its
    /// auxiliary (`les mesures annoncées`).
    pub written_participle_endings: &'static [&'static str],
    /// Verb stems, besides `verb_stems`, that are cues only after a
    /// reflexive pronoun (`s'inquiète`, not the adjective `inquiète`).
    pub reflexive_stems: &'static [&'static str],
    /// Sentence adverbs and connectives that open a clause before its
    /// subject (`however`, `already`, `later`, `cependant`): never a speaker.
    pub openers: &'static [&'static str],
    /// Whether a paragraph opened by a dash is reported speech (French).
    pub dash_dialogue: bool,
    /// Words by which the paper speaks of itself (`nos`, `nous`): an
    /// introduction to a dash dialogue holding one (`Le maire a accepté de
    /// répondre à nos questions.`) opens an interview, whose questions are
    /// the paper's own.
    pub paper_words: &'static [&'static str],
    /// The words opening a cleft sentence (`C'est X qui a alerté`, `It was
    /// X who`), folded, a space between words but none after an elided
    /// one: the person it puts first is the sentence's subject.
    pub cleft_openers: &'static [&'static str],
    /// Words that say a person is a woman, or a man: pronouns, honorifics,
    /// gendered roles (`she`, `Mrs`, `spokeswoman`; `elle`, `Mme`,
    /// `directrice`). A pronoun points back only to someone of its gender.
    pub feminine_words: &'static [&'static str],
    pub masculine_words: &'static [&'static str],
    /// Determiners that give the gender of the role after them (`la
    /// ministre`, `le juge`); empty when the language's have none.
    pub feminine_determiners: &'static [&'static str],
    pub masculine_determiners: &'static [&'static str],
    /// Rule id prefix (`fr`, `en`).
    pub code: &'static str,
}

/// What a folded word is, as bits: one per word class of the lexicon.
pub mod class {
    pub const AUX: u64 = 1 << 0;
    pub const PRONOUN: u64 = 1 << 1;
    pub const DETERMINER: u64 = 1 << 2;
    pub const TITLE: u64 = 1 << 3;
    pub const NEGATION: u64 = 1 << 4;
    pub const COMPLEMENTIZER: u64 = 1 << 5;
    pub const RELATIVE: u64 = 1 << 6;
    pub const SUBJECT_STOP: u64 = 1 << 7;
    pub const OBJECT_PRONOUN: u64 = 1 << 8;
    pub const ANAPHORA: u64 = 1 << 9;
    pub const COORDINATOR: u64 = 1 << 10;
    pub const PARTICLE: u64 = 1 << 11;
    pub const PERSON_ROLE: u64 = 1 << 12;
    pub const ORG_ROLE: u64 = 1 << 13;
    pub const DEFINITE: u64 = 1 << 14;
    pub const SPEECH_NOUN: u64 = 1 << 15;
    pub const NOUN_LINK: u64 = 1 << 16;
    pub const CLAUSE_STARTER: u64 = 1 << 17;
    /// A speech verb form.
    pub const VERB: u64 = 1 << 18;
    /// A speech verb carrying an inverted pronoun (`ajoute-t-il`).
    pub const VERB_INVERTED: u64 = 1 << 19;
    /// An auxiliary carrying an inverted pronoun (`a-t-il`).
    pub const AUX_INVERTED: u64 = 1 << 20;
    /// A speech verb that may take an infinitive clause.
    pub const TAKES_INFINITIVE: u64 = 1 << 21;
    /// An infinitive (`avoir`, `envoyer`).
    pub const INFINITIVE: u64 = 1 << 22;
    /// The first word of an adverb, source marker or object relative entry.
    pub const ADVERB_START: u64 = 1 << 23;
    pub const MARKER_START: u64 = 1 << 24;
    pub const RELATIVE_OBJECT_START: u64 = 1 << 25;
    pub const PREPOSITION: u64 = 1 << 27;
    pub const PLACE_ROLE: u64 = 1 << 28;
    /// A speech verb as a present participle (`declarant`, `saying`).
    pub const PARTICIPLE: u64 = 1 << 29;
    /// Not an infinitive although it ends like one (`hier`, `premier`).
    pub const NON_INFINITIVE: u64 = 1 << 26;
    /// Set per token, not per word: a line break before the token.
    pub const NEWLINE_BEFORE: u64 = 1 << 30;
    /// Set per token, not per word: a word starting with a capital letter.
    pub const CAPITAL: u64 = 1 << 31;
    /// A sentence adverb or connective ([`super::QuoteLexicon::openers`]).
    pub const OPENER: u64 = 1 << 32;
    /// A finite verb ([`super::QuoteLexicon::finite_verbs`]).
    pub const FINITE: u64 = 1 << 33;
    /// A speaker's noun ([`super::QuoteLexicon::speaker_nouns`]).
    pub const SPEAKER_NOUN: u64 = 1 << 34;
    /// Set per token, not per word: the token opens its sentence (after
    /// any quotation mark or dash).
    pub const OPENS_SENTENCE: u64 = 1 << 35;
    /// The first word of a verb phrase entry ([`super::QuoteLexicon::verb_phrases`]).
    pub const VERB_PHRASE_START: u64 = 1 << 36;
    /// A word with an adverb's ending (`officially`, `fermement`).
    pub const ADVERB: u64 = 1 << 37;
    /// A speech verb that is a cue only after a reflexive pronoun
    /// ([`super::QuoteLexicon::reflexive_stems`]).
    pub const REFLEXIVE_ONLY: u64 = 1 << 38;
    /// All the classes; the bits above hold a word's entry head number.
    pub const ALL: u64 = (1 << HEAD_SHIFT) - 1;
    /// Where the entry head number starts.
    pub const HEAD_SHIFT: u32 = 48;
}

pub use rustc_hash::FxHashMap as FxMap;

/// The lists of multi-word entries, matched word by word.
#[derive(Clone, Copy)]
pub enum Entries {
    Adverbs,
    SourceMarkers,
    ObjectRelatives,
    VerbPhrases,
}

impl Entries {
    /// The class of the first word of an entry of the list.
    pub fn first_class(self) -> u64 {
        match self {
            Entries::Adverbs => class::ADVERB_START,
            Entries::SourceMarkers => class::MARKER_START,
            Entries::ObjectRelatives => class::RELATIVE_OBJECT_START,
            Entries::VerbPhrases => class::VERB_PHRASE_START,
        }
    }
}

pub use super::lookup::Lookup;
