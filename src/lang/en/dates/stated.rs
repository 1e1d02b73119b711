//! English rules for stated calendar fields and clock times: dates,
//! months, quarters and halves, years, decades, centuries, clock times.

use crate::dates::{Kind::*, Rule};

/// Words after which a bare year is a date (the word stays outside).
macro_rules! year_preps {
    () => {
        r"(?:in|since|by|until|till|through|throughout|into|before|after|from|during|around|circa|the year)"
    };
}

pub static RULES: &[Rule] = &[
    Rule {
        id: "date.range_month_days",
        kind: Range,
        pattern: r"(?P<a>(?P<month>{mon})\.? (?P<day1>{day}))(?:-|–| to | through | and )(?P<b>(?P<day>{day}))(?:,? (?P<year>{year}))?",
        examples: &["March 3-5", "May 3 to 5, 2024"],
    },
    Rule {
        id: "date.range_years",
        kind: Range,
        pattern: r"(?:(?:from|between) )?(?P<a>(?P<year1>{year})) ?(?:to|and|through|-|–) ?(?P<b>(?P<year>{year}))",
        examples: &["between 2019 and 2021", "from 2010 to 2015", "2019-2021"],
    },
    Rule {
        id: "date.range_months",
        kind: Range,
        pattern: r"(?:from|between) (?P<a>(?P<month1>{month})(?: (?P<year1>{year}))?) (?:to|and|through) (?P<b>(?P<month>{month}),? (?:(?P<year>{year})|(?P<yrel>(?:of )?(?P<yshift>last|next|this) year)))",
        examples: &["from January to March 2023", "between May 2019 and June 2020", "between January and August of last year"],
    },
    Rule {
        id: "date.quarter",
        kind: Calendar,
        pattern: r"(?:the |its )?(?:(?P<year2>{year})(?:'s)? )?(?:fiscal )?(?:(?P<quarter>{ord}|[1-4](?:st|nd|rd|th))[ -]quarter(?: (?:of )?(?:(?P<year>{year})|(?P<yrel>(?P<yshift>last|next|this) year|the year)))?|(?P<quarter2>q[1-4]) (?P<year3>{year}))",
        examples: &["the 4th quarter of 2018", "third-quarter", "the third quarter", "Q3 2019", "the 1988 second quarter", "the fourth quarter of last year"],
    },
    Rule {
        id: "date.half",
        kind: Calendar,
        pattern: r"(?:the )?(?:(?P<half>first|second|1st|2nd) half of (?:(?P<year>{year})|(?P<yrel>(?P<yshift>last|next|this) year|the year))|(?P<half2>h[12]) (?P<year2>{year}))",
        examples: &["the first half of 2024", "the second half of last year", "H1 2024", "first half of the year"],
    },
    Rule {
        id: "date.month_year_shifted",
        kind: Calendar,
        pattern: r"(?:(?:in|by|until|since|from|during|before|after) (?P<x>(?P<month>{month}),? (?P<yrel>(?:of )?(?P<yshift>next|last|this) year|(?P<ynext>in a year)))|(?P<month2>{month}),? (?P<yrel2>(?:of )?(?P<yshift2>next|last|this) year|(?P<ynext2>in a year)))",
        examples: &["March next year", "in March of last year", "March in a year"],
    },
    Rule {
        id: "date.month_day",
        kind: Calendar,
        pattern: r"(?:(?P<weekday>{wd})\.?,? )?(?P<month>{mon})\.? (?:(?P<day>{day})|(?P<dayw>{ord}))(?:,? (?P<year>{year})|,? (?P<weekday2>{wd})\.?)?",
        examples: &["March 22, 2013", "Tuesday, March 22, 2013", "Jan. 5, 2024", "Sept. 3 2023", "March 3 2015", "march third 2015", "March 22", "Jan. 5", "Monday, March 3", "Oct 1st", "December fifth", "Jul 18, Fri"],
    },
    Rule {
        id: "date.day_month",
        kind: Calendar,
        pattern: r"(?:(?P<weekday>{wd})\.?,? )?(?:the )?(?:(?P<day>{day})|(?P<dayw>{ord})) (?:of )?(?P<month>{mon})(?:\.?,? (?P<year>{year}))?",
        examples: &["22 March 2013", "the 22nd of March 2013", "Tue, 23 Jan 2024", "22 March", "the 22nd of March", "the first of May"],
    },
    Rule {
        id: "date.weekday_day",
        kind: Calendar,
        pattern: r"(?P<weekday>{weekday}),? the (?P<day>[0-9]{1,2}(?:st|nd|rd|th))",
        examples: &["Tuesday the 19th", "Friday, the 13th"],
    },
    Rule {
        id: "date.nth_weekday_of_month",
        kind: Calendar,
        pattern: r"(?:the )?(?P<nthw>{ord}|[1-5](?:st|nd|rd|th)|last) (?P<weekday>{weekday}) (?:of|in) (?P<month>{month})(?:,? (?P<year>{year}))?",
        examples: &["the first Tuesday of October", "the last Monday of March", "the third Tuesday of September 2014", "the 2nd Sunday in May"],
    },
    Rule {
        id: "date.month_year",
        kind: Calendar,
        pattern: r"{pre}(?P<month>{mon})\.?,? (?:of )?(?P<year>{year})",
        examples: &["March 2013", "early March 2013", "March of 2013", "Dec. 2022"],
    },
    Rule {
        id: "date.season_year",
        kind: Calendar,
        pattern: r"{pre}(?:the )?(?P<season>{season}) (?:of )?(?P<year>{year})",
        examples: &["summer 2022", "the fall of 2021", "late spring 2020"],
    },
    Rule {
        id: "date.mod_year",
        kind: Calendar,
        pattern: r"(?:{mod}) ?(?P<year>{year})",
        examples: &["mid-2021", "early 2023", "late 2022", "the end of 2022"],
    },
    Rule {
        id: "date.fiscal_year",
        kind: Calendar,
        pattern: r"fiscal (?:year )?(?P<year>{year})",
        examples: &["fiscal 1989", "fiscal year 2024"],
    },
    Rule {
        id: "date.year_after_preposition",
        kind: Calendar,
        pattern: concat!(year_preps!(), r" (?P<x>(?P<year>{year})(?:[-/](?P<mm>0[1-9]|1[0-2]))?)"),
        examples: &["in 2006", "since 2006", "by 2030", "until 2025", "into 1990", "in 2014-10"],
    },
    Rule {
        // A year before a noun it dates, after a determiner or a
        // possessive: `the 1996 campaign`, `its 1990 invasion`, `a 1971
        // convention` (not a count: `the 2000 students`).
        id: "date.year_modifier",
        kind: Calendar,
        pattern: r"(?:the|a|an|its|his|her|their|our|this|that|'s|s') (?P<x>(?P<year>{year})) [a-z][a-z-]*(?:[a-rt-z-]|ss)\b",
        examples: &["the 1996 campaign", "its 1990 invasion", "a 1971 convention", "their 1990 invasion"],
    },
    Rule {
        id: "date.year_before_punctuation",
        kind: Calendar,
        pattern: r"(?:of|for|to|due) (?P<x>(?P<year>{year}))(?P<phrase_end>)",
        examples: &["of 1989", "For 1988", "to 1994"],
    },
    Rule {
        id: "date.decade",
        kind: DecadeName,
        pattern: r"(?:the )?{pre}(?P<decade>(?:1[5-9]|20)[0-9]0|'[0-9]0)'?s",
        examples: &["the 1990s", "the '90s", "the early 2000s", "1980s"],
    },
    Rule {
        id: "date.spelled_year",
        kind: Calendar,
        pattern: r"(?:the year )?(?:(?P<ycent>{ycent}) (?:(?P<ytail>{yteen}|{yten}(?:[- ]{yunit})?)|hundred)|(?P<ythousand>two thousand)(?:(?: and)? (?P<ytail2>{yunit}|{yteen}|{yten}(?:[- ]{yunit})?))?)",
        examples: &["nineteen ninety-six", "the year two thousand", "two thousand and five", "nineteen hundred", "twenty twenty-four"],
    },
    Rule {
        id: "date.century",
        kind: CenturyName,
        pattern: r"(?:the )?(?P<century>[0-9]{1,2}(?:st|nd|rd|th)|{ord}) century",
        examples: &["the 20th century", "the twenty-first century"],
    },
    Rule {
        id: "time.clock_then_day",
        kind: Calendar,
        pattern: r"(?P<lead>(?:at|by|until|around|from|before|after|since|about) )?(?:(?P<hour>1[0-2]|0?[1-9])(?:[:.](?P<minute>[0-5][0-9]))? ?(?P<ampm>a\.m|p\.m|am|pm)\.?|(?P<hword>{clock}))(?: (?:[ecmp][sd]t|gmt|utc))?,? (?:(?P<weekday>{weekday})|(?P<month>{mon})\.? (?P<day>{day}))",
        examples: &["10 p.m. Wednesday", "noon Thursday", "5 p.m. EST Nov. 9", "9 a.m. Tuesday", "at 7:30 p.m. Friday"],
    },
    Rule {
        id: "time.am_pm",
        kind: Calendar,
        pattern: r"(?P<hour>1[0-2]|0?[1-9])(?:[:.](?P<minute>[0-5][0-9]))? ?(?P<ampm>a\.m|p\.m|am|pm)",
        examples: &["8:30 p.m", "10 a.m", "7pm", "11.15 am"],
    },
    Rule {
        id: "time.clock_after_preposition",
        kind: Calendar,
        pattern: r"(?:at|by|until|around|from|before|after|since|about) (?P<x>(?P<hour>[01]?[0-9]|2[0-3]):(?P<minute>[0-5][0-9])(?: ?(?P<ampm>a\.m|p\.m|am|pm))?)",
        examples: &["at 18:30", "by 9:00"],
    },
    Rule {
        id: "time.clock_word",
        kind: Calendar,
        pattern: r"(?P<hword>{clock})",
        examples: &["noon", "midnight"],
    },
    Rule {
        id: "time.relative_day_part",
        kind: Relative,
        pattern: r"(?P<rel>yesterday|tomorrow|today) (?P<part>{part})",
        examples: &["yesterday morning", "tomorrow evening"],
    },
    Rule {
        id: "time.weekday_part",
        kind: Calendar,
        pattern: r"(?:(?P<shift>last|next|this) )?(?P<weekday>{weekday}) (?P<part>{part})",
        examples: &["Tuesday night", "Monday morning", "last Friday evening"],
    },
    Rule {
        id: "time.this_part",
        kind: Relative,
        pattern: r"(?:(?P<shift>this|last) (?P<part>{part})|(?P<part2>tonight))",
        examples: &["this morning", "last night", "tonight", "this afternoon"],
    },
];
