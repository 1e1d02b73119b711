//! The direction an underspecified date points, from the words of its
//! clause: the nearest tense cue decides (`said`, `a déclaré`, `avait` for
//! the past; `will`, `va`, a future ending such as `-ra` for the future),
//! and words right before the date that admit one direction only bind it
//! (`since`, `depuis`, `as early as`). The cues are language data, folded
//! once ([`Tables`]); a listed cue matches a folded word written with accents
//! as it is listed (`a` is not `à`).

use rustc_hash::FxHashSet as HashSet;

use super::compile::Tables;
use super::value::{Dir, Lean};
use crate::text::Folded;
use crate::text::{ceil_boundary, floor_boundary};

/// How far to look, in bytes of folded text, before and after.
const BEFORE: usize = 70;
const AFTER: usize = 50;

/// What ends a clause for its tense: sentence ends and quotation marks.
fn clause_end(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '\n' | ';' | '"' | '`' | '\u{201C}' | '\u{201D}' | '\u{AB}' | '\u{BB}')
}

/// The lean of the expression at folded `start..end` of `folded`.
pub fn lean(text: &str, folded: &Folded, start: usize, end: usize, tables: &Tables) -> Lean {
    let f = &folded.text;
    let lo = floor_boundary(f, start.saturating_sub(BEFORE));
    let hi = ceil_boundary(f, (end + AFTER).min(f.len()));
    let before = f.get(lo..start).unwrap_or("");
    let after = f.get(end..hi).unwrap_or("");
    // Stay inside the sentence: a dot after an abbreviation or an initial
    // (`p.m.`, `Feb.`) ends none, nor does a decimal point (`$29.75`).
    let digit = |i: Option<usize>| i.and_then(|i| f.as_bytes().get(i)).is_some_and(u8::is_ascii_digit);
    let ends = |i: usize| f.as_bytes().get(i).is_some_and(|&b| b != b'.' || !(abbreviation(f, i, tables) || (digit(i.checked_sub(1)) && digit(Some(i + 1)))));
    // A quotation mark ends the clause too: the words of a quote are not
    // its attribution's (`"We meet Monday," he said`).
    let before_start = before.rmatch_indices(clause_end).map(|(i, m)| (lo + i, m.len())).find(|&(i, _)| ends(i)).map_or(lo, |(i, n)| i + n);
    let after_end = after.match_indices(clause_end).map(|(i, _)| end + i).find(|&i| ends(i)).unwrap_or(hi);
    let just_before = f.get(before_start..start).unwrap_or("").trim_end();
    let bound = tables.bound_phrases.iter().find(|(p, _)| {
        just_before.strip_suffix(p.as_str()).is_some_and(|rest| rest.is_empty() || rest.ends_with([' ', '\'', '(']))
    });
    if let Some(&(_, dir)) = bound {
        return Lean::Bound(dir);
    }
    let left: Vec<Word> = words(f, before_start, start).map(|(at, w)| Word::new(text, folded, at, w)).collect();
    // A coordinated clause after the date has its own tense (`beat X on
    // Friday and will face Y`): the right side stops at its conjunction.
    let right: Vec<Word> = words(f, end, after_end).take_while(|(_, w)| !tables.coordinators.iter().any(|c| c == w)).map(|(at, w)| Word::new(text, folded, at, w)).collect();
    // Nearest first, the left word before the right one at equal distance.
    for distance in 0..left.len().max(right.len()) {
        let l = left.len().checked_sub(distance + 1).map(|i| (&left[i], i.checked_sub(1).map(|j| left[j].folded), left.get(i + 1).map(|w| w.folded)));
        let r = right.get(distance).map(|w| (w, distance.checked_sub(1).map(|j| right[j].folded), right.get(distance + 1).map(|w| w.folded)));
        for (word, previous, next) in l.into_iter().chain(r) {
            if next.is_some_and(|n| tables.cue_exceptions.iter().any(|(c, w)| c == word.folded && w == n)) {
                continue;
            }
            if let Some(dir) = cue(word, previous, tables) {
                return Lean::Tense(dir, u8::try_from(distance + 1).unwrap_or(u8::MAX));
            }
        }
    }
    Lean::Unknown
}

/// Whether the dot at `i` of `f` follows an abbreviation (`feb`, `p.m`) or
/// a single letter.
fn abbreviation(f: &str, i: usize, tables: &Tables) -> bool {
    let word = f[..i].rsplit(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or("");
    word.len() == 1 || tables.abbreviations.contains(word)
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

/// A word of the clause: folded, and what the text writes of it.
struct Word<'a> {
    folded: &'a str,
    /// As the text writes it.
    written: &'a str,
    capitalised: bool,
}

impl<'a> Word<'a> {
    fn new(text: &'a str, folded: &Folded, at: usize, word: &'a str) -> Word<'a> {
        let (s, e) = folded.original_range(at, at + word.len());
        let written = text.get(s..e).unwrap_or(word);
        Word { folded: word, written, capitalised: written.chars().next().is_some_and(char::is_uppercase) }
    }

    /// Whether it is written as `cue` is (`a` is not `à`, `débuté` not
    /// `débute`), case aside; whole or after an elision.
    fn written_as(&self, cue: &Option<String>) -> bool {
        match cue {
            None => self.written.is_ascii(),
            Some(cue) => {
                let lower = self.written.to_lowercase();
                lower == *cue || lower.rsplit(['\'', '’']).next() == Some(cue.as_str())
            }
        }
    }
}

/// The direction a word gives its clause, if it is a tense cue: listed
/// (whole, or without what an apostrophe elides: `he'll`, `qu'avait`), with
/// or without accents as listed (`a` is not `à`), or a lower-case word with
/// a tense ending. A past ending after a present auxiliary is a passive,
/// not a past (`to be completed by`).
fn cue(word: &Word, previous: Option<&str>, t: &Tables) -> Option<Dir> {
    let bare = word.folded.rsplit('\'').next().unwrap_or(word.folded);
    let listed = |w: &str| t.tense_cues.get(w).filter(|(_, written)| word.written_as(written)).map(|&(d, _)| d);
    let participle = |w: &str| t.past_endings.iter().any(|e| w.ends_with(e.as_str()));
    let after_auxiliary = previous.is_some_and(|p| t.present_auxiliaries.contains(p) || t.perfect_auxiliaries.contains(p));
    match listed(word.folded).or_else(|| listed(bare)) {
        // A listed participle is a verb only after an auxiliary (`is
        // expected`, `has scheduled`), not before a noun (`expected losses`).
        Some(Dir::Future) if participle(bare) && !after_auxiliary => return None,
        Some(d) => return Some(d),
        None => {}
    }
    if bare.len() < 5 || word.capitalised {
        return None;
    }
    let ends = |endings: &[String], exceptions: &HashSet<String>| endings.iter().any(|e| bare.ends_with(e.as_str())) && !exceptions.contains(bare);
    let conditional = !t.conditional_endings.is_empty() && {
        let written = word.written.to_lowercase();
        t.conditional_endings.iter().any(|e| written.ends_with(e.as_str())) && !t.future_ending_exceptions.contains(bare)
    };
    if conditional || ends(&t.future_endings, &t.future_ending_exceptions) {
        Some(Dir::Future)
    } else if ends(&t.past_endings, &t.past_ending_exceptions) && !previous.is_some_and(|p| t.present_auxiliaries.contains(p) || t.determiners.contains(p)) {
        Some(Dir::Past)
    } else {
        None
    }
}
