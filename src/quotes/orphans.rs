//! Quotes whose opening mark was lost (`…, déclarant : Les autorités ont
//! donné peu de détails ».`): a closing mark with nothing open before it is
//! a quote's end when a speech cue and a colon come earlier in its
//! paragraph; the quote starts after the colon. The pairs rebuilt here
//! join the others, to be attributed and continued like them.

use super::attribution::before;
use super::context::Ctx;
use super::marks::Marked;

/// Tokens the cue may end before the colon (`a déclaré à la presse :`).
const CUE_TO_COLON: usize = 3;
/// Words the quote needs, and how far back (tokens) its colon may be.
const MIN_WORDS: usize = 4;
const WINDOW: usize = 150;

/// A pair for each orphan closer (byte offsets) that has a cue and a colon
/// before it; `marked` are the paired quotes (flat, sorted), which such a
/// quote may not overlap.
pub fn find(ctx: &Ctx, orphans: &[usize], marked: &[Marked]) -> Vec<Marked> {
    let mut out = Vec::new();
    for &at in orphans {
        let close = ctx.token_from(at);
        let para = ctx.paragraph_tokens(close);
        let lo = para.start.max(close.saturating_sub(WINDOW));
        let Some(colon) = (lo..close).rev().find(|&k| ctx.raw(k) == ":") else { continue };
        let words = (colon + 1..close).filter(|&k| ctx.is_word(k)).count();
        let from = ctx.bytes(colon..colon + 1).end;
        let crosses = marked[..marked.partition_point(|m| m.open < at)].last().is_some_and(|m| m.close > from);
        if words < MIN_WORDS || crosses {
            continue;
        }
        let Some(a) = before(ctx, colon + 1) else { continue };
        if !a.cue.is_some_and(|c| c.tokens.end <= colon && colon - c.tokens.end < CUE_TO_COLON) {
            continue;
        }
        let Some((start, end)) = super::trim_content(ctx.text, from..at) else { continue };
        let close = at + ctx.text[at..].chars().next().map_or(0, char::len_utf8);
        out.push(Marked { open: start, close, start, end, closed: true });
    }
    out
}
