//! The clause around a cue, read for its subject: fronted adverbials left
//! out (`In June, …`, `Hours later, …`, `Since taking office, …`,
//! `Interrogé sur …, X a dit`, `WASHINGTON — …`), and what a speaker's
//! phrase may be: a name, a pronoun, a description with a noun (`the
//! report`, `Forty percent of respondents`); never a preposition's phrase,
//! an adverb, a heading in capitals, a number alone or a verb's tail.

use std::ops::Range;

use super::context::{is_mark, is_stop, Ctx};
use super::cues::verb_at;
use super::lexicon::class;
use super::speakers::Speaker;
use crate::types::EntityType;

/// Tokens a fronted adverbial may take before its comma; one opening
/// with a preposition may be longer (`In response to X's charge that she
/// had been weak on climate change,`).
const MAX_FRONTED: usize = 14;
const MAX_FRONTED_PREPOSITION: usize = 20;
/// How many fronted adverbials one clause may open with.
const MAX_OPENERS: usize = 3;
/// Tokens a heading or dateline may take before its dash or colon.
const HEADING: usize = 8;

/// Whether token `i` is a sentence adverb, a preposition or a subordinator.
fn opener_word(ctx: &Ctx, i: usize) -> bool {
    ctx.is(i, class::PREPOSITION | class::SUBJECT_STOP | class::OPENER)
}

/// Whether token `i` is all capitals, two letters or more (`WASHINGTON`, `FULL`).
fn shouting(ctx: &Ctx, i: usize) -> bool {
    let raw = ctx.raw(i);
    // Most words have a lower-case letter, soon: that is looked for first.
    ctx.is_word(i) && !raw.chars().any(char::is_lowercase) && raw.chars().filter(|c| c.is_alphabetic()).count() >= 2
}

/// A heading or dateline in capitals opening the paragraph at token `i`
/// (`WASHINGTON —`, `FULL TEXT:`, `LEEDS, England (Reuters) -`).
/// A dash or colon must close it within a few tokens, none in lower case.
fn heading(ctx: &Ctx, i: usize) -> bool {
    if !shouting(ctx, i) || ctx.paragraph_tokens(i).start != i {
        return false;
    }
    let lower = |k: usize| ctx.is_word(k) && !ctx.is_capital(k);
    let end = (i + 1..(i + HEADING).min(ctx.len())).find(|&k| lower(k) || matches!(ctx.raw(k), "—" | "–" | "-" | ":"));
    end.is_some_and(|k| !lower(k))
}

/// Whether a fronted adverbial starts at token `i`: an opener word, a time
/// expression, a participle with a lower-case word after it (`Speaking
/// in …`, `Asked about …`), or a heading in capitals.
fn fronted(ctx: &Ctx, i: usize) -> bool {
    if opener_word(ctx, i) || ctx.timex_end_at(i).is_some() || heading(ctx, i) {
        return true;
    }
    // A role with no determiner opening the sentence is an apposition to
    // the subject after it (`Cheffe du service des urgences, le docteur X
    // assure …`).
    // (Not a title before a name: `Coach Gary Lindell, who …, said`.)
    let plain_next = ctx.is_word(i + 1) && !ctx.is_capital(i + 1) && !ctx.is(i + 1, class::AUX | class::FINITE) && verb_at(ctx, i + 1).is_none();
    if ctx.is(i, class::PERSON_ROLE) && ctx.is_capital(i) && ctx.opens_sentence(i) && plain_next {
        return true;
    }
    let lex = ctx.lex();
    // A participle no ending tells, before its agent (`Surpris par …,`,
    // `Interrogé par …,`), opening the sentence.
    let named = || !ctx.mentions_in(ctx.bytes(i..i + 1)).is_empty();
    if ctx.is_capital(i) && ctx.opens_sentence(i) && lex.agent_prepositions.contains(&ctx.w(i + 1)) && !named() {
        return true;
    }
    let w = ctx.w(i);
    let endings = lex.participle_endings.iter().chain(if lex.slot_auxiliaries.is_empty() { lex.slot_endings } else { &[] });
    let participle = endings.into_iter().any(|e| w.len() > e.len() + 2 && w.ends_with(e))
        || ctx.written_participle(i);
    // Not a name ending like one before its verb (`Boreing said`).
    // (Folding makes `à` an auxiliary too; its accent says it is not one.)
    let accented = ctx.is(i + 1, class::PREPOSITION) && ctx.raw(i + 1) != ctx.w(i + 1);
    let verb_next = (ctx.is(i + 1, class::AUX | class::FINITE) && !accented) || verb_at(ctx, i + 1).is_some();
    participle && ctx.is_capital(i) && ctx.is_word(i + 1) && !ctx.is_capital(i + 1) && !verb_next
}

