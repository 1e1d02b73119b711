//! Reported speech without marks: a speech or cognition cue and its content
//! clause. Forward: `X a affirmé que [C]`, `X a déclaré [avoir vu…]`, `X
//! said [the war…]`, `selon X, [C]`. Backward: `[C], a estimé X`, `[C], X
//! said`, `[C], selon X`. The clause ends at the sentence end or at an
//! interrupting attribution (`[A], selon X, [B]` gives two quotes).

use std::ops::Range;

use super::attribution::speaker_of;
use super::context::{is_mark, is_stop, Ctx};
use super::lexicon::{class, Entries};
use super::cues::{cue_at, has_verb, marker_at, negated, verb_at, Cue, CueKind};
use super::speakers::{aside_close, phrase_after, resolve, subject_before};
use super::Found;
use crate::types::QuoteKind;

/// How far after the cue the complementizer may sit (`a déclaré lundi à la presse que`).
const COMP_WINDOW: usize = 8;
/// Tokens of an aside between commas right after the cue, at most (`a
/// promis, tout au long de la campagne, que`).
const COMMA_ASIDE: usize = 8;
/// How many tokens may follow a backward cue and its speaker; after an
/// inverted cue the tail is the speaker's phrase, which may be longer (`a-t-on
/// appris auprès du service départemental d'incendie et de secours`).
const TAIL_WINDOW: usize = 10;
const INVERTED_TAIL: usize = 16;
const MIN_WORDS: usize = 3;
/// Tokens the holder of an opinion may take (`Pour le président de la
/// chambre d'agriculture, …`).
const OPINION_HOLDER: usize = 9;
/// Tokens between a cue and the question it reports (`au préfet`).
const ADDRESSEE: usize = 6;
/// Tokens an apposition between a subject and its verb may take.
const APPOSED: usize = 10;
/// Tokens an apposition after a source may take.
const APPOSED_SOURCE: usize = 16;
/// Tokens of a title in marks inside an apposition, at most.
const TITLE: usize = 10;
/// Tokens a relative clause after a source may take.
const RELATIVE_CLAUSE: usize = 10;
/// How many tokens a relative clause between commas after a source may
/// run (`selon les chercheurs, qui ont compté … entre 2002 et 2022, [C]`).
const APPOSED_RELATIVE: usize = 25;
/// How many coordinated content clauses one cue may have.
const MAX_CLAUSES: usize = 4;

/// Closed-class words, which open neither a stance nor a bare noun phrase.
const CLOSED: u64 = class::PREPOSITION | class::COMPLEMENTIZER | class::PRONOUN | class::AUX | class::ADVERB_START | class::NEGATION;

/// Every reported clause of the document. `masked[i]` is true for tokens
/// inside a direct quote, where no cue is looked for.
pub fn find(ctx: &Ctx, masked: &[bool]) -> Vec<Found> {
    let mut out = Vec::new();
    for s in 0..ctx.doc.sentence_tokens.len() {
        let r = ctx.sentence(s);
        let mut clause_lo = r.start;
        let mut k = r.start;
        while k < r.end {
            if masked.get(k).copied().unwrap_or(false) {
                let start = k;
                while k < r.end && masked.get(k).copied().unwrap_or(false) {
                    k += 1;
                }
                // Marked words inside a clause (`reste « très tendue » dans
                // le quartier, selon …`) leave it open; marked words
                // opening it are a quotation of their own, which ends it.
                let mut open = start;
                while open > clause_lo && is_mark(ctx.raw(open - 1)) {
                    open -= 1;
                }
                if !(open > clause_lo && ctx.is_word(open - 1)) {
                    clause_lo = k;
                }
                continue;
            }
            let Some(cue) = cue_at(ctx, k).or_else(|| opinion_at(ctx, k, r.clone())) else {
                k += 1;
                continue;
            };
            let before = out.len();
            match cue.kind {
                CueKind::Marker => marker(ctx, &cue, clause_lo, r.clone(), &mut out),
                CueKind::Verb => verb(ctx, &cue, clause_lo, r.clone(), &mut out),
            }
            if out.len() > before {
                clause_lo = out.last().map_or(k, |f: &Found| ctx.token_from(f.end));
            }
            k = cue.tokens.end.max(k + 1);
        }
    }
    out
}

/// `Pour lui, [C]`, `Pour le maire, [C]`, `Pour la CGT, [C]`: an opinion
/// marker opening the sentence, then a person or an organisation (a
/// pronoun, a role, a name) and a comma; not `Pour la première fois, …`.
fn opinion_at(ctx: &Ctx, k: usize, r: Range<usize>) -> Option<Cue> {
    if k != ctx.after_coordinator(r.start) || !ctx.lex().opinion_markers.contains(&ctx.w(k)) {
        return None;
    }
    let phrase = phrase_after(ctx, k + 1, r.end)?;
    if ctx.raw(phrase.end) != "," || phrase.len() > OPINION_HOLDER {
        return None;
    }
    let s = resolve(ctx, phrase.clone());
    let person = matches!(s.kind, Some(crate::types::EntityType::PER | crate::types::EntityType::ORG))
        || (s.proper && s.kind.is_none())
        || (phrase.len() == 1 && ctx.is(phrase.start, class::PRONOUN))
        || phrase.clone().any(|p| ctx.is(p, class::PERSON_ROLE | class::ORG_ROLE | class::SPEAKER_NOUN));
    person.then(|| Cue { tokens: k..k + 1, kind: CueKind::Marker, inverted: false, infinitive: false })
}

