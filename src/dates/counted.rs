//! Relative and counted expressions → typed values: offsets from the
//! reference date (`la semaine dernière`, `le 20 du mois prochain`), dates
//! counted from the text (`la veille`, `trois jours plus tard`), counts of
//! units (`il y a trois jours`, `dans trois jours`, `trois mois`) and
//! recurrences (`tous les deux ans`, `daily`).

use super::compile::key;
use super::interpret::{calendar, leading_number, sentence_start, title_case, Ctx, Groups};
use super::rules::G;
use super::value::{Cal, Expr, RefKind, Unit};

pub(super) fn relative(g: &Groups, ctx: &Ctx) -> Option<Expr> {
    let t = ctx.tables;
    let part = g.key(G::Part).and_then(|p| t.parts.get(p.as_ref()).copied());
    if let Some(n) = g.key(G::Rel).and_then(|r| t.rels.get(r.as_ref()).copied()) {
        return Some(Expr::Offset { unit: Unit::Day, n, part, pick: None });
    }
    let shift = g.key(G::Shift).and_then(|s| t.shifts.get(s.as_ref()).copied()).unwrap_or(0);
    let unit = unit(g, ctx);
    // `le 20 du mois prochain`, `Monday of next week`: a day in the period.
    let pick = match unit {
        Some(Unit::Month) => {
            let day = g.text(G::Day).and_then(leading_number).or_else(|| g.key(G::Dayw).and_then(|w| t.ordinals.get(w.as_ref()).copied()));
            day.and_then(|d| i8::try_from(d).ok()).filter(|d| (1..=31).contains(d))
        }
        Some(Unit::Week) => g.key(G::Weekday).and_then(|w| t.weekdays.get(w.as_ref()).copied()),
        _ => None,
    };
    let named = [G::Weekday, G::Month, G::Season, G::Holiday, G::Year, G::Day, G::Quarter, G::Half].into_iter().any(|n| g.has(n));
    if named && pick.is_none() {
        return calendar(g, ctx, false).map(|(cal, shift)| Expr::Stated { cal, shift });
    }
    // `last day`, `next day` name no day (`the next day` counts from the text).
    if unit == Some(Unit::Day) && shift != 0 {
        return None;
    }
    match unit {
        Some(unit) => Some(Expr::Offset { unit, n: shift as i32, part, pick }),
        None => part.map(|part| Expr::Offset { unit: Unit::Day, n: shift as i32, part: Some(part), pick: None }),
    }
}

/// A length. Quarters counted by an article or joined by a hyphen are a
/// share (`a quarter and a third`, `three-quarters support`).
pub(super) fn duration(g: &Groups, ctx: &Ctx) -> Option<Expr> {
    let unit = unit(g, ctx)?;
    let (n_end, unit_start) = (g.span(G::N).map_or(0, |(_, e)| e), g.span(G::Unit).map_or(0, |(s, _)| s));
    let hyphen = ctx.folded.text.get(n_end..unit_start) == Some("-");
    let article = g.text(G::N).is_some_and(|n| n.len() <= 2 && !n.starts_with(|c: char| c.is_ascii_digit()));
    if unit == Unit::Quarter && (hyphen || article) {
        return None;
    }
    Some(Expr::Duration { n: count(g, ctx), unit })
}

/// Counted from the last date of the text: a day word (`la veille`), or a
/// unit with a shift word (`the following week`) and perhaps a count
/// (`trois jours plus tard`, which keeps the grain of the date it counts
/// from), perhaps from a date the phrase states (`la veille de Noël`).
pub(super) fn anaphoric(g: &Groups, ctx: &Ctx) -> Option<Expr> {
    let t = ctx.tables;
    let anchor = [G::Holiday, G::Month, G::Weekday].into_iter().any(|n| g.has(n)).then(|| calendar(g, ctx, false)).flatten().map(|(cal, _)| Cal { part: None, ..cal });
    let part = g.key(G::Part).and_then(|p| t.parts.get(p.as_ref()).copied());
    if let Some(&n) = g.key(G::Arel).and_then(|r| t.anaphoric_days.get(r.as_ref())) {
        return Some(Expr::Anaphoric { unit: Unit::Day, n, keep_grain: false, anchor, part });
    }
    let sign = g.key(G::Ashift).and_then(|s| t.anaphoric_shifts.get(s.as_ref()).copied()).unwrap_or(0);
    if part.is_some() && !g.has(G::Unit) {
        // `en fin d'après-midi`, `that night`, `the next morning`, `le soir
        // même`: that part of the last day, or of the day after or before.
        return Some(Expr::Anaphoric { unit: Unit::Day, n: sign, keep_grain: false, anchor, part });
    }
    let unit = unit(g, ctx)?;
    // A count, or a word that counts (`year-earlier`): the grain of the date counted from.
    let counted = g.has(G::N) || g.has(G::Keep);
    let n = if g.has(G::N) { count(g, ctx)? as i32 * sign } else { sign };
    Some(Expr::Anaphoric { unit, n, keep_grain: counted, anchor, part: None })
}

