//! The entity tagger on hostile input: it never panics, its names lie on
//! char boundaries inside the text and carry their own text, whatever the
//! input: arbitrary Unicode, capitalised words and name pieces in any
//! order (long stretches for the decoder), and a megabyte without a space
//! (one token, or one endless sentence).

use annotator::entities;
use annotator::lang::{data, Lang};
use annotator::text::Document;
use proptest::prelude::*;

/// Every mention of the whole entity layer in `text`, checked; `Err` on the
/// first bad one.
fn check(lang: Lang, text: &str) -> Result<usize, String> {
    let d = data(lang);
    assert!(entities::tagger::model(d).is_some(), "{lang}: no tagger model");
    let doc = Document::new(text, &d.text);
    let (mentions, groups) = entities::find(&doc, d);
    for m in &mentions {
        let ok = m.start < m.end && m.end <= text.len() && text.is_char_boundary(m.start) && text.is_char_boundary(m.end);
        if !ok || text[m.start..m.end] != m.text {
            return Err(format!("bad mention {m:?}"));
        }
        if m.group >= groups.len() {
            return Err(format!("mention {m:?} in no group"));
        }
    }
    for w in mentions.windows(2) {
        if w[0].end > w[1].start {
            return Err(format!("overlapping mentions {:?} {:?}", w[0], w[1]));
        }
    }
    Ok(mentions.len())
}

const PIECES: &[&str] = &[
    "Paris", "PARIS", "Saint-Malo", "Jean-Pierre", "Le", "La", "de", "du", "d’", "l'", "of", "the", "The", "Kremlin-backed",
    "Boston-based", "affairesVerdier", "Pyongyang-Moscou", "#Russie", "@user", "M.", "Mr.", "Dr", "ONU", "U.S.",
    "G7", "Mohajer-6", "Conseil", "ministère", "Agence", "University", "River", "Corp.", "Inc", "FC", "1.", "2)",
    "(Russie)", "24\"88", "6-3", "«", "»", "“", "”", ":", ",", ".", ";", "!", "?", "–", "\n", "🙂", "\u{301}", "ǅ",
    "İstanbul", "ÉTATS-UNIS", "a déclaré", "said",
];

fn names() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..200).prop_map(|v| v.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_unicode(text in any::<String>()) {
        for lang in Lang::ALL {
            prop_assert!(check(lang, &text).is_ok(), "{:?}", check(lang, &text));
        }
    }

    #[test]
    fn name_pieces(text in names()) {
        for lang in Lang::ALL {
            prop_assert!(check(lang, &text).is_ok(), "{:?}", check(lang, &text));
        }
    }
}

#[test]
fn a_megabyte_without_spaces() {
    let cases = [
        "Aé".repeat(500_000),                 // one capitalised token of a megabyte
        "Paris-".repeat(170_000),             // one hyphenated token
        "Paris,Lyon;".repeat(90_000),         // one sentence of 180,000 names and punctuation
        "Le\u{a0}Monde".repeat(110_000),      // no-break spaces only
    ];
    for text in &cases {
        for lang in Lang::ALL {
            check(lang, text).unwrap();
        }
    }
}

#[test]
fn one_endless_sentence_of_names() {
    let text = "Jean Dupont Marie Curie Banque de France ".repeat(25_000);
    for lang in Lang::ALL {
        assert!(check(lang, &text).unwrap() > 0, "{lang}: names in an endless sentence");
    }
}

/// With the tagger, a surname still joins the full name it ends, and every
/// mention of an entity has the entity's type and canonical name.
#[test]
fn mentions_still_group_into_entities() {
    for (lang, text, short, full) in [
        (Lang::En, "John Kirby, a Pentagon spokesman, spoke on Monday. Kirby said the aid would continue, and Kirby added that talks went on.", "Kirby", "John Kirby"),
        (Lang::Fr, "Le maire, Paul Verdier, a parlé lundi à Quimper. Verdier a ensuite ajouté que rien n'était décidé, a précisé Verdier.", "Verdier", "Paul Verdier"),
    ] {
        let d = data(lang);
        let doc = Document::new(text, &d.text);
        let (mentions, groups) = entities::find(&doc, d);
        let shorts: Vec<_> = mentions.iter().filter(|m| m.text == short).collect();
        assert!(!shorts.is_empty(), "{lang}: {short} found in {mentions:?}");
        for m in &shorts {
            assert_eq!(m.name, full, "{lang}: {m:?}");
        }
        for g in &groups {
            for &n in &g.mentions {
                assert_eq!((mentions[n].kind, mentions[n].name.as_str()), (g.kind, g.name.as_str()));
            }
        }
    }
}

/// Two names of one type a space apart are one name: the tagger may open
/// a second name inside a long one (`New York` `Stock Exchange`).
#[test]
fn names_of_one_type_side_by_side_are_one() {
    for (lang, text, name) in [
        (Lang::En, "Shares of the firm fell 3% on the New York Stock Exchange on Monday.", "New York Stock Exchange"),
        (Lang::En, "Crude futures rose on the New York Mercantile Exchange.", "New York Mercantile Exchange"),
        (Lang::En, "The Partnership for Public Service published the survey.", "Partnership for Public Service"),
    ] {
        let doc = Document::new(text, &data(lang).text);
        let (found, _) = entities::find(&doc, data(lang));
        assert!(found.iter().any(|m| m.text == name), "{text}: {found:?}");
    }
}
