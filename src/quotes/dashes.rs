//! Speech introduced by a dash at the start of a paragraph, as French news
//! writes it: `– Il s'agit d'une escalade, a déclaré Jean Dupont.` The
//! quote runs from the dash to the comma before the trailing inverted cue.
//! Without such a cue the dash opens a list item, not speech, unless it
//! answers the question of the paragraph before (an interview), when the
//! answer is the last named speaker's.

use super::attribution::speaker_of;
use super::context::{is_mark, Ctx};
use super::cues::{negated, verb_at};
use super::Found;
use crate::types::QuoteKind;

/// How many tokens the cue and its speaker may take at the paragraph end.
const TAIL: usize = 24;

/// Every dash-introduced quote of the document.
pub fn find(ctx: &Ctx) -> Vec<Found> {
    let mut out = Vec::new();
    if !ctx.lex().dash_dialogue {
        return out;
    }
    let paragraphs = &ctx.doc.paragraph_tokens;
    for (i, p) in paragraphs.iter().enumerate() {
        if p.len() < 4 || !matches!(ctx.raw(p.start), "–" | "—" | "-") || is_mark(ctx.raw(p.start + 1)) {
            continue;
        }
        let from = (p.start + 2).max(p.end.saturating_sub(TAIL));
        let found = (from..p.end).rev().find_map(|k| {
            let cue = verb_at(ctx, k + 1).filter(|_| ctx.raw(k) == ",")?;
            (!negated(ctx, &cue)).then_some((k, cue))
        });
        let Some((comma, cue)) = found else {
            // An interview: a dash answering the question of the paragraph
            // before (`Nice peut-il viser l'Europe ?` / `– Il faut …`).
            let asked = i > 0 && paragraphs[i - 1].end > paragraphs[i - 1].start && ctx.raw(paragraphs[i - 1].end - 1) == "?";
            if let Some((start, end)) = asked.then(|| super::trim_content(ctx.text, ctx.bytes(p.start + 1..p.end))).flatten() {
                out.push(Found { start, end, kind: QuoteKind::Direct, speaker: None, cue: None, rule: "quote.interview", follows: None });
            }
            continue;
        };
        let Some((start, end)) = super::trim_content(ctx.text, ctx.bytes(p.start + 1..comma)) else { continue };
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
    let mut last: Option<(usize, super::speakers::Speaker)> = None;
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
