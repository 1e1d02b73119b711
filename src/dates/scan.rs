//! One pass of the language's combined regex over the folded document:
//! matches → values → TIMEX3, with original offsets.

use jiff::civil::Date;

use super::checks::stands_alone;
use super::compile::{compiled, key, Compiled, Tables};
use super::interpret::{interpret, Ctx, Groups};
use super::point::Point;
use super::resolve::{resolve, Context};
use super::tense::lean;
use super::value::{Expr, Lean, Unit};
use crate::lang::LangData;
use crate::text::Folded;
use crate::types::{Timex, TimexType};

/// A clock time this close after a date (folded bytes) belongs to its day:
/// `le 23 janvier à 18h52`.
const ANCHOR_GAP: usize = 24;

/// A match before resolution, in folded offsets.
#[derive(Clone, Copy)]
pub struct Found {
    pub start: usize,
    pub end: usize,
    pub expr: Expr,
    pub rule: &'static str,
    /// The second date of a range: it leans as the first does.
    pub paired: bool,
}

/// Every match of the language's rules in `folded`, in order.
pub fn matches(text: &str, folded: &Folded, data: &'static LangData) -> Vec<Found> {
    let c: &Compiled = compiled(data);
    let ctx = Ctx { text, folded, tables: &c.tables, lex: &data.dates };
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(m) = c.match_from(&folded.text, from) {
        let groups = Groups::new(&m.caps, m.rule, m.start);
        let [first, second] = interpret(&groups, &ctx);
        let before = out.len();
        for ((start, end, expr), paired) in [(first, false), (second, true)].into_iter().filter_map(|(e, p)| Some((e?, p))) {
            if start < end && stands_alone(&folded.text, start, end) {
                out.push(Found { start, end, expr, rule: m.rule.rule.id, paired });
            }
        }
        // A match that does not hold up does not hide the words it covers:
        // the search starts again on its next word (`for 2014 to 2020`).
        from = if out.len() > before { m.end } else { next_word(&folded.text, m.start) };
    }
    out
}

/// The start of the word after the one at `at` (at least one char on).
fn next_word(f: &str, at: usize) -> usize {
    let rest = f.get(at..).unwrap_or("");
    let word_end = rest.find(|c: char| !c.is_alphanumeric()).filter(|&i| i > 0).unwrap_or_else(|| rest.chars().next().map_or(1, char::len_utf8));
    at + word_end
}

/// The timexes of `text`, resolved against `reference`.
#[cfg(test)]
pub fn timexes(text: &str, data: &'static LangData, reference: Option<Date>) -> Vec<Timex> {
    let folded = Folded::new(text);
    let found = matches(text, &folded, data);
    resolve_all(text, &folded, &found, data, reference)
}

/// The matches `found` in `text` as timexes, resolved against `reference`
/// and, for expressions that count from an earlier date (`la veille`), the
/// last period the text named.
pub fn resolve_all(text: &str, folded: &Folded, found: &[Found], data: &'static LangData, reference: Option<Date>) -> Vec<Timex> {
    let mut out: Vec<Timex> = Vec::with_capacity(found.len());
    let mut last_day: Option<(usize, Date)> = None;
    let mut last: Option<Point> = None;
    let tables = &compiled(data).tables;
    let lean_of = |f: &Found| if needs_lean(&f.expr) { lean(text, folded, f.start, f.end, tables) } else { Lean::Unknown };
    let mut previous_lean = Lean::Unknown;
    for (i, &f) in found.iter().enumerate() {
        let lean = if f.paired { previous_lean } else { lean_of(&f) };
        previous_lean = lean;
        let mut cx = Context { reference, lean, clock_day: None, last };
        if is_clock_only(&f.expr) {
            // A date right after it (`3 p.m. on Tuesday`), with its own lean.
            let joined_date = found.get(i + 1).filter(|n| !is_clock_only(&n.expr) && joined(&folded.text, f.end, n.start));
            let next = joined_date.map(|n| (n, Context { lean: lean_of(n), ..cx }));
            cx.clock_day = clock_day(&folded.text, &f, last_day, next);
        }
        let Some(r) = resolve(f.expr, &cx) else { continue };
        if let Some(day) = r.day() {
            last_day = Some((f.end, day));
        }
        let (start, end) = folded.original_range(f.start, f.end);
        let end = end + trailing_dot(text, folded, f.start, end, tables);
        if out.last().is_some_and(|t| t.end > start) {
            continue;
        }
        let Some(span) = text.get(start..end) else { continue };
        // Counted from the last date the text states, not from one counted.
        if !matches!(f.expr, Expr::Anaphoric { .. } | Expr::Ago { .. }) {
            last = r.point.or(last);
        }
        out.push(Timex {
            start,
            end,
            kind: r.kind,
            value: r.value,
            text: span.to_string(),
            rule: [data.lang.code(), ".", f.rule].concat(),
        });
    }
    join_days_and_clocks(text, &mut out, &data.dates);
    out
}

