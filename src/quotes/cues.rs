//! Speech cues: a speech verb with its auxiliary and any adverb between
//! (`a en outre affirmé`, `s'est déclarée`, `has also said`), an inverted
//! form carrying its own subject (`a-t-il ajouté`, `dit-elle`), or a source
//! marker (`selon`, `d'après`, `according to`).

use std::ops::Range;

use super::context::Ctx;
use super::lexicon::{class, Entries};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CueKind {
    Verb,
    Marker,
}

/// A cue: its tokens and what it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cue {
    pub tokens: Range<usize>,
    pub kind: CueKind,
    /// The verb carries its subject pronoun (`a-t-il ajouté`, `dit-il`).
    pub inverted: bool,
    /// The verb may take an infinitive clause (`a déclaré avoir vu`).
    pub infinitive: bool,
}

const MAX_ADVERBS: usize = 3;
/// Words of an aside between commas after an auxiliary (`a, pour sa part, estimé`), at most.
const ASIDE: usize = 4;

/// The verb cue starting at token `i`. A capitalised word inside a
/// sentence is a name, not a verb (`the United States`).
/// Asked of most tokens, which are no verb or auxiliary and have no
/// auxiliary after them: that check is inlined where it is asked, the cue
/// is read only past it.
#[inline]
pub fn verb_at(ctx: &Ctx, i: usize) -> Option<Cue> {
    if !ctx.is(i, class::VERB | class::VERB_INVERTED | class::AUX | class::AUX_INVERTED | class::VERB_PHRASE_START) && !ctx.is(i + 1, class::AUX) {
        return None;
    }
    verb_cue_at(ctx, i)
}

