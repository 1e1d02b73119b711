//! One resolver for every language: a typed value, the reference date, the
//! clause's lean and the dates before it in the text → the TIMEX3 type and
//! value. Calendar arithmetic (ISO weeks, month lengths, leap years) is
//! `jiff`'s; which occurrence an underspecified date means is
//! [`super::nearest`]'s.

use jiff::civil::Date;
use jiff::ToSpan;

use super::nearest::occurrence;
use super::point::{Grain, Point};
use super::value::{Cal, Clock, DayPart, Dir, Expr, Lean, RefKind, Season, Unit};
use crate::types::TimexType;

/// A resolved expression: its type, its value, and the period it names when
/// it names one (a later clock time anchors on its day, a later `la veille`
/// or `the following week` counts from it).
pub struct Resolved {
    pub kind: TimexType,
    pub value: String,
    pub point: Option<Point>,
}

impl Resolved {
    /// The day it names, if it names one.
    pub fn day(&self) -> Option<Date> {
        self.point.filter(|p| p.grain == Grain::Day).map(|p| p.date)
    }
}

/// What an expression is resolved against.
#[derive(Clone, Copy)]
pub struct Context {
    pub reference: Option<Date>,
    /// The direction its clause gives it.
    pub lean: Lean,
    /// The day a bare clock time belongs to (a date just before or after it).
    pub clock_day: Option<Date>,
    /// The last period the text named before it.
    pub last: Option<Point>,
}

pub fn resolve(expr: Expr, cx: &Context) -> Option<Resolved> {
    let date = |value: String| Resolved { kind: TimexType::DATE, value, point: None };
    match expr {
        Expr::Stated { cal, shift } => stated(cal, shift, cx),
        Expr::Offset { unit, n, part, pick } => match cx.reference {
            Some(r) => offset(Point::new(r, Grain::Day), unit, n, part, pick),
            None => Some(date(reference_word(n.signum()).to_string())),
        },
        Expr::Anaphoric { unit, n, keep_grain, anchor, part } => {
            let r = anaphoric(unit, n, keep_grain, anchor, cx)?;
            match part {
                Some(p) if r.day().is_some() => Some(Resolved { kind: TimexType::TIME, value: format!("{}{}", r.value, part_suffix(Some(p))), ..r }),
                _ => Some(r),
            }
        }
        Expr::Ago { unit: Unit::Year, n } if cx.last.is_some_and(|p| matches!(p.grain, Grain::Quarter | Grain::Half)) => {
            anaphoric(Unit::Year, n, true, None, cx)
        }
        Expr::Ago { unit, n } => resolve(Expr::Offset { unit, n, part: None, pick: None }, cx),
        Expr::InUnits { n, unit } if matches!(cx.lean, Lean::Tense(Dir::Past, _)) => resolve(Expr::Duration { n: Some(n), unit }, cx),
        Expr::InUnits { n, unit } => resolve(Expr::Offset { unit, n: n as i32, part: None, pick: None }, cx),
        Expr::Duration { n, unit } => Some(Resolved { kind: TimexType::DURATION, value: period(n, unit), point: None }),
        Expr::Set { n, unit, weekday } => {
            let value = match weekday {
                Some(w) => format!("XXXX-WXX-{w}"),
                None => period(Some(n), unit),
            };
            Some(Resolved { kind: TimexType::SET, value, point: None })
        }
        Expr::Ref(r) => Some(date(
            match r {
                RefKind::Past => "PAST_REF",
                RefKind::Present => "PRESENT_REF",
                RefKind::Future => "FUTURE_REF",
            }
            .to_string(),
        )),
        Expr::Decade(d) => Some(date(format!("{d:03}"))),
        Expr::Century(c) => Some(date(format!("{c:02}"))),
    }
}

fn reference_word(sign: i32) -> &'static str {
    match sign {
        -1 => "PAST_REF",
        1 => "FUTURE_REF",
        _ => "PRESENT_REF",
    }
}

