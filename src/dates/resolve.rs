//! One resolver for every language: a typed value, the reference date and
//! the direction → the TIMEX3 type and value. Calendar arithmetic (ISO
//! weeks, month lengths, leap years) is `jiff`'s.

use jiff::civil::{Date, Weekday};
use jiff::ToSpan;

use super::value::{Cal, Clock, DayPart, Dir, Expr, RefKind, Season, Unit};
use crate::types::TimexType;

/// A resolved expression: its type, its value, and the day it names when it
/// names one (a later clock time anchors on it).
pub struct Resolved {
    pub kind: TimexType,
    pub value: String,
    pub day: Option<Date>,
}

/// Resolves `expr`. `dir` is the tense's direction; `anchor` the day a bare
/// clock time belongs to (an earlier date of the sentence), if any.
pub fn resolve(expr: Expr, reference: Option<Date>, dir: Dir, anchor: Option<Date>) -> Option<Resolved> {
    let date = |value: String| Resolved { kind: TimexType::DATE, value, day: None };
    match expr {
        Expr::Stated { cal, shift } => stated(cal, shift, reference, dir, anchor),
        Expr::Offset { unit, n, part } => match reference {
            Some(r) => offset(r, unit, n, part),
            None => Some(date(reference_word(n.signum()).to_string())),
        },
        Expr::Duration { n, unit } => Some(Resolved { kind: TimexType::DURATION, value: period(n, unit), day: None }),
        Expr::Set { n, unit, weekday } => {
            let value = match weekday {
                Some(w) => format!("XXXX-WXX-{w}"),
                None => period(Some(n), unit),
            };
            Some(Resolved { kind: TimexType::SET, value, day: None })
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

/// `P3M`, `PT24H`, `PXY`, `P2DE`.
fn period(n: Option<u32>, unit: Unit) -> String {
    let n = n.map_or("X".to_string(), |n| n.to_string());
    let (time, letter) = match unit {
        Unit::Second => (true, "S"),
        Unit::Minute => (true, "M"),
        Unit::Hour => (true, "H"),
        Unit::Day => (false, "D"),
        Unit::Week => (false, "W"),
        Unit::Weekend => (false, "WE"),
        Unit::Month => (false, "M"),
        Unit::Quarter => (false, "Q"),
        Unit::Year => (false, "Y"),
        Unit::Decade => (false, "DE"),
        Unit::Century => (false, "CE"),
    };
    format!("P{}{n}{letter}", if time { "T" } else { "" })
}

fn offset(r: Date, unit: Unit, n: i32, part: Option<DayPart>) -> Option<Resolved> {
    let d = |s: String| Some(Resolved { kind: TimexType::DATE, value: s, day: None });
    match unit {
        Unit::Second | Unit::Minute | Unit::Hour | Unit::Day => {
            let days = if unit == Unit::Day { n } else { 0 };
            let day = r.checked_add((days as i64).days()).ok()?;
            let kind = if part.is_some() { TimexType::TIME } else { TimexType::DATE };
            Some(Resolved { kind, value: format!("{}{}", day, part_suffix(part)), day: Some(day) })
        }
        Unit::Week | Unit::Weekend => {
            let day = r.checked_add((n as i64 * 7).days()).ok()?;
            let w = day.iso_week_date();
            let we = if unit == Unit::Weekend { "-WE" } else { "" };
            d(format!("{:04}-W{:02}{we}", w.year(), w.week()))
        }
        Unit::Month => {
            let m = r.first_of_month().checked_add((n as i64).months()).ok()?;
            d(format!("{:04}-{:02}", m.year(), m.month()))
        }
        Unit::Quarter => {
            let q = (r.year() as i32) * 4 + (r.month() as i32 - 1) / 3 + n;
            d(format!("{:04}-Q{}", q.div_euclid(4), q.rem_euclid(4) + 1))
        }
        Unit::Year => d(format!("{:04}", r.year() as i32 + n)),
        Unit::Decade => d(format!("{:03}", r.year() as i32 / 10 + n)),
        Unit::Century => d(format!("{:02}", r.year() as i32 / 100 + n)),
    }
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

fn stated(cal: Cal, shift: Option<i8>, reference: Option<Date>, dir: Dir, anchor: Option<Date>) -> Option<Resolved> {
    let dir = match shift {
        Some(s) if s < 0 => Dir::Past,
        Some(s) if s > 0 => Dir::Future,
        _ => dir,
    };
    let strict = shift.is_some_and(|s| s != 0);
    let time_suffix = match (cal.clock, cal.part) {
        (Some(c), _) => clock_text(c),
        (None, p) => part_suffix(p).to_string(),
    };
    let kind = if time_suffix.is_empty() { TimexType::DATE } else { TimexType::TIME };
    let done = |value: String, day: Option<Date>| Some(Resolved { kind, value, day });
    if cal.is_clock_only() {
        let day = anchor.or(reference);
        let base = day.map_or("XXXX-XX-XX".to_string(), |d| d.to_string());
        return done(format!("{base}{time_suffix}"), day);
    }
    if let (Some(y), None, None, None, None) = (cal.year, cal.month, cal.day, cal.season, cal.weekday) {
        return done(format!("{y:04}"), None);
    }
    if let Some(season) = cal.season {
        let year = cal.year.map(i32::from).or_else(|| reference.map(|r| season_year(r, season, dir, shift)));
        let y = year.map_or("XXXX".to_string(), |y| format!("{y:04}"));
        return done(format!("{y}-{}", season_code(season)), None);
    }
    let day = calendar_day(&cal, reference, dir, strict);
    match (day, cal.day, cal.month) {
        (Some(d), _, _) if cal.day.is_some() || cal.weekday.is_some() => done(format!("{d}{time_suffix}"), Some(d)),
        (Some(d), None, Some(_)) => done(format!("{:04}-{:02}", d.year(), d.month()), None),
        (None, Some(dd), Some(m)) => done(format!("{}-{m:02}-{dd:02}{time_suffix}", year_text(cal.year)), None),
        (None, None, Some(m)) => done(format!("{}-{m:02}", year_text(cal.year)), None),
        (None, None, None) => cal.weekday.map(|w| Resolved { kind, value: format!("XXXX-WXX-{w}{time_suffix}"), day: None }),
        _ => None,
    }
}

fn year_text(y: Option<i16>) -> String {
    y.map_or("XXXX".to_string(), |y| format!("{y:04}"))
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

/// The day (or, for a month alone, the first of the month) that the stated
/// fields name, filling the missing year or month from the reference date
/// in the direction of the tense. `None` without a reference when a field
/// is missing.
fn calendar_day(cal: &Cal, reference: Option<Date>, dir: Dir, strict: bool) -> Option<Date> {
    if let (Some(y), Some(m)) = (cal.year, cal.month) {
        return Date::new(y, m, cal.day.unwrap_or(1)).ok();
    }
    let r = reference?;
    let candidates: Vec<Date> = match (cal.month, cal.day, cal.weekday) {
        (Some(m), day, _) => (-1..=1).filter_map(|dy| Date::new(r.year() + dy, m, day.unwrap_or(1)).ok()).collect(),
        (None, Some(d), _) => (-1..=1i64)
            .filter_map(|dm| r.first_of_month().checked_add(dm.months()).ok())
            .filter_map(|m| Date::new(m.year(), m.month(), d).ok())
            .collect(),
        (None, None, Some(_)) => (-7..=7i64).filter_map(|k| r.checked_add(k.days()).ok()).collect(),
        (None, None, None) => return None,
    };
    let fits = |d: &Date| cal.weekday.map_or(true, |w| weekday_number(d.weekday()) == w);
    let matching: Vec<Date> = candidates.iter().copied().filter(fits).collect();
    // A weekday with a day fixes the date when only one candidate fits.
    if cal.day.is_some() && cal.weekday.is_some() && matching.len() == 1 {
        return matching.first().copied();
    }
    let pool = if matching.is_empty() { candidates } else { matching };
    let month_only = cal.day.is_none() && cal.weekday.is_none();
    let key = |d: &Date| if month_only { (d.year(), d.month(), 1) } else { (d.year(), d.month(), d.day()) };
    let rk = key(&r);
    let pick = match dir {
        Dir::Past => pool.iter().filter(|d| if strict { key(d) < rk } else { key(d) <= rk }).max(),
        Dir::Future if cal.weekday.is_some() && cal.day.is_none() => pool.iter().filter(|d| key(d) > rk).min(),
        Dir::Future => pool.iter().filter(|d| if strict { key(d) > rk } else { key(d) >= rk }).min(),
    };
    pick.copied()
}

fn weekday_number(w: Weekday) -> i8 {
    w.to_monday_one_offset()
}
