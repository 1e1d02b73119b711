//! Speakers: the phrase in the cue's subject or object slot, read as a
//! named entity (the entity stage's mention, else a capitalised run), a
//! pronoun or a role pointing back to someone named before (`il`, `le
//! porte-parole`), or a description kept as it is (`un responsable
//! américain`).

use std::ops::Range;

use super::context::{is_mark, is_stop, Ctx};
use super::lexicon::class;
use super::clause::{speaker_phrase, subject_start};
use super::names::run_at;
use crate::types::EntityType;

const MAX_PHRASE: usize = 12;
/// Tokens of an aside in brackets inside a phrase, at most.
const ASIDE: usize = 6;
/// Short appositions a chain before a cue may hold, and their length.
const APPOSITIONS: usize = 3;
const SHORT_APPOSITION: usize = 4;

/// Who a pronoun or a role points back to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Wanted {
    Person,
    Org,
    /// A place or state, or the institution speaking for it (`le pays`, `the regime`).
    Place,
}

/// A speaker: the name or description, and the span it rests on. `back`
/// asks for the name of someone met before byte `at` (filled in later from
/// the named speakers when no entity mention says).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Speaker {
    pub name: Option<String>,
    pub span: Option<Range<usize>>,
    pub back: Option<(Wanted, usize)>,
    /// Named by a proper name (not a description or a pronoun).
    pub proper: bool,
    /// The entity type, when an entity mention names the speaker.
    pub kind: Option<EntityType>,
}

/// Whether token `i` ends a phrase: punctuation (but a title's dot or an
/// inner hyphen), a quotation mark, a complementizer.
fn breaks(ctx: &Ctx, i: usize) -> bool {
    // Most tokens are words, numbers or past the end, none of which is
    // punctuation or a mark: only their classes can break (and they are
    // looked at first).
    if !ctx.is_punct(i) {
        return ctx.is(i, class::COMPLEMENTIZER | class::SUBJECT_STOP);
    }
    let raw = ctx.raw(i);
    // A title's dot before the name (`Mr. Ortega`), not a sentence's end
    // after a title word (`a répondu la présidente.`).
    if raw == "." && i > 0 && ctx.is(i - 1, class::TITLE) && ctx.is_capital(i + 1) && !ctx.newline_before(i + 1) {
        return false;
    }
    // The dot of an abbreviation inside the sentence (`Northwind Corp. said`).
    let inside = || i + 1 < ctx.sentence(ctx.sentence_of(i)).end && i + 1 < ctx.len() && !ctx.newline_before(i + 1);
    if raw == "." && i > 0 && ctx.is_word(i - 1) && ctx.doc.tokens[i - 1].end == ctx.doc.tokens[i].start && inside() {
        return false;
    }
    (ctx.is_punct(i) && !matches!(raw, "-" | "'" | "’" | "&" | "%"))
        || (is_mark(raw) && !ctx.possessive_mark(i))
        || is_stop(raw)
        || ctx.is(i, class::COMPLEMENTIZER)
        || ctx.is(i, class::SUBJECT_STOP)
}

/// Whether the phrase may go on from token `i` back to token `i - 1`.
fn joins_back(ctx: &Ctx, i: usize) -> bool {
    // `The Globe and Mail`: a coordinator between two capitalised words
    // inside the sentence joins one name.
    let named = || i >= 2 && ctx.is(i - 1, class::COORDINATOR) && ctx.is_capital(i) && ctx.is_capital(i - 2) && !ctx.opens_sentence(i - 2);
    (!breaks(ctx, i - 1) || named()) && !ctx.newline_before(i)
}

/// The phrase ending before token `end`, not before `lo`, at most `max` long.
fn phrase_before(ctx: &Ctx, lo: usize, end: usize, max: usize) -> Range<usize> {
    let mut start = end;
    while start > lo && end - start < max {
        if joins_back(ctx, start) {
            start -= 1;
            continue;
        }
        // A short aside in brackets inside the phrase (`député (UDF) du
        // Morbihan`, `des écoles publiques (SEP)`) is part of it.
        if ctx.raw(start - 1) != ")" || ctx.newline_before(start) {
            break;
        }
        let open = (lo.max(start.saturating_sub(ASIDE))..start - 1).rev().find(|&k| ctx.raw(k) == "(");
        match open.filter(|&o| o > lo && ctx.is_word(o - 1) && !ctx.newline_before(o)) {
            Some(open) => start = open,
            None => break,
        }
    }
    start..end
}

