//! Which marked spans are quotations, and whose: a marked span with a cue
//! around it, inside a reported clause (a partial quote), or opening the
//! paragraph after another quote (a continuation) is a quote; a long marked
//! passage is one even without a cue; a short marked phrase with none of
//! these is a scare quote, a title or a nickname, and is left out, and so
//! is a title inside a noun phrase. A quote with no cue of its own takes the
//! subject of its sentence when that can speak, else the person the
//! sentence before names, else the speaker of the quote it continues.

use super::attribution::{after, before};
use super::context::{is_mark, is_stop, Ctx};
use super::cues::cue_at;
use super::lexicon::class;
use super::marks::Marked;
use super::Found;
use crate::types::{EntityType, QuoteKind};

/// Words a marked span needs to count as a quote with no cue around it.
const LONG: usize = 6;

/// Words of a quotation opening its sentence that continues the one before.
const SENTENCE_WORDS: usize = 4;

/// Words of a title in marks, at most.
const TITLE_WORDS: usize = 8;
/// Words of a title or name in marks after words that name it (`sur le
/// thème de « … »`), at most.
const NAMED_WORDS: usize = 14;
/// Words of a name in marks written in sentence case, at most.
const SENTENCE_CASE_WORDS: usize = 4;

/// Words of a short marked phrase, which needs its cue right before it.
const SHORT: usize = 3;
/// Tokens between a cue before a quote and its opening mark beyond which
/// a cue right after the quote comes first.
const FAR: usize = 3;
/// Tokens between the two parts of a quote its cue interrupts, at most.
const INTERRUPTION: usize = 16;

/// A short marked phrase is a quote only with a speech verb right before
/// it (`a qualifié de « … »`, `said: "…"`), or before an adverbial and
/// the determiner of its object (`a dénoncé dans un communiqué une « … »`),
/// or right after it; a source marker before it names a source (`selon le
/// « Times »`).
fn close_enough(ctx: &Ctx, a: &super::attribution::Attribution, o: usize) -> bool {
    match &a.cue {
        Some(c) if c.tokens.end <= o => c.kind == super::cues::CueKind::Verb && (o - c.tokens.end <= 3 || adverbial_object(ctx, c.tokens.end, o)),
        Some(_) => true,
        None => false,
    }
}

/// Tokens an adverbial between a verb and its object may take, at most.
const ADVERBIAL: usize = 12;

/// Whether tokens `from..o` are an adverbial then a determiner: a
/// preposition first, no verb, no punctuation.
fn adverbial_object(ctx: &Ctx, from: usize, o: usize) -> bool {
    let between = from..o - 1;
    between.len() <= ADVERBIAL
        && ctx.is(from, class::PREPOSITION)
        && ctx.is(o - 1, class::DETERMINER)
        && between.clone().all(|k| ctx.is_word(k) && !ctx.is(k, class::AUX | class::FINITE) && super::cues::verb_at(ctx, k).is_none())
}

/// A naming verb (`called`, `dubbed`) reports words only with its object
/// between it and the marks (`called the plan "reckless"`), not
/// when it names a thing (`a village called "Hope"`, `un lieu qualifié de
/// « paradis »`).
fn naming_fits(ctx: &Ctx, a: &super::attribution::Attribution, o: usize) -> bool {
    let Some(c) = &a.cue else { return true };
    let naming = ctx.lex().naming_verbs.contains(&ctx.w(c.tokens.end - 1));
    let object = (c.tokens.end..o).any(|k| !ctx.is(k, class::PREPOSITION | class::NOUN_LINK));
    !naming || object
}