/// The first token of the subject of a clause starting at token `lo`
/// (before `end`): fronted adverbials and the comma closing each left out.
pub fn subject_start(ctx: &Ctx, lo: usize, end: usize) -> usize {
    let mut at = lo;
    // A dash opening the sentence after a dateline (`12 mars. - Afin de …`).
    if at + 1 < end && matches!(ctx.raw(at), "-" | "–" | "—") {
        at += 1;
    }
    for _ in 0..MAX_OPENERS {
        if at >= end {
            break;
        }
        let dateline = heading(ctx, at);
        let closes = |k: &usize| ctx.raw(*k) == "," || (dateline && matches!(ctx.raw(*k), "—" | "–" | "-" | ":"));
        // A name in marks may stand inside the adverbial (`Sur le pont du «
        // Men Du »,`, `Dans les colonnes de « Nord Éclair »,`): a mark
        // opening before a capital, or closing one such.
        let name_mark = |k: usize| ctx.is_capital(k + 1) || (ctx.is_word(k - 1) && ctx.raw(k + 1) == ",");
        let inside = |k: &usize| if is_mark(ctx.raw(*k)) { name_mark(*k) } else { dateline || !is_stop(ctx.raw(*k)) };
        let reach = if ctx.is(at, class::PREPOSITION) { MAX_FRONTED_PREPOSITION } else { MAX_FRONTED };
        let Some(c) = (at + 1..end.min(at + reach)).take_while(inside).find(closes) else { break };
        // `Hours later,`, `Two years ago,`: an opener word closing a phrase with no verb.
        let verbless = || !(at..c).any(|k| ctx.is(k, class::AUX) || super::cues::verb_at(ctx, k).is_some());
        if !(fronted(ctx, at) || (opener_word(ctx, c - 1) && verbless())) {
            break;
        }
        at = c + 1;
        // `in Salem, New Hampshire, …`: a place completing the adverbial.
        if at >= end {
            break;
        }
        // `Interrogé par X, l'avocat du prévenu, il a dit`: a phrase with no
        // verb between commas, then a subject pronoun, is an apposition
        // inside the adverbial.
        let apposed = (at..end.min(at + MAX_FRONTED)).take_while(inside).find(|&k| ctx.raw(k) == ",");
        if let Some(c) = apposed.filter(|&c| c > at && c + 1 < end && ctx.is(c + 1, class::PRONOUN)) {
            if !super::cues::has_verb(ctx, at..c) {
                at = c + 1;
                continue;
            }
        }
        if let Some(m) = ctx.mentions_in(ctx.bytes(at..end)).first() {
            let e = ctx.token_from(m.end);
            if m.kind == EntityType::LOC && ctx.token_from(m.start) == at && e + 1 < end && ctx.raw(e) == "," {
                at = e + 1;
            }
        }
    }
    at
}

