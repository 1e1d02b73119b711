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
use super::value::{Cal, Dir, Holiday, Lean};

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
    if let Some(feast) = cal.feast {
        return feast_day(feast, cal.year, reference, lean, shift);
    }
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
        // A weekday with a day and a month: the years around where they meet.
        (Some(m), Some(d), Some(_)) => (-6..=6)
            .filter_map(|dy| Date::new(r.year() + dy, m, d).ok())
            .map(|d| Point::new(d, grain))
            .collect(),
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
    choose(cal, candidates, r, lean, shift)
}

/// A holiday whose day changes with the year: in the year stated, or the
/// occurrence the shift, the tense and the distance choose.
fn feast_day(feast: Holiday, year: Option<i16>, reference: Option<Date>, lean: Lean, shift: Option<i8>) -> Option<Point> {
    if let Some(y) = year {
        return feast_date(feast, y).map(|d| Point::new(d, Grain::Day));
    }
    let r = reference?;
    let reach = 1 + shift.map_or(0, |s| i16::from(s.unsigned_abs()));
    let candidates = (-reach..=reach).filter_map(|dy| feast_date(feast, r.year() + dy)).map(|d| Point::new(d, Grain::Day)).collect();
    choose(&Cal::default(), candidates, r, lean, shift.filter(|&s| s != 0))
}

/// The day of `feast` in year `y`.
fn feast_date(feast: Holiday, y: i16) -> Option<Date> {
    match feast {
        Holiday::Fixed(m, d) => Date::new(y, m, d).ok(),
        Holiday::Easter(offset) => easter(y)?.checked_add(i64::from(offset).days()).ok(),
        Holiday::Nth { month, weekday, n } if n > 0 => {
            let first = Date::new(y, month, 1).ok()?;
            let to_weekday = (weekday - first.weekday().to_monday_one_offset()).rem_euclid(7);
            first.checked_add(i64::from(to_weekday + 7 * (n - 1)).days()).ok().filter(|d| d.month() == month)
        }
        Holiday::Nth { month, weekday, .. } => {
            let last = Date::new(y, month, 1).ok()?.last_of_month();
            let back = (last.weekday().to_monday_one_offset() - weekday).rem_euclid(7);
            last.checked_sub(i64::from(back).days()).ok()
        }
    }
}

/// Easter Sunday of the Gregorian year `y` (the anonymous Gregorian
/// computus).
fn easter(y: i16) -> Option<Date> {
    let y = i32::from(y);
    let (a, b, c) = (y % 19, y / 100, y % 100);
    let (d, e) = (b / 4, b % 4);
    let g = (b - (b + 8) / 25 + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let n = h + l - 7 * m + 114;
    Date::new(i16::try_from(y).ok()?, i8::try_from(n / 31).ok()?, i8::try_from(n % 31 + 1).ok()?).ok()
}

/// The occurrence among `candidates` that fits the stated weekday and that
/// the shift, the tense and the distance choose.
fn choose(cal: &Cal, candidates: Vec<Point>, r: Date, lean: Lean, shift: Option<i8>) -> Option<Point> {
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
    Some(if cal.day.is_some() || cal.weekday.is_some() || cal.feast.is_some() {
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
