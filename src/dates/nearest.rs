//! Which occurrence of an underspecified date the text means: the stated
//! fields (`30 décembre`, `lundi`, `March`, `the third quarter`) match a
//! period in every year or week; the shift, the tense and the distance from
//! the reference date choose one.
//!
//! - Shifted (`mardi prochain`, `friday after next`, `last March`): the
//!   `n`-th occurrence strictly after (before) the reference date; `this
//!   Friday`, `ce lundi`: that day of the reference's week.
//! - A weekday alone: the nearest in the tense's direction, the past when
//!   nothing says (news reports the past; the reference day itself counts
//!   as past).
//! - A day, a month or a quarter: the nearest occurrence on the side the
//!   tense points to, if one lies within [`TENSE_REACH`] days (a period
//!   that contains the reference date is at distance 0 and on both sides);
//!   else the nearest of all (`Sentencing was set for May 4`, `a été
//!   renvoyée au 5 avril` read on 15 March: next April). A bound (`since`,
//!   `depuis`) excludes the other side.

use jiff::civil::Date;
use jiff::ToSpan;

use super::point::{Grain, Point};
use super::value::{Cal, Dir, Lean};

/// How far (days) from the reference date the tense reaches for a day,
/// month or quarter: when its cue is within [`NEAR_CUE`] words of the
/// date, and when it is farther.
const TENSE_REACH: i64 = 300;
const DISTANT_TENSE_REACH: i64 = 200;
const NEAR_CUE: u8 = 6;

/// The period the fields name, with the grain they state. `None` without a
/// reference date when a field is missing.
pub fn occurrence(cal: &Cal, reference: Option<Date>, lean: Lean, shift: Option<i8>) -> Option<Point> {
    let grain = grain(cal)?;
    let first_month = cal.month.or(cal.quarter.map(|q| (q - 1) * 3 + 1)).or(cal.half.map(|h| (h - 1) * 6 + 1));
    match (cal.year, first_month) {
        (Some(y), Some(m)) => return Some(Point::new(Date::new(y, m, cal.day.unwrap_or(1)).ok()?, grain)),
        (Some(y), None) if cal.day.is_none() && cal.weekday.is_none() => return Some(Point::new(Date::new(y, 1, 1).ok()?, grain)),
        _ => {}
    }
    let r = reference?;
    // `this Friday`, `ce lundi`: that day of the reference's week.
    if let (Some(0), Some(w), None, None) = (shift, cal.weekday, cal.day, first_month) {
        let monday = r.checked_sub(i64::from(r.weekday().to_monday_zero_offset()).days()).ok()?;
        return Some(Point::new(monday.checked_add(i64::from(w - 1).days()).ok()?, grain));
    }
    let shift = shift.filter(|&s| s != 0);
    let reach = 1 + shift.map_or(0, |s| s.unsigned_abs() as i64);
    let candidates: Vec<Point> = match (first_month, cal.day, cal.weekday) {
        (Some(m), day, _) => (-reach..=reach)
            .filter_map(|dy| Date::new(r.year() + dy as i16, m, day.unwrap_or(1)).ok())
            .map(|d| Point::new(d, grain))
            .collect(),
        (None, Some(d), _) => (-reach..=reach)
            .filter_map(|dm| r.first_of_month().checked_add(dm.months()).ok())
            .filter_map(|m| Date::new(m.year(), m.month(), d).ok())
            .map(|d| Point::new(d, grain))
            .collect(),
        (None, None, Some(_)) => (-7 * reach..=7 * reach).filter_map(|k| r.checked_add(k.days()).ok()).map(|d| Point::new(d, grain)).collect(),
        (None, None, None) => return None,
    };
    let fits = |p: &Point| cal.weekday.map_or(true, |w| p.date.weekday().to_monday_one_offset() == w);
    let matching: Vec<Point> = candidates.iter().copied().filter(fits).collect();
    // A weekday with a day fixes the date when only one candidate fits.
    if cal.day.is_some() && cal.weekday.is_some() && matching.len() == 1 {
        return matching.first().copied();
    }
    let pool = if matching.is_empty() { candidates } else { matching };
    let side = |p: &Point| side(p, r);
    if let Some(s) = shift {
        let mut ahead: Vec<Point> = pool.into_iter().filter(|p| side(p) == Some(if s > 0 { Dir::Future } else { Dir::Past })).collect();
        ahead.sort_by_key(|p| (p.date - r).get_days().abs());
        return ahead.get(s.unsigned_abs() as usize - 1).copied();
    }
    if cal.day.is_none() && cal.month.is_none() && cal.weekday.is_some() {
        let dir = match lean {
            Lean::Tense(Dir::Future, _) | Lean::Bound(Dir::Future) => Dir::Future,
            _ => Dir::Past,
        };
        // The reference day itself is in the past: `a signé lundi` read on a Monday.
        let on_side = |p: &Point| match dir {
            Dir::Past => p.date <= r,
            Dir::Future => p.date > r,
        };
        return pool.into_iter().filter(on_side).min_by_key(|p| (p.date - r).get_days().abs());
    }
    let cost = |p: &Point| -> Option<(bool, i64, bool)> {
        let (first, last) = p.bounds()?;
        let s = side(p);
        let days = if last < r { (r - last).get_days() } else if first > r { (first - r).get_days() } else { 0 };
        let distance = i64::from(days);
        let reach = match lean {
            Lean::Tense(_, near) if near <= NEAR_CUE => TENSE_REACH,
            _ => DISTANT_TENSE_REACH,
        };
        let outside = match (lean, s) {
            (Lean::Bound(d), Some(s)) if s != d => return None,
            (Lean::Tense(d, _), Some(s)) => s != d || distance > reach,
            _ => false,
        };
        // Within the tense's reach first; on equal distance, the past.
        Some((outside, distance, s == Some(Dir::Future)))
    };
    pool.into_iter().filter_map(|p| cost(&p).map(|c| (c, p))).min_by_key(|(c, _)| *c).map(|(_, p)| p)
}

/// The grain the stated fields name.
fn grain(cal: &Cal) -> Option<Grain> {
    Some(if cal.day.is_some() || cal.weekday.is_some() {
        Grain::Day
    } else if cal.month.is_some() {
        Grain::Month
    } else if cal.quarter.is_some() {
        Grain::Quarter
    } else if cal.half.is_some() {
        Grain::Half
    } else if cal.year.is_some() {
        Grain::Year
    } else {
        return None;
    })
}

/// Which side of `r` the period lies on; `None` when it contains `r`.
fn side(p: &Point, r: Date) -> Option<Dir> {
    let (first, last) = p.bounds()?;
    if last < r {
        Some(Dir::Past)
    } else if first > r {
        Some(Dir::Future)
    } else {
        None
    }
}
