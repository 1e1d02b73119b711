//! English entity tables: one sentence per kind of evidence, written for
//! these tests (invented or generic news events).

mod entities_common;

use annotator::lang::Lang;
use annotator::EntityType::*;
use annotator::Mention;
use entities_common::{check, run};

#[test]
fn gazetteers() {
    check(Lang::En, &[
        ("Officials in Paris and Beijing met on Monday.", &[("Paris", LOC), ("Beijing", LOC)]),
        ("NATO and the United Nations issued a joint statement.", &[("NATO", ORG), ("United Nations", ORG)]),
        ("The U.S. and North Korea traded accusations.", &[("U.S.", LOC), ("North Korea", LOC)]),
        ("The White House declined to comment, the Associated Press reported.", &[("White House", ORG), ("Associated Press", ORG)]),
    ]);
}

#[test]
fn titles_and_given_names() {
    check(Lang::En, &[
        ("Sen. Hollister criticized the bill on Tuesday.", &[("Hollister", PER)]),
        ("Mr Pemberton declined to comment.", &[("Pemberton", PER)]),
        ("Ursula von der Leyen arrived late.", &[("Ursula von der Leyen", PER)]),
        ("The spokesman, Daniel Okafor, said talks would resume.", &[("Daniel Okafor", PER)]),
    ]);
}

#[test]
fn heads_and_suffixes() {
    check(Lang::En, &[
        ("The Ministry of Defence said the drills were routine.", &[("Ministry of Defence", ORG)]),
        ("Analysts at the Institute for the Study of War disagreed.", &[("Institute for the Study of War", ORG)]),
        ("The Denver Herald first reported the story.", &[("Denver Herald", ORG)]),
        ("Shares of Brightwater Inc fell sharply.", &[("Brightwater Inc", ORG)]),
        // An abbreviated suffix keeps its dot, also at the end of a sentence.
        ("Northwind Corp. cut 200 jobs, a year after buying Harlan Ltd.", &[("Northwind Corp.", ORG), ("Harlan Ltd.", ORG)]),
        ("Ships crossed the Black Sea at night.", &[("Black Sea", LOC)]),
        ("The Oregon State Senate passed the bill late on Friday.", &[("Oregon State Senate", ORG)]),
        ("A ruling by the Kessler County Court was overturned.", &[("Kessler County Court", ORG)]),
    ]);
}

/// A common noun naming a kind of organisation right before a name types
/// it, as a title types a person; not across another noun.
#[test]
fn organisation_descriptors() {
    check(Lang::En, &[
        ("The carmaker Valdor cut 300 jobs on Tuesday.", &[("Valdor", ORG)]),
        ("Shares of the German insurer Castelmer fell.", &[("Castelmer", ORG)]),
        ("The party leader Tom Harwell resigned.", &[("Tom Harwell", PER)]),
    ]);
}

/// A known name inside a compound adjective is a mention of its own.
#[test]
fn compound_adjectives() {
    check(Lang::En, &[
        ("The Boston-based firm hired 300 people.", &[("Boston", LOC)]),
        ("A Kremlin-backed group claimed the attack.", &[("Kremlin", ORG)]),
    ]);
}

/// Named events end with an event word: MISC, not a person.
#[test]
fn events() {
    check(Lang::En, &[
        ("She won the Harbour Open and then the World Cup in one year.", &[("Harbour Open", MISC), ("World Cup", MISC)]),
        ("He withdrew from the US Open with a knee injury.", &[("US Open", MISC)]),
        ("She served ten years in the US Navy before politics.", &[("US Navy", ORG)]),
        ("Tickets for the Kessler Marathon sold out within an hour.", &[("Kessler Marathon", MISC)]),
    ]);
}

#[test]
fn consistency_and_groups() {
    let (found, _) = run(Lang::En, "John Kirby spoke first. Later, Kirby said the aid would continue.");
    let kirby: Vec<&Mention> = found.iter().filter(|m| m.text.contains("Kirby")).collect();
    assert_eq!(kirby.len(), 2, "{found:?}");
    assert!(kirby.iter().all(|m| m.kind == PER && m.name == "John Kirby" && m.group == kirby[0].group));
}

/// A name in brackets is the acronym of the name before it only when it
/// starts as that name does: a country after a runner is a country.
#[test]
fn bracketed_acronyms_and_countries() {
    let (found, _) = run(Lang::En, "1. Ann Dale (Britain) 53.90\n2. Kim Batten (U.S.) 54.10");
    let us = found.iter().find(|m| m.text == "U.S.").expect("U.S. found");
    assert_eq!((us.kind, us.name.as_str()), (LOC, "U.S."), "{found:?}");
    let (found, _) = run(Lang::En, "The North Atlantic Treaty Organization (NATO) met. NATO said it would act.");
    let nato: Vec<&Mention> = found.iter().filter(|m| m.text == "NATO").collect();
    assert!(!nato.is_empty() && nato.iter().all(|m| m.name == "North Atlantic Treaty Organization"), "{found:?}");
}

/// A name in capitals in a headline is a mention when the article names it
/// in ordinary case (whole, or a person's surname), and only then.
#[test]
fn names_in_capitals_echo_the_article() {
    let (found, _) = run(Lang::En, "TENNIS - DALE BEATS VOSS IN OSLO.\nAnn Dale beat Greta Voss 6-4 6-3 on Friday.");
    let dale = found.iter().find(|m| m.text == "DALE").expect("DALE found");
    assert_eq!((dale.kind, dale.name.as_str()), (PER, "Ann Dale"), "{found:?}");
    assert!(found.iter().any(|m| m.text == "VOSS" && m.kind == PER), "{found:?}");
    let (found, _) = run(Lang::En, "PRICES ROSE SHARPLY.\nRose Dale said prices rose in May.");
    assert!(found.iter().all(|m| m.text != "ROSE"), "{found:?}");
}

/// A person named right after a role's complement (`Secretary of State`,
/// `Minister of Education`) is cut off it; names the gazetteers hold or
/// that the text also writes in lower case stay whole.
#[test]
fn names_after_a_role_complement() {
    check(Lang::En, &[
        ("Secretary of State Laura Whitfield said the talks would resume.", &[("Laura Whitfield", PER)]),
        ("Minister of Education Stefan Varga said a reform is needed.", &[("Stefan Varga", PER)]),
        ("Deputy Chief of Staff Owen F. Marsh resigned.", &[("Owen F. Marsh", PER)]),
        ("The former mayor of New York City spoke first.", &[("New York City", LOC)]),
    ]);
}