/// The subject phrases just before token `end`, not before token `lo`,
/// best first. An apposition between commas (`Kirby, porte-parole du
/// Conseil, a dit`, `Clark, qui dirige l'institut, a dit`) gives the phrase
/// inside the commas and the one before; object pronouns before the verb
/// are left out (`nous informe`).
pub fn subject_before(ctx: &Ctx, lo: usize, mut end: usize) -> Vec<Range<usize>> {
    // Object pronouns, adverbs, auxiliaries and modals right before the
    // verb: `X nous informe`, `X now said`, `X then told`, `he will tell`,
    // `X a pu affirmer`.
    while end > lo && (ctx.is(end - 1, class::OBJECT_PRONOUN | class::FINITE | class::AUX) || ctx.is_adverb(end - 1)) {
        end -= 1;
    }
    // `Prosecutors said he would tell`: a subject pronoun right before the
    // verb is all its subject.
    if end > lo + 1 && ctx.is(end - 1, class::PRONOUN) && !ctx.is(end - 1, class::DETERMINER | class::OBJECT_PRONOUN) && !breaks(ctx, end - 2) {
        return vec![end - 1..end];
    }
    // `Al Jazeera (chaîne qatarienne) signale`: skip the parenthesis.
    if end > lo && ctx.raw(end - 1) == ")" {
        if let Some(open) = (lo.max(end.saturating_sub(2 * MAX_PHRASE))..end - 1).rev().find(|&k| ctx.raw(k) == "(") {
            end = open;
        }
    }
    // `Jason Sims — a teacher from Mount Pleasant — says`: an apposition
    // between dashes; the phrase before it is the subject, then the
    // apposition.
    let dash = |k: usize| matches!(ctx.raw(k), "—" | "–");
    if end > lo + 2 && dash(end - 1) {
        let open = (lo.max(end.saturating_sub(2 * MAX_PHRASE))..end - 1).rev().take_while(|&k| !is_stop(ctx.raw(k)) && !is_mark(ctx.raw(k))).find(|&k| dash(k));
        if let Some(open) = open.filter(|&o| o > lo) {
            let outer = phrase_before(ctx, lo, open, MAX_PHRASE);
            let inner = phrase_before(ctx, open + 1, end - 1, 2 * MAX_PHRASE);
            if !outer.is_empty() {
                return [outer, inner].into_iter().filter(|r| !r.is_empty()).collect();
            }
        }
    }
    // `le groupe « Port Avenir » estime`: a short name in marks ends the
    // phrase, or is all of it.
    if let Some(open) = marked_name_before(ctx, lo, end) {
        let head = phrase_before(ctx, lo, open, MAX_PHRASE);
        // Alone, the name in marks is the subject (`« Le Progrès » a révélé`).
        return vec![if head.is_empty() { open + 1..end - 1 } else { head.start..end }];
    }
    let near = phrase_before(ctx, lo, end, MAX_PHRASE);
    if !near.is_empty() && !ctx.is(near.start, class::RELATIVE) {
        return vec![near];
    }
    let comma = if near.is_empty() { end } else { near.start };
    if comma <= lo || ctx.raw(comma - 1) != "," {
        return Vec::new();
    }
    let mut inner = phrase_before(ctx, lo, comma - 1, 2 * MAX_PHRASE);
    // `X, auteur d'un essai intitulé « Rendre la ville aux piétons », a
    // dit`: a short name in marks may end the apposition.
    if inner.is_empty() {
        if let Some(open) = marked_name_before(ctx, lo, comma - 1) {
            let head = phrase_before(ctx, lo, open, 2 * MAX_PHRASE);
            if !head.is_empty() {
                inner = head.start..comma - 1;
            }
        }
    }
    // `X, who has told aides he sees the issues as linked, said`: a relative
    // clause between commas, whatever its words, is an apposition.
    if near.is_empty() {
        let segment = (lo.max(comma.saturating_sub(2 * MAX_PHRASE))..comma - 1)
            .rev()
            .take_while(|&k| !is_stop(ctx.raw(k)) && !(is_mark(ctx.raw(k)) && !ctx.possessive_mark(k)))
            .find(|&k| ctx.raw(k) == ",");
        let relative = |k: usize| ctx.is(k, class::RELATIVE) || ctx.lex().object_relative_pronouns.contains(&ctx.w(k));
        if let Some(c) = segment.filter(|&c| relative(c + 1)) {
            inner = c + 1..comma - 1;
        }
        // `Une supportrice, écharpe verte et blanche au cou, confie`, `Un
        // voisin, cité comme témoin, a dit`: a coordinator or a conjunction
        // inside an apposition with no verb does not end it.
        let coordinated = inner.start > lo && ctx.is(inner.start - 1, class::COORDINATOR | class::SUBJECT_STOP);
        if let Some(c) = segment.filter(|&c| coordinated && c + 1 < inner.start && !super::cues::has_verb(ctx, c + 1..comma - 1)) {
            inner = c + 1..comma - 1;
        }
        // `X, a top operative who played a major role in … and is now
        // running …, said`: a described head and its relative clause, however long.
        if inner.is_empty() || !(inner.start > lo && ctx.raw(inner.start - 1) == ",") {
            let far = (lo.max(comma.saturating_sub(3 * MAX_PHRASE))..comma - 1)
                .rev()
                .take_while(|&k| !is_stop(ctx.raw(k)) && !is_mark(ctx.raw(k)))
                .find(|&k| ctx.raw(k) == ",");
            let headed = |c: usize| {
                let rel = (c + 2..(c + 1 + MAX_PHRASE).min(comma - 1)).find(|&k| ctx.is(k, class::RELATIVE));
                ctx.is(c + 1, class::DETERMINER) && rel.is_some_and(|r| phrase_before(ctx, c + 1, r, MAX_PHRASE).start == c + 1)
            };
            // (A name inside the description is its complement's: the
            // phrase before it comes first.)
            if let Some(c) = far.filter(|&c| headed(c)) {
                let outer = phrase_before(ctx, lo, c, MAX_PHRASE);
                if !outer.is_empty() {
                    return vec![outer, c + 1..comma - 1];
                }
            }
        }
    }
    // `La direction, elle, assure`: a pronoun between commas repeats the
    // subject before it.
    if near.is_empty() && inner.len() == 1 && ctx.is(inner.start, class::PRONOUN) && inner.start > lo && ctx.raw(inner.start - 1) == "," {
        let outer = phrase_before(ctx, lo, inner.start - 1, MAX_PHRASE);
        if !outer.is_empty() {
            return vec![outer];
        }
    }
    let mut out = Vec::new();
    let relative = !near.is_empty() || (!inner.is_empty()).then_some(inner.start).is_some_and(|k| ctx.is(k, class::RELATIVE) || !(ctx.is_capital(k) || ctx.is(k, class::DETERMINER)));
    if !relative && !inner.is_empty() {
        out.push(inner.clone());
    }
    if near.is_empty() && inner.start > lo && ctx.raw(inner.start - 1) == "," {
        let outer = phrase_before(ctx, lo, inner.start - 1, MAX_PHRASE);
        // `Cory James, 22, of Flint, Mich., said`: the phrase opening a
        // chain of short appositions names the speaker.
        let mut first = outer.clone();
        let mut chain = Vec::new();
        for _ in 0..APPOSITIONS {
            if first.is_empty() || first.len() > SHORT_APPOSITION || first.start <= lo || ctx.raw(first.start - 1) != "," {
                break;
            }
            let before = phrase_before(ctx, lo, first.start - 1, MAX_PHRASE);
            if before.is_empty() {
                break;
            }
            first = before;
            chain.push(first.clone());
        }
        if first != outer && !first.is_empty() {
            out.insert(0, first);
        }
        if !outer.is_empty() {
            out.push(outer);
        }
        // The phrases inside the chain come last (`Buteur de la tête, le
        // défenseur Loïc Haeffelin, 24 ans, boulanger, résume`: the name is
        // the second).
        chain.pop();
        out.extend(chain.into_iter().rev());
    } else if !near.is_empty() && !inner.is_empty() {
        out.push(inner.clone());
    }
    if relative && !inner.is_empty() && !out.contains(&inner) {
        out.push(inner);
    }
    out
}