/// Phrase `r` after a cue without the adverbial ending it (`a lancé
/// l'avocat général [dans son réquisitoire]`, `said a spokesman [in a
/// statement]`): a preposition other than a link, before a determiner,
/// past the first two tokens, outside any name (`the Council on Foreign
/// Relations`) and before none (`an editorial in The Ledger`); or a past
/// participle past the first three (`le rapport de la Cour [publié en
/// janvier]`); or a gerund (`[en saluant les bénévoles]`).
pub fn without_adverbial(ctx: &Ctx, r: Range<usize>) -> Range<usize> {
    let named = |k: usize| {
        let at = ctx.bytes(k..k + 1).start;
        ctx.mentions_in(ctx.bytes(r.start..k)).iter().any(|m| m.end > at)
    };
    // (Nor is the agent of a participle: `une pétition lancée par l'association`.)
    let agent_of = |k: usize| ctx.is_word(k - 1) && !ctx.is_capital(k - 1) && ctx.written_participle(k - 1);
    let adverbial = (r.start + 2..r.end.saturating_sub(1))
        .find(|&k| ctx.is(k, class::PREPOSITION) && !ctx.is(k, class::NOUN_LINK | class::DETERMINER) && ctx.is(k + 1, class::DETERMINER) && !named(k) && !agent_of(k));
    // An agent with a name (`une étude publiée par l'université de
    // Grenoble`) is no adverbial; a title in marks after a person's role is
    // where the words were given (`le directeur dans les colonnes de « La
    // Dépêche du Midi »`).
    let role = |p: usize| (r.start..p).any(|k| ctx.is(k, class::PERSON_ROLE));
    let titled = |p: usize| {
        let open = (p + 1..r.end).find(|&k| is_mark(ctx.raw(k)));
        open.is_some_and(|o| role(p) && (p + 1..o).all(|k| !ctx.is_capital(k)))
    };
    let agent = |p: usize| !titled(p) && (!ctx.mentions_in(ctx.bytes(p..r.end)).is_empty() || (p + 1..r.end).any(|k| ctx.is_capital(k)));
    let end = adverbial.filter(|&p| !agent(p)).unwrap_or(r.end);
    // Nor what a work in marks is about (`un rapport de l'Insee [sur « Les
    // revenus des ménages »]`).
    let about = (r.start + 2..end.saturating_sub(2)).find(|&k| ctx.is(k, class::PREPOSITION) && !ctx.is(k, class::NOUN_LINK | class::DETERMINER) && is_mark(ctx.raw(k + 1)) && ctx.is_capital(k + 2));
    let end = about.unwrap_or(end);
    // Nor a past participle closing the phrase (`le rapport de la Cour des
    // comptes [publié en janvier]`).
    let participle = |k: usize| ctx.is_word(k) && !ctx.is_capital(k) && ctx.written_participle(k);
    // (After an article or a link it is a noun: `le président du comité`,
    // `l'agence régionale de santé`.)
    let end = (r.start + 3..end).find(|&k| participle(k) && !ctx.is(k - 1, class::AUX | class::NOUN_LINK | class::DETERMINER) && !agent(k)).unwrap_or(end);
    // Nor a gerund (`confie la maire [en saluant les bénévoles]`).
    let gerund = |k: usize| ctx.is_word(k) && !ctx.is_capital(k) && ctx.w(k).len() > 5 && ctx.lex().participle_endings.iter().any(|e| ctx.w(k).ends_with(e));
    let end = (r.start + 1..end).find(|&k| ctx.is(k, class::PREPOSITION) && gerund(k + 1) && !named(k)).unwrap_or(end);
    r.start..end
}