/// The direct quotes among the marked spans. `indirect` is sorted.
pub fn find(ctx: &Ctx, marked: &[Marked], indirect: &[Found]) -> Vec<Found> {
    let mut out: Vec<Found> = Vec::new();
    let mut last_para: Option<(usize, usize)> = None; // (paragraph, index in out)
    let holders = Holders::new(indirect);
    // The last quote kept with a speech act: its closing token and index.
    let mut last_attributed: Option<(usize, usize)> = None;
    for m in marked {
        if ctx.text[m.start..m.end].starts_with('#') {
            continue;
        }
        let o = ctx.token_from(m.open);
        if title_like(ctx, m, o) {
            continue;
        }
        let words = (ctx.token_from(m.start)..ctx.token_from(m.end)).filter(|&k| ctx.is_word(k) && !ctx.w(k).ends_with('\'')).count();
        let para = ctx.doc.paragraph_at(m.open).unwrap_or(0);
        // The attribution nearest the quote's start is the innermost one:
        // `X a qualifié … de « … », rapporte l'AFP` is X's.
        let after = || if m.closed { after(ctx, ctx.token_from(m.close)) } else { None };
        // A cue no list names before the quote (`X seemed irritated: "…,"
        // she wrote`) also yields to a speech verb after it.
        let listed = |b: &super::attribution::Attribution| {
            b.cue.as_ref().is_some_and(|c| c.kind == super::cues::CueKind::Marker || super::cues::verb_at(ctx, c.tokens.start).is_some())
        };
        // A cue well before the quote, its words then running on
        // (`Clinton suggested that the plan was unserious - "Again, …," she
        // said -`), yields to one right after words that end with a comma
        // inside the marks, the cue's slot.
        let far = |b: &super::attribution::Attribution| b.cue.as_ref().is_some_and(|c| c.tokens.end + FAR < o);
        let slot = || {
            let words = ctx.text[m.start..m.end].trim();
            (words.starts_with(char::is_uppercase) || (o > 0 && ctx.raw(o - 1) == ",")) && words.ends_with(',')
        };
        // (Its subject or its verb right after the marks: not `"…," when X
        // blasted him`, `"…," stating …`.)
        let own_after = || {
            let j = ctx.token_from(m.close);
            let k = j + usize::from(ctx.raw(j) == ",");
            let plain = !ctx.is(k, class::PREPOSITION | class::SUBJECT_STOP | class::OPENER | class::PARTICIPLE);
            after().filter(|a| plain && a.rule == "quote.after_cue" && a.speaker.is_some() && listed(a))
        };
        let before = before(ctx, o);
        let yielding = before.as_ref().is_some_and(|b| far(b) && slot());
        let attribution = match (before, yielding.then(own_after).flatten()) {
            (_, Some(a)) => Some(a),
            // A bare colon (`FULL TEXT: "…," the mayor wrote`) yields to a cue after.
            (Some(b), None) if b.speaker.is_some() && b.rule != "quote.colon" && listed(&b) => Some(b),
            (b, None) => after().filter(|a| a.speaker.is_some()).or(b),
        };
        let nested = holders.first(m.start, m.end);
        // A cue inside the reported clause holding the quote is part of
        // what is reported (`Elle estime que la mairie aurait dû alerter
        // les habitants « dès les premiers cas »`): the clause's speaker
        // says the quoted words, unless the inner cue has a named subject of
        // its own (`X said that Smith told him "…"`).
        let inside = |a: &super::attribution::Attribution| {
            let cue = a.cue.as_ref().map(|c| ctx.bytes(c.tokens.clone()));
            // (A capitalised subject with no article names someone too:
            // `Kemp called the plan “…”`, opening its sentence.)
            let capitalised = |b: &std::ops::Range<usize>| {
                let r = ctx.token_from(b.start)..ctx.token_from(b.end);
                !r.is_empty() && r.clone().all(|k| ctx.is_capital(k) && !ctx.is(k, class::DETERMINER | class::PRONOUN))
            };
            let own_name = a.speaker.as_ref().is_some_and(|s| s.proper || (s.back.is_none() && s.span.as_ref().is_some_and(capitalised)));
            // (Or between the clause's own cue and the clause, in its
            // source's relative: `Pour X, qui a soutenu …, [C « … »]`.)
            let from = |q: &Found| q.cue.as_ref().filter(|qc| qc.end <= q.start).map_or(q.start, |qc| qc.end);
            !own_name && nested.is_some_and(|q| q.speaker.is_some() && cue.is_some_and(|c| from(q) <= c.start && c.end <= m.start))
        };
        let attribution = attribution.filter(|a| (words > SHORT || close_enough(ctx, a, o)) && naming_fits(ctx, a, o) && !inside(a));
        let opens_paragraph = ctx.doc.paragraphs.get(para).is_some_and(|p| p.start == m.open);
        // A continuation: the quote reopening the next paragraph, or a whole
        // sentence in marks later in the same paragraph (`"…," she said.
        // "Safety first."`), or words in marks opening the sentence after
        // the attribution (`"…," he added. "… in the debate that …"`).
        // (Or after an opener and its comma: `"…," Trump said. Instead, "he
        // just acts …"`.)
        let opener_led = o >= 2 && ctx.raw(o - 1) == "," && ctx.opens_sentence(o - 2) && ctx.is(o - 2, class::OPENER) && ctx.is_capital(o - 2);
        let sentence = looks_like_sentence(&ctx.text[m.start..m.end]) || (words >= SENTENCE_WORDS && (ctx.opens_sentence(o + 1) || opener_led));
        let follows = last_para.filter(|&(p, _)| (opens_paragraph && p + 1 == para) || (p == para && sentence)).map(|(_, i)| i);
        let mut found = Found {
            start: m.start,
            end: m.end,
            kind: QuoteKind::Direct,
            speaker: None,
            cue: None,
            rule: "",
            follows: None,
        };
        if let Some(a) = attribution {
            // A cue with no speaker of its own right after another quote of
            // the sentence (`“…,” she said, adding, “…”`) is that quote's.
            // So is a participle opening the sentence after it (`…
            // “wasn’t good.” Adding, “Now, …”`), in its paragraph.
            let opening = a.cue.as_ref().is_some_and(|c| c.tokens.len() == 1 && ctx.opens_sentence(c.tokens.start) && ctx.is(c.tokens.start, class::PARTICIPLE));
            let near = |p: &&Found| {
                let at = ctx.token_from(p.end);
                ctx.sentence_of(at) == ctx.sentence_of(o) || (opening && ctx.paragraph_tokens(at) == ctx.paragraph_tokens(o))
            };
            let previous = out.last().filter(near).and_then(|p| p.speaker.clone());
            // The cue of the reported clause holding the quote speaks for
            // it with the clause's speaker (`X added that, based on what he
            // has seen, Y "…"`).
            let cue = a.cue.as_ref().map(|c| ctx.bytes(c.tokens.clone()));
            let clause = nested.filter(|q| q.cue.is_some() && q.cue == cue).and_then(|q| q.speaker.clone());
            found.speaker = clause.or(a.speaker).or(previous);
            found.cue = a.cue.map(|c| ctx.bytes(c.tokens));
            found.rule = a.rule;
        } else if let Some(q) = nested {
            found.speaker = q.speaker.clone();
            found.cue = q.cue.clone();
            found.rule = "quote.nested";
        } else if let Some(i) = last_attributed.filter(|&(close, i)| interrupted(ctx, close, o, out[i].cue.clone())).map(|(_, i)| i) {
            // `« … », lâche le technicien, « … »`: the words the cue
            // interrupts go on after it.
            found.speaker = out[i].speaker.clone();
            found.cue = out[i].cue.clone();
            found.rule = "quote.interrupted";
        } else if let Some(i) = last_attributed.filter(|&(close, _)| coordinated(ctx, close, o)).map(|(_, i)| i) {
            found.speaker = out[i].speaker.clone();
            found.cue = out[i].cue.clone();
            found.rule = "quote.coordinated";
        } else if let Some(s) = (words >= LONG).then(|| clause_speaker(ctx, o)).flatten() {
            // Quoted words inside a sentence with no cue of its own: its
            // subject's (`He vowed that “…”`, `Cruz is praising Bush as “…”`).
            found.speaker = Some(s);
            found.rule = "quote.clause_subject";
        } else if let Some(s) = (follows.is_some() || words >= LONG).then(|| introduced(ctx, o)).flatten() {
            // A person named in the sentence before, which holds no
            // quotation, speaks rather than the quote before (`Kelly was
            // relentless. “Does that …?”`).
            found.speaker = Some(s);
            found.rule = "quote.introduced";
        } else if let Some(i) = follows {
            found.follows = Some(i);
            found.rule = "quote.continuation";
        } else if words >= LONG {
            found.rule = "quote.unattributed";
        } else if words >= 2 && after_colon(ctx, m, o) {
            // `La situation est claire : « … »`: words a colon announces
            // are said, by the sentence's subject when it can speak.
            found.speaker = clause_speaker(ctx, o);
            found.rule = "quote.after_colon";
        } else {
            continue;
        }
        last_para = Some((ctx.doc.paragraph_at(m.end).unwrap_or(para), out.len()));
        last_attributed = (m.closed && found.cue.is_some()).then(|| (ctx.token_from(m.close), out.len()));
        out.push(found);
    }
    out
}

