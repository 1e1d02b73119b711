//! Speech introduced by a dash at the start of a paragraph, as French news
//! writes it: `– Il s'agit d'une escalade, a déclaré Jean Dupont.` The
//! quote runs from the dash to the comma before the trailing inverted cue.
//! Without such a cue the dash opens a list item, not speech, unless it
//! answers the question of the paragraph before (an interview), when the
//! answer is the last named speaker's, or belongs to a dialogue of dash
//! paragraphs with questions, whose questions are asked by the subject of
//! the paragraph before it and answered by the person it names after.

use std::ops::Range;

use super::attribution::speaker_of;
use super::context::{is_mark, Ctx};
use super::cues::{negated, verb_at, Cue};
use super::lexicon::class;
use super::speakers::{apposed_after, phrase_after, resolve_best, subject_and_apposition, Speaker};
use super::Found;
use crate::types::{EntityType, QuoteKind};

/// Tokens between a fronted participle and its agent (`Interrogé une
/// dernière fois hier matin par`), at most.
const AGENT: usize = 10;

/// How many tokens the cue and its speaker may take at the paragraph end.
const TAIL: usize = 24;

/// Whether paragraph `p` opens with a dash (not a dash before a mark).
fn dashed(ctx: &Ctx, p: &Range<usize>) -> bool {
    p.len() >= 3 && matches!(ctx.raw(p.start), "–" | "—" | "-") && !is_mark(ctx.raw(p.start + 1))
}

/// The inverted cue closing a dash paragraph (`…, a déclaré X.`, `… ?
/// demande le juge.`), and where the quoted words end: at the comma before
/// it, or past the question or exclamation mark, which they keep.
fn trailing_cue(ctx: &Ctx, p: &Range<usize>) -> Option<(usize, Cue)> {
    let from = (p.start + 2).max(p.end.saturating_sub(TAIL));
    (from..p.end).rev().find_map(|k| {
        let end = match ctx.raw(k) {
            "," => k,
            "?" | "!" => k + 1,
            _ => return None,
        };
        // Object pronouns may come first (`se défend X`, `lui répond X`).
        let clitics = (k + 1..(k + 3).min(p.end)).take_while(|&c| ctx.is(c, class::OBJECT_PRONOUN) && !ctx.is(c, class::DETERMINER)).count();
        let cue = verb_at(ctx, k + 1 + clitics)?;
        (!negated(ctx, &cue)).then_some((end, cue))
    })
}

/// Whether paragraph `p` ends with a question mark.
fn asks(ctx: &Ctx, p: &Range<usize>) -> bool {
    p.end > p.start && ctx.raw(p.end - 1) == "?"
}

/// The parties of a dialogue of dash paragraphs, from the paragraph
/// introducing it.
#[derive(Clone, Default)]
struct Parties {
    asker: Option<Speaker>,
    asked: Option<Speaker>,
    /// The paper asks (`Le maire a accepté de répondre à nos questions.`):
    /// the questions are no one's quotes, the answers the person's.
    paper: bool,
}

