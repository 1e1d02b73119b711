//! What is not an entity: demonyms, sentence starts, months, hashtags,
//! boilerplate, title-case headlines, pronouns. Each sentence lists words
//! that must not be (part of) any mention.

use annotator::entities;
use annotator::lang::{data, Lang};
use annotator::text::Document;

fn mentions(lang: Lang, text: &str) -> Vec<String> {
    let d = data(lang);
    entities::find(&Document::new(text, &d.text), d).0.into_iter().map(|m| m.text).collect()
}

fn check(lang: Lang, table: &[(&str, &[&str])]) {
    for (sentence, banned) in table {
        let found = mentions(lang, sentence);
        for b in *banned {
            assert!(!found.iter().any(|m| m.contains(b)), "{sentence:?}: {b:?} found in {found:?}");
        }
    }
}

#[test]
fn french_negatives() {
    check(Lang::Fr, &[
        ("Les Russes et les Américains ont discuté longuement.", &["Russes", "Américains"]),
        ("Un responsable nord-coréen a été reçu ; les Nord-Coréens ont applaudi.", &["nord-coréen", "Nord-Coréens"]),
        ("Plusieurs sources ont confirmé. Cela reste flou.", &["Plusieurs", "Cela"]),
        ("Lundi, le gouvernement a parlé. En janvier, rien.", &["Lundi", "En", "janvier"]),
        ("Partagez avec #Russie #Paix et @redaction", &["Russie", "Paix", "redaction"]),
        ("Il a dit qu’elle viendrait. Nous verrons.", &["Il", "Nous"]),
        ("Lire aussi : la réforme adoptée", &["Lire"]),
    ]);
}

#[test]
fn english_negatives() {
    check(Lang::En, &[
        ("American troops and Russian forces clashed.", &["American", "Russian"]),
        ("However, the plan failed. On Tuesday the market fell.", &["However", "On", "Tuesday"]),
        ("LEAVE A REPLY", &["LEAVE", "REPLY"]),
        ("Read More", &["Read", "More"]),
        ("Related Articles", &["Related", "Articles"]),
        ("Markets Tumble As Investors Fear Slowdown", &["Markets", "Investors", "Slowdown"]),
        ("We accept cookies. This site uses them.", &["We", "This"]),
    ]);
}

#[test]
fn never_panics_and_spans_are_sound() {
    let long = "Capitalised Words Only Here ".repeat(2000);
    let inputs = [
        "",
        "É",
        "l’",
        "M.",
        "🙂 Ωmega Ñandú «Été» d’Ébène (ONU",
        "affairesÉté Çava-Ñu l'",
        "A. B. C. D.",
        "de de de La La La",
        long.as_str(),
    ];
    for lang in [Lang::Fr, Lang::En] {
        for text in inputs {
            let d = data(lang);
            let (ms, groups) = entities::find(&Document::new(text, &d.text), d);
            let mut last = 0;
            for (n, m) in ms.iter().enumerate() {
                assert!(m.start >= last && m.start < m.end && m.end <= text.len(), "{text:?}: {m:?}");
                assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
                assert_eq!(&text[m.start..m.end], m.text);
                assert!(groups[m.group].mentions.contains(&n));
                last = m.end;
            }
        }
    }
}