/// Tokens of a name in marks inside a subject, at most.
const MARKED_NAME: usize = 5;

/// The opening mark of a short name in marks ending right before token
/// `end` (`« Port Avenir »`): words only, the first one capitalised.
fn marked_name_before(ctx: &Ctx, lo: usize, end: usize) -> Option<usize> {
    let close = end.checked_sub(1).filter(|&c| c > lo && is_mark(ctx.raw(c)) && !ctx.possessive_mark(c))?;
    let open = (lo.max(close.saturating_sub(MARKED_NAME + 1))..close).rev().find(|&k| is_mark(ctx.raw(k)))?;
    let words = open + 1..close;
    (!words.is_empty() && ctx.is_capital(open + 1) && words.clone().all(|k| ctx.is_word(k))).then_some(open)
}

/// The subject of a verb coordinated with an earlier one (`X a blâmé … et
/// a affirmé`): the phrase opening the clause (fronted adverbials left
/// out), up to its first verb, a finite one or one in the past included.
pub fn clause_subject(ctx: &Ctx, lo: usize, end: usize) -> Option<Range<usize>> {
    let lo = subject_start(ctx, lo, end);
    let verb = |k: usize| {
        // A word right after a determiner, or a role, is a noun (`le juge`).
        // A role that is also a speech verb, right after a role or a name,
        // is the verb (`Le maire [juge] que`, `Marie Roy [juge]`).
        let role_verb = || k > lo && ctx.is(k, class::VERB) && (ctx.is(k - 1, class::PERSON_ROLE | class::ORG_ROLE) || ctx.is_capital(k - 1));
        let noun = || (k > lo && ctx.is(k - 1, class::DETERMINER)) || (ctx.is(k, class::PERSON_ROLE | class::ORG_ROLE) && !role_verb());
        // A reflexive pronoun opens its verb (`le prévenu [s'est] contenté`).
        let reflexive = || ctx.is(k + 1, class::AUX) && ctx.lex().reflexives.contains(&ctx.w(k));
        // So does an object pronoun (`Une mère [nous] arrête`), not after a
        // preposition (`one of them`).
        let clitic = || k > lo && ctx.is(k, class::OBJECT_PRONOUN) && !ctx.is(k, class::DETERMINER | class::PREPOSITION) && !ctx.is(k - 1, class::PREPOSITION);
        // A negation opens its verb too (`le prévenu [n'a] pas varié`).
        let negation = || k > lo && ctx.is(k, class::NEGATION) && !ctx.is_capital(k);
        // A word no list names between a noun and an article, or an
        // opening quotation mark, is a verb (`Un rapport de la Cour
        // [apporte] la même conclusion`, `La chaîne [met] « … »`).
        let closed = class::DETERMINER | class::PREPOSITION | class::NOUN_LINK | class::COORDINATOR | class::COMPLEMENTIZER | class::RELATIVE | class::PRONOUN;
        let unlisted = || {
            k > lo + 1
                && ctx.is_word(k)
                && !ctx.is_capital(k)
                && !ctx.is(k, closed | class::ADVERB_START)
                && !ctx.is_adverb(k)
                && {
                    // (Past a particle: `His office [put] out a statement`.)
                    let d = if ctx.lex().slot_particles.contains(&ctx.w(k + 1)) { k + 2 } else { k + 1 };
                    // (Not an adjective between a role and a name: `Le
                    // quotidien [français] Le Figaro`.)
                    let named = ctx.is(k - 1, class::ORG_ROLE | class::PERSON_ROLE) && ctx.is_capital(d + 1);
                    (ctx.is(d, class::DETERMINER) && !ctx.is(d, class::PREPOSITION | class::NOUN_LINK) && !named) || (is_mark(ctx.raw(d)) && ctx.is_word(d + 1))
                }
                && ctx.is_word(k - 1)
                && !ctx.is(k - 1, closed)
        };
        reflexive()
            || clitic()
            || negation()
            || unlisted()
            || !noun()
            && (ctx.is(k, class::AUX | class::FINITE)
                || super::cues::verb_at(ctx, k).is_some()
                || (k > lo && !ctx.is_capital(k) && super::cues::slot_verb_at(ctx, k).is_some()))
    };
    let stop = (lo..end.min(lo + MAX_PHRASE + 1)).find(|&k| verb(k) || breaks(ctx, k))?;
    (stop > lo && stop - lo <= MAX_PHRASE).then_some(lo..stop)
}

