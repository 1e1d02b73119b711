//! Tokens with offsets into the unchanged input.
//!
//! A word is a run of letters and digits that may hold inner hyphens
//! (`Kim Jong-un`, `Covid-19`, `vingt-cinq`) and inner apostrophes
//! (`aujourd’hui`, `O'Brien`); a French elision (`l’Iran`) is split off as
//! its own token from the language's list, and so is an English clitic
//! (`Kirby's`). Numbers keep inner `,` and `.` between digits (`30,4`,
//! `3.5`, `1,000`). Dotted acronyms (`U.S.`, `J.-C.`) are one token.
//! Everything else is one token per char, spaces excepted.

use super::TextData;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Starts with a letter.
    Word,
    /// Digits, with inner `,` or `.` between digits.
    Number,
    /// Starts with a digit and holds a letter: `19h33`, `1er`, `2e`.
    Alnum,
    /// Any other single char.
    Punct,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
}

impl Token {
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑')
}

/// The char at byte `p` of `s`, if any (`p` on a char boundary).
fn char_at(s: &str, p: usize) -> Option<char> {
    match *s.as_bytes().get(p)? {
        b if b.is_ascii() => Some(char::from(b)),
        _ => s[p..].chars().next(),
    }
}

/// The char before byte `p` of `s`, if any.
fn char_before(s: &str, p: usize) -> Option<char> {
    s[..p].chars().next_back()
}

/// Splits `text[start..end]` into tokens, appending to `out`.
pub fn tokenize(text: &str, start: usize, end: usize, data: &TextData, out: &mut Vec<Token>) {
    let s = &text[start..end];
    let at = |p: usize| char_at(s, p);
    // Byte offsets into `s`; every step moves by whole chars.
    let mut i = 0;
    while let Some(c) = at(i) {
        let next = i + c.len_utf8();
        if c.is_whitespace() {
            i = next;
            continue;
        }
        if !c.is_alphanumeric() {
            out.push(Token { start: start + i, end: start + next, kind: TokenKind::Punct });
            i = next;
            continue;
        }
        if let Some(j) = dotted_acronym(s, i) {
            out.push(Token { start: start + i, end: start + j, kind: TokenKind::Word });
            i = j;
            continue;
        }
        let first_digit = c.is_ascii_digit();
        let mut has_letter = !first_digit;
        // The last char taken into the word: always a letter or a digit.
        let mut prev = c;
        let mut j = next;
        while let Some(c) = at(j) {
            let after = j + c.len_utf8();
            if c.is_alphanumeric() {
                has_letter |= !c.is_ascii_digit();
                prev = c;
                j = after;
            } else if is_hyphen(c) {
                // Inner hyphen: joins unless both sides are digits (`2019-2021`).
                let joins = match at(after) {
                    Some(n) if n.is_alphanumeric() => has_letter || !n.is_ascii_digit(),
                    _ => false,
                };
                if !joins {
                    break;
                }
                j = after;
            } else if is_apostrophe(c) && has_letter {
                if !at(after).is_some_and(|n| n.is_alphabetic()) {
                    // An elision before a mark or a space keeps its
                    // apostrophe (`d’« historique »`): no closing mark.
                    if data.elisions.iter().any(|e| e.eq_ignore_ascii_case(&s[i..j])) {
                        j = after;
                    }
                    break;
                }
                j = after;
            } else if (c == ',' || c == '.') && !has_letter {
                // `30,4`, `3.5`, `1,000`: a separator between digits.
                if !(at(after).is_some_and(|n| n.is_ascii_digit()) && prev.is_ascii_digit()) {
                    break;
                }
                j = after;
            } else {
                break;
            }
        }
        let kind = if !first_digit {
            TokenKind::Word
        } else if has_letter {
            TokenKind::Alnum
        } else {
            TokenKind::Number
        };
        split_word(text, start + i, start + j, kind, data, out);
        i = j;
    }
}