/// The parties of a dialogue the paragraph before it introduces (`Le
/// président, Jacques Roy, interroge l'accusé, Marc Leduc.`): the subject
/// of its last sentence asks, the last person named after it answers.
/// When that sentence speaks of the paper itself, the paper asks, and the
/// person named after the subject, else the subject, answers.
fn parties(ctx: &Ctx, intro: &Range<usize>) -> Parties {
    if intro.is_empty() || dashed(ctx, intro) {
        return Parties::default();
    }
    let s = ctx.sentence(ctx.sentence_of(intro.end - 1));
    let paper_word = |k: usize| ctx.lex().paper_words.contains(&ctx.w(k));
    let paper = (s.start..s.end).any(paper_word);
    // `Interrogé par la présidente, Annie Roy, l'accusé …`: the agent of a
    // fronted participle asks, the subject answers.
    if let Some(agent) = fronted_agent(ctx, &s).filter(|_| !paper) {
        let asker = resolve_best(ctx, &agent);
        let after = agent.iter().map(|c| c.end).max().unwrap_or(s.start);
        let asked = super::speakers::clause_subject(ctx, after + 1, s.end).and_then(|r| resolve_best(ctx, &[r]));
        return Parties { asker, asked, paper };
    }
    let Some(candidates) = subject_and_apposition(ctx, s.start, s.end) else { return Parties { paper, ..Parties::default() } };
    let asker = resolve_best(ctx, &candidates);
    let after = candidates.iter().map(|c| c.end).max().unwrap_or(s.start);
    let asked = ctx.mentions_in(ctx.bytes(after..s.end)).iter().rev().find(|m| m.kind == EntityType::PER).map(|m| Speaker {
        name: Some(m.name.clone()),
        span: Some(m.start..m.end),
        back: None,
        proper: true,
        kind: Some(EntityType::PER),
    });
    if paper {
        // `Nous avons rencontré X` names no speaker in its subject.
        let subject = candidates.first().filter(|r| !(r.len() == 1 && paper_word(r.start)));
        let asked = asked.or(asker.filter(|_| subject.is_some()));
        return Parties { asker: None, asked, paper };
    }
    Parties { asker, asked, paper }
}

/// The agent of a participle opening sentence `s` and its apposition
/// (`Interrogé hier par [la présidente], [Annie Roy], …`).
fn fronted_agent(ctx: &Ctx, s: &Range<usize>) -> Option<Vec<Range<usize>>> {
    if s.len() < 4 || !ctx.written_participle(s.start) {
        return None;
    }
    let by = (s.start + 1..(s.start + AGENT).min(s.end)).take_while(|&k| ctx.raw(k) != ",").find(|&k| ctx.lex().agent_prepositions.contains(&ctx.w(k)))?;
    let phrase = phrase_after(ctx, by + 1, s.end).filter(|r| ctx.raw(r.end) == ",")?;
    let apposed = apposed_after(ctx, &phrase, s.end);
    Some([Some(phrase), apposed].into_iter().flatten().collect())
}