/// The subject of the clause from token `lo` to `end` ([`clause_subject`])
/// and, when a comma follows it, the name in apposition after it (`Le
/// maire, Jacques Morel, est formel`), which names the speaker best.
pub fn subject_and_apposition(ctx: &Ctx, lo: usize, end: usize) -> Option<Vec<Range<usize>>> {
    let subject = clause_subject(ctx, lo, end)?;
    let mut candidates = vec![subject.clone()];
    candidates.extend(apposed_after(ctx, &subject, end));
    Some(candidates)
}

/// The phrase between commas right after phrase `r` (`[Le maire], [Jean
/// Roy], a dit`), not past token `end`.
pub fn apposed_after(ctx: &Ctx, r: &Range<usize>, end: usize) -> Option<Range<usize>> {
    (ctx.raw(r.end) == ",").then(|| phrase_after(ctx, r.end + 1, end).filter(|n| ctx.raw(n.end) == ",")).flatten()
}

/// The best speaker among the candidate phrases: the first one that names
/// someone, else the first description.
pub fn resolve_best(ctx: &Ctx, candidates: &[Range<usize>]) -> Option<Speaker> {
    let phrases: Vec<Range<usize>> = candidates.iter().filter_map(|r| speaker_phrase(ctx, r.clone())).collect();
    let all: Vec<Speaker> = phrases.iter().map(|r| resolve(ctx, r.clone())).collect();
    let best = all.iter().position(|s| s.proper).or_else(|| all.iter().position(|s| s.back.is_some())).unwrap_or(0);
    // `L'entourage du Premier ministre, Alain Roy, a dit`: the name after
    // the comma is the complement's (the minister's), not the head's.
    if let Some(desc) = phrases.get(best).and_then(|name| phrases.iter().position(|d| d.end + 1 == name.start && complement_named(ctx, d.clone()))) {
        return all.into_iter().nth(desc);
    }
    all.into_iter().nth(best)
}

