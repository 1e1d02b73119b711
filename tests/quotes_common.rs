//! Shared helpers for the quote tests (included by each test file).

use annotator::{annotate, Lang, Options, Quote, QuoteKind};

pub fn quotes(lang: Lang, text: &str) -> Vec<Quote> {
    annotate(text, &Options { lang: Some(lang), ..Options::default() }).quotes
}

/// `(kind, text, speaker)` of every quote, `d`/`i` for the kind.
pub fn summary(lang: Lang, text: &str) -> Vec<(char, String, Option<String>)> {
    quotes(lang, text)
        .into_iter()
        .map(|q| (if q.kind == QuoteKind::Direct { 'd' } else { 'i' }, q.text, q.speaker))
        .collect()
}

/// Checks a table of `(text, [(kind, quote, speaker)])`.
pub fn check(lang: Lang, table: &[(&str, &[(char, &str, Option<&str>)])]) {
    for (text, want) in table {
        let got = summary(lang, text);
        let want: Vec<(char, String, Option<String>)> =
            want.iter().map(|(k, q, s)| (*k, q.to_string(), s.map(str::to_string))).collect();
        assert_eq!(got, want, "\n  text: {text}");
    }
}
