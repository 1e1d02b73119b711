//! The headline formula `Name : propos` (`Jean Castel : les réformes sont
//! « indispensables »`, `Read more: Anna Clark: the budget is …`): a line
//! with no final stop whose first phrase is a person's name right before a
//! colon states what that person says. A short label may come first
//! (`Lire aussi :`, `VIDÉO -`). A statement wholly in marks is left to the
//! direct quotes (`X : « … »`).

use super::context::{is_mark, Ctx};
use super::speakers::resolve;
use super::Found;
use crate::types::{EntityType, QuoteKind};

/// Tokens a headline line may hold, and a label before the name.
const MAX_LINE: usize = 40;
const MAX_LABEL: usize = 4;
/// Words the statement needs.
const MIN_WORDS: usize = 3;

/// Every headline statement of the document.
pub fn find(ctx: &Ctx) -> Vec<Found> {
    let mut out = Vec::new();
    for p in &ctx.doc.paragraph_tokens {
        if p.len() < 4 || p.len() > MAX_LINE || matches!(ctx.raw(p.end - 1), "." | ";" | ",") {
            continue;
        }
        // The name starts the line, or follows a short label and its colon.
        let label = (p.start..(p.start + MAX_LABEL + 1).min(p.end)).find(|&k| matches!(ctx.raw(k), ":" | "-" | "–" | "—"));
        let starts = std::iter::once(p.start).chain(label.map(|k| k + 1));
        let Some((name, colon)) = starts.filter_map(|s| person_before_colon(ctx, s, p.end)).next() else { continue };
        let body = colon + 1..p.end;
        let words = body.clone().filter(|&k| ctx.is_word(k)).count();
        if words < MIN_WORDS || (is_mark(ctx.raw(body.start)) && is_mark(ctx.raw(p.end - 1))) {
            continue;
        }
        let Some((start, end)) = super::trim_content(ctx.text, ctx.bytes(body)) else { continue };
        out.push(Found {
            start,
            end,
            kind: QuoteKind::Indirect,
            speaker: Some(resolve(ctx, name)),
            cue: None,
            rule: "indirect.headline",
            follows: None,
        });
    }
    out
}

/// A person's name (an entity mention) starting at token `s`, right before
/// a colon: its tokens and the colon's.
fn person_before_colon(ctx: &Ctx, s: usize, hi: usize) -> Option<(std::ops::Range<usize>, usize)> {
    if s >= hi {
        return None;
    }
    let at = ctx.bytes(s..s + 1).start;
    let m = ctx.mentions_in(ctx.bytes(s..hi)).first().filter(|m| m.start == at && m.kind == EntityType::PER)?;
    let colon = ctx.token_from(m.end);
    (colon < hi && ctx.raw(colon) == ":").then_some((s..colon, colon))
}