/// Whether the description at tokens `r` has a head that is no person's
/// role and a complement that is one (`l'entourage du Premier ministre`,
/// `the family of the mayor`): a name in apposition after it is the
/// complement's.
fn complement_named(ctx: &Ctx, r: Range<usize>) -> bool {
    let head = r.start + 1;
    if r.len() < 3 || !ctx.is(r.start, class::DETERMINER) || ctx.is_capital(head) || ctx.is(head, class::PERSON_ROLE | class::TITLE) {
        return false;
    }
    let link = (head + 1..r.end).find(|&k| ctx.is(k, class::NOUN_LINK));
    link.is_some_and(|l| (l + 1..r.end.min(l + 4)).any(|k| ctx.is(k, class::PERSON_ROLE)))
}

/// The closing bracket of a short aside opening at token `open` (`(SDIS)`),
/// before token `hi`.
pub fn aside_close(ctx: &Ctx, open: usize, hi: usize) -> Option<usize> {
    (ctx.raw(open) == "(").then(|| (open + 1..hi.min(open + ASIDE)).find(|&k| ctx.raw(k) == ")")).flatten()
}

/// The phrase starting at token `start` (an inverted subject or a
/// source), to the next break, not past token `hi`.
pub fn phrase_after(ctx: &Ctx, start: usize, hi: usize) -> Option<Range<usize>> {
    let mut end = start;
    // Tokens of asides in brackets, which the length leaves out.
    let mut aside = 0;
    // `le service d'incendie et de secours`: a coordinated complement goes on.
    let goes_on = |k: usize| k > start && ctx.is(k, class::COORDINATOR) && ctx.is(k + 1, class::NOUN_LINK);
    loop {
        // (Words in marks, a title's, count as an aside: `un rapport sur «
        // Les revenus des ménages agricoles »`.)
        let mut titled = false;
        while end < hi && end - start < MAX_PHRASE + aside && (!breaks(ctx, end) || is_mark(ctx.raw(end)) || goes_on(end)) && !(end > start && ctx.newline_before(end)) {
            if is_mark(ctx.raw(end)) && !ctx.possessive_mark(end) {
                titled = !titled;
            }
            if titled {
                aside += 1;
            }
            end += 1;
        }
        // A short aside in brackets, and the complement after it (`le
        // service d'incendie (SDIS) de l'Isère`).
        if end == start || end >= hi {
            break;
        }
        let Some(close) = aside_close(ctx, end, hi) else { break };
        // It ends the phrase before a comma or a stop (`selon le Bureau des
        // vins (BIVB), …`); only a complement goes on after it.
        let ends = close + 1 < hi && matches!(ctx.raw(close + 1), "," | "." | ":" | ";");
        if close + 1 >= hi || !(ends || ctx.is(close + 1, class::NOUN_LINK)) {
            break;
        }
        aside += close + 1 - end;
        end = close + 1;
        if ends {
            break;
        }
    }
    // A phrase the length cut ends on a word, not on `de` or `l'`.
    while end > start + 1 && end - start >= MAX_PHRASE && ctx.is(end - 1, class::NOUN_LINK | class::DETERMINER) {
        end -= 1;
    }
    (end > start).then_some(start..end)
}

fn person_or_org(ctx: &Ctx, i: usize) -> Option<Wanted> {
    if ctx.is(i, class::PERSON_ROLE) {
        Some(Wanted::Person)
    } else if ctx.is(i, class::ORG_ROLE) {
        Some(Wanted::Org)
    } else if ctx.is(i, class::PLACE_ROLE) {
        Some(Wanted::Place)
    } else {
        None
    }
}

