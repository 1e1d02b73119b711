//! English rules for dates counted from the reference date or from the
//! last date of the text, lengths and recurrences.

use crate::dates::{Kind::*, Rule};

pub static RULES: &[Rule] = &[
    Rule {
        id: "date.weekday_shifted",
        kind: Relative,
        pattern: r"(?P<shift>last|next|this|coming|past) (?P<weekday>{weekday})",
        examples: &["last Tuesday", "next Friday", "this Monday"],
    },
    Rule {
        id: "date.counted",
        kind: Calendar,
        pattern: r"(?:the )?(?:(?P<weekday>{weekday})|(?P<month>{month})) (?P<shift>after next|before last)",
        examples: &["friday after next", "the Friday before last", "March after next"],
    },
    Rule {
        id: "date.month_shifted",
        kind: Relative,
        pattern: r"(?P<shift>last|next|this) (?P<month>{month})",
        examples: &["last March", "next September"],
    },
    Rule {
        id: "date.season_shifted",
        kind: Relative,
        pattern: r"(?P<shift>last|next|this) (?P<season>{season})",
        examples: &["last summer", "this fall", "next spring"],
    },
    Rule {
        id: "date.day_of_unit",
        kind: Relative,
        pattern: r"(?:(?:the )?(?:(?P<day>{day})|(?P<dayw>{ord})) of (?P<shift>next|last|this) (?P<unit>month)|(?P<weekday>{weekday}) (?:of )?(?P<shift2>next|last|this) (?P<unit2>week))",
        examples: &["the 20th of next month", "the fifteenth of last month", "Monday of next week", "Friday next week"],
    },
    Rule {
        // Accounts count a period by its last day: `the year ended Sept.
        // 30` is a year's length (the day is a date of its own).
        id: "duration.period_ended",
        kind: Duration,
        // (A quarter so counted is valued as the quarter it is.)
        pattern: r"(?P<x>the (?:fiscal |financial )?(?:(?P<unit>year)|(?P<n>{num}) (?P<unit2>months|weeks))) (?:that |which )?(?:ended|ending|ends|to end)",
        examples: &["the year ended", "the fiscal year ending", "the nine months ended", "the six months ending"],
    },
    Rule {
        id: "duration.the_past_one",
        kind: Duration,
        pattern: r"the (?:past|coming) (?P<unit>{unit})",
        examples: &["the past year", "the coming week"],
    },
    Rule {
        id: "date.mod_of_unit",
        kind: Relative,
        pattern: r"(?:the )?(?:beginning|start|end|middle|rest|turn) of (?:the |(?P<shift>last|next|this) )(?P<unit>{unit})",
        examples: &["the end of the year", "the start of last month", "end of this week"],
    },
    Rule {
        id: "date.the_unit_shifted",
        kind: Relative,
        pattern: r"the (?P<shift>current|upcoming|latest) (?:fiscal )?(?P<unit>{unit})",
        examples: &["the current quarter", "the upcoming week", "the latest quarter", "the current fiscal year"],
    },
    Rule {
        id: "date.unit_shifted",
        kind: Relative,
        pattern: r"{pre}(?P<shift>last|next|this|coming|current|upcoming|past|previous) (?P<unit>{unit})",
        examples: &["last week", "next month", "this year", "earlier this month", "later this year", "last weekend", "next qtr", "current week", "previous week", "upcoming week"],
    },
    Rule {
        id: "count.units",
        kind: Count,
        pattern: r"(?:(?P<prep>in )|(?P<every>every |each )|(?P<lead>(?:in|for|over|during|within) )?(?:the )?(?:past|last|previous|next|coming|first) |(?:more than|nearly|almost|about|some|over) )?(?:(?P<n>{num})|(?P<vague>{vague}))(?:[ -](?P<unit>{unit})(?:-old|-long|-(?P<ashift2>earlier|ago))?(?: (?P<ago>ago)| (?P<ahead>from (?:now|today))| (?P<ashift>later|earlier))?| (?P<weekday>{weekday})s? (?P<ahead2>from (?:now|today))| (?P<times>times) (?:a|an|per|each|every) (?P<unit2>{unit}))",
        examples: &["two weeks ago", "a year ago", "several months ago", "more than 20 years ago", "two weeks from now", "a year from today", "3 fridays from now", "three days later", "a year earlier", "in three days", "in a year", "the past two years", "over the past 20 years", "the last few months", "the next five years", "past 24 hours", "24 hours", "three months", "a decade", "22-year-old", "several weeks", "twenty-one days", "three times a day", "every two years", "a year-earlier"],
    },
    Rule {
        id: "date.ref_bound",
        kind: Ref,
        pattern: r"(?:in|for|at|until|over) (?P<x>(?P<ref>{bref}))",
        examples: &["in the future", "in the past", "at the moment", "for the time being", "at present", "in recent years", "in the near future"],
    },
    Rule {
        id: "date.ref",
        kind: Ref,
        pattern: r"(?P<ref>{ref})",
        examples: &["now", "currently", "recently", "years ago", "soon"],
    },
    Rule {
        id: "date.relative_day",
        kind: Relative,
        pattern: r"(?P<rel>{rel})",
        examples: &["yesterday", "today", "tomorrow", "the day before yesterday"],
    },
    Rule {
        id: "date.anaphoric_day",
        kind: Anaphoric,
        pattern: r"(?P<arel>{arel})(?: (?P<holiday>{holiday})| (?P<month>{mon})\.? (?P<day>{day}))?",
        examples: &["the day before", "the next day", "the following day", "the day after Christmas", "the same day"],
    },
    Rule {
        id: "date.anaphoric_unit",
        kind: Anaphoric,
        pattern: r"(?:(?:the )?(?P<ashift>following|previous|same) (?:(?P<unit>{unit})|(?P<part>{part}))|{pre}that (?:(?P<unit2>{unit})|(?P<part2>{part}))|the (?P<ashift2>next) (?P<part3>{part}))",
        examples: &["the following week", "the previous month", "later that year", "that day", "earlier that day", "that night", "the next morning", "the previous evening"],
    },
    Rule {
        id: "time.part_alone",
        kind: Anaphoric,
        pattern: r"(?:in|during) (?P<x>the (?:(?:early|late) )?(?P<part>morning|afternoon|evening))",
        examples: &["in the afternoon", "during the morning", "in the late evening"],
    },
    Rule {
        id: "date.year_earlier",
        kind: Anaphoric,
        pattern: r"(?:the )?(?P<keep>(?P<unit>year)[- ](?P<ashift>earlier|ago))(?: (?:period|quarter))?",
        examples: &["the year-earlier quarter", "year-ago", "the year-ago period"],
    },
    Rule {
        id: "date.the_unit",
        kind: Anaphoric,
        pattern: r"the (?:fiscal )?(?P<unit>quarter|year|week|weekend)(?: of (?P<month>{mon})\.? (?P<day>{day})(?:,? (?P<year>{year}))?)?",
        examples: &["the quarter", "the year", "the weekend", "the week of October 7th"],
    },
    Rule {
        id: "set.every_unit",
        kind: Set,
        pattern: r"(?:{every}) (?P<unit>{unit})",
        examples: &["every week", "each year", "every day"],
    },
    Rule {
        id: "set.every_weekday",
        kind: Set,
        pattern: r"(?:(?:{every}) (?P<weekday>{weekday})|on (?P<x>(?P<weekday2>{weekday})s))",
        examples: &["every Monday", "on Mondays"],
    },
    Rule {
        id: "set.times_per",
        kind: Set,
        pattern: r"(?:once|twice) (?:a|an|per|each|every) (?P<unit>{unit})",
        examples: &["twice a week", "once a year"],
    },
    Rule {
        id: "set.adverb",
        kind: Set,
        pattern: r"(?P<setw>{setw})",
        examples: &["daily", "weekly", "annually"],
    },
    Rule {
        id: "duration.plural_unit",
        kind: Duration,
        pattern: r"(?:for|over|in) (?P<x>(?P<vague>)(?P<unit>years|months|decades|weeks|days|hours|centuries))",
        examples: &["for years", "over decades", "in months"],
    },
];
