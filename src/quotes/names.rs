//! Names without the entity stage: runs of capitalised words (`John
//! Kirby`, `Corée du Nord`), titles left out (`M.`, `président`), and the
//! fullest form of a name in the article (`Kirby` → `John Kirby`).

use std::ops::Range;

use super::context::Ctx;
use super::lexicon::{class, Entries};

const MAX_WORDS: usize = 6;

/// The fullest capitalised run of the article for each last word.
#[derive(Default)]
pub struct Names {
    /// By word number ([`Ctx::id`]): the run of most capitalised words
    /// ending with that word (count, bytes).
    by_last: Vec<Option<(usize, Range<usize>)>>,
    /// Runs of two capitalised words or more, in order (bytes).
    runs: Vec<Range<usize>>,
    /// By word number: seen capitalised inside a sentence, not only at its start.
    inside: Vec<bool>,
}

impl Names {
    pub fn collect(ctx: &Ctx) -> Names {
        let mut inside = vec![false; ctx.distinct];
        for i in 0..ctx.len() {
            if ctx.is_capital(i) && !ctx.opens_sentence(i) {
                inside[ctx.id(i)] = true;
            }
        }
        let mut names = Names { by_last: vec![None; ctx.distinct], runs: Vec::new(), inside };
        let mut i = 0;
        while i < ctx.len() {
            if !ctx.is(i, class::CAPITAL | class::TITLE | class::DETERMINER | class::MARKER_START) {
                i += 1;
                continue;
            }
            match run_in(ctx, &names, i, ctx.len()) {
                Some(r) => {
                    // Capitalised words count two, an initial one: less
                    // than the name it stands for.
                    let count: usize = r.clone().map(|k| if initial(ctx, k) { 1 } else if ctx.is_capital(k) { 2 } else { 0 }).sum();
                    if count >= 3 {
                        let bytes = ctx.bytes(r.clone());
                        names.runs.push(bytes.clone());
                        let slot = &mut names.by_last[ctx.id(r.end - 1)];
                        if slot.as_ref().is_none_or(|(c, _)| count > *c) {
                            *slot = Some((count, bytes));
                        }
                    }
                    i = r.end.max(i + 1);
                }
                None => i += 1,
            }
        }
        names
    }

    /// The last run of two capitalised words or more starting before byte
    /// `at`, within `window` bytes: a candidate for a pronoun pointing back.
    pub fn person_before(&self, ctx: &Ctx, at: usize, window: usize) -> Option<String> {
        let i = self.runs.partition_point(|r| r.start < at);
        let r = self.runs.get(i.checked_sub(1)?)?;
        (r.start + window >= at).then(|| ctx.text[r.clone()].to_string())
    }

    /// The fullest form of the name spelled by tokens `r`; a first initial
    /// stands for a given name starting with it (`V. Sapounov` →
    /// `Valentin Sapounov`).
    pub fn fullest(&self, ctx: &Ctx, r: Range<usize>) -> String {
        let own = &ctx.text[ctx.bytes(r.clone())];
        let Some((_, full)) = self.by_last.get(ctx.id(r.end - 1)).and_then(Option::as_ref) else { return own.to_string() };
        let full = &ctx.text[full.clone()];
        let rest = (r.len() > 2 && initial(ctx, r.start) && ctx.raw(r.start + 1) == ".").then(|| &ctx.text[ctx.doc.tokens[r.start + 2].start..ctx.bytes(r.clone()).end]);
        let fits = match rest {
            Some(rest) => full.starts_with(ctx.raw(r.start)) && full.len() > rest.len() && full.ends_with(rest) && full[..full.len() - rest.len()].ends_with(' '),
            None => full.ends_with(own),
        };
        if full.len() > own.len() && fits {
            full.to_string()
        } else {
            own.to_string()
        }
    }
}

/// Whether token `i` is one capital letter (an initial before its dot).
fn initial(ctx: &Ctx, i: usize) -> bool {
    let mut cs = ctx.raw(i).chars();
    matches!((cs.next(), cs.next()), (Some(c), None) if c.is_uppercase())
}

/// Whether token `i` is a title or a determiner that a name leaves out.
fn is_prefix(ctx: &Ctx, i: usize) -> bool {
    ctx.is(i, class::TITLE | class::DETERMINER) || (i > 0 && ctx.is(i - 1, class::TITLE) && ctx.raw(i) == ".")
}

/// The capitalised run starting at token `i` (titles and determiners
/// skipped), ending before `limit`.
pub fn run_at(ctx: &Ctx, i: usize, limit: usize) -> Option<Range<usize>> {
    run_in(ctx, &ctx.names, i, limit)
}

fn run_in(ctx: &Ctx, names: &Names, mut i: usize, limit: usize) -> Option<Range<usize>> {
    // `Selon Marc Olivier`: a source marker is no part of the name.
    if let Some(e) = ctx.entry_at(i, Entries::SourceMarkers).filter(|&e| e < limit) {
        i = e;
    }
    while i < limit && is_prefix(ctx, i) {
        i += 1;
    }
    if i >= limit || !ctx.is_capital(i) || ctx.is(i, class::PRONOUN) {
        return None;
    }
    let start = i;
    let mut end = i + 1;
    let mut words = 1;
    while end < limit && words < MAX_WORDS {
        if ctx.newline_before(end) {
            break;
        }
        if ctx.is_capital(end) && !ctx.is(end, class::TITLE) {
            end += 1;
            words += 1;
            continue;
        }
        // An initial's dot: `V. Sapounov`.
        if ctx.raw(end) == "." && end + 1 < limit && initial(ctx, end - 1) && ctx.is_capital(end + 1) && !ctx.newline_before(end + 1) {
            end += 2;
            words += 1;
            continue;
        }
        // A particle between two capitals: `Corée du Nord`, `Ibn al Saud`.
        let particle = (end..(end + 2).min(limit)).take_while(|&k| ctx.is(k, class::PARTICLE)).count();
        if particle > 0 && ctx.is_capital(end + particle) && end + particle < limit {
            end += particle + 1;
            words += 1;
            continue;
        }
        break;
    }
    // A capital opening a sentence is part of a name only if the article
    // also writes it capitalised inside a sentence (`Moscou`, not `Selon`).
    if end == start + 1 && ctx.opens_sentence(start) && !names.inside.get(ctx.id(start)).copied().unwrap_or(false) {
        return None;
    }
    Some(start..end)
}

/// The last capitalised run inside tokens `r`, as (tokens, name).
pub fn last_run(ctx: &Ctx, r: Range<usize>) -> Option<Range<usize>> {
    let mut found = None;
    let mut i = r.start;
    while i < r.end {
        match run_at(ctx, i, r.end) {
            Some(run) => {
                i = run.end;
                found = Some(run);
            }
            None => i += 1,
        }
    }
    found
}
