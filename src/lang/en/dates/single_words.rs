//! English rules for single words, tried last: holidays, seasons,
//! weekdays, months.

use crate::dates::{Kind::*, Rule};

pub static RULES: &[Rule] = &[
    Rule {
        id: "date.holiday",
        kind: Calendar,
        pattern: r"(?:(?P<shift>last|next|this) )?(?P<holiday>{holiday})(?:,? (?P<year>{year}))?",
        examples: &["Christmas", "New Year's Eve", "Christmas 2023", "Halloween", "last Thanksgiving"],
    },
    Rule {
        id: "date.season",
        kind: Calendar,
        pattern: r"(?:in|during|over|since|by|until) (?P<x>{pre}(?:the )?(?P<season>summer|winter|spring|autumn|fall)(?: (?:of )?(?P<year>{year}))?)",
        examples: &["in the summer", "during winter", "in the fall", "in the summer of 2022", "in late summer"],
    },
    Rule {
        id: "date.weekday",
        kind: Calendar,
        pattern: r"(?P<weekday>{weekday})",
        examples: &["Monday", "Friday"],
    },
    Rule {
        id: "date.month",
        kind: Calendar,
        pattern: r"(?:(?:in|since|by|until|till|through|during|from|before|after|of|between|and|to) (?P<x>{pre}(?P<month>{month})(?:\.? (?P<day>{day}))?(?:,? (?:of )?(?P<year>{year}))?)|(?:{mod}) ?(?P<month2>{month}))",
        examples: &["in March", "since May", "early June", "mid-July", "in October 2023", "since May 5"],
    },
    Rule {
        id: "date.month_alone",
        kind: Calendar,
        pattern: r"(?P<month>{month})(?P<alone>)",
        examples: &["October", "September"],
    },
];
