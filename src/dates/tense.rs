//! The direction an underspecified date points, from the words of its
//! clause: the nearest tense cue decides (`said`, `a déclaré`, `avait` for
//! the past; `will`, `va`, a future ending such as `-ra` for the future),
//! and words right before the date that admit one direction only bind it
//! (`since`, `depuis`, `as early as`). The cues are language data; they are
//! compared with the words as written, lower-cased (`a` is not `à`).

use super::value::{Dir, Lean};
use super::DateLexicon;
use crate::text::Folded;
use crate::text::{ceil_boundary, floor_boundary};

/// How far to look, in bytes of folded text, before and after.
const BEFORE: usize = 70;
const AFTER: usize = 50;

/// The lean of the expression at folded `start..end` of `folded`.
pub fn lean(text: &str, folded: &Folded, start: usize, end: usize, lex: &DateLexicon) -> Lean {
    let f = &folded.text;
    let lo = floor_boundary(f, start.saturating_sub(BEFORE));
    let hi = ceil_boundary(f, (end + AFTER).min(f.len()));
    let before = f.get(lo..start).unwrap_or("");
    let after = f.get(end..hi).unwrap_or("");
    // Stay inside the sentence.
    let before_start = before.rfind(['.', '!', '?', '\n', ';']).map_or(lo, |i| lo + i + 1);
    let after_end = after.find(['.', '!', '?', '\n', ';']).map_or(hi, |i| end + i);
    let left: Vec<(usize, &str)> = words(f, before_start, start).collect();
    let right: Vec<(usize, &str)> = words(f, end, after_end).collect();
    let just_before = f.get(before_start..start).unwrap_or("").trim_end();
    let bound = lex.bound_phrases.iter().find(|(p, _)| {
        just_before.strip_suffix(p).is_some_and(|rest| rest.is_empty() || rest.ends_with([' ', '\'', '(']))
    });
    if let Some(&(_, dir)) = bound {
        return Lean::Bound(dir);
    }
    // Nearest first, the left word before the right one at equal distance.
    let left: Vec<String> = left.iter().map(|&(at, w)| original(text, folded, at, w)).collect();
    let right: Vec<String> = right.iter().map(|&(at, w)| original(text, folded, at, w)).collect();
    for distance in 0..left.len().max(right.len()) {
        let l = left.len().checked_sub(distance + 1).map(|i| (&left[i], i.checked_sub(1).map(|j| left[j].as_str())));
        let r = right.get(distance).map(|w| (w, distance.checked_sub(1).map(|j| right[j].as_str())));
        for (word, previous) in l.into_iter().chain(r) {
            if let Some(dir) = cue(word, previous, lex) {
                return Lean::Tense(dir, u8::try_from(distance + 1).unwrap_or(u8::MAX));
            }
        }
    }
    Lean::Unknown
}

fn words(f: &str, a: usize, b: usize) -> impl Iterator<Item = (usize, &str)> {
    let s = f.get(a..b).unwrap_or("");
    let mut offset = 0;
    s.split(|c: char| !(c.is_alphanumeric() || c == '\'')).filter_map(move |w| {
        let at = a + offset;
        offset += w.len() + 1;
        (!w.is_empty()).then_some((at, w))
    })
}

/// The word as written, whole, with what an apostrophe elides (`l'année`,
/// `he'll`).
fn original(text: &str, folded: &Folded, at: usize, word: &str) -> String {
    let (s, e) = folded.original_range(at, at + word.len());
    text.get(s..e).unwrap_or(word).to_string()
}

/// The direction a word (as written, lower-cased) gives its clause, if it
/// is a tense cue. A past ending after a present auxiliary is a passive,
/// not a past (`to be completed by`).
fn cue(written: &str, previous: Option<&str>, lex: &DateLexicon) -> Option<Dir> {
    let word = written.to_lowercase();
    let bare = word.rsplit(['\'', '’']).next().unwrap_or(&word);
    let listed = |cues: &[&str]| cues.contains(&word.as_str()) || cues.contains(&bare);
    if listed(lex.future_cues) {
        return Some(Dir::Future);
    }
    if listed(lex.past_cues) {
        return Some(Dir::Past);
    }
    // Lower-case words only: a name is no verb.
    if bare.chars().count() < 5 || written.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    let ends = |endings: &[&str], exceptions: &[&str]| endings.iter().any(|e| bare.ends_with(e)) && !exceptions.contains(&bare);
    if ends(lex.future_endings, lex.future_ending_exceptions) {
        Some(Dir::Future)
    } else if ends(lex.past_endings, lex.past_ending_exceptions) && !previous.is_some_and(|p| lex.present_auxiliaries.contains(&p.to_lowercase().as_str())) {
        Some(Dir::Past)
    } else {
        None
    }
}
