//! A match's named groups → the typed value ([`Expr`]), by the rule's
//! [`Kind`]. Written once for every language: words are looked up in the
//! language's tables.

use std::borrow::Cow;

use regex::Captures;

use super::compile::{key, CompiledRule, Tables};
use super::rules::{G, GROUP_NAMES};
use super::rules::Kind;
use super::counted::{anaphoric, counted, duration, relative, set};
use super::value::{Cal, Clock, Expr, Holiday};
use super::DateLexicon;
use crate::text::Folded;

/// What interpretation reads besides the groups.
pub struct Ctx<'a> {
    pub text: &'a str,
    pub folded: &'a Folded,
    pub tables: &'a Tables,
    pub lex: &'a DateLexicon,
}

/// A rule's groups inside one match, found on the match's span; `base` is
/// the span's offset in the folded text.
pub struct Groups<'a> {
    pub caps: &'a Captures<'a>,
    pub rule: &'a CompiledRule,
    pub base: usize,
    /// Per [`G`], 1 + the index of the group (or alias: a rule's
    /// alternatives cannot reuse a name) that took part, or 0.
    taken: [u8; GROUP_NAMES.len()],
}

impl<'a> Groups<'a> {
    pub fn new(caps: &'a Captures<'a>, rule: &'a CompiledRule, base: usize) -> Groups<'a> {
        let mut taken = [0u8; GROUP_NAMES.len()];
        for &(slot, i) in rule.slots() {
            if taken[slot] == 0 && caps.get(i).is_some() {
                taken[slot] = u8::try_from(i + 1).unwrap_or(0);
            }
        }
        Groups { caps, rule, base, taken }
    }

    /// The group `name`, or one of its aliases `name2` … `name9`, that took
    /// part in the match.
    fn get(&self, name: G) -> Option<regex::Match<'a>> {
        let i = self.taken[name as usize];
        (i > 0).then(|| self.caps.get(usize::from(i) - 1)).flatten()
    }

    /// Folded byte range of group `name`.
    pub fn span(&self, name: G) -> Option<(usize, usize)> {
        self.get(name).map(|m| (self.base + m.start(), self.base + m.end()))
    }

    pub(super) fn text(&self, name: G) -> Option<&'a str> {
        self.get(name).map(|m| m.as_str())
    }

    pub(super) fn key(&self, name: G) -> Option<Cow<'a, str>> {
        self.text(name).map(key)
    }

    pub(super) fn has(&self, name: G) -> bool {
        self.text(name).is_some()
    }
}

/// One expression with its folded extent.
type Extent = (usize, usize, Expr);

/// The expressions of one match, each with its folded extent. A range
/// gives two; a match that does not hold up (`31 février`, lower-case
/// `may`) gives none. An array, not a Vec: one allocation less per match.
pub fn interpret(g: &Groups, ctx: &Ctx) -> [Option<Extent>; 2] {
    let whole = g.caps.get(0).map_or((0, 0), |m| (g.base + m.start(), g.base + m.end()));
    // The extent is the group `x`, or what follows the group `prep` or `lead`.
    let after = |lead: (usize, usize)| (lead.1, whole.1);
    let (start, mut end) = g.span(G::X).or_else(|| g.span(G::Prep).or(g.span(G::Lead)).map(after)).unwrap_or(whole);
    if g.rule.rule.kind == Kind::Range {
        return range(g, ctx);
    }
    // `(?P<phrase_end>)`: nothing but punctuation may follow (`For 1988,`, not `for 2000 people`).
    if g.has(G::PhraseEnd) && ctx.folded.text.get(whole.1..).unwrap_or("").trim_start_matches([' ', '\t']).starts_with(|c: char| c.is_alphanumeric()) {
        return [None, None];
    }
    // `(?P<alone>)`: a month alone is a word if it is one (`May`), a name if
    // a capitalised word stands next to it (`June Carter`, `Theresa May`).
    if g.has(G::Alone) && !month_alone(g, ctx, whole) {
        return [None, None];
    }
    // `(?P<lone>)`: a day without its month, unless a word follows that
    // makes it a count: then the weekday alone (`[samedi] 10 personnes`).
    if g.has(G::Lone) {
        let next = ctx.folded.text.get(whole.1..).unwrap_or("").trim_start_matches([' ', '\t']);
        let word: String = next.chars().take_while(|c| c.is_alphanumeric() || *c == '-').collect();
        if !word.is_empty() && !ctx.tables.words_after_a_day.contains(word.as_str()) {
            let weekday = g.span(G::Weekday).zip(g.key(G::Weekday).and_then(|w| ctx.tables.weekdays.get(w.as_ref()).copied()));
            return [weekday.map(|((s, e), w)| (s, e, Expr::Stated { cal: Cal { weekday: Some(w), ..Cal::default() }, shift: None })), None];
        }
    }
    if let Some((yy, _)) = g.span(G::Yy).filter(|_| yy_is_a_count(g, ctx)) {
        end = ctx.folded.text[..yy].trim_end_matches([' ', '\t', '-', '/', '.']).len();
    }
    let expr = match g.rule.rule.kind {
        Kind::Calendar => calendar(g, ctx, false).map(|(cal, shift)| Expr::Stated { cal, shift }),
        Kind::Relative => relative(g, ctx),
        Kind::Duration => duration(g, ctx),
        Kind::Set => set(g, ctx),
        Kind::Anaphoric => anaphoric(g, ctx),
        Kind::Count => counted(g, ctx),
        Kind::Ref => g.key(G::Ref).and_then(|k| ctx.tables.refs.get(k.as_ref()).copied()).map(Expr::Ref),
        Kind::DecadeName => g.text(G::Decade).and_then(decade).map(Expr::Decade),
        Kind::CenturyName => g.key(G::Century).and_then(|c| century(&c, ctx)).map(|c| Expr::Century(c - 1)),
        Kind::Range => None,
    };
    [expr.map(|e| (start, end, e)), None]
}

