//! What a language's date rule is: a pattern over the folded text with
//! named groups, the way its groups make a value, and examples that run.
//!
//! Patterns are written in folded form (lower case, no accents, `'` for
//! every apostrophe) and may use placeholders that the language's tables
//! fill in: `{month}` (names), `{mon}` (names and abbreviations),
//! `{weekday}`, `{wd}` (names and abbreviations), `{num}` (digits and number
//! words), `{ord}` (ordinal day words), `{day}` (1–31 with the language's
//! suffixes), `{year}` (1500–2099), `{unit}`, `{part}`, `{season}`,
//! `{holiday}`, `{clock}`, `{rel}`, `{shift}`, `{mod}`, `{ref}`, `{bref}`, `{vague}`,
//! `{every}`, `{arel}` (days counted from the last date), `{ashift}` (words
//! counting a unit from it), `{setw}` (adverbs of recurrence), `{ycent}`,
//! `{yteen}`, `{yten}`, `{yunit}` (number words 10–20, 10–19, tens, 1–9,
//! for spelled years). A space
//! matches any run of spaces or tabs.
//!
//! Group names read by [`super::interpret`] and [`super::counted`]:
//! - calendar fields: `year`, `yy` (two digits; a trailing one followed by a
//!   word is a count, not a year: `le 14 avril 15 personnes`), `month`,
//!   `mm`, `day`, `dayw`, `dm1`/`dm2` (numeric day and month in the
//!   language's order), `weekday`, `season`, `holiday`, `quarter`, `half` (a
//!   number, an ordinal or `q3`/`h1`), `nthw` (the rank of a weekday in its
//!   month: `the first Tuesday of October`), `yrel` (a year counted from
//!   the reference's, by `yshift`, or +1 with `ynext`), `ycent`, `ytail`,
//!   `ythousand` (a spelled year: `nineteen ninety-six`), `decade`,
//!   `century`;
//! - clock: `hour`, `minute`, `second`, `ampm`, `hword`, `part`;
//! - shifts and counts: `shift`, `rel`, `arel`, `ashift`, `keep` (counted
//!   from the last date, keeping its grain: `year-earlier`), `n`, `vague`,
//!   `unit`, `ago`, `ahead`, `times`, `every` (see [`Kind::Count`]), `ref`,
//!   `setw`;
//! - extent: `x`, when present, is the extent (a preposition matched for
//!   context stays outside); `prep` and `lead` are prepositions the extent
//!   starts after (`prep` before a count of units: a date ahead);
//!   `phrase_end`, empty, says that no word may follow the match; `lone`,
//!   empty, that a day without its month is followed by no word but the
//!   language's `words_after_a_day`; `alone`, empty, that a month alone is
//!   no word (`May`) and stands by no capitalised word (`June Carter`);
//! - ranges: `a` and `b` are the two extents, and `year1`, `month1`, `day1`,
//!   `weekday1` the fields of the first.

/// A group a rule may name (`(?P<year>…)`), as interpretation asks for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum G {
    A, Ago, Ahead, Alone, Ampm, Arel, Ashift, B, Century, Day, Day1, Dayw, Decade, Dm1, Dm2, Every,
    Half, Holiday, Hour, Hword, Keep, Lead, Lone, Minute, Mm, Month, Month1, N, Nthw, Part, PhraseEnd,
    Prep, Quarter, Ref, Rel, Season, Second, Sep, Setw, Shift, Times, Unit, Vague, Weekday, Weekday1, X,
    Ycent, Year, Year1, Ynext, Yrel, Yshift, Ytail, Ythousand, Yy,
}

/// Every group name with its [`G`], sorted; a name ending in a digit 2–9
/// that is not listed is an alias of the name without it (`month2`).
pub const GROUP_NAMES: [(&str, G); 55] = [
    ("a", G::A),
    ("ago", G::Ago),
    ("ahead", G::Ahead),
    ("alone", G::Alone),
    ("ampm", G::Ampm),
    ("arel", G::Arel),
    ("ashift", G::Ashift),
    ("b", G::B),
    ("century", G::Century),
    ("day", G::Day),
    ("day1", G::Day1),
    ("dayw", G::Dayw),
    ("decade", G::Decade),
    ("dm1", G::Dm1),
    ("dm2", G::Dm2),
    ("every", G::Every),
    ("half", G::Half),
    ("holiday", G::Holiday),
    ("hour", G::Hour),
    ("hword", G::Hword),
    ("keep", G::Keep),
    ("lead", G::Lead),
    ("lone", G::Lone),
    ("minute", G::Minute),
    ("mm", G::Mm),
    ("month", G::Month),
    ("month1", G::Month1),
    ("n", G::N),
    ("nthw", G::Nthw),
    ("part", G::Part),
    ("phrase_end", G::PhraseEnd),
    ("prep", G::Prep),
    ("quarter", G::Quarter),
    ("ref", G::Ref),
    ("rel", G::Rel),
    ("season", G::Season),
    ("second", G::Second),
    ("sep", G::Sep),
    ("setw", G::Setw),
    ("shift", G::Shift),
    ("times", G::Times),
    ("unit", G::Unit),
    ("vague", G::Vague),
    ("weekday", G::Weekday),
    ("weekday1", G::Weekday1),
    ("x", G::X),
    ("ycent", G::Ycent),
    ("year", G::Year),
    ("year1", G::Year1),
    ("ynext", G::Ynext),
    ("yrel", G::Yrel),
    ("yshift", G::Yshift),
    ("ytail", G::Ytail),
    ("ythousand", G::Ythousand),
    ("yy", G::Yy),
];

