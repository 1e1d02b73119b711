//! A resolved period of the calendar: its first day and its grain (a day, an
//! ISO week, a month, a quarter, a half, a year). Dates of the text are
//! kept as points so that a later expression can count from them (`la
//! veille`, `the following week`, `a year earlier`), and offsets from the
//! reference date are computed the same way.

use jiff::civil::Date;
use jiff::ToSpan;

use super::value::Unit;

/// Finest first: a grain is finer than every grain after it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Grain {
    Day,
    Week,
    Month,
    Quarter,
    Half,
    Year,
}

impl Grain {
    /// The grain a unit counts in; `None` for decades and centuries.
    pub fn of(unit: Unit) -> Option<Grain> {
        Some(match unit {
            Unit::Second | Unit::Minute | Unit::Hour | Unit::Day => Grain::Day,
            Unit::Week | Unit::Weekend => Grain::Week,
            Unit::Month => Grain::Month,
            Unit::Quarter => Grain::Quarter,
            Unit::Half => Grain::Half,
            Unit::Year => Grain::Year,
            Unit::Decade | Unit::Century => return None,
        })
    }
}

/// A period: the grain's period that contains `date`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Point {
    pub date: Date,
    pub grain: Grain,
}

impl Point {
    pub fn new(date: Date, grain: Grain) -> Point {
        Point { date, grain }
    }

    /// The TIMEX3 value: `2024-01-23`, `2024-W04`, `2024-01`, `2024-Q1`,
    /// `2024-H1`, `2024`.
    pub fn value(&self) -> String {
        let (y, m) = (self.date.year(), self.date.month());
        match self.grain {
            Grain::Day => self.date.to_string(),
            Grain::Week => {
                let w = self.date.iso_week_date();
                format!("{:04}-W{:02}", w.year(), w.week())
            }
            Grain::Month => format!("{y:04}-{m:02}"),
            Grain::Quarter => format!("{y:04}-Q{}", (m - 1) / 3 + 1),
            Grain::Half => format!("{y:04}-H{}", (m - 1) / 6 + 1),
            Grain::Year => format!("{y:04}"),
        }
    }

    /// `n` units later (earlier when negative), at the grain `grain`.
    pub fn shifted(&self, unit: Unit, n: i32, grain: Grain) -> Option<Point> {
        let n = n as i64;
        let d = self.date;
        let date = match unit {
            Unit::Second | Unit::Minute | Unit::Hour => d,
            Unit::Day => d.checked_add(n.days()).ok()?,
            Unit::Week | Unit::Weekend => d.checked_add((7 * n).days()).ok()?,
            Unit::Month => d.checked_add(n.months()).ok()?,
            Unit::Quarter => d.checked_add((3 * n).months()).ok()?,
            Unit::Half => d.checked_add((6 * n).months()).ok()?,
            Unit::Year => d.checked_add(n.years()).ok()?,
            Unit::Decade => d.checked_add((10 * n).years()).ok()?,
            Unit::Century => d.checked_add((100 * n).years()).ok()?,
        };
        Some(Point::new(date, grain))
    }

    /// The first and last day of the period.
    pub fn bounds(&self) -> Option<(Date, Date)> {
        let d = self.date;
        let months = |k: i8| -> Option<(Date, Date)> {
            let first_month = (d.month() - 1) / k * k + 1;
            let first = Date::new(d.year(), first_month, 1).ok()?;
            Some((first, first.checked_add((k as i64).months()).ok()?.checked_sub(1.day()).ok()?))
        };
        match self.grain {
            Grain::Day => Some((d, d)),
            Grain::Week => {
                let monday = d.checked_sub((d.weekday().to_monday_zero_offset() as i64).days()).ok()?;
                Some((monday, monday.checked_add(6.days()).ok()?))
            }
            Grain::Month => months(1),
            Grain::Quarter => months(3),
            Grain::Half => months(6),
            Grain::Year => months(12),
        }
    }
}
