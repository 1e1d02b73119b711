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
    let (mut l, mut r) = (left.iter().rev(), right.iter());
    loop {
        let (a, b) = (l.next(), r.next());
        if a.is_none() && b.is_none() {
            return Lean::Unknown;
        }
        for &(at, w) in a.into_iter().chain(b) {
            if let Some(dir) = cue(text, folded, at, w, lex) {
                return Lean::Tense(dir);
            }
        }
    }
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

/// The word as written, lower-cased: whole (`won't`), and without what an
/// apostrophe elides before it (`l'année` → `année`, `he'll` → `ll`).
fn original(text: &str, folded: &Folded, at: usize, word: &str) -> (String, String) {
    let (s, e) = folded.original_range(at, at + word.len());
    let w = text.get(s..e).unwrap_or(word).to_lowercase();
    let bare = w.rsplit(['\'', '’']).next().unwrap_or(&w).to_string();
    (w, bare)
}

/// The direction a word gives its clause, if it is a tense cue.
fn cue(text: &str, folded: &Folded, at: usize, word: &str, lex: &DateLexicon) -> Option<Dir> {
    let (whole, bare) = original(text, folded, at, word);
    let listed = |cues: &[&str]| cues.contains(&whole.as_str()) || cues.contains(&bare.as_str());
    if listed(lex.future_cues) {
        return Some(Dir::Future);
    }
    if listed(lex.past_cues) {
        return Some(Dir::Past);
    }
    let w = bare.as_str();
    let lower_in_text = text.get(folded.original(at)..).and_then(|s| s.chars().next()).is_some_and(|c| !c.is_uppercase());
    if w.chars().count() < 5 || !lower_in_text {
        return None;
    }
    let ends = |endings: &[&str], exceptions: &[&str]| endings.iter().any(|e| w.ends_with(e)) && !exceptions.contains(&w);
    if ends(lex.future_endings, lex.future_ending_exceptions) {
        Some(Dir::Future)
    } else if ends(lex.past_endings, lex.past_ending_exceptions) {
        Some(Dir::Past)
    } else {
        None
    }
}