/// Whether the marked span is a title inside a noun phrase (`ABC’s “Good
/// Morning America”`, `on “Meet the Press,”`, `the “Make America Great
/// Again” hat`): every word capitalised but the small ones, a few words,
/// after a possessive, a preposition, a determiner or a plain word rather
/// than a cue or a colon; never a cry or a question.
fn title_like(ctx: &Ctx, m: &Marked, o: usize) -> bool {
    // A cry or a question is said (`chants of “Marco! Marco!”`).
    if ctx.text[m.start..m.end].contains(['!', '?']) {
        return false;
    }
    let content = ctx.token_from(m.start)..ctx.token_from(m.end);
    let small = class::PARTICLE | class::DETERMINER | class::PREPOSITION | class::COORDINATOR;
    let words: Vec<usize> = content.clone().filter(|&k| ctx.is_word(k)).collect();
    // Named by the words before it (`sur le thème de « … »`, `titled "…"`).
    if ctx.lex().title_words.iter().any(|t| ctx.words_before(o, t).is_some()) && !words.is_empty() && words.len() <= NAMED_WORDS {
        return true;
    }
    // (At least one capital: `« avant 2011 »` is no title.)
    let title_case = words.len() <= TITLE_WORDS && words.iter().all(|&k| ctx.is_capital(k) || ctx.is(k, small)) && words.iter().any(|&k| ctx.is_capital(k));
    // A name in sentence case (`l'opération « Ville fleurie »`): a capital
    // first, a few words, no punctuation.
    // A work of a person's (`autrice de « La Vigne à l'épreuve du climat »`)
    // may be longer.
    // So may one after a preposition, with no verb (`un rapport sur « Les
    // revenus des ménages agricoles »`).
    let work = o >= 2 && ctx.is(o - 1, class::NOUN_LINK) && ctx.is(o - 2, class::PERSON_ROLE)
        || (o >= 1 && ctx.is(o - 1, class::PREPOSITION) && !ctx.is(o - 1, class::DETERMINER) && !super::cues::has_verb(ctx, content.clone()));
    let most = if work { TITLE_WORDS } else { SENTENCE_CASE_WORDS };
    let sentence_case = ctx.lex().sentence_case_names && words.len() <= most && ctx.is_capital(content.start) && content.clone().all(|k| ctx.is_word(k));
    if words.is_empty() || !(title_case || sentence_case) {
        return false;
    }
    if o == 0 || ctx.opens_sentence(o + 1) {
        return false;
    }
    let p = o - 1;
    let inside_phrase = ctx.possessive_mark(p) || matches!(ctx.w(p), "'s" | "’s") || ctx.is(p, class::PREPOSITION | class::DETERMINER);
    let plain = ctx.is_word(p) && !ctx.is_capital(p) && cue_at(ctx, p).is_none() && !ctx.is(p, class::COMPLEMENTIZER);
    inside_phrase || plain
}