/// `selon X, [C]`, `[C], selon X`, `[A], selon X, [B]`.
fn marker(ctx: &Ctx, cue: &Cue, lo: usize, r: Range<usize>, out: &mut Vec<Found>) {
    let Some(mut phrase) = phrase_after(ctx, super::cues::source_start(ctx, cue), r.end) else { return };
    // `ils se limitent selon nous aux frontières …`: a pronoun is the whole
    // source; what follows it is the sentence's.
    if ctx.is(phrase.start, class::PRONOUN | class::OBJECT_PRONOUN) && !ctx.is(phrase.start, class::DETERMINER | class::TITLE) && !ctx.is_capital(phrase.start) {
        phrase.end = phrase.start + 1;
    }
    if ctx.is(phrase.start, class::RELATIVE) || ctx.w(phrase.start).starts_with("lesquel") || ctx.w(phrase.start).starts_with("laquel") {
        return;
    }
    let mut speaker = resolve(ctx, super::clause::without_adverbial(ctx, phrase.clone()));
    // `selon le psychiatre qui l'a examiné, [C]`: a relative clause after
    // the source runs to the comma before the content.
    if ctx.is(phrase.end, class::RELATIVE) {
        if let Some(c) = comma_within(ctx, phrase.end + 1, r.end, RELATIVE_CLAUSE) {
            phrase.end = c;
        }
    }
    // `d'après la directrice, Claire Morel, …`: a name between commas after
    // a role is the speaker, and the clause follows it; or the name ends
    // the sentence (`[C], selon le président du comité, Marc Delval.`).
    if !speaker.proper && ctx.raw(phrase.end) == "," {
        let closes = |n: &Range<usize>| ctx.raw(n.end) == "," || n.end + 1 >= r.end;
        if let Some(named) = phrase_after(ctx, phrase.end + 1, r.end).filter(closes) {
            let s = resolve(ctx, named.clone());
            // The name is all of the apposition, not the subject of the content.
            let whole = s.span.as_ref().is_some_and(|b| b.end == ctx.bytes(named.clone()).end);
            if s.proper && whole {
                speaker = s;
                phrase = named;
            }
        }
    }
    // `selon Gérard Roy, directeur de la SEM qui gère le port, [C]`, `pour X,
    // installé à Gargas, [C]`: an apposition by a role or a participle runs
    // to the comma before the content.
    // (After a name only, and with no verb of its own: `selon les
    // gendarmes, le conducteur n'aurait pas …, [C]` is the content.)
    if speaker.proper && ctx.raw(phrase.end) == "," && apposition_at(ctx, phrase.end + 1) {
        let comma = apposition_comma(ctx, phrase.end + 2, r.end);
        let relative = |c: usize| (phrase.end + 1..c).position(|k| ctx.is(k, class::RELATIVE)).map_or(c, |p| phrase.end + 1 + p);
        if let Some(c) = comma.filter(|&c| !has_verb(ctx, phrase.end + 1..relative(c))) {
            phrase.end = c;
        }
    }
    let rule = "indirect.marker";
    // (Not a fronted adverbial alone: `En mars 2011, selon X, …`.)
    let comma = cue.tokens.start.saturating_sub(1);
    let fronted = || super::clause::subject_start(ctx, lo, comma + 1) > comma && !has_verb(ctx, lo..comma);
    if cue.tokens.start > lo && ctx.raw(comma) == "," && !fronted() {
        push(ctx, out, lo..cue.tokens.start - 1, cue, Some(speaker.clone()), rule);
    }
    // `selon des proches, qui ont requis l'anonymat, [C]`: a relative
    // after the comma is the source's, and no content (`saute aux yeux
    // des visiteurs, qui restent`) when no comma closes it.
    if ctx.raw(phrase.end) == "," && ctx.is(phrase.end + 1, class::RELATIVE) {
        let Some(c) = comma_within(ctx, phrase.end + 2, r.end, APPOSED_RELATIVE) else { return };
        phrase.end = c;
    }
    if ctx.raw(phrase.end) == "," && phrase.end + 1 < r.end {
        let end = clause_end(ctx, phrase.end + 1, r.end);
        // (Words with no verb before a colon announcing the quotation are
        // the source's apposition: `Pour X, son président : « … »`.)
        if ctx.raw(end) == ":" && !has_verb(ctx, phrase.end + 1..end) {
            return;
        }
        push(ctx, out, phrase.end + 1..end, cue, Some(speaker), rule);
    }
}

