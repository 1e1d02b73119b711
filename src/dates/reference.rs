//! The article's own date: a full date (day, month and year) near the start
//! or the end of the text, after a publication marker (`Publié le`,
//! `Updated`) or standing on its own line (a timestamp, a dateline). A full
//! date in running text is an event's date, not the article's, and is not
//! taken.

use crate::text::{ceil_boundary, floor_boundary};
use jiff::civil::Date;

use super::compile::compiled;
use super::scan::{matches, Found};
use super::Scanned;
use super::value::Expr;
use crate::lang::{self, LangData};
use crate::text::{Document, Folded};
use crate::types::Part;

/// How much of the start and of the end of the text is searched.
const REGION: usize = 1500;
/// How far before a date (folded bytes) a marker may stand.
const MARKER_REACH: usize = 40;

pub fn find(doc: &Document, data: &LangData, scanned: &Scanned) -> Option<(Date, Part)> {
    let data = lang::data(data.lang);
    let text = doc.text;
    let head_end = floor_boundary(text, REGION.min(text.len()));
    let tail_start = ceil_boundary(text, text.len().saturating_sub(REGION)).max(head_end);
    let mut best: Option<(u32, Date, usize, usize)> = None;
    for (offset, region) in [(0, &text[..head_end]), (tail_start, &text[tail_start..])] {
        // A short text is one region: its matches are the document's.
        let own;
        let (folded, found) = if region.len() == text.len() {
            (&scanned.folded, &scanned.found[..])
        } else {
            let folded = Folded::new(region);
            let found = matches(region, &folded, data);
            own = (folded, found);
            (&own.0, &own.1[..])
        };
        for f in found {
            let Some(date) = full_date(f) else { continue };
            let score = score(region, folded, f, data);
            let (s, e) = folded.original_range(f.start, f.end);
            if score > 0 && best.map_or(true, |b| score > b.0) {
                best = Some((score, date, offset + s, offset + e));
            }
        }
    }
    best.map(|(_, date, s, e)| (date, Part::of(text, s, e)))
}

fn full_date(f: &Found) -> Option<Date> {
    match f.expr {
        Expr::Stated { cal, .. } => Date::new(cal.year?, cal.month?, cal.day?).ok(),
        _ => None,
    }
}

/// 0 when the date is not evidence of the article's date.
fn score(region: &str, folded: &Folded, f: &Found, data: &'static LangData) -> u32 {
    let ft = &folded.text;
    let lo = floor_boundary(ft, f.start.saturating_sub(MARKER_REACH));
    let before = ft.get(lo..f.start).unwrap_or("");
    let before = before.rsplit('\n').next().unwrap_or(before);
    let markers = compiled(data).tables.publication_markers.iter();
    let marker = markers.filter(|(m, _)| before.contains(m.as_str())).map(|&(_, s)| s).max();
    let timed = matches!(f.expr, Expr::Stated { cal, .. } if cal.clock.is_some());
    let (s, e) = folded.original_range(f.start, f.end);
    let line_start = region[..s].rfind('\n').map_or(0, |i| i + 1);
    let line_end = region[e..].find('\n').map_or(region.len(), |i| e + i);
    let alone = line_end - line_start <= (e - s) + 30;
    let mut score = marker.map_or(0, |m| 50 + 10 * u32::from(m));
    let early = || region[..line_start].lines().filter(|l| !l.trim().is_empty()).count() <= 2;
    if alone || dateline(&region[line_start..s], &region[e..line_end], early) {
        score += 30;
    }
    if score > 0 && timed {
        score += 10;
    }
    score
}

/// Whether a date opens its line as a dateline does: a place and a comma
/// before it (`OSLO, March 14, 2025 — …`, `LYON, 12 mars 2024 (AFP) – …`,
/// `Saint-Dié, le 12 mars 2024 – …`), or nothing before it on one of the
/// text's first lines (`7 décembre 2026. - …` under the title); then a dash
/// (or, after a place in capitals, a bracket or a colon).
fn dateline(before: &str, after: &str, early: impl Fn() -> bool) -> bool {
    let after = after.trim_start();
    let dash = after.strip_prefix('.').unwrap_or(after).trim_start().starts_with(['—', '–', '-']);
    let before = before.trim();
    if before.is_empty() {
        return dash && early();
    }
    let Some(place) = before.strip_suffix(',').map(str::trim) else { return false };
    if place.is_empty() || place.len() > 40 || place.contains(',') {
        return false;
    }
    let capitals = place.chars().any(char::is_uppercase) && !place.chars().any(char::is_lowercase);
    let titled = place.split(' ').all(|w| w.chars().next().is_some_and(char::is_uppercase));
    (capitals && after.starts_with(['—', '–', '-', '(', ':'])) || (titled && dash)
}