/// `U.S.`, `J.-C.`, `N.B.`: single letters each followed by a dot, at least
/// two of them. Returns the byte offset in `s` after the last dot.
fn dotted_acronym(s: &str, i: usize) -> Option<usize> {
    let at = |p: usize| char_at(s, p);
    let mut j = i;
    let mut letters = 0;
    while let Some(c) = at(j) {
        let dot = j + c.len_utf8();
        if !(c.is_alphabetic() && at(dot) == Some('.')) {
            break;
        }
        // The letter must stand alone: not the end of a longer word.
        if j > i && char_before(s, j).is_some_and(|p| p != '.' && !is_hyphen(p)) {
            break;
        }
        letters += 1;
        j = dot + 1;
        if let Some(h) = at(j).filter(|&h| is_hyphen(h)) {
            j += h.len_utf8();
        }
        if let Some(c) = at(j) {
            if c.is_alphabetic() && at(j + c.len_utf8()) != Some('.') {
                // `U.Supérieur`: the letter is a word start, not an initial.
                if letters < 2 {
                    return None;
                }
                break;
            }
        }
    }
    while j > i {
        match char_before(s, j) {
            Some(h) if is_hyphen(h) => j -= h.len_utf8(),
            _ => break,
        }
    }
    (letters >= 2).then_some(j)
}

/// Splits the language's elisions off the front of a word (`l’` + `Iran`,
/// `qu’` + `il`) and its clitics off the back (`Kirby` + `’s`).
fn split_word(text: &str, start: usize, end: usize, kind: TokenKind, data: &TextData, out: &mut Vec<Token>) {
    let word = &text[start..end];
    // Elisions and clitics need an apostrophe: `'`, or one of the
    // multi-byte ones (`’`, `ʼ`) whose first byte is at least 0xC0.
    if !word.bytes().any(|b| b == b'\'' || b >= 0xC0) {
        out.push(Token { start, end, kind });
        return;
    }
    let mut s = start;
    if kind == TokenKind::Word {
        if let Some(a) = word.find(is_apostrophe) {
            let head = &word[..a];
            let apos_len = word[a..].chars().next().map_or(1, char::len_utf8);
            let rest = &word[a + apos_len..];
            if !rest.is_empty() && data.elisions.iter().any(|e| e.eq_ignore_ascii_case(head)) {
                out.push(Token { start, end: start + a + apos_len, kind: TokenKind::Word });
                s = start + a + apos_len;
            }
        }
    }
    let word = &text[s..end];
    for clitic in data.clitics {
        // A clitic is written with a plain apostrophe; match either form.
        let body = &clitic[1..];
        if word.len() > body.len() + 1 {
            if let Some(stem) = word.strip_suffix(body) {
                if let Some(a) = stem.chars().last().filter(|&c| is_apostrophe(c)) {
                    let cut = s + stem.len() - a.len_utf8();
                    if cut > s {
                        out.push(Token { start: s, end: cut, kind });
                        out.push(Token { start: cut, end, kind: TokenKind::Word });
                        return;
                    }
                }
            }
        }
    }
    out.push(Token { start: s, end, kind });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::{data, Lang};

    fn toks(lang: Lang, s: &str) -> Vec<String> {
        let mut out = Vec::new();
        tokenize(s, 0, s.len(), &data(lang).text, &mut out);
        out.iter().map(|t| t.text(s).to_string()).collect()
    }

    #[test]
    fn french_tokens() {
        let table: &[(&str, &[&str])] = &[
            ("l’Iran et l'Ukraine", &["l’", "Iran", "et", "l'", "Ukraine"]),
            ("Kim Jong-un a 30,4 %", &["Kim", "Jong-un", "a", "30,4", "%"]),
            ("aujourd’hui, qu'il", &["aujourd’hui", ",", "qu'", "il"]),
            ("le Covid-19 et Mohajer-6", &["le", "Covid-19", "et", "Mohajer-6"]),
            ("à 19h33, du 3 au 5", &["à", "19h33", ",", "du", "3", "au", "5"]),
            ("de 2019-2021.", &["de", "2019", "-", "2021", "."]),
            ("« Non », dit-il", &["«", "Non", "»", ",", "dit-il"]),
            ("L’ONU 🙂 !", &["L’", "ONU", "🙂", "!"]),
        ];
        for (s, want) in table {
            assert_eq!(toks(Lang::Fr, s), *want, "{s}");
        }
    }

    #[test]
    fn english_tokens() {
        let table: &[(&str, &[&str])] = &[
            ("Kirby's view", &["Kirby", "'s", "view"]),
            ("the U.S. said", &["the", "U.S.", "said"]),
            ("3.5 million don't", &["3.5", "million", "don't"]),
            ("O'Brien, 2013-03-22", &["O'Brien", ",", "2013", "-", "03", "-", "22"]),
        ];
        for (s, want) in table {
            assert_eq!(toks(Lang::En, s), *want, "{s}");
        }
    }
}