/// The first comma from token `from`, within `n` tokens and before `hi`,
/// with no stop or quotation mark before it.
fn comma_within(ctx: &Ctx, from: usize, hi: usize, n: usize) -> Option<usize> {
    (from..hi.min(from + n)).take_while(|&k| !is_stop(ctx.raw(k)) && !is_mark(ctx.raw(k))).find(|&k| ctx.raw(k) == ",")
}

/// The comma closing an apposition starting at token `from`, within
/// [`APPOSED_SOURCE`] tokens besides a title in marks it may hold
/// (`autrice de « La Vigne à l'épreuve du climat »`).
fn apposition_comma(ctx: &Ctx, from: usize, hi: usize) -> Option<usize> {
    let mut k = from;
    let mut titles = 0;
    while k < hi && k < from + APPOSED_SOURCE + titles && !is_stop(ctx.raw(k)) {
        if is_mark(ctx.raw(k)) {
            let close = (k + 2..hi.min(k + TITLE + 2)).find(|&c| is_mark(ctx.raw(c)))?;
            if !ctx.is_capital(k + 1) || (k + 1..close).any(|c| is_stop(ctx.raw(c)) || ctx.raw(c) == ",") {
                return None;
            }
            titles += close + 1 - k;
            k = close + 1;
            continue;
        }
        if ctx.raw(k) == "," {
            return Some(k);
        }
        k += 1;
    }
    None
}

/// Whether an apposition opens at token `k`: a role, maybe after an
/// article (`directeur de …`, `le président du club`), or a past
/// participle (`installé à Gargas`).
fn apposition_at(ctx: &Ctx, k: usize) -> bool {
    let role = class::PERSON_ROLE | class::ORG_ROLE;
    let participle = ctx.is_word(k) && !ctx.is_capital(k) && ctx.written_participle(k);
    ctx.is(k, role) || (ctx.is(k, class::DETERMINER) && ctx.is(k + 1, role)) || participle
}

/// A verb cue: forward content first, else backward.
fn verb(ctx: &Ctx, cue: &Cue, lo: usize, r: Range<usize>, out: &mut Vec<Found>) {
    if negated(ctx, cue) {
        return;
    }
    if relative_object(ctx, cue, r.start) {
        return;
    }
    // `say adding salt is …`: a gerund right after a speech verb opens
    // that verb's clause; it is no cue of its own.
    let s = cue.tokens.start;
    if ctx.is(s, class::PARTICIPLE) && (s.saturating_sub(3)..s).any(|p| verb_at(ctx, p).is_some_and(|c| c.tokens.end == s)) {
        return;
    }
    if let Some((start, rule)) = content_start(ctx, cue, r.end) {
        // An inverted subject can only stand between the cue and its
        // complementizer (`a ajouté le ministre que …`), never in the clause.
        let inverted_hi = if start > cue.tokens.end && ctx.is(start - 1, class::COMPLEMENTIZER) { start - 1 } else { cue.tokens.end };
        let speaker = speaker_of(ctx, cue, r.start, inverted_hi);
        // `… que A et que B`: one clause each, one speaker (a few at most:
        // each cue's clauses stay linear on any input).
        let mut start = start;
        // (A participle opening the sentence: its clause ends before the main one.)
        let main = super::clause::main_clause_after(ctx, cue.tokens.start, r.end).map(|(comma, _)| comma);
        for _ in 0..MAX_CLAUSES {
            let end = clause_end(ctx, start, r.end);
            let end = main.filter(|&c| c > start && c < end).unwrap_or(end);
            push(ctx, out, start..end, cue, speaker.clone(), rule);
            if !(end + 2 < r.end && ctx.is(end, class::COORDINATOR) && ctx.is(end + 1, class::COMPLEMENTIZER)) {
                break;
            }
            start = end + 2;
        }
        return;
    }
    backward(ctx, cue, lo, r, out);
}

