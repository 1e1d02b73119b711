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

/// Splits `text[start..end]` into tokens, appending to `out`.
pub fn tokenize(text: &str, start: usize, end: usize, data: &TextData, out: &mut Vec<Token>) {
    let s = &text[start..end];
    let chars: Vec<(usize, char)> = s.char_indices().map(|(i, c)| (i + start, c)).collect();
    let at = |i: usize| chars.get(i).map(|&(_, c)| c);
    let byte = |i: usize| chars.get(i).map_or(end, |&(b, _)| b);
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i].1;
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if !c.is_alphanumeric() {
            out.push(Token { start: byte(i), end: byte(i + 1), kind: TokenKind::Punct });
            i += 1;
            continue;
        }
        if let Some(j) = dotted_acronym(&chars, i) {
            out.push(Token { start: byte(i), end: byte(j), kind: TokenKind::Word });
            i = j;
            continue;
        }
        let first_digit = c.is_ascii_digit();
        let mut has_letter = !first_digit;
        let mut j = i + 1;
        loop {
            match at(j) {
                Some(c) if c.is_alphanumeric() => {
                    has_letter |= !c.is_ascii_digit();
                    j += 1;
                }
                // Inner hyphen: joins unless both sides are digits (`2019-2021`).
                Some(h) if is_hyphen(h) => {
                    let next = at(j + 1);
                    let joins = match next {
                        Some(n) if n.is_alphanumeric() => has_letter || !n.is_ascii_digit(),
                        _ => false,
                    };
                    if !joins {
                        break;
                    }
                    j += 1;
                }
                Some(a) if is_apostrophe(a) && has_letter => {
                    if at(j + 1).is_some_and(|n| n.is_alphabetic()) {
                        j += 1;
                    } else {
                        break;
                    }
                }
                // `30,4`, `3.5`, `1,000`: a separator between digits.
                Some(sep) if (sep == ',' || sep == '.') && !has_letter => {
                    if at(j + 1).is_some_and(|n| n.is_ascii_digit()) && chars[j - 1].1.is_ascii_digit() {
                        j += 1;
                    } else {
                        break;
                    }
                }
                _ => break,
            }
        }
        let kind = if !first_digit {
            TokenKind::Word
        } else if has_letter {
            TokenKind::Alnum
        } else {
            TokenKind::Number
        };
        split_word(text, byte(i), byte(j), kind, data, out);
        i = j;
    }
}

/// `U.S.`, `J.-C.`, `N.B.`: single letters each followed by a dot, at least
/// two of them. Returns the index after the last dot.
fn dotted_acronym(chars: &[(usize, char)], i: usize) -> Option<usize> {
    let mut j = i;
    let mut letters = 0;
    while j + 1 < chars.len() && chars[j].1.is_alphabetic() && chars[j + 1].1 == '.' {
        // The letter must stand alone: not the end of a longer word.
        if j > i && chars[j - 1].1 != '.' && !is_hyphen(chars[j - 1].1) {
            break;
        }
        letters += 1;
        j += 2;
        if j < chars.len() && is_hyphen(chars[j].1) {
            j += 1;
        }
        if j < chars.len() && chars[j].1.is_alphabetic() && !(j + 1 < chars.len() && chars[j + 1].1 == '.') {
            // `U.Supérieur`: the letter is a word start, not an initial.
            if letters < 2 {
                return None;
            }
            break;
        }
    }
    while j > i && is_hyphen(chars[j - 1].1) {
        j -= 1;
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
