//! What is not a quotation: scare quotes, titles, nicknames, hashtags,
//! commissive and negated verbs, anaphoric objects; and inputs that must
//! neither panic nor take long.

mod quotes_common;
use annotator::Lang;
use quotes_common::{check, quotes};

#[test]
fn french_non_quotes() {
    check(Lang::Fr, &[
        ("Le gouvernement défend son soi-disant « plan de paix » depuis des mois.", &[]),
        ("Il a lu « Les Misérables » pendant l’été.", &[]),
        ("Le ministre a promis de soutenir les agriculteurs.", &[]),
        ("La Russie a proposé d’envoyer des experts.", &[]),
        ("Le rapport ne précise pas que les troupes sont parties.", &[]),
        ("Le ministère n’a pas révélé que le contrat était signé.", &[]),
        ("Téhéran a reçu des drones, ce que Moscou a nié.", &[]),
        ("Les experts ont révélé la difficulté du projet.", &[]),
        ("La police l’a confirmé, selon lesquelles rien n’a changé.", &[]),
        ("Le mot-clé « #Paris » circule.", &[]),
        ("L’Iran et l’Irak, aujourd’hui, s’opposent.", &[]),
    ]);
}

/// A name after an inverted cue is its subject, not an infinitive clause,
/// even when it ends like one (`Claire`, `Pierre`, `Alexandre`).
#[test]
fn inverted_subject_is_no_reported_clause() {
    check(Lang::Fr, &[
        (
            "« Le chantier sera fini en mai », a déclaré Claire Morin, adjointe au maire, lors d’une réunion publique.",
            &[('d', "Le chantier sera fini en mai", Some("Claire Morin"))],
        ),
        (
            "« Rien n’est joué », a estimé Pierre Lenoir, entraîneur du club, après la défaite.",
            &[('d', "Rien n’est joué", Some("Pierre Lenoir"))],
        ),
    ]);
}

#[test]
fn english_non_quotes() {
    check(Lang::En, &[
        ("The so-called \"reset\" never happened.", &[]),
        ("She starred in \"Blue Night\" last year.", &[]),
        ("The president did not say that the deal was off.", &[]),
        ("He promised to lower taxes.", &[]),
        ("Kirby’s office in the ’90s was small.", &[]),
    ]);
}

#[test]
fn unclosed_mark_stops_at_paragraph_end() {
    let text = "Jean Dupont a déclaré : « Nous resterons ici jusqu’au bout\nLe reste de l’article parle d’autre chose et ne cite personne.";
    let found = quotes(Lang::Fr, text);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].text, "Nous resterons ici jusqu’au bout");
}

#[test]
fn hostile_inputs_are_fast_and_safe() {
    let marks = "« \" “ ‘ „ ‹ ".repeat(5_000);
    let closers = "» \" ” ’ “ › ".repeat(5_000);
    let big = "Il a dit que la ville est belle et que ".repeat(25_000) + "fin.";
    // Closing marks with no opening one, each a candidate lost quote.
    let orphans = "Il a déclaré : ".to_string() + &"la ville est belle » ".repeat(20_000);
    // A name glued to another word (`theJean`) before a colon: its mention starts inside a token.
    let glued = "le le lele told theJean : “le".to_string();
    let inputs = [marks.clone(), closers, marks + "a dit", big, orphans, glued, "« ».".into(), "\"".into(), "– , a dit".into(), String::new()];
    let start = std::time::Instant::now();
    for text in &inputs {
        for lang in [Lang::Fr, Lang::En] {
            for q in quotes(lang, text) {
                assert!(q.start <= q.end && q.end <= text.len());
                assert!(text.is_char_boundary(q.start) && text.is_char_boundary(q.end));
            }
        }
    }
    assert!(start.elapsed().as_secs() < 20, "too slow: {:?}", start.elapsed());
}

/// Naming without a speaker's words: a place or an operation named in marks.
#[test]
fn naming_is_no_quote() {
    check(Lang::Fr, &[
        ("Ils habitent un village qualifié de « paradis fiscal » depuis des années.", &[]),
        ("Le traité de paix a été signé à Genève en présence des deux délégations.", &[]),
        // French writes names in sentence case; a past participle after the
        // marks is no inverted verb.
        ("La mairie relance l’opération « Rues propres », dotée de 20 000 euros.", &[]),
        ("Le club lance le « Tournoi des familles », prévu en mai.", &[]),
    ]);
}

/// Titles in marks inside a noun phrase are no quotes, even after a
/// speech verb's sentence; a cry or a question in capitals still is.
#[test]
fn titles_inside_noun_phrases() {
    check(Lang::En, &[
        ("Carson spoke on ABC’s “This Week” about the course.", &[]),
        ("“I am very healthy,” Sanders said during an interview on CNN’s “State of the Union” on Sunday.", &[('d', "I am very healthy,", Some("Sanders"))]),
        ("Supporters wore the “Make America Great Again” hat at the rally.", &[]),
        ("“Marco! Marco!” the crowd chanted.", &[('d', "Marco! Marco!", Some("the crowd"))]),
    ]);
}