/// `[C], a estimé X.` / `[C], écrit le journal.` / `[C], X said.`
fn backward(ctx: &Ctx, cue: &Cue, lo: usize, r: Range<usize>, out: &mut Vec<Found>) {
    let subjects = subject_before(ctx, lo, cue.tokens.start);
    let subject = subjects.first().cloned();
    // `X, who …, praised the vote`: no inverted subject after such a verb.
    let inverted = cue.tokens.start > lo && ctx.raw(cue.tokens.start - 1) == ",";
    if inverted && ctx.lex().object_verbs.contains(&ctx.w(cue.tokens.end - 1)) {
        return;
    }
    let comme = cue.tokens.start >= lo + 3 && ctx.w(cue.tokens.start - 2) == "comme";
    // `l'a confirmé`: an anaphoric object, no clause before; `X, qui avait
    // alerté la gendarmerie`: a relative clause, no report.
    if !comme && cue.tokens.start > lo && ctx.is(cue.tokens.start - 1, class::ANAPHORA | class::RELATIVE) {
        return;
    }
    // `His opponent, Senator Ruth Carver, conceded …`: a short phrase and a
    // name between commas before the verb are its subject and apposition.
    // So are a name and the apposition after it (`En début de séance,
    // Jean Roy, conseiller municipal, a annoncé …`), with no verb in the
    // apposition.
    let named = |s: &Range<usize>| s.start > lo && ctx.raw(s.start - 1) == "," && s.start - 1 - lo <= 6 && ctx.is_capital(s.start);
    let apposed = |s: &Range<usize>| {
        ctx.raw(s.end) == ","
            && cue.tokens.start > s.end + 2
            && cue.tokens.start - s.end <= APPOSED
            && ctx.raw(cue.tokens.start - 1) == ","
            && !has_verb(ctx, s.end + 1..cue.tokens.start - 1)
    };
    let apposition = subject.as_ref().is_some_and(|s| s.end + 1 == cue.tokens.start && named(s)) || subjects.iter().any(|s| apposed(s) && named(s));
    if apposition {
        return;
    }
    // Object pronouns between the comma and the cue (`…, nous rapporte le
    // journal`): the subject is after the cue.
    let mut bare = cue.tokens.start;
    while bare > lo && ctx.is(bare - 1, class::OBJECT_PRONOUN) && !ctx.is(bare - 1, class::DETERMINER) {
        bare -= 1;
    }
    let comma = match &subject {
        _ if bare > lo && ctx.raw(bare - 1) == "," => bare - 1,
        // `, comme le souligne X`
        _ if cue.tokens.start >= lo + 3 && ctx.w(cue.tokens.start - 2) == "comme" && ctx.raw(cue.tokens.start - 3) == "," => {
            cue.tokens.start - 3
        }
        // (No preposition opens a subject: `…, Olivier Marchand, pour évoquer`.)
        Some(s) if s.start > lo && ctx.raw(s.start - 1) == "," && s.len() <= 6 && !ctx.is(s.start, class::PREPOSITION) => s.start - 1,
        _ => return,
    };
    // `Pendant l'audience, l'accusé a maintenu …`: the words before the
    // comma are a fronted adverbial, not a clause.
    if super::clause::subject_start(ctx, lo, comma + 1) > comma {
        return;
    }
    // After `comme` or object pronouns, the subject follows the cue (`…,
    // comme le souligne X`, `…, nous rapporte X`).
    let after = comme || comma + 1 == bare;
    // `Présent dans la salle, le préfet a salué les bénévoles`: a verb
    // after its subject with an object of its own reports no words before
    // it (unless told to someone: `…, Smith told the paper`; or a time:
    // `…, he said this week`).
    let e = cue.tokens.end;
    let object = e < r.end && ctx.is(e, class::DETERMINER) && !ctx.is(e, class::PREPOSITION) && ctx.timex_end_at(e).is_none();
    if !after && comma + 1 < cue.tokens.start && object && !ctx.lex().addressee_verbs.contains(&ctx.w(e - 1)) {
        return;
    }
    // `Les élus, qui avaient soutenu le projet, se sont félicités …`: a
    // relative clause between commas is the subject's apposition.
    let segment = (lo..comma).rev().take_while(|&k| !is_mark(ctx.raw(k))).find(|&k| ctx.raw(k) == ",");
    if !comme && segment.is_some_and(|c| ctx.is(c + 1, class::RELATIVE)) {
        return;
    }
    // The cue and its speaker end the sentence: `…, a estimé X.` (An
    // aside in brackets may be part of the speaker: `du service (SDIS) de
    // l'Isère`.)
    let mut tail_end = cue.tokens.end;
    let mut aside = 0;
    // (Or a clause coordinated right after a short subject and its cue
    // between commas: `…, he said, and she gripped his hands`; what the
    // coordinated clause says, report or story, is left out.)
    let short = subject.as_ref().is_some_and(|s| s.end == cue.tokens.start && s.len() <= 3 && (ctx.is(s.start, class::PRONOUN) || ctx.is_capital(s.start)));
    let coordinated = !after && short && ctx.raw(cue.tokens.end) == "," && ctx.is(cue.tokens.end + 1, class::COORDINATOR) && !ctx.lex().object_verbs.contains(&ctx.w(cue.tokens.end - 1));
    while !coordinated && tail_end < r.end && !(is_stop(ctx.raw(tail_end)) || is_mark(ctx.raw(tail_end))) {
        tail_end += 1;
        if let Some(close) = aside_close(ctx, tail_end, r.end) {
            aside += close + 1 - tail_end;
            tail_end = close + 1;
        }
    }
    let window = if cue.inverted { INVERTED_TAIL } else { TAIL_WINDOW };
    if tail_end - cue.tokens.end > window + aside || (tail_end + 1 < r.end && !coordinated) || ctx.is(cue.tokens.end, class::COMPLEMENTIZER) {
        return;
    }
    // A marked quote right before the comma is the direct quote's own
    // attribution; but words of the sentence before its opening mark make
    // a reported clause holding it (`Les habitants réclament « des
    // garanties », a expliqué X`), which the quotation cut out of `lo`.
    let mut lo = lo;
    if comma > lo && is_mark(ctx.raw(comma - 1)) {
        match clause_around_quote(ctx, r.start, comma - 1, out) {
            Some(start) => lo = start,
            None => return,
        }
    } else if lo < comma && is_mark(ctx.raw(lo)) {
        // Right after a quotation's closing mark, a subject before the cue
        // is that quotation's speaker (`"…," Graham, a former candidate,
        // told CBS`), not a clause; lower-case words go on with the clause
        // the quotation opens (`“…” that is blatantly sexist, Brock said`).
        // (Words end the quotation, not the comma of an attribution.)
        // So do words after a quotation inside the sentence (`Clinton
        // “drew well from …” in the primary, said Paul Beck`): the clause
        // starts where the sentence does, when no cue, stop or other
        // attribution stands before its opening mark.
        let goes_on = lo > 0 && ctx.is_word(lo - 1) && ctx.is_word(lo + 1) && !ctx.is_capital(lo + 1);
        if !goes_on {
            return;
        }
        if !is_mark(ctx.raw(r.start)) {
            match clause_holding_quotes(ctx, r.start, lo, out) {
                Some(start) => lo = start,
                None => return,
            }
        } else {
            lo = r.start;
        }
    }
    let speaker = if after { speaker_of(ctx, cue, cue.tokens.start, r.end) } else { subject.map(|s| resolve(ctx, s)) };
    // A verb's form with no one to say the words is none (`…, twitter et
    // autres réseaux`).
    if speaker.is_none() {
        return;
    }
    push(ctx, out, lo..comma, cue, speaker, "indirect.inverted_cue");
}

