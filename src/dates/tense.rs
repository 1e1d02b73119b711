//! The direction an underspecified date points: the past (news reports what
//! happened) unless a future cue stands near it in the same clause (`va`,
//! `will`, a future ending such as `-ra`). The cues are language data.

use crate::text::{ceil_boundary, floor_boundary};
use super::value::Dir;
use super::DateLexicon;
use crate::text::Folded;

/// How far to look, in bytes of folded text, before and after.
const BEFORE: usize = 70;
const AFTER: usize = 50;

/// The direction for the expression at folded `start..end` of `folded`.
pub fn direction(text: &str, folded: &Folded, start: usize, end: usize, lex: &DateLexicon) -> Dir {
    let f = &folded.text;
    let lo = floor_boundary(f, start.saturating_sub(BEFORE));
    let hi = ceil_boundary(f, (end + AFTER).min(f.len()));
    let before = f.get(lo..start).unwrap_or("");
    let after = f.get(end..hi).unwrap_or("");
    // Stay inside the sentence.
    let before_start = before.rfind(['.', '!', '?', '\n', ';']).map_or(lo, |i| lo + i + 1);
    let after_end = after.find(['.', '!', '?', '\n', ';']).map_or(hi, |i| end + i);
    let window = [(before_start, start), (end, after_end)];
    let future = window.iter().any(|&(a, b)| words(f, a, b).any(|(at, w)| is_future(text, folded, at, w, lex)));
    if future {
        Dir::Future
    } else {
        Dir::Past
    }
}

fn words(f: &str, a: usize, b: usize) -> impl Iterator<Item = (usize, &str)> {
    let s = f.get(a..b).unwrap_or("");
    let base = a;
    let mut offset = 0;
    s.split(|c: char| !(c.is_alphanumeric() || c == '\'')).filter_map(move |w| {
        let at = base + offset;
        offset += w.len() + 1;
        (!w.is_empty()).then_some((at, w))
    })
}

fn is_future(text: &str, folded: &Folded, at: usize, word: &str, lex: &DateLexicon) -> bool {
    let bare = word.rsplit('\'').next().unwrap_or(word);
    if lex.future_cues.iter().any(|c| *c == word || *c == bare) {
        return true;
    }
    if bare.chars().count() < 5 || lex.future_ending_exceptions.contains(&bare) {
        return false;
    }
    let lower_in_text = text.get(folded.original(at)..).and_then(|s| s.chars().next()).is_some_and(|c| !c.is_uppercase());
    lower_in_text && lex.future_endings.iter().any(|e| bare.ends_with(e))
}
