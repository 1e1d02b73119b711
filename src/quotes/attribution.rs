//! Who says a marked quote: the cue after it (`« … », a déclaré X`,
//! `"…," X said`, `…, a-t-il ajouté`, `…, selon X`) or before it (`X a
//! déclaré : « …`, `X said that "…`, `selon X, « …`), a speech noun (`la
//! déclaration de X : « …`) or a bare colon after a name (`X : « … »`).

use super::context::{is_mark, is_stop, Ctx};
use super::lexicon::class;
use super::cues::{cue_at, negated, verb_at, Cue, CueKind};
use super::speakers::{clause_subject, phrase_after, resolve, resolve_best, subject_before, Speaker, Wanted};

/// What a quote's attribution found.
pub struct Attribution {
    pub cue: Option<Cue>,
    pub speaker: Option<Speaker>,
    /// Rule id without the language prefix: `quote.after_cue`, `quote.inverted`,
    /// `quote.before_cue`, `quote.colon`…
    pub rule: &'static str,
}

const AFTER_WINDOW: usize = 7;
const BEFORE_WINDOW: usize = 24;

/// The speaker of an inverted cue: the pronoun glued to it, pointing back.
fn inverted_speaker(ctx: &Ctx, cue: &Cue) -> Speaker {
    let span = ctx.bytes(cue.tokens.clone());
    Speaker { name: None, span: Some(span.clone()), back: Some((Wanted::Person, span.start)), proper: false, kind: None }
}

/// The speaker of a cue: inverted pronoun, subject before, or phrase after.
pub fn speaker_of(ctx: &Ctx, cue: &Cue, lo: usize, hi: usize) -> Option<Speaker> {
    if cue.inverted {
        return Some(inverted_speaker(ctx, cue));
    }
    if cue.kind == CueKind::Marker {
        return phrase_after(ctx, cue.tokens.end, hi).map(|r| with_apposition(ctx, r, hi));
    }
    let start = cue.tokens.start;
    // `X a publié une lettre appelant à …`: the participle speaks for the
    // subject of the clause, not for the noun it follows.
    if cue.tokens.len() == 1 && ctx.is(start, class::PARTICIPLE) {
        if let Some(subject) = clause_subject(ctx, lo, start).filter(|r| r.end < start) {
            return Some(resolve(ctx, subject));
        }
    }
    let mut subject = subject_before(ctx, lo, start);
    // `X a blâmé … et a affirmé`: the subject of the first verb.
    if subject.is_empty() && start > lo && ctx.is(start - 1, class::COORDINATOR) {
        subject.extend(clause_subject(ctx, lo, start - 1));
    }
    if subject.is_empty() {
        return phrase_after(ctx, cue.tokens.end, hi).map(|r| with_apposition(ctx, r, hi));
    }
    resolve_best(ctx, &subject)
}

/// The speaker of the phrase at tokens `r` after a cue; a role followed by
/// a name between commas gives the name (`a déclaré son directeur, Paul
/// Roy`, `said its spokeswoman, Jane Roe`).
fn with_apposition(ctx: &Ctx, r: std::ops::Range<usize>, hi: usize) -> Speaker {
    let own = resolve(ctx, r.clone());
    if own.proper || ctx.raw(r.end) != "," {
        return own;
    }
    match phrase_after(ctx, r.end + 1, hi).map(|n| resolve(ctx, n)) {
        Some(named) if named.proper => named,
        _ => own,
    }
}