/// [`verb_at`] past its first check.
fn verb_cue_at(ctx: &Ctx, i: usize) -> Option<Cue> {
    if ctx.is_capital(i) && !ctx.opens_sentence(i) {
        return None;
    }
    let start = i;
    let mut a = i;
    // Pronominal verbs: `s'est déclarée`.
    if ctx.is(i + 1, class::AUX) && ctx.lex().reflexives.contains(&ctx.w(i)) {
        a = i + 1;
    }
    // (Folding makes `à` an auxiliary too; its accent says it is not one.)
    let accented = ctx.is(a, class::PREPOSITION) && ctx.raw(a) != ctx.w(a);
    if ctx.is(a, class::AUX | class::AUX_INVERTED) && !accented {
        let mut j = a + 1;
        for _ in 0..MAX_ADVERBS {
            // A listed adverb, or one its ending tells (`a seulement indiqué`).
            match ctx.entry_at(j, Entries::Adverbs) {
                Some(e) => j = e,
                None if ctx.is_adverb(j) => j += 1,
                None => break,
            }
        }
        // An aside between commas (`a, lui, dénoncé`, `a, pour sa part, estimé`).
        if ctx.raw(j) == "," {
            let close = (j + 2..(j + ASIDE + 2).min(ctx.len())).find(|&k| ctx.raw(k) == ",");
            if let Some(c) = close.filter(|&c| (j + 1..c).all(|k| ctx.is_word(k) && !ctx.is(k, class::AUX) && !ctx.is(k, class::VERB))) {
                if ctx.is(c + 1, class::VERB) && ctx.written_participle(c + 1) {
                    j = c + 1;
                }
            }
        }
        if let Some(e) = ctx.entry_at(j, Entries::VerbPhrases) {
            return Some(Cue { tokens: start..e, kind: CueKind::Verb, inverted: ctx.is(a, class::AUX_INVERTED), infinitive: false });
        }
        // `était signalé`, `est demandé`: a passive, unless reflexive (`s'est dit`).
        if a == start && passive(ctx, a, j) {
            return None;
        }
        if ctx.is(j, class::VERB | class::VERB_INVERTED) && (a > start || !reflexive_only(ctx, j)) {
            return Some(Cue {
                tokens: start..j + 1,
                kind: CueKind::Verb,
                inverted: ctx.is(a, class::AUX_INVERTED) || ctx.is(j, class::VERB_INVERTED),
                infinitive: ctx.is(j, class::TAKES_INFINITIVE),
            });
        }
    }
    // (`a-t-on appris` is inverted.)
    if let Some(e) = ctx.entry_at(i, Entries::VerbPhrases) {
        return Some(Cue { tokens: start..e, kind: CueKind::Verb, inverted: ctx.is(i, class::AUX_INVERTED | class::VERB_INVERTED), infinitive: false });
    }
    // A French past participle with no auxiliary is no cue (`les mesures
    // annoncées`); English `said` is both and stays one.
    let participle = || ctx.written_participle(i);
    // Nor is a verb's form after a preposition, unless an infinitive or a
    // participle (`au prévenu`, `par écrit`; not `sans dire`, `by saying`),
    // nor a role after an article.
    let noun = || {
        let Some(p) = i.checked_sub(1) else { return false };
        let lex = ctx.lex();
        let after_preposition = ctx.is(p, class::PREPOSITION) && !lex.infinitive_markers.contains(&ctx.w(p)) && !ctx.is(i, class::INFINITIVE | class::PARTICIPLE);
        // A role after an article is a noun (`le prévenu`, `le juge`).
        let role = ctx.is(p, class::DETERMINER) && ctx.is(i, class::PERSON_ROLE | class::ORG_ROLE);
        // So is any verb's form after an article that follows a verb (`a
        // jugé l'annonce`; not `elle l'annonce`, where `l'` is a pronoun).
        // So is one after an article opening the sentence (`L'alerte a été
        // donnée`).
        let article = || {
            ctx.is(p, class::DETERMINER)
                && ctx.is(p, class::OBJECT_PRONOUN)
                && (ctx.opens_sentence(p) || (p > 0 && !ctx.is_capital(p - 1) && (ctx.is(p - 1, class::PREPOSITION) || ctx.written_participle(p - 1))))
        };
        // An adjective after a word of degree (`se montrait plus précise`;
        // not `n'a plus précisé`).
        let adjective = || lex.degree_words.contains(&ctx.w(p)) && !(p > 0 && ctx.is(p - 1, class::AUX | class::NEGATION));
        // So is a present participle after a verb of being and any adverbs
        // (`se veut pourtant rassurant`).
        let attribute = || {
            let b = (0..=p).rev().find(|&b| b == 0 || !ctx.is_adverb(b)).unwrap_or(0);
            ctx.is(i, class::PARTICIPLE) && lex.copulas.contains(&ctx.w(b))
        };
        after_preposition || role || adjective() || attribute() || article()
    };
    let reflexive = || i > 0 && ctx.lex().reflexives.contains(&ctx.w(i - 1));
    // `dit-on` reports words only with the place that speaks after it
    // (`assure-t-on à la mairie`; not `Comment dit-on « … » ?`).
    let impersonal = || ctx.is(i, class::VERB_INVERTED) && impersonal_inverted(ctx, i) && !ctx.is(i + 1, class::PREPOSITION);
    // `doit être reconnu`, `a été dit`: a passive.
    let passive_form = || i > 0 && passive(ctx, i - 1, i) && !(i > 1 && ctx.lex().reflexives.contains(&ctx.w(i - 2)));
    // `Il est à noter que`, `il faut rappeler que`: the paper's own voice.
    let own_voice = || ctx.lex().own_voice_frames.iter().any(|f| frame_before(ctx, i, f));
    if ctx.is(i, class::VERB | class::VERB_INVERTED) && ctx.is_word(i) && !participle() && !noun() && (!reflexive_only(ctx, i) || reflexive()) && !impersonal() && !passive_form() && !own_voice() {
        return Some(Cue {
            tokens: start..i + 1,
            kind: CueKind::Verb,
            inverted: ctx.is(i, class::VERB_INVERTED),
            infinitive: ctx.is(i, class::TAKES_INFINITIVE),
        });
    }
    None
}