/// The start of a clause that opens before the quotation closed by the mark
/// at token `close`: the sentence's start or the end of the last clause
/// found in it, when at least two words stand before the opening mark.
fn clause_around_quote(ctx: &Ctx, sentence_start: usize, close: usize, out: &[Found]) -> Option<usize> {
    let open = (sentence_start..close).rev().find(|&k| is_mark(ctx.raw(k)))?;
    let start = out.last().map(|f| ctx.token_from(f.end)).filter(|&e| e > sentence_start).unwrap_or(sentence_start);
    let words = (start..open).filter(|&k| ctx.is_word(k)).count();
    // A cue of its own before the quotation (`X a qualifié le projet de
    // « … », a rapporté l'agence`) makes the quotation that cue's.
    let clean = (start..open).all(|k| !is_stop(ctx.raw(k)) && !is_mark(ctx.raw(k)) && cue_at(ctx, k).is_none());
    (words >= 2 && clean).then_some(start)
}

/// The start of a clause holding the quotations that close before token
/// `close`: the sentence's start or the end of the last clause found in
/// it, when words stand before the first opening mark and nothing between
/// that start and `close` is a cue or a clause's end outside the marks (a
/// dot inside the sentence is an abbreviation's: `Ms. Hale “…”`).
fn clause_holding_quotes(ctx: &Ctx, sentence_start: usize, close: usize, out: &[Found]) -> Option<usize> {
    let start = out.last().map(|f| ctx.token_from(f.end)).filter(|&e| e > sentence_start).unwrap_or(sentence_start);
    let first_mark = (start..close).find(|&k| is_mark(ctx.raw(k)))?;
    let words = (start..first_mark).filter(|&k| ctx.is_word(k)).count();
    let mut inside = false;
    for k in start..close {
        if is_mark(ctx.raw(k)) && !ctx.possessive_mark(k) {
            inside = !inside;
        } else if !inside && (matches!(ctx.raw(k), ";" | "?" | "!") || cue_at(ctx, k).is_some()) {
            return None;
        }
    }
    (words >= 1).then_some(start)
}

/// `ce que X dit faire`: the cue's object is a relative, not a report.
fn relative_object(ctx: &Ctx, cue: &Cue, lo: usize) -> bool {
    let Some(subject) = subject_before(ctx, lo, cue.tokens.start).first().cloned() else { return false };
    let from = subject.start.saturating_sub(3).max(lo);
    (from..subject.start).any(|k| ctx.entry_at(k, Entries::ObjectRelatives) == Some(subject.start))
}

/// Where the content clause starts after the cue, and the rule.
pub(super) fn content_start(ctx: &Ctx, cue: &Cue, hi: usize) -> Option<(usize, &'static str)> {
    let first = after_medium(ctx, cue.tokens.end, hi);
    let timed = after_time(ctx, first, hi);
    // Past a time expression first, unless it opens the clause itself (`say
    // this year's harvest …`); after `told`, a name is whom it was told to
    // (`told Parliament the …`) before it is a clause's subject.
    (timed > first)
        .then(|| content_from(ctx, cue, timed, hi))
        .flatten()
        .or_else(|| after_addressee(ctx, cue, first, hi))
        .or_else(|| content_from(ctx, cue, first, hi))
}

