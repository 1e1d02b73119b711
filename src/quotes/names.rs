//! Names without the entity stage: runs of capitalised words (`John
//! Kirby`, `Corée du Nord`), titles left out (`M.`, `président`), and the
//! fullest form of a name in the article (`Kirby` → `John Kirby`).

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use super::context::Ctx;

const MAX_WORDS: usize = 6;

/// The fullest capitalised run of the article for each last word.
#[derive(Default)]
pub struct Names {
    by_last: HashMap<String, (usize, Range<usize>)>,
    /// Runs of two capitalised words or more, in order (byte start, bytes).
    runs: Vec<(usize, Range<usize>)>,
    /// Capitalised words seen inside a sentence, not only at its start.
    inside: HashSet<String>,
}

impl Names {
    pub fn collect(ctx: &Ctx) -> Names {
        let mut by_last: HashMap<String, (usize, Range<usize>)> = HashMap::new();
        let mut runs = Vec::new();
        let inside: HashSet<String> =
            (0..ctx.words.len()).filter(|&i| ctx.is_capital(i) && !ctx.opens_sentence(i)).map(|i| ctx.words[i].clone()).collect();
        let mut names = Names { by_last: HashMap::new(), runs: Vec::new(), inside };
        let mut i = 0;
        while i < ctx.words.len() {
            match run_in(ctx, &names, i, ctx.words.len()) {
                Some(r) => {
                    let count = r.clone().filter(|&k| ctx.is_capital(k)).count();
                    if count >= 2 {
                        let key = ctx.w(r.end - 1).to_string();
                        let bytes = ctx.bytes(r.clone());
                        runs.push((bytes.start, bytes.clone()));
                        let e = by_last.entry(key).or_insert((count, bytes.clone()));
                        if count > e.0 {
                            *e = (count, bytes);
                        }
                    }
                    i = r.end.max(i + 1);
                }
                None => i += 1,
            }
        }
        names.by_last = by_last;
        names.runs = runs;
        names
    }

    /// Every run of two capitalised words or more, in its fullest form, as
    /// (byte start, name): candidates for a pronoun pointing back.
    pub fn people(&self, ctx: &Ctx) -> Vec<(usize, String)> {
        self.runs.iter().map(|(at, r)| (*at, ctx.text[r.clone()].to_string())).collect()
    }

    /// The fullest form of the name spelled by tokens `r`.
    pub fn fullest(&self, ctx: &Ctx, r: Range<usize>) -> String {
        let own = ctx.text[ctx.bytes(r.clone())].to_string();
        match self.by_last.get(ctx.w(r.end - 1)) {
            Some((_, full)) if full.len() > own.len() && ctx.text[full.clone()].ends_with(own.as_str()) => {
                ctx.text[full.clone()].to_string()
            }
            _ => own,
        }
    }
}

/// Whether token `i` is a title or a determiner that a name leaves out.
fn is_prefix(ctx: &Ctx, i: usize) -> bool {
    let w = ctx.w(i);
    ctx.look.titles.contains(w) || ctx.look.determiners.contains(w) || (ctx.raw(i) == "." && i > 0 && ctx.look.titles.contains(ctx.w(i - 1)))
}

/// The capitalised run starting at token `i` (titles and determiners
/// skipped), ending before `limit`.
pub fn run_at(ctx: &Ctx, i: usize, limit: usize) -> Option<Range<usize>> {
    run_in(ctx, &ctx.names, i, limit)
}

fn run_in(ctx: &Ctx, names: &Names, mut i: usize, limit: usize) -> Option<Range<usize>> {
    // `Selon Marc Olivier`: a source marker is no part of the name.
    if let Some(e) = super::lexicon::match_any(&ctx.words, i, ctx.lex().source_markers).filter(|&e| e < limit) {
        i = e;
    }
    while i < limit && is_prefix(ctx, i) {
        i += 1;
    }
    if i >= limit || !ctx.is_capital(i) || ctx.look.pronouns.contains(ctx.w(i)) {
        return None;
    }
    let start = i;
    let mut end = i + 1;
    let mut words = 1;
    while end < limit && words < MAX_WORDS {
        if ctx.newline_before(end) {
            break;
        }
        if ctx.is_capital(end) && !ctx.look.titles.contains(ctx.w(end)) {
            end += 1;
            words += 1;
            continue;
        }
        // A particle between two capitals: `Corée du Nord`, `Ibn al Saud`.
        let particle = (end..(end + 2).min(limit)).take_while(|&k| ctx.lex().name_particles.contains(&ctx.w(k))).count();
        if particle > 0 && ctx.is_capital(end + particle) && end + particle < limit {
            end += particle + 1;
            words += 1;
            continue;
        }
        break;
    }
    // A capital opening a sentence is part of a name only if the article
    // also writes it capitalised inside a sentence (`Moscou`, not `Selon`).
    if end == start + 1 && ctx.opens_sentence(start) && !names.inside.contains(ctx.w(start)) {
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
