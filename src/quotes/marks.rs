//! Pairing quotation marks: `« »` (with or without inner spaces), `“ ”`,
//! straight `" "` (open or close told by the chars around), `„ “`, `‹ ›`,
//! and `‘ ’` as outer marks. Apostrophes (`l’Iran`, `Kirby’s`, `’90s`) are
//! never marks. A quote left open at the end of a paragraph goes on when
//! the next paragraph opens with the same mark (French `«` reopening a
//! paragraph, English `“` starting each quoted paragraph); otherwise it
//! stops at the paragraph end. One pass, a stack of at most four marks:
//! linear on any input.

use std::ops::Range;

/// One outermost pair of marks and its content.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Marked {
    /// Byte offset of the opening mark.
    pub open: usize,
    /// Byte offset just after the closing mark, or the paragraph end when
    /// the quote was never closed.
    pub close: usize,
    /// The content, marks and edge spaces left out.
    pub start: usize,
    pub end: usize,
    pub closed: bool,
}

/// The pairs of the text, and the closing marks whose opening mark is
/// missing (`déclarant : Les autorités … ».`).
#[derive(Debug, Default)]
pub struct Marks {
    pub quotes: Vec<Marked>,
    /// Byte offsets of closing marks with nothing open before them in their
    /// paragraph and no word after them.
    pub orphans: Vec<usize>,
}

const MAX_DEPTH: usize = 4;

/// An open mark waiting for its closer.
#[derive(Clone, Copy)]
struct Open {
    mark: char,
    at: usize,
}

/// The marks that may close a quote opened by `open`, given the chars
/// around the candidate closer.
fn closes(open: char, c: char, prev: Option<char>, next: Option<char>) -> bool {
    match (open, c) {
        ('«', '»') | ('‹', '›') | ('“', '”') | ('„', '“') | ('„', '”') | ('”', '”') | ('"', '"') => true,
        // A typed straight mark closing a curly one, or the reverse
        // (`“… them."`), when it reads as a closer.
        ('“', '“') | ('“', '"') | ('"', '”') => looks_closing(prev, next),
        ('‘', '’') => next.is_none_or(|n| !n.is_alphanumeric()) && prev.is_some_and(|p| !p.is_whitespace()),
        _ => false,
    }
}

fn is_space(c: Option<char>) -> bool {
    c.is_none_or(|c| c.is_whitespace())
}

/// A mark with a space (or the text edge) before and a word after.
fn looks_opening(prev: Option<char>, next: Option<char>) -> bool {
    let prev_ok = prev.is_none_or(|p| p.is_whitespace() || matches!(p, '(' | '[' | '—' | '–' | '-' | ':' | '«' | '“' | '/'));
    prev_ok && !is_space(next)
}

/// A mark glued to the word before it and followed by a space or punctuation.
fn looks_closing(prev: Option<char>, next: Option<char>) -> bool {
    !is_space(prev) && next.is_none_or(|n| !n.is_alphanumeric())
}

/// Whether `c` opens a quote here.
fn opens(c: char, prev: Option<char>, next: Option<char>) -> bool {
    match c {
        '«' | '„' | '‹' | '“' => true,
        '"' | '”' => looks_opening(prev, next),
        // `‘` opens only before a letter: not `‘90s`.
        '‘' => looks_opening(prev, next) && next.is_some_and(char::is_alphabetic),
        _ => false,
    }
}

/// All outermost quotes of the text, in order, and the orphan closers.
pub fn pair(text: &str, paragraphs: &[Range<usize>]) -> Marks {
    let mut out = Vec::new();
    let mut orphans = Vec::new();
    let mut stack: Vec<Open> = Vec::with_capacity(MAX_DEPTH);
    for (pi, p) in paragraphs.iter().enumerate() {
        let body = &text[p.clone()];
        let bytes = body.as_bytes();
        // A quote carried over from the paragraph before skips its reopening mark.
        let first = if stack.is_empty() { 0 } else { body.chars().next().map_or(0, char::len_utf8) };
        let mut i = first;
        // Every mark is `"` or starts with byte C2 (`«»`) or E2 (`“”„‘’‹›`).
        while let Some(off) = bytes.get(i..).and_then(|rest| memchr::memchr3(b'"', 0xC2, 0xE2, rest)) {
            let here = i + off;
            let Some(c) = body[here..].chars().next() else { break };
            i = here + c.len_utf8();
            if !matches!(c, '"' | '«' | '»' | '“' | '”' | '„' | '‘' | '’' | '‹' | '›') {
                continue;
            }
            let prev = if here == first { None } else { body[..here].chars().next_back() };
            let next = body[i..].chars().next();
            let at = p.start + here;
            if let Some(k) = stack.iter().rposition(|o| closes(o.mark, c, prev, next)) {
                let still_opening = c == '"' && k + 1 == stack.len() && looks_opening(prev, next) && !looks_closing(prev, next);
                if !still_opening || k == 0 {
                    if k == 0 {
                        out.extend(marked(text, stack[0], at, at + c.len_utf8(), true));
                    }
                    stack.truncate(k);
                    continue;
                }
            }
            if opens(c, prev, next) && stack.len() < MAX_DEPTH {
                stack.push(Open { mark: c, at });
            } else if stack.is_empty() && matches!(c, '»' | '›') && next.is_none_or(|n| !n.is_alphanumeric()) {
                orphans.push(at);
            }
        }
        if let Some(&first) = stack.first() {
            // A mark with no word after it closes a quote whose opening
            // mark is missing; a lone `‘` is an apostrophe.
            let wordless = first.at >= p.start && !text[first.at + first.mark.len_utf8()..p.end].chars().any(char::is_alphanumeric);
            let reopens = paragraphs.get(pi + 1).and_then(|n| text[n.clone()].chars().next()) == Some(first.mark);
            if wordless && stack.len() == 1 {
                if first.mark != '‘' {
                    orphans.push(first.at);
                }
                stack.clear();
            } else if reopens {
                stack.truncate(1);
            } else {
                // Never closed: stop at the paragraph end.
                if first.mark != '‘' {
                    out.extend(marked(text, first, p.end, p.end, false));
                }
                stack.clear();
            }
        }
    }
    Marks { quotes: out, orphans }
}

