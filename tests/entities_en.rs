//! English entity tables: one sentence per kind of evidence, written for
//! these tests (invented or generic news events).

use annotator::entities;
use annotator::lang::{data, Lang};
use annotator::text::Document;
use annotator::{EntityType, EntityType::*, Mention};

fn run(text: &str) -> Vec<Mention> {
    let d = data(Lang::En);
    entities::find(&Document::new(text, &d.text), d).0
}

fn check(table: &[(&str, &[(&str, EntityType)])]) {
    for (sentence, want) in table {
        let found = run(sentence);
        for (name, kind) in *want {
            assert!(
                found.iter().any(|m| m.text == *name && m.kind == *kind),
                "{sentence:?}: want {name:?} {kind:?}, found {:?}",
                found.iter().map(|m| (&m.text, m.kind, &m.rule)).collect::<Vec<_>>()
            );
        }
    }
}

#[test]
fn gazetteers() {
    check(&[
        ("Officials in Paris and Beijing met on Monday.", &[("Paris", LOC), ("Beijing", LOC)]),
        ("NATO and the United Nations issued a joint statement.", &[("NATO", ORG), ("United Nations", ORG)]),
        ("The U.S. and North Korea traded accusations.", &[("U.S.", LOC), ("North Korea", LOC)]),
        ("The White House declined to comment, the Associated Press reported.", &[("White House", ORG), ("Associated Press", ORG)]),
    ]);
}

#[test]
fn titles_and_given_names() {
    check(&[
        ("Sen. Hollister criticized the bill on Tuesday.", &[("Hollister", PER)]),
        ("Mr Pemberton declined to comment.", &[("Pemberton", PER)]),
        ("Ursula von der Leyen arrived late.", &[("Ursula von der Leyen", PER)]),
        ("The spokesman, Daniel Okafor, said talks would resume.", &[("Daniel Okafor", PER)]),
    ]);
}

#[test]
fn heads_and_suffixes() {
    check(&[
        ("The Ministry of Defence said the drills were routine.", &[("Ministry of Defence", ORG)]),
        ("Analysts at the Institute for the Study of War disagreed.", &[("Institute for the Study of War", ORG)]),
        ("The Denver Herald first reported the story.", &[("Denver Herald", ORG)]),
        ("Shares of Brightwater Inc fell sharply.", &[("Brightwater Inc", ORG)]),
        ("Ships crossed the Black Sea at night.", &[("Black Sea", LOC)]),
    ]);
}

#[test]
fn consistency_and_groups() {
    let found = run("John Kirby spoke first. Later, Kirby said the aid would continue.");
    let kirby: Vec<&Mention> = found.iter().filter(|m| m.text.contains("Kirby")).collect();
    assert_eq!(kirby.len(), 2, "{found:?}");
    assert!(kirby.iter().all(|m| m.kind == PER && m.name == "John Kirby" && m.group == kirby[0].group));
}