fn range(g: &Groups, ctx: &Ctx) -> [Option<Extent>; 2] {
    let (Some(a), Some(b)) = (g.span(G::A), g.span(G::B)) else { return [None, None] };
    let Some((second, _)) = calendar(g, ctx, false) else { return [None, None] };
    let Some((first, _)) = calendar(g, ctx, true) else { return [None, None] };
    let mut first = first;
    if first.day.is_some() || first.month.is_some() {
        first.month = first.month.or(second.month);
    }
    first.year = first.year.or(second.year);
    let stated = |cal| Expr::Stated { cal, shift: None };
    [Some((a.0, a.1, stated(first))), Some((b.0, b.1, stated(second)))]
}

/// The stated fields; of the first date of a range when `first` (`year1`).
pub(super) fn calendar(g: &Groups, ctx: &Ctx, first: bool) -> Option<(Cal, Option<i8>)> {
    let t = ctx.tables;
    let name = |n: G| if first { n.first() } else { n };
    let mut cal = Cal { year: g.text(name(G::Year)).and_then(|y| y.parse().ok()), ..Cal::default() };
    if let Some(yy) = g.text(G::Yy).filter(|_| !yy_is_a_count(g, ctx)).and_then(|y| y.trim_start_matches('\'').parse::<i16>().ok()) {
        cal.year = Some(if yy < 50 { 2000 + yy } else { 1900 + yy });
    }
    if g.has(G::Ycent) || g.has(G::Ythousand) {
        cal.year = spelled_year(g, ctx);
        cal.year?;
    }
    let has_day = g.has(name(G::Day)) || g.has(G::Dayw);
    if g.has(name(G::Month)) {
        cal.month = Some(month_name(g, ctx, name(G::Month), has_day, cal.year.is_some())?);
    }
    cal.month = cal.month.or(g.text(G::Mm).and_then(|m| m.parse().ok()));
    // `2010-11` next to a year is a season of two years, not a month.
    if let (Some(y), Some(m), None) = (cal.year, g.text(G::Mm).and_then(|m| m.parse::<i16>().ok()), g.text(G::Day)) {
        if m == (y + 1) % 100 {
            return None;
        }
    }
    cal.quarter = g.key(G::Quarter).and_then(|q| part_number(&q, t)).filter(|q| (1..=4).contains(q));
    cal.half = g.key(G::Half).and_then(|h| part_number(&h, t)).filter(|h| (1..=2).contains(h));
    if (g.has(G::Quarter) && cal.quarter.is_none()) || (g.has(G::Half) && cal.half.is_none()) {
        return None;
    }
    if g.has(G::Yrel) {
        let shifted = g.key(G::Yshift).and_then(|s| t.shifts.get(s.as_ref()).copied());
        cal.year_shift = Some(shifted.unwrap_or(i8::from(g.has(G::Ynext))));
    }
    cal.day = g.text(name(G::Day)).and_then(leading_number).map(|d| d as i8);
    cal.day = cal.day.or(g.key(G::Dayw).and_then(|w| t.ordinals.get(w.as_ref())).map(|&d| d as i8));
    if let (Some(a), Some(b)) = (g.text(G::Dm1).and_then(leading_number), g.text(G::Dm2).and_then(leading_number)) {
        let (d, m) = if b > 12 || (a <= 12 && !ctx.lex.day_first) { (b, a) } else { (a, b) };
        (cal.day, cal.month) = (Some(d as i8), Some(m as i8));
    }
    cal.weekday = g.key(name(G::Weekday)).and_then(|w| t.weekdays.get(w.as_ref()).copied());
    cal.season = g.key(G::Season).and_then(|s| t.seasons.get(s.as_ref()).copied());
    if g.has(G::Nthw) {
        return ranked_weekday(g, ctx, cal).map(|cal| (cal, None));
    }
    match g.key(G::Holiday).and_then(|h| t.holidays.get(h.as_ref()).copied()) {
        Some(Holiday::Fixed(m, d)) => (cal.month, cal.day) = (Some(m), Some(d)),
        Some(feast) => cal.feast = Some(feast),
        None => {}
    }
    cal.part = g.key(G::Part).and_then(|p| t.parts.get(p.as_ref()).copied());
    cal.clock = clock(g, ctx, cal.part);
    let shift = g.key(G::Shift).and_then(|s| t.shifts.get(s.as_ref()).copied());
    valid(&cal).then_some((cal, shift))
}

