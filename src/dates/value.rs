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
    Half,
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

/// What the clause around an underspecified date says of its direction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lean {
    /// Nothing: a weekday is taken in the past (news reports the past), a
    /// day or month in the year nearest the reference date.
    Unknown,
    /// The nearest verb's tense (`said`, `a déclaré`, `will`, `sera`), with
    /// its distance in words: a weekday follows it; a day or month follows
    /// it when it lies within reach (ten months, less for a distant cue),
    /// else the nearest is taken (`a été renvoyée au 5 avril`).
    Tense(Dir, u8),
    /// A preposition that admits one direction only (`since`, `depuis`).
    Bound(Dir),
}

/// A holiday's day in a year: fixed (`Christmas`: 12, 25), counted from
/// Easter (`Pentecôte`: +49), or the n-th weekday of a month (`Thanksgiving`:
/// the 4th Thursday of November; -1 for the last).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Holiday {
    Fixed(i8, i8),
    Easter(i16),
    Nth { month: i8, weekday: i8, n: i8 },
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
    /// 1–4: `the third quarter`, `le troisième trimestre`.
    pub quarter: Option<i8>,
    /// 1–2: `the first half`, `le second semestre`.
    pub half: Option<i8>,
    /// A holiday whose day changes with the year (`Easter`, `Thanksgiving`).
    pub feast: Option<Holiday>,
    /// The year counted from the reference date's: `March next year` +1,
    /// `la deuxième moitié de l'année dernière` -1.
    pub year_shift: Option<i8>,
    pub part: Option<DayPart>,
    pub clock: Option<Clock>,
}

impl Cal {
    /// True when no calendar field (only a clock or a part of day) is stated.
    pub fn is_clock_only(&self) -> bool {
        self.year.is_none() && self.year_shift.is_none() && !self.names_period() && self.day.is_none() && self.weekday.is_none() && self.feast.is_none()
    }

    /// True when a month, season, quarter or half is stated.
    pub fn names_period(&self) -> bool {
        self.month.is_some() || self.season.is_some() || self.quarter.is_some() || self.half.is_some()
    }
}

/// The unresolved value of one expression.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Expr {
    /// Fields stated in the text (`le 4 janvier`, `octobre 2023`, `lundi`,
    /// `19h33`), with the shift a modifier gives, counted in occurrences:
    /// `lundi dernier` -1, `mardi prochain` +1, `ce lundi` 0, `friday after
    /// next` +2, `3 fridays from now` +3.
    Stated { cal: Cal, shift: Option<i8> },
    /// `n` units from the reference date, valued at the unit's granularity:
    /// `hier` (Day, -1), `la semaine dernière` (Week, -1), `il y a trois
    /// ans` (Year, -3); with a part of day: `hier soir`; with a day of the
    /// month or of the week picked in it: `le 20 du mois prochain` (Month,
    /// +1, 20), `Monday of next week` (Week, +1, 1).
    Offset { unit: Unit, n: i32, part: Option<DayPart>, pick: Option<i8> },
    /// `n` units from the last date of the text before it, or from the date
    /// it states (`la veille de Noël`), or else from the reference date:
    /// `la veille` (Day, -1), `the following week` (Week, +1), `later that
    /// month` (Month, 0). Valued at the unit's granularity, or, when
    /// `keep_grain` (`a year earlier`, `trois jours plus tard`), at that
    /// date's when it is finer; with a part of the day: `la veille au soir`.
    Anaphoric { unit: Unit, n: i32, keep_grain: bool, anchor: Option<Cal>, part: Option<DayPart> },
    /// `n` units before the reference date (`il y a trois jours`), or,
    /// counted in years while the text reports a quarter or a half, that
    /// period `n` years before (`up from $3 a year ago`).
    Ago { unit: Unit, n: i32 },
    /// `n` units ahead of the reference date (`dans trois jours`); in a
    /// clause in the past, a length (`built in three days`).
    InUnits { n: u32, unit: Unit },
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