/// `said enrollment in band had doubled`, `said bodies of victims were`: a
/// noun and its short complement, no subject of a clause of its own among
/// them, before an auxiliary; not `said something the pundits are …`,
/// `states where polls were …`. (Folding makes `à` an auxiliary; its
/// accent says it is not one.)
fn noun_before_aux(ctx: &Ctx, first: usize, hi: usize) -> bool {
    let clause = class::RELATIVE | class::SUBJECT_STOP | class::DETERMINER | class::PRONOUN | class::COMPLEMENTIZER;
    let noun = |k: usize| ctx.is_word(k) && !ctx.is_capital(k) && !ctx.is(k, clause);
    !ctx.is(first, clause | class::OPENER | class::COORDINATOR | class::PARTICIPLE)
        && (first + 1..(first + 4).min(hi)).take_while(|&k| noun(k)).any(|k| ctx.is(k, class::FINITE) || (ctx.is(k, class::AUX) && ctx.raw(k) == ctx.w(k)))
}

/// `said in a statement the …`, `a indiqué dans un communiqué que …`: the
/// medium the words came in, after the cue, is no part of the clause.
fn after_medium(ctx: &Ctx, first: usize, hi: usize) -> usize {
    let mut k = first;
    if !ctx.is(k, class::PREPOSITION) || ctx.is(k, class::COMPLEMENTIZER) {
        return first;
    }
    k += 1;
    while k < hi && k < first + 3 && ctx.is(k, class::DETERMINER) {
        k += 1;
    }
    if k + 1 >= hi || !ctx.is(k, class::SPEECH_NOUN) {
        return first;
    }
    k + 1 + usize::from(ctx.raw(k + 1) == "," && k + 2 < hi)
}

/// `told reporters the …`, `told Parliament the …`: after a verb that takes
/// an addressee, a clause without `that` past the addressee (a name, or one
/// or two lower-case words such as `reporters`, `the court`).
fn after_addressee(ctx: &Ctx, cue: &Cue, first: usize, hi: usize) -> Option<(usize, &'static str)> {
    if first >= hi || !ctx.lex().addressee_verbs.contains(&ctx.w(cue.tokens.end - 1)) {
        return None;
    }
    let object = match super::names::run_at(ctx, first, hi) {
        Some(run) if run.start == first => run.end,
        _ if ctx.is(first, class::DETERMINER) && first + 1 < hi && ctx.is_word(first + 1) => first + 2,
        _ if ctx.is_word(first) && !ctx.is_capital(first) && !ctx.is(first, class::CLAUSE_STARTER) => first + 1,
        _ => return None,
    };
    // (And when: `told jurors on Wednesday she …`.)
    let object = after_time(ctx, object, hi);
    content_from(ctx, cue, object, hi).filter(|&(_, rule)| rule == "indirect.bare")
}