/// A day and its clock time side by side are one time: `demain à 8h`,
/// `Tuesday, March 7 at 6 p.m.`, `3 p.m. on Tuesday`. The clock time was
/// already valued on that day (see [`clock_day`]); the pair takes its value
/// and both extents.
fn join_days_and_clocks(text: &str, out: &mut Vec<Timex>, lex: &super::DateLexicon) {
    let is_day = |t: &Timex| t.kind == TimexType::DATE && t.value.len() == 10 && t.value.as_bytes()[4] == b'-';
    let on_day = |clock: &Timex, day: &Timex| clock.kind == TimexType::TIME && clock.value.len() > 11 && clock.value.starts_with(&day.value) && clock.value.as_bytes()[10] == b'T';
    let joins = |gap: &str, joiners: &[&str]| {
        let gap = gap.trim_matches([' ', ',']).trim();
        gap.is_empty() || (gap.len() <= 24 && !gap.contains('\n') && joiners.contains(&gap.to_lowercase().as_str()))
    };
    // One pass, each time joined at most once (no removal in the middle:
    // a long text may hold thousands).
    let mut kept: Vec<Timex> = Vec::with_capacity(out.len());
    let mut just_joined = false;
    for b in out.drain(..) {
        let joined = kept.last().filter(|_| !just_joined).and_then(|a| {
            let gap = text.get(a.end..b.start).unwrap_or("\n");
            let one = (is_day(a) && on_day(&b, a) && joins(gap, lex.day_clock_joiners))
                || (is_day(&b) && on_day(a, &b) && !gap.trim_matches([' ', ',']).is_empty() && joins(gap, lex.clock_day_joiners));
            let span = text.get(a.start..b.end).filter(|_| one)?;
            let value = if a.kind == TimexType::TIME { a.value.clone() } else { b.value.clone() };
            let rule = format!("{}+{}", a.rule, b.rule.split_once('.').map_or(b.rule.as_str(), |(_, r)| r));
            Some(Timex { start: a.start, end: b.end, kind: TimexType::TIME, value, text: span.to_string(), rule })
        });
        just_joined = joined.is_some();
        match (joined, kept.last_mut()) {
            (Some(t), Some(last)) => *last = t,
            _ => kept.push(b),
        }
    }
    *out = kept;
}

/// The day a bare clock time at `f` belongs to: the day of a date just
/// before it in its paragraph (`le 23 janvier à 18h52`), of a date right
/// after it (`3 p.m. on Tuesday`), else the day its paragraph speaks of last
/// (`Le coup d'envoi sera donné à 15 h 30`). `last_day` is the last day
/// named and where it ends; `next` a date joined to it, with its context.
fn clock_day(f_text: &str, f: &Found, last_day: Option<(usize, Date)>, next: Option<(&Found, Context)>) -> Option<Date> {
    let same_paragraph = |end: usize| !f_text.get(end..f.start).unwrap_or("\n").contains('\n');
    let in_paragraph = last_day.filter(|&(end, _)| same_paragraph(end));
    let before = in_paragraph.filter(|&(end, _)| f.start.saturating_sub(end) <= ANCHOR_GAP).map(|(_, d)| d);
    let after = || next.and_then(|(n, cx)| resolve(n.expr, &cx)).and_then(|r| r.day());
    before.or_else(after).or(in_paragraph.map(|(_, d)| d))
}

/// Whether the clause's tense matters to the value.
fn needs_lean(e: &Expr) -> bool {
    match e {
        Expr::Stated { cal, .. } => cal.year.is_none(),
        Expr::InUnits { .. } => true,
        Expr::Anaphoric { anchor, unit, n, .. } => anchor.is_some_and(|c| c.year.is_none()) || (*n == 0 && matches!(unit, Unit::Quarter | Unit::Half)),
        _ => false,
    }
}

fn is_clock_only(e: &Expr) -> bool {
    matches!(e, Expr::Stated { cal, .. } if cal.is_clock_only())
}

/// Whether only a short word, spaces or a comma stand between two
/// matches: `3 p.m. on Tuesday`, `20 h, le 12 mars`.
fn joined(f: &str, end: usize, next: usize) -> bool {
    let gap = f.get(end..next).unwrap_or("x");
    let word: String = gap.chars().filter(|c| !matches!(c, ' ' | ',' | '.' | '\t')).collect();
    next >= end && gap.len() <= 8 && word.len() <= 3 && word.chars().all(|c| c.is_ascii_alphabetic())
}

/// 1 when the extent ends with an abbreviation whose dot follows it
/// (`janv.`, `p.m.`), else 0.
fn trailing_dot(text: &str, folded: &Folded, fstart: usize, end: usize, tables: &Tables) -> usize {
    if !text.get(end..).is_some_and(|s| s.starts_with('.')) {
        return 0;
    }
    let start = folded.original(fstart).min(end);
    let last = text.get(start..end).and_then(|s| s.rsplit([' ', '\u{a0}']).next()).unwrap_or("");
    let abbreviation = last.contains('.') || tables.abbreviations.contains(key(last).as_ref());
    usize::from(abbreviation && !last.is_empty())
}