/// Whether the marked span opening at token `o` follows a colon inside
/// its sentence and reads as words rather than a title (a lower-case word
/// beyond the small ones: not `Au programme : « Les Misérables »`).
fn after_colon(ctx: &Ctx, m: &Marked, o: usize) -> bool {
    let small = class::PARTICLE | class::DETERMINER | class::PREPOSITION | class::COORDINATOR;
    let content = ctx.token_from(m.start)..ctx.token_from(m.end);
    o > 0 && ctx.raw(o - 1) == ":" && !ctx.opens_sentence(o) && content.into_iter().any(|k| ctx.is_word(k) && !ctx.is_capital(k) && !ctx.is(k, small))
}

/// The subject of the sentence holding the quote that opens at token `o`,
/// when words of the sentence come before it.
fn clause_speaker(ctx: &Ctx, o: usize) -> Option<super::speakers::Speaker> {
    let s = ctx.sentence(ctx.sentence_of(o));
    if ctx.opens_sentence(o + 1) || o <= s.start {
        return None;
    }
    // `Pour X, … : « … »`: the holder of the opinion, when named.
    let opener = ctx.after_coordinator(s.start);
    if ctx.lex().opinion_markers.contains(&ctx.w(opener)) {
        let holder = super::speakers::phrase_after(ctx, opener + 1, o).filter(|p| ctx.raw(p.end) == ",").map(|p| super::speakers::resolve(ctx, p));
        if let Some(h) = holder.filter(|h| h.proper) {
            return Some(h);
        }
    }
    // `Le maire, Jacques Morel, est formel : « … »`: a name in apposition
    // is preferred to the role.
    let candidates = super::speakers::subject_and_apposition(ctx, s.start, o)?;
    super::speakers::resolve_best(ctx, &candidates).filter(|s| super::speakers::is_agent(ctx, s))
}