/// Every dash-introduced quote of the document.
pub fn find(ctx: &Ctx) -> Vec<Found> {
    let mut out = Vec::new();
    if !ctx.lex().dash_dialogue {
        return out;
    }
    let paragraphs = &ctx.doc.paragraph_tokens;
    let cues: Vec<Option<(usize, Cue)>> = paragraphs.iter().map(|q| if dashed(ctx, q) { trailing_cue(ctx, q) } else { None }).collect();
    let bare: Vec<bool> = paragraphs.iter().zip(&cues).map(|(q, c)| dashed(ctx, q) && c.is_none()).collect();
    // Runs of bare dash paragraphs (first, last, with a question), read once.
    let mut runs: Vec<(usize, usize, bool)> = Vec::new();
    let mut run_of = vec![usize::MAX; paragraphs.len()];
    for (i, q) in paragraphs.iter().enumerate() {
        if !bare[i] {
            continue;
        }
        match runs.last_mut() {
            Some(r) if r.1 + 1 == i => {
                r.1 = i;
                r.2 |= asks(ctx, q);
            }
            _ => runs.push((i, i, asks(ctx, q))),
        }
        run_of[i] = runs.len() - 1;
    }
    let mut parties_of: Vec<Option<Parties>> = vec![None; runs.len()];
    // The dash quote of each paragraph with a trailing cue or a speaker
    // the exchange gives, by paragraph:
    // (index in `out`, whether it asks).
    let mut cued: Vec<Option<(usize, bool)>> = vec![None; paragraphs.len()];
    for (i, (p, found)) in paragraphs.iter().zip(cues).enumerate() {
        if p.len() < 4 || !dashed(ctx, p) {
            continue;
        }
        let Some((comma, cue)) = found else {
            let Some((start, end)) = super::trim_content(ctx.text, ctx.bytes(p.start + 1..p.end)) else { continue };
            // A dialogue: dash paragraphs in a row, with questions; the
            // paragraph before says who asks and who answers.
            let run = runs.get(run_of[i]).copied();
            if let Some((first, _, _)) = run.filter(|&(first, last, question)| last > first && question) {
                let Parties { asker, asked, paper } = parties_of[run_of[i]]
                    .get_or_insert_with(|| first.checked_sub(1).map_or_else(Parties::default, |k| parties(ctx, &paragraphs[k])))
                    .clone();
                // The paper's questions alternate with the answers, and
                // some are statements (`– Les commerçants parlent d'une
                // baisse.`).
                if paper && (asks(ctx, p) || ((i - first) % 2 == 0 && asks(ctx, &paragraphs[first]))) {
                    continue;
                }
                let (speaker, rule) = if asks(ctx, p) { (asker, "quote.dialogue") } else if asked.is_some() { (asked, "quote.dialogue") } else { (None, "quote.interview") };
                if rule == "quote.dialogue" {
                    cued[i] = Some((out.len(), asks(ctx, p)));
                }
                out.push(Found { start, end, kind: QuoteKind::Direct, speaker, cue: None, rule, follows: None });
                continue;
            }
            // An exchange goes on: an answer to a question asked with a cue
            // (`– … ? demande le juge.` / `– …`), or a reply after two dash
            // quotes of two speakers, is the words of whoever spoke before
            // the last one.
            let last = i.checked_sub(1).and_then(|j| cued[j]);
            let before = i.checked_sub(2).and_then(|j| cued[j]).and_then(|(q, _)| out.get(q)).and_then(|f: &Found| f.speaker.clone());
            let name = |s: &Option<Speaker>| s.as_ref().and_then(|s| s.name.clone());
            let exchange = last.is_some_and(|(q, question)| question || name(&out[q].speaker).is_some_and(|n| Some(n) != name(&before)));
            if let (true, Some(speaker)) = (exchange, before) {
                cued[i] = Some((out.len(), asks(ctx, p)));
                out.push(Found { start, end, kind: QuoteKind::Direct, speaker: Some(speaker), cue: None, rule: "quote.dialogue", follows: None });
                continue;
            }
            // An interview: a dash answering the question of the paragraph
            // before (`Nice peut-il viser l'Europe ?` / `– Il faut …`).
            if i > 0 && asks(ctx, &paragraphs[i - 1]) {
                out.push(Found { start, end, kind: QuoteKind::Direct, speaker: None, cue: None, rule: "quote.interview", follows: None });
            }
            continue;
        };
        let Some((start, end)) = super::trim_content(ctx.text, ctx.bytes(p.start + 1..comma)) else { continue };
        cued[i] = Some((out.len(), ctx.raw(comma - 1) == "?"));
        out.push(Found {
            start,
            end,
            kind: QuoteKind::Direct,
            speaker: speaker_of(ctx, &cue, cue.tokens.start, p.end),
            cue: Some(ctx.bytes(cue.tokens.clone())),
            rule: "quote.dash",
            follows: None,
        });
    }
    out
}

/// Gives each interview answer the speaker of the latest quote before it
/// that has one (the person interviewed, or the previous answer).
pub fn fill_answers(direct: &mut [Found], indirect: &[Found]) {
    let mut order: Vec<usize> = (0..direct.len()).collect();
    order.sort_by_key(|&i| direct[i].start);
    let mut last: Option<(usize, Speaker)> = None;
    let mut k = 0;
    for &i in &order {
        let start = direct[i].start;
        // Reported clauses before this quote may name the speaker too.
        while k < indirect.len() && indirect[k].end <= start {
            if let Some(s) = indirect[k].speaker.clone().filter(|s| s.name.is_some()) {
                if last.as_ref().is_none_or(|(at, _)| *at <= indirect[k].start) {
                    last = Some((indirect[k].start, s));
                }
            }
            k += 1;
        }
        if direct[i].rule == "quote.interview" && direct[i].speaker.is_none() {
            direct[i].speaker = last.as_ref().map(|(_, s)| s.clone());
        }
        if let Some(s) = direct[i].speaker.clone().filter(|s| s.name.is_some()) {
            last = Some((start, s));
        }
    }
}