/// The month the group `group` names. `may`, `march` are words unless
/// capitalised, or dated in full; `sur Mars`, `d'Avril Lavigne` are names in
/// a language whose months are lower case.
fn month_name(g: &Groups, ctx: &Ctx, group: G, has_day: bool, has_year: bool) -> Option<i8> {
    let (t, (s, _)) = (ctx.tables, g.span(group)?);
    let k = g.key(group)?;
    if t.capitalised.contains(k.as_ref()) && !capitalised(ctx, s) && !(has_day && has_year) {
        return None;
    }
    if t.proper_name_months.contains(k.as_ref()) && capitalised(ctx, s) && !has_day && !has_year && !sentence_start(ctx, s) {
        return None;
    }
    t.months.get(k.as_ref()).copied()
}

/// Whether the month alone at `whole` is one: not a month that is also a
/// word, and no capitalised word next to it.
fn month_alone(g: &Groups, ctx: &Ctx, whole: (usize, usize)) -> bool {
    let Some(k) = g.key(G::Month) else { return false };
    let f = &ctx.folded.text;
    let capitalised_word = |at: usize| capitalised(ctx, at) && f[at..].starts_with(|c: char| c.is_alphabetic());
    let next = f[whole.1..].len() - f[whole.1..].trim_start_matches([' ', '\t']).len() + whole.1;
    let before = f[..whole.0].trim_end_matches([' ', '\t']);
    let previous = before.rfind(|c: char| !c.is_alphanumeric()).map_or(0, |i| i + 1);
    let name_before = !sentence_start(ctx, whole.0) && previous < before.len() && capitalised_word(previous);
    !ctx.tables.word_months.contains(k.as_ref()) && !name_before && !(next < f.len() && capitalised_word(next))
}

/// `the first Tuesday of October`, `le dernier lundi de mars`: the weekday
/// of that rank (an ordinal, or -1 for `last`) in the month of `cal`.
fn ranked_weekday(g: &Groups, ctx: &Ctx, mut cal: Cal) -> Option<Cal> {
    let t = ctx.tables;
    let k = g.key(G::Nthw)?;
    let ordinal = t.ordinals.get(k.as_ref()).map(|&n| n as i8).or_else(|| leading_number(&k).map(|n| n as i8));
    let n = ordinal.or_else(|| t.shifts.get(k.as_ref()).copied().filter(|&s| s < 0)).filter(|n| (-1..=5).contains(n) && *n != 0)?;
    let weekday = g.key(G::Weekday).and_then(|w| t.weekdays.get(w.as_ref()).copied())?;
    cal.feast = Some(Holiday::Nth { month: cal.month?, weekday, n });
    cal.month = None;
    valid(&cal).then_some(cal)
}

/// `nineteen ninety-six` → 1996, `nineteen hundred` → 1900, `two thousand
/// and five` → 2005: a year the `{year}` placeholder would match.
fn spelled_year(g: &Groups, ctx: &Ctx) -> Option<i16> {
    let number = |n: G| g.key(n).and_then(|w| ctx.tables.numbers.get(w.as_ref()).copied());
    let tail = number(G::Ytail).unwrap_or(0);
    let year = if g.has(G::Ythousand) { 2000 + tail } else { number(G::Ycent)? * 100 + tail };
    i16::try_from(year).ok().filter(|y| (1500..=2099).contains(y))
}

/// `3`, `3rd`, `third`, `troisième`, `q3`, `h1`, `t3` → 3.
fn part_number(k: &str, t: &Tables) -> Option<i8> {
    let digits = k.trim_start_matches(['q', 'h', 't']);
    let n = leading_number(digits).or_else(|| t.ordinals.get(k).copied())?;
    i8::try_from(n).ok()
}