/// The quote opened at `open` and closed by the mark at `close_at..close`.
fn marked(text: &str, open: Open, close_at: usize, close: usize, closed: bool) -> Option<Marked> {
    let from = open.at + open.mark.len_utf8();
    let inner = text.get(from..close_at)?;
    let lead = inner.len() - inner.trim_start().len();
    let trimmed = inner.trim();
    if trimmed.is_empty() {
        return None;
    }
    let start = from + lead;
    Some(Marked { open: open.at, close, start, end: start + trimmed.len(), closed })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Document;

    fn contents(s: &str) -> Vec<String> {
        let doc = Document::new(s, &crate::lang::data(crate::lang::Lang::Fr).text);
        pair(s, &doc.paragraphs).quotes.iter().map(|m| s[m.start..m.end].to_string()).collect()
    }

    #[test]
    fn pairs_every_style() {
        let table: &[(&str, &[&str])] = &[
            ("Il a dit : « Nous tiendrons. »", &["Nous tiendrons."]),
            ("Il a dit : «Nous tiendrons.»", &["Nous tiendrons."]),
            ("Il a dit\u{a0}: «\u{202f}Non\u{202f}» hier", &["Non"]),
            ("He said “we will win” and left.", &["we will win"]),
            ("He said \"we will win,\" then \"never.\"", &["we will win,", "never."]),
            ("“We will win,\" he said. \"Never.” Then", &["We will win,", "Never."]),
            ("Er sagte „wir gewinnen“ heute", &["wir gewinnen"]),
            ("un ‹ mot › ici", &["mot"]),
            ("She said ‘no way’ to Kirby’s plan in the ’90s.", &["no way"]),
            ("« Il parle du “plan” ici », dit-il", &["Il parle du “plan” ici"]),
            ("l’Iran et aujourd’hui, Kirby’s view", &[]),
        ];
        for (s, want) in table {
            assert_eq!(contents(s), *want, "{s}");
        }
    }

    #[test]
    fn spans_paragraphs_and_stops_unclosed() {
        let table: &[(&str, &[&str])] = &[
            ("« Premier point.\n« Second point. »\nFin.", &["Premier point.\n« Second point."]),
            ("“First point.\n“Second point.”\nEnd.", &["First point.\n“Second point."]),
            ("Il a dit « jamais de la vie\nLa suite n'est pas citée.", &["jamais de la vie"]),
            ("Un ‘ seul\nRien.", &[]),
        ];
        for (s, want) in table {
            assert_eq!(contents(s), *want, "{s}");
        }
    }

    #[test]
    fn finds_closers_without_opener() {
        let orphans = |s: &str| {
            let doc = Document::new(s, &crate::lang::data(crate::lang::Lang::Fr).text);
            pair(s, &doc.paragraphs).orphans.iter().map(|&at| s[at..].chars().next().unwrap()).collect::<String>()
        };
        assert_eq!(orphans("Il a dit : La fin est proche ».\nSuite."), "»");
        assert_eq!(orphans("Il a dit : La fin est proche “.\nSuite."), "“");
        assert_eq!(orphans("Il a dit : « La fin est proche ».\nSuite."), "");
        assert_eq!(orphans("Un « mot » et un autre « ici »"), "");
        assert_eq!(orphans("He said: The end is near “.\n“Another quote.”"), "“");
    }

    #[test]
    fn many_unmatched_marks_stay_linear() {
        let s = "« ".repeat(20_000) + &"\"".repeat(20_000) + &"» ".repeat(5);
        let found = contents(&s);
        assert!(found.len() <= 3);
    }
}