/// `P3M`, `PT24H`, `PXY`, `P20Y` (two decades), `P100Y` (a century).
fn period(n: Option<u32>, unit: Unit) -> String {
    let (time, letter, size) = match unit {
        Unit::Second => (true, "S", 1),
        Unit::Minute => (true, "M", 1),
        Unit::Hour => (true, "H", 1),
        Unit::Day => (false, "D", 1),
        Unit::Week => (false, "W", 1),
        Unit::Weekend => (false, "WE", 1),
        Unit::Month => (false, "M", 1),
        Unit::Quarter => (false, "Q", 1),
        Unit::Half => (false, "M", 6),
        Unit::Year => (false, "Y", 1),
        Unit::Decade => (false, "Y", 10),
        Unit::Century => (false, "Y", 100),
    };
    let n = n.and_then(|n| n.checked_mul(size)).map_or("X".to_string(), |n| n.to_string());
    format!("P{}{n}{letter}", if time { "T" } else { "" })
}

/// `n` units from `from`, at the unit's grain; with a part of the day, or a
/// day picked in the month or week.
fn offset(from: Point, unit: Unit, n: i32, part: Option<DayPart>, pick: Option<i8>) -> Option<Resolved> {
    let date = |point: Point| Some(Resolved { kind: TimexType::DATE, value: point.value(), point: Some(point) });
    match (unit, Grain::of(unit)) {
        (Unit::Decade, _) => Some(Resolved { kind: TimexType::DATE, value: format!("{:03}", from.date.year() as i32 / 10 + n), point: None }),
        (Unit::Century, _) => Some(Resolved { kind: TimexType::DATE, value: format!("{:02}", from.date.year() as i32 / 100 + n), point: None }),
        (_, Some(Grain::Day)) => {
            let day = from.shifted(unit, if unit == Unit::Day { n } else { 0 }, Grain::Day)?;
            let kind = if part.is_some() { TimexType::TIME } else { TimexType::DATE };
            Some(Resolved { kind, value: format!("{}{}", day.value(), part_suffix(part)), point: Some(day) })
        }
        (Unit::Weekend, _) => {
            let week = from.shifted(unit, n, Grain::Week)?;
            Some(Resolved { kind: TimexType::DATE, value: format!("{}-WE", week.value()), point: None })
        }
        (_, Some(grain)) => {
            let period = from.shifted(unit, n, grain)?;
            match pick {
                Some(p) => date(Point::new(picked(period, p)?, Grain::Day)),
                None => date(period),
            }
        }
        (_, None) => None,
    }
}

/// The `p`-th day of the month, or the `p`-th weekday of the week, of
/// `period`.
fn picked(period: Point, p: i8) -> Option<Date> {
    let (first, _) = period.bounds()?;
    match period.grain {
        Grain::Month => Date::new(first.year(), first.month(), p).ok(),
        Grain::Week => first.checked_add(((p as i64) - 1).days()).ok(),
        _ => None,
    }
}

/// `n` units from the last period of the text (or the date the phrase
/// states, or the reference date).
fn anaphoric(unit: Unit, n: i32, keep_grain: bool, anchor: Option<Cal>, cx: &Context) -> Option<Resolved> {
    let unit_grain = Grain::of(unit)?;
    let stated_anchor = anchor.and_then(|cal| stated(cal, None, cx)).and_then(|r| r.point);
    let reference = cx.reference.map(|r| Point::new(r, Grain::Day));
    let from = match stated_anchor.or(cx.last).or(reference) {
        // A period coarser than the unit cannot be counted from in days.
        Some(p) if p.grain <= unit_grain || keep_grain => p,
        Some(_) if reference.is_some() => reference?,
        _ => return Some(Resolved { kind: TimexType::DATE, value: reference_word(n.signum()).to_string(), point: None }),
    };
    let grain = if keep_grain && from.grain < unit_grain { from.grain } else { unit_grain.max(from.grain) };
    let mut to = from.shifted(unit, n, grain)?;
    // `revenue rose in the quarter`: a report in the past speaks of a
    // complete quarter or half, not of the one still running.
    let running = |p: Point| cx.reference.is_some_and(|r| p.bounds().is_some_and(|(_, last)| last >= r));
    if matches!(unit, Unit::Quarter | Unit::Half) && n == 0 && matches!(cx.lean, Lean::Tense(Dir::Past, _)) && running(to) {
        to = to.shifted(unit, -1, grain)?;
    }
    if unit == Unit::Weekend && to.grain == Grain::Week {
        return Some(Resolved { kind: TimexType::DATE, value: format!("{}-WE", to.value()), point: None });
    }
    Some(Resolved { kind: TimexType::DATE, value: to.value(), point: Some(to) })
}

