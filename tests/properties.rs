//! Properties that hold for every input: annotation never panics, every span
//! lies on char boundaries inside the text and carries its own text, lists
//! are sorted, layers are flat (but for a direct quote inside an indirect
//! one), offsets convert consistently, and output is deterministic.
//!
//! Inputs come from two strategies: arbitrary Unicode, and "newsy" text built
//! from words, names, numbers, dates and every quotation mark, which reaches
//! the patterns far more often. `PROPTEST_CASES=20000 cargo test --release
//! --test properties` runs longer by hand.

use annotator::text::OffsetMap;
use annotator::{annotate, Annotations, Lang, Options, QuoteKind};
use proptest::prelude::*;

const PIECES: &[&str] = &[
    "le", "la", "l’", "d'", "qu’", "a déclaré", "a-t-il ajouté", "selon", "said", "told", "according to", "que", "that",
    "M.", "Mme", "Dr.", "U.S.", "Jean", "Dupont", "Marie-Claire", "Kim Jong-un", "Paris", "Nations unies", "ONU",
    "NATO", "Conseil de sécurité", "ministère de la Défense", "the", "of", "White House", "lundi", "Monday", "hier",
    "yesterday", "la semaine dernière", "last week", "2024", "1999", "12", "3,5", "30.4", "19h33", "8:30 p.m.",
    "2024-01-23", "18:52:23", "22/03/2013", "janvier", "March", "il y a trois jours", "two weeks ago", "chaque année",
    "«", "»", "“", "”", "\"", "‘", "’", "„", "‹", "›", "–", "—", "-", ":", ",", ".", "!", "?", "…", "(", ")", "#",
    "🙂", "é", "\u{a0}", "\u{202f}", " ", " ", " ", " ", "\n", "\n\n", "\r\n", "\t",
];

fn newsy() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..80).prop_map(|v| {
        let mut s = String::new();
        for (i, p) in v.iter().enumerate() {
            if i > 0 && i % 3 != 0 {
                s.push(' ');
            }
            s.push_str(p);
        }
        s
    })
}

fn options() -> impl Strategy<Value = Options> {
    let lang = prop::option::of(prop::sample::select(&Lang::ALL[..]));
    let date = prop::option::of((1990i16..2040, 1i8..=12, 1i8..=28).prop_map(|(y, m, d)| annotator::Date::new(y, m, d).unwrap()));
    (lang, date).prop_map(|(lang, reference_date)| Options { lang, reference_date })
}

fn check_span(text: &str, start: usize, end: usize, said: &str, what: &str) -> Result<(), TestCaseError> {
    prop_assert!(start <= end && end <= text.len(), "{what} {start}..{end} outside the text");
    prop_assert!(text.is_char_boundary(start) && text.is_char_boundary(end), "{what} {start}..{end} off a char boundary");
    prop_assert_eq!(&text[start..end], said, "{} text differs from its span", what);
    Ok(())
}

fn check_flat(spans: &[(usize, usize)], what: &str) -> Result<(), TestCaseError> {
    for w in spans.windows(2) {
        prop_assert!(w[0].0 <= w[1].0, "{what} not sorted");
        prop_assert!(w[0].1 <= w[1].0, "{what} overlap: {:?} {:?}", w[0], w[1]);
    }
    Ok(())
}

fn check(text: &str, a: &Annotations) -> Result<(), TestCaseError> {
    for m in &a.entities {
        check_span(text, m.start, m.end, &m.text, "entity")?;
        let g = a.entity_groups.get(m.group);
        prop_assert!(g.is_some(), "entity group index out of range");
        prop_assert_eq!(&g.unwrap().name, &m.name);
    }
    for (gi, g) in a.entity_groups.iter().enumerate() {
        for &mi in &g.mentions {
            prop_assert!(a.entities.get(mi).is_some_and(|m| m.group == gi), "group lists a mention of another group");
        }
    }
    for t in &a.timexes {
        check_span(text, t.start, t.end, &t.text, "timex")?;
        prop_assert!(!t.value.is_empty(), "timex without a value");
    }
    for q in &a.quotes {
        check_span(text, q.start, q.end, &q.text, "quote")?;
        for p in q.speaker_span.iter().chain(q.cue.iter()) {
            check_span(text, p.start, p.end, &p.text, "quote part")?;
        }
    }
    check_flat(&a.entities.iter().map(|m| (m.start, m.end)).collect::<Vec<_>>(), "entities")?;
    check_flat(&a.timexes.iter().map(|t| (t.start, t.end)).collect::<Vec<_>>(), "timexes")?;
    for kind in [QuoteKind::Direct, QuoteKind::Indirect] {
        let spans: Vec<_> = a.quotes.iter().filter(|q| q.kind == kind).map(|q| (q.start, q.end)).collect();
        check_flat(&spans, "quotes of one kind")?;
    }
    for w in a.quotes.windows(2) {
        prop_assert!(w[0].start <= w[1].start, "quotes not sorted");
    }
    Ok(())
}

/// Code point and UTF-16 offsets agree with each other and with the text.
fn check_offsets(text: &str, a: &Annotations) -> Result<(), TestCaseError> {
    let map = OffsetMap::new(text);
    let chars: Vec<char> = text.chars().collect();
    let utf16: Vec<u16> = text.encode_utf16().collect();
    for t in &a.timexes {
        let (cs, ce) = (map.char_index(t.start), map.char_index(t.end));
        prop_assert_eq!(chars[cs..ce].iter().collect::<String>(), t.text.clone());
        let (us, ue) = (map.utf16_index(t.start), map.utf16_index(t.end));
        prop_assert_eq!(String::from_utf16_lossy(&utf16[us..ue]), t.text.clone());
        prop_assert_eq!(map.byte_of_char(cs), t.start);
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_unicode(text in any::<String>(), o in options()) {
        let a = annotate(&text, &o);
        check(&text, &a)?;
    }

    #[test]
    fn newsy_text(text in newsy(), o in options()) {
        let a = annotate(&text, &o);
        check(&text, &a)?;
        check_offsets(&text, &a)?;
        prop_assert_eq!(a, annotate(&text, &o), "not deterministic");
    }
}