/// The speaker named or described by tokens `r`.
pub fn resolve(ctx: &Ctx, r: Range<usize>) -> Speaker {
    let bytes = ctx.bytes(r.clone());
    let first = r.start;
    if r.len() == 1 && ctx.is(first, class::PRONOUN) {
        return back(ctx, bytes, Wanted::Person);
    }
    if r.len() == 1 && ctx.lex().org_pronouns.contains(&ctx.w(first)) {
        return back(ctx, bytes, Wanted::Org);
    }
    // `À la préfecture, on indique que …`: the place a sentence opens with
    // speaks for its impersonal subject.
    if r.len() == 1 && ctx.lex().impersonal_pronouns.contains(&ctx.w(first)) {
        let s = ctx.sentence(ctx.sentence_of(first));
        if first > s.start + 2 && ctx.raw(first - 1) == "," && ctx.is(s.start, class::PREPOSITION) {
            if let Some(mut place) = super::clause::speaker_phrase(ctx, s.start + 1..first - 1) {
                // `Du côté de la majorité,`: the side's owner.
                if place.len() > 2 && ctx.lex().side_nouns.contains(&ctx.w(place.start)) && ctx.is(place.start + 1, class::NOUN_LINK) {
                    place.start += 2;
                }
                return resolve(ctx, place);
            }
        }
    }
    if let Some(m) = head_mention(ctx, r.clone()) {
        // A person's title before the name says what it is (`Dr. Helen Park`).
        let at = ctx.token_from(m.start);
        let titled = (at.saturating_sub(2)..at).any(|k| ctx.is(k, class::TITLE) && !ctx.is(k, class::PERSON_ROLE | class::ORG_ROLE));
        let kind = if titled { EntityType::PER } else { m.kind };
        let name = super::genders::titled_bearer(ctx, m).map_or_else(|| m.name.clone(), str::to_string);
        return Speaker { name: Some(name), span: Some(m.start..m.end), back: None, proper: true, kind: Some(kind) };
    }
    // `Le Dolois a jugé`: a people's name alone after a definite article,
    // which no entity took, is a person met before.
    if r.len() == 2 && ctx.is(first, class::DEFINITE) && ctx.is_capital(first + 1) && demonym(ctx, first + 1) {
        return back(ctx, bytes, Wanted::Person);
    }
    // A name, after any title or determiner: `M. Kirby`, `le président Poutine`.
    let mut head = first;
    while head < r.end && ctx.is(head, class::DETERMINER) {
        head += 1;
    }
    while head < r.end && (ctx.is(head, class::TITLE) || ctx.raw(head) == ".") {
        head += 1;
    }
    // A name qualifying the role after it is no name (`the Industry
    // Minister`), nor one owning the head (`Clinton's right-hand woman`).
    let qualifies_role = |run: &Range<usize>| run.end < r.end && (head_noun(ctx, run.end) || possessive(ctx, run.end));
    // After an indefinite determiner, one capitalised word describes (`one
    // Republican`, `a Democrat`).
    let described = head > first && !ctx.is(first, class::DEFINITE);
    // A role written in capitals is no name (`le DRH`).
    let role_word = |run: &Range<usize>| run.len() == 1 && ctx.is(run.start, class::PERSON_ROLE);
    if let Some(run) = run_at(ctx, head, r.end).filter(|run| run.start == head && !qualifies_role(run) && !(described && run.len() == 1) && !role_word(run)) {
        return Speaker { name: Some(ctx.names.fullest(ctx, run.clone())), span: Some(ctx.bytes(run)), back: None, proper: true, kind: None };
    }
    // A definite role: `le porte-parole`, `le journal`, `the spokesman`;
    // or a bare one after a preposition holding the article (`aux yeux
    // [du] maire`), named with that article when nobody stands for it.
    let contracted = first.checked_sub(1).and_then(|p| ctx.lex().contracted_articles.iter().find(|(w, _)| *w == ctx.w(p)));
    let implied = contracted.filter(|_| !ctx.is(first, class::DETERMINER) && !ctx.is_capital(first) && ctx.is(first, class::PERSON_ROLE));
    if ctx.is(first, class::DEFINITE) || implied.is_some() {
        let from = if implied.is_some() { first } else { first + 1 };
        let role = (from..r.end.min(from + 2)).find_map(|k| person_or_org(ctx, k).map(|w| (k, w)));
        // `le journal`, `le quotidien britannique` point back; `les
        // services de renseignement américains` describe.
        let role = role.filter(|&(_, w)| w == Wanted::Person || r.len() <= 3);
        if let Some((at, wanted)) = role {
            // `le ministre de l'Industrie`: a complement, not a name.
            // (`de` is a link and may be a determiner too: `de Lyon`, `de la région`.)
            let link = class::NOUN_LINK | class::PREPOSITION;
            let linked = |run: &Range<usize>| {
                let p = run.start - 1;
                ctx.is(p, link) || (ctx.is(p, class::DETERMINER) && p > first && ctx.is(p - 1, link))
            };
            if let Some(run) = super::names::last_run(ctx, at + 1..r.end).filter(|run| !linked(run)) {
                return Speaker { name: Some(ctx.names.fullest(ctx, run.clone())), span: Some(ctx.bytes(run)), back: None, proper: true, kind: None };
            }
            // (`le ministre de l'Intérieur Gérald Darmanin`.)
            if let Some(s) = bearer(ctx, bytes.clone(), at) {
                return s;
            }
            let mut s = back(ctx, bytes, wanted);
            if let (Some((_, article)), Some(name)) = (implied, s.name.as_mut()) {
                *name = format!("{article} {name}");
            }
            return s;
        }
    }
    // `Chairman of the Australian Centre for …`: a role with no article
    // and its complement describes someone; its names are the
    // complement's, and the description stays as written.
    // (A name ending the phrase right after the complement's own words
    // bears the role: `Secretary of State John Kerry`.)
    if ctx.is(first, class::PERSON_ROLE) && ctx.is(first + 1, class::NOUN_LINK | class::PREPOSITION) && r.len() > 2 {
        if let Some(s) = bearer(ctx, bytes.clone(), first) {
            return s;
        }
        return Speaker { name: Some(ctx.text[bytes.clone()].to_string()), span: Some(bytes), back: None, proper: false, kind: None };
    }
    let description = ctx.is(first, class::DETERMINER) || !ctx.is_capital(first);
    if !description {
        if let Some(run) = super::names::last_run(ctx, r.clone()).filter(|run| !qualifies_role(run)) {
            return Speaker { name: Some(ctx.names.fullest(ctx, run.clone())), span: Some(ctx.bytes(run)), back: None, proper: true, kind: None };
        }
    }
    Speaker { name: Some(ctx.text[bytes.clone()].to_string()), span: Some(bytes), back: None, proper: false, kind: None }
}