fn part_suffix(part: Option<DayPart>) -> &'static str {
    match part {
        None => "",
        Some(DayPart::Morning) => "TMO",
        Some(DayPart::Afternoon) => "TAF",
        Some(DayPart::Evening) => "TEV",
        Some(DayPart::Night) => "TNI",
    }
}

fn season_code(s: Season) -> &'static str {
    match s {
        Season::Spring => "SP",
        Season::Summer => "SU",
        Season::Autumn => "FA",
        Season::Winter => "WI",
    }
}

fn clock_text(c: Clock) -> String {
    match c.second {
        Some(s) => format!("T{:02}:{:02}:{:02}", c.hour, c.minute, s),
        None => format!("T{:02}:{:02}", c.hour, c.minute),
    }
}

fn stated(mut cal: Cal, shift: Option<i8>, cx: &Context) -> Option<Resolved> {
    let reference = cx.reference;
    if let (Some(s), Some(r)) = (cal.year_shift, reference) {
        cal.year = cal.year.or(Some(r.year() + i16::from(s)));
    }
    let lean = match shift {
        Some(s) if s < 0 => Lean::Bound(Dir::Past),
        Some(s) if s > 0 => Lean::Bound(Dir::Future),
        _ => cx.lean,
    };
    let time_suffix = match (cal.clock, cal.part) {
        (Some(c), _) => clock_text(c),
        (None, p) => part_suffix(p).to_string(),
    };
    let kind = if time_suffix.is_empty() { TimexType::DATE } else { TimexType::TIME };
    let done = |value: String, point: Option<Point>| Some(Resolved { kind, value, point });
    if cal.is_clock_only() {
        let day = cx.clock_day.or(reference);
        let base = day.map_or("XXXX-XX-XX".to_string(), |d| d.to_string());
        return done(format!("{base}{time_suffix}"), day.map(|d| Point::new(d, Grain::Day)));
    }
    if let Some(season) = cal.season {
        let dir = match lean {
            Lean::Tense(d, _) | Lean::Bound(d) => d,
            Lean::Unknown => Dir::Past,
        };
        let year = cal.year.map(i32::from).or_else(|| reference.map(|r| season_year(r, season, dir, shift)));
        let y = year.map_or("XXXX".to_string(), |y| format!("{y:04}"));
        return done(format!("{y}-{}", season_code(season)), None);
    }
    match occurrence(&cal, reference, lean, shift) {
        Some(p) if p.grain == Grain::Day => done(format!("{}{time_suffix}", p.value()), Some(p)),
        Some(p) => done(p.value(), Some(p)),
        None => Some(Resolved { kind, value: unresolved(&cal, &time_suffix)?, point: None }),
    }
}

/// The value of fields that name no single period without a reference
/// date: `XXXX-10-26`, `XXXX-WXX-1`, `XXXX-Q3`.
fn unresolved(cal: &Cal, time_suffix: &str) -> Option<String> {
    let y = cal.year.map_or("XXXX".to_string(), |y| format!("{y:04}"));
    Some(match (cal.month, cal.day, cal.quarter, cal.half, cal.weekday) {
        (Some(m), Some(d), ..) => format!("{y}-{m:02}-{d:02}{time_suffix}"),
        (Some(m), None, ..) => format!("{y}-{m:02}"),
        (None, None, Some(q), ..) => format!("{y}-Q{q}"),
        (None, None, None, Some(h), _) => format!("{y}-H{h}"),
        (None, None, None, None, Some(w)) => format!("XXXX-WXX-{w}{time_suffix}"),
        _ => return None,
    })
}

/// The year of an unyeared season: this year's, or the nearest one in the
/// direction when shifted (`l'été dernier`).
fn season_year(r: Date, season: Season, dir: Dir, shift: Option<i8>) -> i32 {
    let start = match season {
        Season::Spring => 3,
        Season::Summer => 6,
        Season::Autumn => 9,
        Season::Winter => 12,
    };
    let y = r.year() as i32;
    match (shift, dir) {
        (Some(s), Dir::Past) if s != 0 && r.month() <= start => y - 1,
        (Some(s), Dir::Future) if s != 0 && r.month() >= start => y + 1,
        _ => y,
    }
}