/// The cue at token `i` in the slot right after a quote and its comma
/// (and the subject, if any): any speech verb, or a verb in the past that
/// no list names (`"…," Trump boasted`, `« … », a tonné X`, `a-t-il lâché`).
pub fn slot_verb_at(ctx: &Ctx, i: usize) -> Option<Cue> {
    if let Some(cue) = verb_at(ctx, i) {
        return Some(cue);
    }
    let lex = ctx.lex();
    let aux = ctx.is(i, class::AUX | class::AUX_INVERTED);
    if !lex.slot_auxiliaries.is_empty() && !lex.slot_auxiliaries.contains(&ctx.w(i)) {
        return None;
    }
    let mut v = i + usize::from(aux);
    for _ in 0..MAX_ADVERBS {
        match ctx.entry_at(v, Entries::Adverbs) {
            Some(e) if aux => v = e,
            _ => break,
        }
    }
    let w = ctx.w(v);
    let verb = ctx.is_word(v) && !ctx.is_capital(v);
    if verb && !aux && lex.slot_forms.contains(&w) {
        return Some(Cue { tokens: i..v + 1, kind: CueKind::Verb, inverted: false, infinitive: false });
    }
    // The particle ends the clause (`Trump shot back.`, `he points out,`).
    let particle = lex.slot_particles.contains(&ctx.w(v + 1)) && ctx.is_punct(v + 2);
    if verb && !aux && particle && !ctx.is(v, class::DETERMINER | class::PREPOSITION | class::PRONOUN | class::AUX | class::COMPLEMENTIZER | class::OBJECT_PRONOUN | class::NEGATION) {
        return Some(Cue { tokens: i..v + 2, kind: CueKind::Verb, inverted: false, infinitive: false });
    }
    let past = verb && w.len() > 4 && lex.slot_endings.iter().any(|e| w.ends_with(e));
    past.then(|| Cue { tokens: i..v + 1, kind: CueKind::Verb, inverted: ctx.is(i, class::AUX_INVERTED), infinitive: false })
}

/// Right after a quote and its comma, a verb standing before its subject:
/// French inverts any verb of speech or manner there (`», sourit Marie`,
/// `», s'amuse le maire`, `», soupire-t-elle`), which no list need name.
pub fn inverted_slot_at(ctx: &Ctx, i: usize) -> Option<Cue> {
    let lex = ctx.lex();
    if lex.inverting_endings.is_empty() {
        return None;
    }
    let v = if lex.reflexives.contains(&ctx.w(i)) { i + 1 } else { i };
    let closed = class::DETERMINER | class::PREPOSITION | class::PRONOUN | class::AUX | class::COMPLEMENTIZER | class::NEGATION | class::ADVERB_START;
    if !ctx.is_word(v) || ctx.is_capital(v) || ctx.is(v, closed) {
        return None;
    }
    let w = ctx.w(v);
    if lex.inverted_suffixes.iter().any(|s| w.len() > s.len() + 2 && w.ends_with(s)) {
        return Some(Cue { tokens: i..v + 1, kind: CueKind::Verb, inverted: true, infinitive: false });
    }
    // A past participle is no inverted verb (`« … », dotée de …`): its
    // accent tells it, which folding takes away.
    let participle = ctx.written_participle(v);
    let ends = w.len() >= 4 && !participle && lex.inverting_endings.iter().any(|e| w.ends_with(e));
    let subject_next = ctx.is(v + 1, class::DETERMINER | class::TITLE) || ctx.is_capital(v + 1);
    (ends && subject_next).then(|| Cue { tokens: i..v + 1, kind: CueKind::Verb, inverted: false, infinitive: false })
}

/// Whether tokens `r` hold a verb: an auxiliary, a finite form or a cue.
pub fn has_verb(ctx: &Ctx, r: Range<usize>) -> bool {
    // (Folding makes `à` an auxiliary too; its accent says it is not one.)
    let accented = |k: usize| ctx.is(k, class::PREPOSITION) && ctx.raw(k) != ctx.w(k);
    r.into_iter().any(|k| (ctx.is(k, class::AUX | class::FINITE) && !accented(k)) || verb_at(ctx, k).is_some())
}

/// The source marker starting at token `i`.
pub fn marker_at(ctx: &Ctx, i: usize) -> Option<Cue> {
    let end = ctx.entry_at(i, Entries::SourceMarkers)?;
    Some(Cue { tokens: i..end, kind: CueKind::Marker, inverted: false, infinitive: false })
}

/// Any cue starting at token `i`.
pub fn cue_at(ctx: &Ctx, i: usize) -> Option<Cue> {
    marker_at(ctx, i).or_else(|| verb_at(ctx, i))
}

