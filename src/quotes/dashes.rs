//! Speech introduced by a dash at the start of a paragraph, as French news
//! writes it: `– Il s'agit d'une escalade, a déclaré Jean Dupont.` The
//! quote runs from the dash to the comma before the trailing inverted cue;
//! without such a cue the dash opens a list item, not speech.

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
    for p in &ctx.doc.paragraph_tokens {
        if p.len() < 4 || !matches!(ctx.raw(p.start), "–" | "—" | "-") || is_mark(ctx.raw(p.start + 1)) {
            continue;
        }
        let from = (p.start + 2).max(p.end.saturating_sub(TAIL));
        let found = (from..p.end).rev().find_map(|k| {
            let cue = verb_at(ctx, k + 1).filter(|_| ctx.raw(k) == ",")?;
            (!negated(ctx, &cue)).then_some((k, cue))
        });
        let Some((comma, cue)) = found else { continue };
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