impl G {
    /// The group named `name`, aliases included.
    pub fn named(name: &str) -> Option<G> {
        let find = |n: &str| GROUP_NAMES.binary_search_by(|(g, _)| (*g).cmp(n)).ok().map(|i| GROUP_NAMES[i].1);
        find(name).or_else(|| find(name.strip_suffix(|c: char| matches!(c, '2'..='9'))?))
    }

    /// The same field of the first date of a range: `year` → `year1`.
    pub fn first(self) -> G {
        match self {
            G::Year => G::Year1,
            G::Month => G::Month1,
            G::Day => G::Day1,
            G::Weekday => G::Weekday1,
            g => g,
        }
    }
}

/// How a rule's groups become a value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Stated calendar fields, clock and part of day: `le 4 janvier 2024`,
    /// `19h33`, `mardi soir`, `lundi dernier`.
    Calendar,
    /// An offset from the reference date: `hier`, `la semaine dernière`,
    /// `ce mois-ci`, `hier soir`.
    Relative,
    /// A length of time: `trois mois`, `24 heures`, `des années`.
    Duration,
    /// A recurrence: `chaque année`, `tous les lundis`, `twice a week`.
    Set,
    /// A soft reference: `récemment`, `maintenant`, `l'avenir`.
    Ref,
    /// `les années 1990`, `the '90s`.
    DecadeName,
    /// `le XXe siècle`, `the 20th century`.
    CenturyName,
    /// Two dates sharing fields: `du 3 au 5 mai`, `between 2019 and 2021`.
    Range,
    /// Counted from the last date of the text: `la veille`, `the following
    /// week`, `trois jours plus tard`, `la veille de Noël`.
    Anaphoric,
    /// A count of units, and what it counts from: `ago` (before the
    /// reference date: `il y a trois jours`), `ahead` (after it: `two weeks
    /// from now`; with a weekday, its n-th occurrence: `3 fridays from
    /// now`), `ashift` (from the last
    /// date of the text: `trois jours plus tard`), `times` or `every` (a
    /// recurrence: `deux fois par an`, `tous les deux ans`), `prep` (units ahead, the
    /// preposition outside: `dans [trois jours]`), or nothing (a length:
    /// `trois mois`).
    Count,
}

/// One date rule of a language.
#[derive(Debug)]
pub struct Rule {
    /// Without the language prefix: `date.day_month_year`.
    pub id: &'static str,
    pub kind: Kind,
    pub pattern: &'static str,
    /// Texts the rule must match whole (or whose group `x` it must match);
    /// run as tests.
    pub examples: &'static [&'static str],
}

/// Rules every language shares (digits only), tried before the language's.
pub static COMMON_RULES: &[Rule] = &[
    Rule {
        id: "date.iso",
        kind: Kind::Calendar,
        pattern: r"(?P<year>{year})-(?P<mm>0?[1-9]|1[0-2])-(?P<day>3[01]|[12][0-9]|0?[1-9])(?:(?:t|[ \t]+)(?P<hour>[01][0-9]|2[0-3]):(?P<minute>[0-5][0-9])(?::(?P<second>[0-5][0-9]))?(?:z|[+-][0-9]{2}:?[0-9]{2})?)?",
        examples: &["2024-01-23 18:52:23", "2013-03-22", "2024-01-23T18:52:23Z", "2015-3-3"],
    },
    Rule {
        id: "date.numeric",
        kind: Kind::Calendar,
        pattern: r"(?P<dm1>3[01]|[12][0-9]|0?[1-9])(?P<sep>[/.])(?P<dm2>3[01]|[12][0-9]|0?[1-9])[/.](?P<year>{year})(?:,?[ \t]+(?P<hour>[01]?[0-9]|2[0-3])[:h](?P<minute>[0-5][0-9]))?",
        examples: &["22/03/2013", "22.03.2013", "03/22/2013 18:52"],
    },
    Rule {
        id: "date.numeric_two_digit_year",
        kind: Kind::Calendar,
        pattern: r"(?P<dm1>3[01]|[12][0-9]|0?[1-9])/(?P<dm2>3[01]|[12][0-9]|0?[1-9])/(?P<yy>[0-9]{2})",
        examples: &["10/31/74", "3/3/15"],
    },
    Rule {
        id: "date.day_mon_year",
        kind: Kind::Calendar,
        pattern: r"(?P<day>3[01]|[12][0-9]|0?[1-9])-(?P<month>{mon})\.?-(?:(?P<year>{year})|(?P<yy>[0-9]{2}))",
        examples: &["31-Oct-74", "5-Dec-2023"],
    },
    Rule {
        id: "date.year_month",
        kind: Kind::Calendar,
        pattern: r"(?P<year>{year})[-/](?P<mm>0[1-9]|1[0-2])",
        examples: &["2014-10", "2014/10"],
    },
    Rule {
        id: "date.month_year_numeric",
        kind: Kind::Calendar,
        pattern: r"(?P<mm>0?[1-9]|1[0-2])/(?P<year>{year})",
        examples: &["2/2013", "10/2014"],
    },
];