/// Whether token `i` ends with an impersonal inverted pronoun (`dit-on`,
/// `assure-t-on`).
pub fn impersonal_inverted(ctx: &Ctx, i: usize) -> bool {
    ctx.w(i).rsplit_once('-').is_some_and(|(_, p)| ctx.lex().impersonal_pronouns.contains(&p))
}

/// Where the source after a marker starts: right after it, or at its last
/// word when that is a speaker's noun (`de [source syndicale]`).
pub fn source_start(ctx: &Ctx, cue: &Cue) -> usize {
    let last = cue.tokens.end - 1;
    if cue.tokens.len() > 1 && ctx.lex().speaker_nouns.contains(&ctx.w(last)) {
        last
    } else {
        cue.tokens.end
    }
}

/// Whether the auxiliary at token `aux` makes the verb at token `verb` a
/// passive: a form of the passive's auxiliary before a participle that
/// states no belief (`est signalé`, not `est convaincu`).
fn passive(ctx: &Ctx, aux: usize, verb: usize) -> bool {
    let lex = ctx.lex();
    lex.passive_auxiliaries.contains(&ctx.w(aux)) && !lex.stance_adjectives.contains(&ctx.w(verb)) && !ctx.is(verb, class::INFINITIVE | class::PARTICIPLE)
}

/// Whether the words `frame` (folded, apart) stand right before token `i`,
/// opening their clause: at the sentence's start or after punctuation.
fn frame_before(ctx: &Ctx, i: usize, frame: &str) -> bool {
    ctx.words_before(i, frame).is_some_and(|from| ctx.opens_sentence(from) || (from > 0 && ctx.is_punct(from - 1)))
}

/// Whether the verb at token `i` is a cue only after a reflexive pronoun.
fn reflexive_only(ctx: &Ctx, i: usize) -> bool {
    ctx.is(i, class::REFLEXIVE_ONLY)
}

/// Whether a negation sits in or just before the cue (`n'a pas dit`,
/// `did not say`, `ne précise pas`).
pub fn negated(ctx: &Ctx, cue: &Cue) -> bool {
    // Not past punctuation before the cue (`… pas arrêté ? demande le juge`).
    let mut from = cue.tokens.start;
    while from > cue.tokens.start.saturating_sub(3) && !ctx.is_punct(from - 1) {
        from -= 1;
    }
    // (A negation after a cue taking an infinitive is the infinitive's: `dit
    // ne pas le connaître`.)
    let after = cue.tokens.end;
    let infinitive = cue.infinitive && (after + 1..(after + 5).min(ctx.len())).any(|k| ctx.is(k, class::INFINITIVE));
    let to = (after + usize::from(!infinitive)).min(ctx.len());
    (from..to).any(|k| ctx.is(k, class::NEGATION))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::{data, Lang};
    use crate::text::Document;

    fn cue(lang: Lang, s: &str) -> Option<(String, bool)> {
        let doc = Document::new(s, &data(lang).text);
        let ctx = Ctx::new(&doc, data(lang), &[], &[]);
        (0..doc.tokens.len()).find_map(|i| cue_at(&ctx, i)).map(|c| (s[ctx.bytes(c.tokens)].to_string(), c.inverted))
    }

    #[test]
    fn finds_cues() {
        let table: &[(Lang, &str, Option<(&str, bool)>)] = &[
            (Lang::Fr, "Kirby a en outre affirmé que", Some(("a en outre affirmé", false))),
            (Lang::Fr, "La Corée s’est également déclarée prête", Some(("s’est également déclarée", false))),
            (Lang::Fr, "« Non », a-t-il ajouté.", Some(("a-t-il ajouté", true))),
            (Lang::Fr, "« Non », dit-elle.", Some(("dit-elle", true))),
            (Lang::Fr, "Boudanov estime que", Some(("estime", false))),
            (Lang::Fr, "D’après le ministre, rien", Some(("D’après", false))),
            (Lang::En, "Kirby has also said that", Some(("has also said", false))),
            (Lang::En, "According to the report, it", Some(("According to", false))),
            (Lang::En, "The plan is ready.", None),
            (Lang::Fr, "Le plan est prêt.", None),
        ];
        for (lang, s, want) in table {
            assert_eq!(cue(*lang, s), want.map(|(c, i)| (c.to_string(), i)), "{s}");
        }
    }
}