/// The part of phrase `r` that may name a speaker, fronted adverbials and
/// a cue before an inverted subject left out; none when what is left opens with an opener word, a verb or an
/// auxiliary, is a heading in capitals, or holds no word.
pub fn speaker_phrase(ctx: &Ctx, r: Range<usize>) -> Option<Range<usize>> {
    let mut r = subject_start(ctx, r.start, r.end)..r.end;
    // `Yet another said`, `though he said`: adverbs and subordinators
    // before the subject, with no comma.
    while r.len() > 1 && ctx.is(r.start, class::OPENER) && !ctx.is(r.start, class::PREPOSITION) {
        r.start += 1;
    }
    // `a indiqué John Kirby`: an inverted subject after its cue.
    if let Some(cue) = super::cues::verb_at(ctx, r.start).filter(|c| c.tokens.end < r.end && !c.inverted) {
        r.start = cue.tokens.end;
    }
    // `la direction de la SNCF mercredi soir`: a time ending the phrase is
    // no part of it (one inside is: `a Wednesday editorial`).
    if let Some(t) = (r.start + 1..r.end).find(|&k| ctx.date_at(k) && ctx.timex_end_at(k).is_some_and(|e| e >= r.end)) {
        r.end = t;
    }
    // Nor is one opening an inverted subject (`soufflait [mardi soir] un
    // retraité`), when words follow it.
    if let Some(e) = ctx.timex_end_at(r.start).filter(|&e| ctx.date_at(r.start) && e + 1 < r.end && ctx.is_word(e)) {
        r.start = e;
    }
    // `un député Renaissance [sous couvert d'anonymat]`: a preposition with
    // lower-case words after a name inside a description ends it (not `a
    // senator from Ohio`, `le directeur de Renault`, `a professor at the
    // University of Ohio`, `Six in 10`).
    let described = ctx.is(r.start, class::DETERMINER) && !ctx.is_capital(r.start);
    let cut = |k: usize| described && k > r.start + 1 && ctx.is_capital(k - 1) && ctx.is(k, class::PREPOSITION) && !ctx.is(k, class::NOUN_LINK) && !ctx.is_capital(k + 1) && !ctx.is_capital(k + 2);
    if let Some(p) = (r.start + 1..r.end).find(|&k| cut(k)) {
        r.end = p;
    }
    let f = r.start;
    // A word beyond articles and prepositions (not `the`; `another` is
    // one), or a share (`49%`, `Forty percent of respondents`).
    let article = |k: usize| ctx.is(k, class::DEFINITE | class::PREPOSITION) || (ctx.is(k, class::DETERMINER) && ctx.w(k).len() <= 2);
    let alnum = |k: usize| ctx.doc.tokens.get(k).is_some_and(|t| t.kind == crate::text::TokenKind::Alnum);
    let content = |k: usize| (ctx.is_word(k) || alnum(k)) && !article(k);
    let share = r.clone().any(|k| ctx.raw(k) == "%") && r.clone().any(|k| ctx.doc.tokens[k].kind == crate::text::TokenKind::Number);
    if r.is_empty() || !(r.clone().any(content) || share) {
        return None;
    }
    if ctx.is(f, class::PRONOUN | class::RELATIVE) {
        return Some(r);
    }
    let verb_like = ctx.is(f, class::AUX | class::COMPLEMENTIZER | class::NEGATION) || (ctx.is(f, class::VERB) && !ctx.is_capital(f));
    if !ctx.is(f, class::DETERMINER) && (opener_word(ctx, f) || verb_like) {
        return None;
    }
    let words = r.clone().filter(|&k| ctx.is_word(k)).count();
    let all_capitals = r.clone().filter(|&k| ctx.is_word(k)).all(|k| shouting(ctx, k));
    if all_capitals && (words >= 2 || heading(ctx, f)) {
        return None;
    }
    Some(r)
}

/// Tokens the noun phrase a relative pronoun stands for may take.
const MAX_ANTECEDENT: usize = 8;