/// The attribution after a quote whose closing mark ends before token `j`.
pub fn after(ctx: &Ctx, mut j: usize) -> Option<Attribution> {
    let para = ctx.paragraph_tokens(j.saturating_sub(1));
    if j >= para.end {
        return None;
    }
    // `"…," X said` (comma inside) or `« … », a dit X` (comma outside).
    let comma_inside = ctx.raw(j.saturating_sub(2)) == ",";
    let comma = matches!(ctx.raw(j), "," | "–" | "—" | "-");
    if comma {
        j += 1;
    }
    let hi = para.end;
    for k in j..(j + AFTER_WINDOW).min(hi) {
        let raw = ctx.raw(k);
        if is_stop(raw) || is_mark(raw) || (k > j && raw == ",") {
            return None;
        }
        let Some(cue) = cue_at(ctx, k) else { continue };
        if negated(ctx, &cue) {
            return None;
        }
        // `"…," nurse Jane Roe told reporters`: with the comma inside the
        // marks, any short phrase before the cue is its subject.
        let subject_like = comma_inside || ctx.is_capital(j) || ctx.is(j, class::DETERMINER | class::PRONOUN | class::PERSON_ROLE | class::TITLE);
        if k > j && !(subject_like && (comma || comma_inside)) {
            return None;
        }
        let speaker = if k == j {
            speaker_of(ctx, &cue, k, hi)
        } else {
            resolve_best(ctx, &subject_before(ctx, j, k))
        };
        let rule = if cue.inverted { "quote.inverted" } else { "quote.after_cue" };
        return Some(Attribution { cue: Some(cue), speaker, rule });
    }
    None
}

/// The widest verb cue ending at token `k` (`a en outre affirmé`, not `affirmé`).
fn widest_ending(ctx: &Ctx, k: usize, lo: usize) -> Option<Cue> {
    let from = k.saturating_sub(5).max(lo);
    (from..=k).find_map(|s| verb_at(ctx, s).filter(|c| c.tokens.end == k + 1)).or_else(|| cue_at(ctx, k))
}

/// The attribution before a quote opening at token `o`.
pub fn before(ctx: &Ctx, o: usize) -> Option<Attribution> {
    let para = ctx.paragraph_tokens(o);
    if o <= para.start {
        return before_paragraph(ctx, para.start);
    }
    let lo = para.start.max(o.saturating_sub(BEFORE_WINDOW));
    let mut k = o;
    // `… et que “…”`: the cue of the first clause, past its quotes.
    let crossing = ctx.is(o - 1, class::COMPLEMENTIZER);
    while k > lo {
        k -= 1;
        let raw = ctx.raw(k);
        if is_stop(raw) || (is_mark(raw) && !crossing) {
            break;
        }
        if let Some(a) = speech_noun(ctx, k, o) {
            return Some(a);
        }
        let Some(cue) = widest_ending(ctx, k, lo) else { continue };
        if negated(ctx, &cue) {
            return None;
        }
        let sentence_lo = ctx.sentence(ctx.sentence_of(cue.tokens.start)).start.max(para.start);
        let speaker = speaker_of(ctx, &cue, sentence_lo, o);
        return Some(Attribution { cue: Some(cue), speaker, rule: "quote.before_cue" });
    }
    colon(ctx, o, para.start)
}

/// A quote opening a paragraph after one that ends with a colon.
fn before_paragraph(ctx: &Ctx, first: usize) -> Option<Attribution> {
    let prev_end = first.checked_sub(1)?;
    (ctx.raw(prev_end) == ":").then(|| before(ctx, prev_end)).flatten()
}

/// `la déclaration de X : « …`: a speech noun, a link word, the author.
fn speech_noun(ctx: &Ctx, k: usize, o: usize) -> Option<Attribution> {
    if !ctx.is(k, class::SPEECH_NOUN) {
        return None;
    }
    // `la déclaration suivante du général X`: a word may sit before the link.
    let link = (k + 1..(k + 3).min(o)).find(|&j| ctx.is(j, class::NOUN_LINK))?;
    let phrase = phrase_after(ctx, link + 1, o)?;
    let cue = Cue { tokens: k..k + 1, kind: CueKind::Marker, inverted: false, infinitive: false };
    Some(Attribution { cue: Some(cue), speaker: Some(resolve(ctx, phrase)), rule: "quote.speech_noun" })
}

/// `X : « … »`: a name or role right before a colon.
fn colon(ctx: &Ctx, o: usize, lo: usize) -> Option<Attribution> {
    let c = o.checked_sub(1).filter(|&c| ctx.raw(c) == ":")?;
    let phrase = subject_before(ctx, lo, c).first().cloned()?;
    if phrase.len() > 6 || !(phrase.clone()).any(|k| ctx.is_capital(k)) {
        return None;
    }
    Some(Attribution { cue: None, speaker: Some(resolve(ctx, phrase)), rule: "quote.colon" })
}