/// The person named at the end of bytes `bytes` right after the
/// capitalised words of a role's complement, the role at token `role`
/// (`Secretary of State [John Kerry]`, `le ministre de l'Intérieur [Gérald
/// Darmanin]`): the role's bearer.
fn bearer(ctx: &Ctx, bytes: Range<usize>, role: usize) -> Option<Speaker> {
    let m = ctx.mentions_in(bytes.clone()).iter().rfind(|m| {
        let at = ctx.token_from(m.start);
        m.kind == EntityType::PER && m.end == bytes.end && at > role + 2 && ctx.is_capital(at - 1) && !ctx.is(at - 1, class::PERSON_ROLE | class::TITLE)
    })?;
    Some(Speaker { name: Some(m.name.clone()), span: Some(m.start..m.end), back: None, proper: true, kind: Some(EntityType::PER) })
}

/// The entity mention heading the phrase at tokens `r`: the first one
/// inside it with no preposition or organisation noun before it in the
/// phrase (`le président russe [Vladimir Poutine]`, not `le porte-parole du
/// [Conseil]`, `l'administration [Biden]` or `des rapports d'[Ukraine]`).
fn head_mention<'m>(ctx: &Ctx<'m>, r: Range<usize>) -> Option<&'m crate::types::Mention> {
    let bytes = ctx.bytes(r.clone());
    let kinds = [EntityType::PER, EntityType::ORG, EntityType::LOC];
    let blocking = class::PREPOSITION | class::NOUN_LINK | class::ORG_ROLE | class::PLACE_ROLE;
    let mut k = r.start;
    for m in ctx.mentions_in(bytes.clone()).iter().filter(|m| m.end <= bytes.end && kinds.contains(&m.kind)) {
        let at = ctx.token_from(m.start);
        // `un député [Renaissance]`: after an indefinite article and a
        // person's role, an organisation or a place qualifies the role,
        // which describes someone.
        if m.kind != EntityType::PER && at >= r.start + 2 && ctx.is(at - 1, class::PERSON_ROLE) && ctx.is(at - 2, class::DETERMINER) && !ctx.is(at - 2, class::DEFINITE) {
            continue;
        }
        // Right after a person's role or title, the name is the role's
        // bearer (`board chairman [Alan Reyes]`): only a preposition or
        // punctuation before it still says it is a complement.
        // So is an organisation right after an organisation noun (`the
        // firm [Castelmer]`; not `l'administration [Biden]`).
        // So is a person right after a possessive (`The Post's Dana Milbank`).
        // (The noun may have its adjective after it: `le quotidien régional
        // [L'Écho du Val]`.)
        let org_noun = |k: usize| ctx.is(k, class::ORG_ROLE) || (k > r.start && !ctx.is_capital(k) && ctx.is_word(k) && !ctx.is(k, class::PREPOSITION | class::NOUN_LINK | class::DETERMINER) && ctx.is(k - 1, class::ORG_ROLE));
        let apposed = at > r.start
            && (ctx.is(at - 1, class::PERSON_ROLE | class::TITLE)
                || (m.kind == EntityType::ORG && (org_noun(at - 1) || (at - 1 > r.start && ctx.is(at - 1, class::DETERMINER) && org_noun(at - 2))))
                || (m.kind == EntityType::PER && possessive(ctx, at - 1)));
        let blocking = if apposed { class::PREPOSITION | class::NOUN_LINK } else { blocking };
        while k < at {
            if ctx.is(k, blocking) || (ctx.is_punct(k) && ctx.raw(k) != ".") {
                // `Ambassador to the United States Hamdullah Mohib`: a
                // person right after the complement bears the role.
                let after = ctx.token_from(m.end);
                return ctx.mentions_in(m.end..bytes.end).iter().find(|p| p.kind == EntityType::PER && p.end <= bytes.end && ctx.token_from(p.start) == after);
            }
            k += 1;
        }
        // `the Industry Minister`, `le Kremlin porte-parole`: the name
        // qualifies the role after it, which is the head; so does a name
        // inside a compound word (`the Boston-based firm`).
        let after = ctx.token_from(m.end);
        if after > 0 && ctx.doc.tokens[after - 1].end != m.end {
            continue;
        }
        // So does a name before an organisation's noun (`the Associated
        // Press report`).
        if after < r.end && (head_noun(ctx, after) || possessive(ctx, after)) {
            continue;
        }
        // `House Republican Thomas Massie`, `Fox host Ann Lee`: a person
        // named after an organisation or place with only words between is
        // the head, the name before qualifies them.
        if m.kind != EntityType::PER {
            let person = ctx.mentions_in(m.end..bytes.end).iter().find(|p| p.kind == EntityType::PER && p.end <= bytes.end).filter(|p| {
                (after..ctx.token_from(p.start)).all(|k| ctx.is_word(k) && !ctx.is(k, class::PREPOSITION | class::NOUN_LINK | class::VERB))
            });
            if let Some(p) = person {
                return Some(p);
            }
        }
        return Some(m);
    }
    None
}