/// The speaker of a cue whose subject is a relative pronoun right before
/// it (`Mike Lee, who declared`, `the report, which notes`, `a message
/// that said`): the pronoun's span, named after the noun phrase it stands
/// for.
pub fn relative_subject(ctx: &Ctx, lo: usize, cue_start: usize) -> Option<Speaker> {
    let mut r = cue_start;
    // (Adverbs, a reflexive or an object pronoun may stand between: `qui se
    // disait`, `qui lui avait rétorqué`.)
    while r > lo && (ctx.is_adverb(r - 1) || ctx.lex().reflexives.contains(&ctx.w(r - 1)) || ctx.is(r - 1, class::OBJECT_PRONOUN)) {
        r -= 1;
    }
    let rel = r.checked_sub(1).filter(|&k| k >= lo)?;
    if !(ctx.is(rel, class::RELATIVE) || ctx.lex().relative_complementizers.contains(&ctx.w(rel))) {
        return None;
    }
    let end = if rel > lo && ctx.raw(rel - 1) == "," { rel - 1 } else { rel };
    let mut start = end;
    while start > lo && end - start < MAX_ANTECEDENT {
        let k = start - 1;
        let part = ctx.is_word(k) || ctx.possessive_mark(k) || (ctx.raw(k) == "." && k > lo && ctx.is(k - 1, class::TITLE));
        // `aux réalisateurs du film, qui`, `the mayor of Springfield, who`:
        // past a complement's link, a role it completes heads the
        // antecedent (not any noun: `the mouth of Donald Trump, who`).
        let role = class::PERSON_ROLE | class::ORG_ROLE | class::SPEAKER_NOUN;
        // (Nor when the complement is a person: `this tweet from X, who`.)
        let person = |l: usize| {
            (l + 1..end).any(|j| ctx.is(j, class::PERSON_ROLE)) || ctx.mentions_in(ctx.bytes(l + 1..end)).iter().any(|m| m.kind == crate::types::EntityType::PER)
        };
        let completes = |l: usize| l > lo && ctx.is(l, class::NOUN_LINK) && ctx.is(l - 1, role) && !ctx.is_capital(l - 1) && !person(l);
        if part && completes(k) {
            start = k;
            continue;
        }
        if !part || ctx.is(k, class::PREPOSITION | class::AUX | class::COMPLEMENTIZER | class::SUBJECT_STOP) || verb_at(ctx, k).is_some() {
            break;
        }
        start = k;
        if ctx.is(k, class::DETERMINER) {
            if k > lo && completes(k - 1) {
                continue;
            }
            break;
        }
    }
    if start == end {
        return None;
    }
    // `Paul Roy, délégué CFDT, qui juge`: a role in apposition; the name
    // before it is whom the pronoun stands for.
    let mut candidates = vec![start..end];
    // (The role may have a complement the phrase stopped at: `Tom Reyes,
    // spokesman for the union, who said`.)
    let mut role = start;
    if role > lo && ctx.is(role - 1, class::PREPOSITION | class::NOUN_LINK) {
        let mut k = role - 1;
        while k > lo && role - k < MAX_ANTECEDENT && ctx.is_word(k - 1) {
            k -= 1;
        }
        role = k;
    }
    // (After its article: `X, le ministre du Budget, qui a déclaré`; any
    // noun after an article when a person is named before the comma: `X,
    // le successeur de Y, qui lui avait rétorqué`.)
    let article = ctx.is(role, class::DETERMINER);
    let head = if article { role + 1 } else { role };
    if role > lo + 1 && ctx.raw(role - 1) == "," && (ctx.is(head, class::PERSON_ROLE) || (article && !ctx.is_capital(head))) {
        let name_end = role - 1;
        let mut name_start = name_end;
        while name_start > lo && name_end - name_start < MAX_ANTECEDENT && (ctx.is_capital(name_start - 1) || ctx.raw(name_start - 1) == "-") {
            name_start -= 1;
        }
        let person = || ctx.mentions_in(ctx.bytes(name_start..name_end)).iter().any(|m| m.kind == crate::types::EntityType::PER);
        if name_start < name_end && (ctx.is(head, class::PERSON_ROLE) || person()) {
            candidates.insert(0, name_start..name_end);
        }
    }
    let mut s = super::speakers::resolve_best(ctx, &candidates)?;
    // A group described right there (`les responsables de l'association,
    // qui`) is no one named before: the pronoun's span would lose its number.
    if s.back.is_some() && !s.proper && s.span.as_ref().is_some_and(|b| (ctx.token_from(b.start)..ctx.token_from(b.end)).any(|k| ctx.plural_noun(k))) {
        s.back = None;
    }
    Some(Speaker { span: Some(ctx.bytes(rel..rel + 1)), ..s })
}

/// Tokens the main clause's subject may take after a participle's clause.
const MAIN_SUBJECT: usize = 4;

/// For a participle opening its sentence at token `cue` (`Estimant que …,
/// il vota`, `Saying that …, the senator voted`): the comma ending its
/// clause, outside quotation marks, and the subject of the main clause
/// after it — a pronoun, a determiner's phrase or a name, then a verb.
pub fn main_clause_after(ctx: &Ctx, cue: usize, hi: usize) -> Option<(usize, Range<usize>)> {
    let s = ctx.sentence(ctx.sentence_of(cue));
    if cue != ctx.after_coordinator(s.start) || !ctx.is(cue, class::PARTICIPLE) {
        return None;
    }
    let mut marks = 0;
    for k in cue + 1..hi.min(s.end) {
        if is_mark(ctx.raw(k)) && !ctx.possessive_mark(k) {
            marks += 1;
        }
        if ctx.raw(k) != "," || marks % 2 == 1 {
            continue;
        }
        let first = k + 1;
        // (A subject pronoun needs no verb the lists know: `il vota`.)
        if ctx.is(first, class::PRONOUN) && !ctx.is(first, class::DETERMINER | class::OBJECT_PRONOUN) {
            return Some((k, first..first + 1));
        }
        if !(ctx.is(first, class::DETERMINER) || ctx.is_capital(first)) {
            continue;
        }
        // (A verb the lists know, or a past tense by its ending where the
        // language has no auxiliary before it: `the senator voted`.)
        let verb = (first + 1..(first + 1 + MAIN_SUBJECT).min(s.end)).find(|&j| super::cues::has_verb(ctx, j..j + 1) || ctx.past_by_ending(j));
        if let Some(j) = verb.filter(|&j| (first..j).all(|w| ctx.is_word(w))) {
            return Some((k, first..j));
        }
    }
    None
}
