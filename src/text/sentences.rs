//! Paragraphs and sentences, as token ranges with offsets into the input.

use std::ops::Range;

use super::tokens::{Token, TokenKind};
use super::TextData;

/// Paragraphs: the non-blank lines of the text (news pasted from a page has
/// one paragraph per line; a blank line between paragraphs changes nothing).
pub fn paragraphs(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i <= bytes.len() {
        // Line ends: `\n`, `\r`, U+2028 and U+2029 (E2 80 A8 and E2 80 A9);
        // the end of the text closes the last line.
        let width = match bytes.get(i) {
            None => 1,
            Some(b'\n' | b'\r') => 1,
            Some(0xE2) if bytes.get(i + 1) == Some(&0x80) && matches!(bytes.get(i + 2), Some(0xA8 | 0xA9)) => 3,
            Some(_) => {
                i += 1;
                continue;
            }
        };
        let line = &text[start..i];
        let lead = line.len() - line.trim_start().len();
        let trail = line.trim_end().len();
        if trail > lead {
            out.push(start + lead..start + trail);
        }
        start = i + width;
        i += width;
    }
    out
}

fn is_terminal(s: &str) -> bool {
    matches!(s, "." | "!" | "?" | "…")
}

fn is_closer(s: &str) -> bool {
    matches!(s, "»" | "”" | "\"" | "’" | "'" | ")" | "]" | "›")
}

/// Sentence boundaries inside one paragraph's tokens: ranges of token
/// indices. A sentence ends at `.`, `!`, `?` or `…` (with any closing quote
/// or bracket after it) when the next token opens a sentence (capital,
/// digit, opening quote or dash) — but not after an abbreviation (`M.`,
/// `Dr.`), an initial (`J. Biden`) or a number.
pub fn sentences(text: &str, tokens: &[Token], data: &TextData) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < tokens.len() {
        let t = tokens[i].text(text);
        if !is_terminal(t) {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < tokens.len() && (is_terminal(tokens[end].text(text)) || is_closer(tokens[end].text(text))) {
            // A closer only belongs here when glued to the terminal.
            if is_closer(tokens[end].text(text)) && tokens[end].start != tokens[end - 1].end && tokens[end].text(text) != "»" {
                break;
            }
            end += 1;
        }
        let opens_next = match tokens.get(end) {
            None => true,
            Some(n) => {
                let s = n.text(text);
                let c = s.chars().next().unwrap_or(' ');
                c.is_uppercase() || c.is_ascii_digit() || matches!(c, '«' | '“' | '"' | '„' | '‹' | '–' | '—' | '-' | '(' | '[' | '‘' | '¿' | '¡')
            }
        };
        let spaced = tokens.get(end).is_none_or(|n| n.start > tokens[end - 1].end);
        if opens_next && spaced && !(t == "." && no_break_before_dot(text, tokens, i, data)) {
            out.push(start..end);
            start = end;
        }
        i = end;
    }
    if start < tokens.len() {
        out.push(start..tokens.len());
    }
    out
}

/// Whether the `.` at token `i` follows an abbreviation, an initial or an
/// ordinal number, so does not end the sentence.
fn no_break_before_dot(text: &str, tokens: &[Token], i: usize, data: &TextData) -> bool {
    let Some(prev) = i.checked_sub(1).map(|p| tokens[p]) else {
        return false;
    };
    if prev.end != tokens[i].start {
        return false;
    }
    let w = prev.text(text);
    if prev.kind == TokenKind::Word {
        let mut cs = w.chars();
        let single_capital = matches!((cs.next(), cs.next()), (Some(c), None) if c.is_uppercase());
        return single_capital || data.abbreviations.contains(&w);
    }
    false
}

#[cfg(test)]
mod tests {
    use crate::lang::{data, Lang};
    use crate::text::Document;

    fn split(lang: Lang, s: &str) -> Vec<String> {
        let doc = Document::new(s, &data(lang).text);
        doc.sentences.iter().map(|r| s[r.start..r.end].to_string()).collect()
    }

    #[test]
    fn french_sentences() {
        let table: &[(&str, &[&str])] = &[
            ("M. Dupont est venu. Il a parlé.", &["M. Dupont est venu.", "Il a parlé."]),
            ("Le taux est de 30,4 %. Mme Durand l'a dit !", &["Le taux est de 30,4 %.", "Mme Durand l'a dit !"]),
            ("« C'est fini. » Il est parti.", &["« C'est fini. »", "Il est parti."]),
            ("Des pommes, des poires, etc. Puis rien.", &["Des pommes, des poires, etc. Puis rien."]),
            ("Ligne un\nLigne deux", &["Ligne un", "Ligne deux"]),
            ("Il est né en 1950. En 2000, il part.", &["Il est né en 1950.", "En 2000, il part."]),
            ("Vraiment ? Oui… Bon.", &["Vraiment ?", "Oui…", "Bon."]),
        ];
        for (s, want) in table {
            assert_eq!(split(Lang::Fr, s), *want, "{s}");
        }
    }

    #[test]
    fn paragraphs_are_trimmed_lines() {
        let s = "  Un\r\nDeux\u{2028}\u{a0}\u{2029}Trois — é\u{2029}\n\n  Quatre  ";
        let got: Vec<&str> = super::paragraphs(s).into_iter().map(|r| &s[r]).collect();
        assert_eq!(got, ["Un", "Deux", "Trois — é", "Quatre"]);
        assert!(super::paragraphs("").is_empty());
        assert!(super::paragraphs("\n \r\u{2028}").is_empty());
    }

    #[test]
    fn english_sentences() {
        let table: &[(&str, &[&str])] = &[
            ("Dr. Smith met J. R. Jones. They spoke.", &["Dr. Smith met J. R. Jones.", "They spoke."]),
            ("The U.S. Army left. Growth was 3.5 percent.", &["The U.S. Army left.", "Growth was 3.5 percent."]),
            ("\"We won.\" She smiled.", &["\"We won.\"", "She smiled."]),
            ("Sen. Warren said no. Mr. Lee agreed.", &["Sen. Warren said no.", "Mr. Lee agreed."]),
            ("It rose. and fell", &["It rose. and fell"]),
        ];
        for (s, want) in table {
            assert_eq!(split(Lang::En, s), *want, "{s}");
        }
    }
}