/// Whether the speaker is someone who can speak: a person or an
/// organisation by name, a pronoun, or a description with a role (`the
/// report`, `un porte-parole`); not `The timing of the surge`.
pub fn is_agent(ctx: &Ctx, s: &Speaker) -> bool {
    let named = matches!(s.kind, Some(EntityType::PER | EntityType::ORG)) || (s.proper && s.kind.is_none()) || s.back.is_some();
    let nouns = ctx.lex().speaker_nouns;
    let role = |k: usize| ctx.is(k, class::PERSON_ROLE | class::ORG_ROLE) || nouns.contains(&ctx.w(k));
    named || s.span.as_ref().is_some_and(|b| (ctx.token_from(b.start)..ctx.token_from(b.end)).any(role))
}

/// Whether token `i` is a noun a name before it qualifies (`the Industry
/// Minister`, `the Associated Press report`).
fn head_noun(ctx: &Ctx, i: usize) -> bool {
    ctx.is(i, class::PERSON_ROLE | class::TITLE | class::ORG_ROLE | class::SPEAKER_NOUN)
}

/// Whether token `i` is a people's name (`Dolois`) no entity mention holds.
fn demonym(ctx: &Ctx, i: usize) -> bool {
    let w = ctx.w(i);
    let named = !ctx.mentions_in(ctx.bytes(i..i + 1)).is_empty();
    !named && w.len() > 4 && ctx.lex().demonym_endings.iter().any(|e| w.ends_with(e))
}

/// Whether token `i` is a possessive ending (`'s`, `’s`, a bare `’`).
fn possessive(ctx: &Ctx, i: usize) -> bool {
    matches!(ctx.w(i), "'s" | "'" | "’s" | "’")
}

/// A pronoun or role pointing back, named later by [`super::antecedents`].
fn back(ctx: &Ctx, span: Range<usize>, wanted: Wanted) -> Speaker {
    let at = span.start;
    Speaker { name: Some(ctx.text[span.clone()].to_string()), span: Some(span), back: Some((wanted, at)), proper: false, kind: None }
}