/// [`content_start`] with the clause looked for from token `first`.
fn content_from(ctx: &Ctx, cue: &Cue, first: usize, hi: usize) -> Option<(usize, &'static str)> {
    // `a promis, tout au long de la campagne, que …`: an aside between
    // commas before the complementizer.
    if first < hi && ctx.raw(first) == "," {
        let close = (first + 2..(first + COMMA_ASIDE + 2).min(hi)).find(|&k| ctx.raw(k) == ",");
        let plain = |c: usize| (first + 1..c).all(|k| !ctx.is_punct(k) && !ctx.is(k, class::AUX | class::COMPLEMENTIZER) && verb_at(ctx, k).is_none());
        if let Some(c) = close.filter(|&c| plain(c) && c + 2 < hi && ctx.is(c + 1, class::COMPLEMENTIZER)) {
            return Some((c + 2, "indirect.que"));
        }
    }
    for j in first..(first + COMP_WINDOW).min(hi) {
        let raw = ctx.raw(j);
        if ctx.is(j, class::COMPLEMENTIZER) {
            // `avant que`, `so that`: a conjunction, not a content clause.
            if j > first && ctx.lex().conjunction_heads.contains(&ctx.w(j - 1)) {
                break;
            }
            // `raconter l'histoire qu'ils ont découverte`: after the cue's
            // object, a relative; not after the person told (`prévenait sa
            // famille qu'elle …`).
            let verb = ctx.w(cue.tokens.end - 1);
            let object = j > first && ctx.is(first, class::DETERMINER) && !ctx.is(first, class::PREPOSITION);
            let stems = ctx.lex().person_object_stems;
            if object && !stems.is_empty() && !stems.iter().any(|s| verb.starts_with(s)) {
                break;
            }
            return Some((j + 1, "indirect.que"));
        }
        if is_stop(raw) || is_mark(raw) || raw == ":" || (j > first && verb_at(ctx, j).is_some()) {
            break;
        }
    }
    // A capitalised word is a name (`Claire`, `Pierre`), never an infinitive.
    // (It may follow a negation and its adverb, and object pronouns: `avoue
    // ne plus se souvenir`, `dit ne pas le connaître`.)
    // (An article is a pronoun only after a negation: not `confirmé la
    // fermeture`.)
    let mut verb = first;
    let negated = ctx.is(verb, class::NEGATION) && !ctx.is_capital(verb);
    if negated {
        verb += 2;
    }
    let pronoun = |k: usize| ctx.is(k, class::OBJECT_PRONOUN) && (negated || !ctx.is(k, class::DETERMINER));
    while verb < hi && verb < first + 4 && (pronoun(verb) || ctx.lex().reflexives.contains(&ctx.w(verb))) {
        verb += 1;
    }
    if cue.infinitive && verb < hi && ctx.is(verb, class::INFINITIVE) && !ctx.is_capital(verb) {
        return Some((first, "indirect.infinitive"));
    }
    let lex = ctx.lex();
    // `lui ont demandé s'il comptait …`, `asked whether …`: a reported question.
    let after = if first + 1 < hi { first + 1 } else { first };
    let question = |q: usize| lex.question_words.contains(&ctx.w(q)) && (!ctx.w(q).ends_with('\'') || ctx.is(q + 1, class::PRONOUN));
    if question(first) && (!ctx.w(first).ends_with('\'') || ctx.is(after, class::PRONOUN)) {
        return Some((first + 1, "indirect.question"));
    }
    if lex.question_heads.contains(&ctx.w(first)) && first + 2 < hi {
        return Some((first, "indirect.question"));
    }
    // `a demandé au préfet s'il …`, `asked the judge whether …`: past the
    // person asked, a phrase of a few words.
    if ctx.is(first, class::PREPOSITION | class::DETERMINER) || ctx.is_capital(first) {
        let asked = (first + 1..(first + ADDRESSEE).min(hi)).take_while(|&k| ctx.is_word(k) && verb_at(ctx, k).is_none()).find(|&k| question(k));
        if let Some(q) = asked.filter(|&q| q + 1 < hi) {
            return Some((q + 1, "indirect.question"));
        }
    }
    if reflexive_stance(ctx, cue, first) {
        return Some((first, "indirect.stance"));
    }
    // `said the plant would close`, `said Russia had …`; not `described the
    // plan as …`, nor `"…," said John Smith as he was leaving`.
    let inverted_position = cue.tokens.start > 0 && {
        let before = ctx.raw(cue.tokens.start - 1);
        before == "," || is_mark(before)
    };
    let name_first = ctx.is_capital(first) && !ctx.is(first, class::TITLE) && !lex.clause_starters.is_empty() && !inverted_position;
    // `said crews were working`, `said prices would rise`: a bare noun, maybe
    // with one modifier, right before a verb (or a short complement before
    // an auxiliary); not `said goodbye to the neighbours who were …`.
    // A verb taking an object reports no clause without `that` (`criticized
    // the plan adopted by …`); one taking an addressee does, past it.
    let objecting = lex.object_verbs.contains(&ctx.w(cue.tokens.end - 1)) && !lex.addressee_verbs.contains(&ctx.w(cue.tokens.end - 1));
    if objecting {
        return None;
    }
    let bare_noun = !inverted_position
        && ctx.is_word(first)
        && !ctx.is_capital(first)
        && !ctx.is(first, CLOSED)
        && ((first + 1..(first + 3).min(hi)).take_while(|&k| ctx.is_word(k)).any(|k| ctx.is(k, class::FINITE)) || noun_before_aux(ctx, first, hi));
    // `say adding salt is the simplest way`: a gerund opening the clause as
    // its subject, before a verb of its own.
    let gerund = !inverted_position && ctx.is(first, class::PARTICIPLE) && !ctx.is_capital(first) && has_finite_verb(ctx, first + 1, hi);
    if bare_noun || gerund {
        return Some((first, "indirect.bare"));
    }
    if (ctx.is(first, class::CLAUSE_STARTER) || name_first) && (!(ctx.is(first, class::DETERMINER) || name_first) || has_finite_verb(ctx, first + 1, hi)) {
        return Some((first, "indirect.bare"));
    }
    None
}

/// `said on Monday the …`, `said Tuesday it …`, `a déclaré lundi que …`: a
/// time expression (after its preposition) right after the cue says when,
/// and the clause starts after it (and after a comma closing it).
fn after_time(ctx: &Ctx, first: usize, hi: usize) -> usize {
    let at = if first + 1 < hi && ctx.is(first, class::PREPOSITION) { first + 1 } else { first };
    match ctx.timex_end_at(at).or_else(|| ctx.timex_end_at(first)) {
        Some(end) if end < hi && ctx.raw(end) == "," => end + usize::from(end + 1 < hi),
        // Not when a word is glued to it (`this year's harvest`).
        Some(end) if end < hi && ctx.doc.tokens[end].start > ctx.doc.tokens[end - 1].end => end,
        _ => first,
    }
}

/// `s'est dit prêt à …`, `se déclare favorable à …`: a reflexive speech verb
/// and the stance it reports, opened by a word of no closed class.
fn reflexive_stance(ctx: &Ctx, cue: &Cue, first: usize) -> bool {
    let lex = ctx.lex();
    let verb = ctx.w(cue.tokens.end - 1);
    let reflexive = |k: usize| lex.reflexives.contains(&ctx.w(k));
    let is_reflexive = reflexive(cue.tokens.start) || (cue.tokens.start > 0 && reflexive(cue.tokens.start - 1));
    is_reflexive && lex.reflexive_verbs.iter().any(|v| verb.starts_with(v)) && ctx.is_word(first) && !ctx.is_capital(first) && !ctx.is(first, CLOSED | class::DETERMINER)
}

