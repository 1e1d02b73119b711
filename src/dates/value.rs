//! The typed value a pattern produces, before the reference date is known.
//! [`super::resolve`] turns it into a TIMEX3 value.

/// Calendar units, for offsets (`il y a trois jours`), durations and sets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Weekend,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
}

/// Parts of the day (TIMEX3 `TMO`, `TAF`, `TEV`, `TNI`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DayPart {
    Morning,
    Afternoon,
    Evening,
    Night,
}

/// Seasons (TIMEX3 `SP`, `SU`, `FA`, `WI`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Season {
    Spring,
    Summer,
    Autumn,
    Winter,
}

/// Soft references: `récemment`, `maintenant`, `à l'avenir`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RefKind {
    Past,
    Present,
    Future,
}

/// Which way an underspecified date points from the reference date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dir {
    Past,
    Future,
}

/// A clock time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Clock {
    pub hour: i8,
    pub minute: i8,
    pub second: Option<i8>,
}

/// The calendar fields a text states; the missing ones come from the
/// reference date and the tense.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Cal {
    pub year: Option<i16>,
    pub month: Option<i8>,
    pub day: Option<i8>,
    /// 1 = Monday … 7 = Sunday.
    pub weekday: Option<i8>,
    pub season: Option<Season>,
    pub part: Option<DayPart>,
    pub clock: Option<Clock>,
}

impl Cal {
    /// True when no calendar field (only a clock or a part of day) is stated.
    pub fn is_clock_only(&self) -> bool {
        self.year.is_none() && self.month.is_none() && self.day.is_none() && self.weekday.is_none() && self.season.is_none()
    }
}

/// The unresolved value of one expression.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Expr {
    /// Fields stated in the text (`le 4 janvier`, `octobre 2023`, `lundi`,
    /// `19h33`), with the shift a modifier gives (`lundi dernier` -1,
    /// `mardi prochain` +1, `ce lundi` 0).
    Stated { cal: Cal, shift: Option<i8> },
    /// `n` units from the reference date, valued at the unit's granularity:
    /// `hier` (Day, -1), `la semaine dernière` (Week, -1), `il y a trois
    /// ans` (Year, -3); with a part of day: `hier soir`.
    Offset { unit: Unit, n: i32, part: Option<DayPart> },
    /// A length of time; `n` is `None` when vague (`des années`).
    Duration { n: Option<u32>, unit: Unit },
    /// A recurrence: every `n` units, or every given weekday.
    Set { n: u32, unit: Unit, weekday: Option<i8> },
    /// `PAST_REF`, `PRESENT_REF`, `FUTURE_REF`.
    Ref(RefKind),
    /// A decade by its first three digits (`199` for the 1990s).
    Decade(i32),
    /// A century by its first two digits (`19` for the 20th century).
    Century(i32),
}