/// A count of units, by what it counts from (see [`super::rules::Kind::Count`]).
pub(super) fn counted(g: &Groups, ctx: &Ctx) -> Option<Expr> {
    let n = count(g, ctx);
    if let Some(weekday) = g.key(G::Weekday).and_then(|w| ctx.tables.weekdays.get(w.as_ref()).copied()) {
        // `3 fridays from now`: the third Friday ahead.
        let shift = n.and_then(|n| i8::try_from(n).ok())?;
        return Some(Expr::Stated { cal: Cal { weekday: Some(weekday), ..Cal::default() }, shift: Some(shift) });
    }
    let unit = unit(g, ctx)?;
    if g.has(G::Times) {
        // `deux fois par an`, `three times a day`: a recurrence every unit.
        return Some(Expr::Set { n: 1, unit, weekday: None });
    }
    if g.has(G::Every) {
        // `tous les deux ans`: every n units.
        return Some(Expr::Set { n: n.unwrap_or(1).max(1), unit, weekday: None });
    }
    let signed = |sign: i32| n.map(|n| n as i32 * sign);
    if g.has(G::Ago) {
        return Some(signed(-1).map_or(Expr::Ref(RefKind::Past), |n| Expr::Ago { unit, n }));
    }
    if g.has(G::Ahead) {
        return Some(signed(1).map_or(Expr::Ref(RefKind::Future), |n| Expr::Offset { unit, n, part: None, pick: None }));
    }
    if g.has(G::Ashift) && n.is_some() {
        return anaphoric(g, ctx);
    }
    if let Some(n) = n.filter(|_| g.has(G::Prep) && !matches!(unit, Unit::Second | Unit::Minute | Unit::Hour)) {
        return Some(Expr::InUnits { n, unit });
    }
    duration(g, ctx)
}

pub(super) fn set(g: &Groups, ctx: &Ctx) -> Option<Expr> {
    // `the New York Daily News`: a capitalised adverb inside a sentence is a name.
    if g.span(G::Setw).is_some_and(|(s, e)| title_case(ctx, s, e) && !sentence_start(ctx, s)) {
        return None;
    }
    if let Some(&unit) = g.key(G::Setw).and_then(|w| ctx.tables.set_words.get(w.as_ref())) {
        return Some(Expr::Set { n: 1, unit, weekday: None });
    }
    if let Some(weekday) = g.key(G::Weekday).and_then(|w| ctx.tables.weekdays.get(w.as_ref()).copied()) {
        return Some(Expr::Set { n: 1, unit: Unit::Week, weekday: Some(weekday) });
    }
    let n = count(g, ctx).unwrap_or(1).max(1);
    unit(g, ctx).map(|unit| Expr::Set { n, unit, weekday: None })
}

/// The unit the match counts in. A capitalised unit is a name (`les 24
/// Heures du Mans`, `60 Minutes`, `Liar of the Year`), and a quarter before
/// `of` a share (`a quarter of the votes`).
fn unit(g: &Groups, ctx: &Ctx) -> Option<Unit> {
    let (s, e) = g.span(G::Unit)?;
    let unit = g.key(G::Unit).and_then(|u| ctx.tables.units.get(u.as_ref()).copied())?;
    let next = ctx.folded.text.get(e..).unwrap_or("").trim_start_matches([' ', '\t']);
    let share = unit == Unit::Quarter && (next.starts_with("of ") || next.starts_with("d'") || next.starts_with("de "));
    (!share && !(title_case(ctx, s, e) && !sentence_start(ctx, s))).then_some(unit)
}

/// The stated count: `None` when vague (`plusieurs`), 1 when absent.
fn count(g: &Groups, ctx: &Ctx) -> Option<u32> {
    if g.has(G::Vague) {
        return None;
    }
    let Some(n) = g.text(G::N) else { return Some(1) };
    number(n, ctx)
}

/// Digits (`1 500`) or number words (`vingt-cinq`).
fn number(n: &str, ctx: &Ctx) -> Option<u32> {
    let digits: String = n.chars().filter(|c| c.is_ascii_digit()).collect();
    if !digits.is_empty() && n.chars().all(|c| c.is_ascii_digit() || matches!(c, ' ' | '.' | ',')) {
        return digits.parse().ok();
    }
    ctx.tables.numbers.get(key(n).as_ref()).copied()
}