/// Whether a finite verb follows soon after token `from`, before any
/// punctuation: what tells `said the plant would close` (a clause) from
/// `described the plan as …` (an object).
/// A verb in the past after the clause's first word counts too (`said the
/// plan failed`, not `said the embattled senator`).
fn has_finite_verb(ctx: &Ctx, from: usize, hi: usize) -> bool {
    let lex = ctx.look.lex;
    let past = |k: usize| k > from && ctx.past_by_ending(k);
    // (After a noun phrase's article, a verb after a relative is the
    // relative clause's: `conceded a penalty which the referee awarded`
    // reports nothing; `said the man who shot him was arrested` needs the
    // second. Not after a verb: `demanded to know which …`.)
    let noun_phrase = from > 0 && ctx.is(from - 1, class::DETERMINER);
    let mut relative = false;
    let mut verbs = 0;
    // (A possessive's mark is no punctuation: `said Mapes' level was`.)
    let open = |k: usize| (!ctx.is_punct(k) || ctx.possessive_mark(k)) && !is_mark(ctx.raw(k));
    for k in (from..(from + 8).min(hi)).take_while(|&k| open(k)) {
        if noun_phrase && verbs == 0 && (ctx.is(k, class::RELATIVE) || lex.relative_complementizers.contains(&ctx.w(k))) {
            relative = true;
        } else if ctx.is(k, class::FINITE) || past(k) {
            verbs += 1;
            if !relative || verbs == 2 {
                return true;
            }
        }
    }
    false
}

/// The end of a clause starting at `start`: the sentence end, or a comma
/// followed by an interrupting attribution (`, a-t-il ajouté`, `, selon X`).
fn clause_end(ctx: &Ctx, start: usize, hi: usize) -> usize {
    for j in start..hi {
        let raw = ctx.raw(j);
        // A colon announcing a quotation (`les pertes sont « … » : « … »`).
        if raw == ";" || (raw == ":" && is_mark(ctx.raw(j + 1))) {
            return j;
        }
        if raw == "," && interrupts(ctx, j + 1, hi) {
            return j;
        }
        // `… et que …`: a second reported clause; `… et s'est demandé si`,
        // `… and added`: a second cue of the speaker.
        if ctx.is(j, class::COORDINATOR) && (ctx.is(j + 1, class::COMPLEMENTIZER) || verb_at(ctx, j + 1).is_some()) {
            return j;
        }
    }
    hi
}

/// Whether an attribution starts at token `i` after a comma: a marker, a
/// verb cue (`a-t-il ajouté`), or a short subject and a verb cue (`et le
/// même homme est convaincu`, `un responsable suggérant`).
fn interrupts(ctx: &Ctx, mut i: usize, hi: usize) -> bool {
    if marker_at(ctx, i).is_some() || verb_at(ctx, i).is_some() {
        return true;
    }
    // (Object pronouns may come first: `…, nous rapporte le journal`.)
    let clitics = (i..(i + 2).min(hi)).take_while(|&k| ctx.is(k, class::OBJECT_PRONOUN) && !ctx.is(k, class::DETERMINER)).count();
    if clitics > 0 && verb_at(ctx, i + clitics).is_some() {
        return true;
    }
    if ctx.is(i, class::COORDINATOR) {
        i += 1;
        // `…, but said, “…”`: a second speech verb of the same subject.
        if verb_at(ctx, i).is_some() {
            return true;
        }
    }
    // `…, with one official adding …`: an absolute phrase with a cue of its own.
    if ctx.lex().absolute_prepositions.contains(&ctx.w(i)) {
        i += 1;
    }
    let starts_phrase = ctx.is_capital(i) || ctx.is(i, class::DETERMINER) || ctx.is(i, class::PRONOUN);
    if !starts_phrase {
        return false;
    }
    (i + 1..(i + 7).min(hi)).take_while(|&k| !ctx.is_punct(k)).any(|k| verb_at(ctx, k).is_some())
}

/// Adds the clause at tokens `r` when it holds enough words.
fn push(ctx: &Ctx, out: &mut Vec<Found>, r: Range<usize>, cue: &Cue, speaker: Option<super::speakers::Speaker>, rule: &'static str) {
    let words = r.clone().filter(|&k| ctx.is_word(k) || !ctx.is_punct(k)).count();
    if r.is_empty() || words < MIN_WORDS {
        return;
    }
    let Some((start, end)) = super::trim_content(ctx.text, ctx.bytes(r)) else { return };
    out.push(Found {
        start,
        end,
        kind: QuoteKind::Indirect,
        speaker,
        cue: Some(ctx.bytes(cue.tokens.clone())),
        rule,
        follows: None,
    });
}