/// Whether the two-digit year of the match is rather a count: it ends the
/// match and a word follows it (`le 14 avril 15 personnes`).
fn yy_is_a_count(g: &Groups, ctx: &Ctx) -> bool {
    let (Some((_, e)), Some(m)) = (g.span(G::Yy), g.caps.get(0)) else { return false };
    let rest = ctx.folded.text.get(e..).unwrap_or("");
    let separated = ctx.folded.text[..e].trim_end_matches(|c: char| c.is_ascii_digit()).ends_with([' ', '\t']);
    separated && e == g.base + m.end() && rest.trim_start_matches([' ', '\t']).starts_with(|c: char| c.is_alphanumeric()) && rest.starts_with([' ', '\t'])
}

fn valid(cal: &Cal) -> bool {
    let month_ok = cal.month.map_or(true, |m| (1..=12).contains(&m));
    let day_ok = cal.day.map_or(true, |d| (1..=31).contains(&d));
    let date_ok = match (cal.year, cal.month, cal.day) {
        (Some(y), Some(m), Some(d)) => jiff::civil::Date::new(y, m, d).is_ok(),
        (None, Some(m), Some(d)) => jiff::civil::Date::new(2024, m, d).is_ok(),
        _ => true,
    };
    let clock_ok = cal.clock.map_or(true, |c| (0..24).contains(&c.hour) && (0..60).contains(&c.minute));
    month_ok && day_ok && date_ok && clock_ok
}

fn clock(g: &Groups, ctx: &Ctx, part: Option<super::value::DayPart>) -> Option<Clock> {
    use super::value::DayPart::*;
    let from_word = g.key(G::Hword).and_then(|w| ctx.tables.clock_words.get(w.as_ref()).copied());
    let mut hour: i8 = g.text(G::Hour).and_then(|h| h.parse().ok()).or(from_word)?;
    let minute = g.text(G::Minute).and_then(|m| m.parse().ok()).unwrap_or(0);
    let second = g.text(G::Second).and_then(|s| s.parse().ok());
    match g.key(G::Ampm).as_deref() {
        Some(a) if a.starts_with('p') && hour < 12 => hour += 12,
        Some(a) if a.starts_with('a') && hour == 12 => hour = 0,
        None if matches!(part, Some(Afternoon | Evening)) && hour < 12 => hour += 12,
        _ => {}
    }
    Some(Clock { hour, minute, second })
}

pub(super) fn leading_number(s: &str) -> Option<u32> {
    let digits: String = s.chars().take_while(|c| c.is_ascii_digit()).collect();
    digits.parse().ok()
}

/// `1990`, `90`, `'90` → 199; `2000` → 200; `20` → 192.
fn decade(s: &str) -> Option<i32> {
    let digits: String = s.chars().filter(|c| c.is_ascii_digit()).collect();
    let n: i32 = digits.parse().ok()?;
    match digits.len() {
        4 => Some(n / 10),
        2 if n == 0 => Some(200),
        2 => Some(190 + n / 10),
        _ => None,
    }
}

/// `xxe` (roman), `20e`, `20th`, `twentieth` → 20.
fn century(k: &str, ctx: &Ctx) -> Option<i32> {
    if let Some(&n) = ctx.tables.ordinals.get(k) {
        return Some(n as i32);
    }
    if let Some(n) = leading_number(k) {
        return (1..=21).contains(&n).then_some(n as i32);
    }
    let mut total = 0;
    for c in k.chars().take_while(|c| matches!(c, 'i' | 'v' | 'x')) {
        total = match c {
            'x' => total + 10,
            'v' if total % 10 == 1 => total + 3,
            'v' => total + 5,
            _ => total + 1,
        };
    }
    // `ix`, `xix`: an i before an x subtracts.
    if k.contains("ix") {
        total -= 2;
    }
    (1..=21).contains(&total).then_some(total)
}

/// Whether the original text of the folded range is a capital then lower
/// case (`Heures`, not `HEURES`).
pub(super) fn title_case(ctx: &Ctx, s: usize, e: usize) -> bool {
    let (a, b) = ctx.folded.original_range(s, e);
    let mut chars = ctx.text.get(a..b).unwrap_or("").chars();
    chars.next().is_some_and(char::is_uppercase) && chars.any(char::is_lowercase)
}

/// Whether folded offset `at` begins a sentence or a line (after `.`, `!`,
/// `?`, a quotation mark or a dash).
pub(super) fn sentence_start(ctx: &Ctx, at: usize) -> bool {
    let before = ctx.folded.text.get(..at).unwrap_or("").trim_end_matches([' ', '\t', '"', '\'', '(']);
    before.is_empty() || before.ends_with(['.', '!', '?', '\n', ':', '«', '»', '“', '—', '–', '-'])
}

/// Whether the original char at folded offset `at` is upper case.
fn capitalised(ctx: &Ctx, at: usize) -> bool {
    let o = ctx.folded.original(at);
    ctx.text.get(o..).and_then(|s| s.chars().next()).is_some_and(char::is_uppercase)
}