/// The person a quote opening its sentence at token `o` follows: the
/// subject of the sentence before, when it holds no quotation mark.
fn introduced(ctx: &Ctx, o: usize) -> Option<super::speakers::Speaker> {
    let s = ctx.sentence_of(o + 1);
    if !ctx.opens_sentence(o + 1) {
        return None;
    }
    let prev = ctx.sentence(s.checked_sub(1)?);
    if prev.is_empty() || prev.clone().any(|k| is_mark(ctx.raw(k)) && !ctx.possessive_mark(k)) {
        return None;
    }
    // A name in apposition after a description is whom it describes (`La
    // propriétaire, Josiane Perrin, 67 ans, est sous le choc. « … »`).
    let speaker = super::speakers::resolve_best(ctx, &super::speakers::subject_and_apposition(ctx, prev.start, prev.end)?)?;
    // Or a description by a person's role (`Un père de famille nous
    // interpelle. « … »`).
    let role = || !speaker.proper && speaker.span.as_ref().is_some_and(|b| (ctx.token_from(b.start)..ctx.token_from(b.end)).take(3).any(|k| ctx.is(k, class::PERSON_ROLE)));
    let person = speaker.kind == Some(EntityType::PER)
        || (speaker.proper && speaker.kind.is_none())
        || speaker.back.is_some_and(|(w, _)| w == super::speakers::Wanted::Person)
        || role();
    person.then_some(speaker)
}

/// Whether the quote opening at token `open` goes on after the cue (bytes
/// `cue`) of the quote whose closing mark ends before token `close`, in
/// the same sentence: a comma right after the closing mark and right
/// before the opening one, and no stop or other mark between (`« … »,
/// lâche X, « … »`).
fn interrupted(ctx: &Ctx, close: usize, open: usize, cue: Option<std::ops::Range<usize>>) -> bool {
    let Some(cue) = cue else { return false };
    let between = close..open;
    between.len() >= 3
        && between.len() <= INTERRUPTION
        && ctx.raw(close) == ","
        && ctx.raw(open - 1) == ","
        && ctx.bytes(close..close + 1).end <= cue.start
        && cue.end <= ctx.bytes(open..open + 1).start
        && between.clone().all(|k| !is_stop(ctx.raw(k)) && !is_mark(ctx.raw(k)) && ctx.raw(k) != ":")
}

/// Whether only a conjunction or a comma (`« A » et « B »`, `"A," "B" or
/// "C"`) lies between the token `close` after one quote and the opening
/// mark at token `open` of the next.
fn coordinated(ctx: &Ctx, close: usize, open: usize) -> bool {
    let between = close..open;
    (1..=2).contains(&between.len()) && between.clone().all(|k| ctx.raw(k) == "," || ctx.is(k, class::COORDINATOR))
}

/// The reported clauses, to find the first one holding a marked span
/// without going through all of them for each span.
struct Holders<'f> {
    /// Sorted by start.
    indirect: &'f [Found],
    /// `ends[i]`: the largest end among `indirect[..=i]`.
    ends: Vec<usize>,
}

impl<'f> Holders<'f> {
    fn new(indirect: &'f [Found]) -> Holders<'f> {
        let ends = indirect.iter().scan(0, |max, q| {
            *max = q.end.max(*max);
            Some(*max)
        });
        Holders { indirect, ends: ends.collect() }
    }

    /// The first clause (in order) with `q.start <= start && end <= q.end + 3`:
    /// the first one reaching `end` is where the running largest end first
    /// does; it must also start in time.
    fn first(&self, start: usize, end: usize) -> Option<&'f Found> {
        let started = self.indirect.partition_point(|q| q.start <= start);
        let i = self.ends.partition_point(|&e| e + 3 < end);
        self.indirect[..started].get(i)
    }
}

/// Whether marked content reads as a whole sentence: a capital first
/// (after any bracket or ellipsis), a final stop last (before any inner
/// closing mark: `… ‘Sorry.’`).
fn looks_like_sentence(s: &str) -> bool {
    let first = s.trim_start_matches(['[', '(', '…', '.', ' ']).chars().next();
    let last = s.trim_end_matches(|c: char| c.is_whitespace() || super::context::is_mark(c.encode_utf8(&mut [0; 4])));
    first.is_some_and(char::is_uppercase) && last.ends_with(['.', '!', '?', '…']) && s.split_whitespace().count() >= 2
}

/// Gives each continuation the speaker of the quote it follows.
pub fn fill_continuations(found: &mut [Found]) {
    for i in 0..found.len() {
        if let Some(j) = found[i].follows.filter(|&j| j < i) {
            found[i].speaker = found[j].speaker.clone();
        }
    }
}
