//! French entity tables: one sentence per kind of evidence, written for
//! these tests (invented or generic news events).

mod entities_common;

use annotator::lang::Lang;
use annotator::EntityType::*;
use annotator::Mention;
use entities_common::{check, run};

#[test]
fn gazetteers() {
    check(Lang::Fr, &[
        ("Le ministre s'est rendu à Moscou puis en Corée du Nord.", &[("Moscou", LOC), ("Corée du Nord", LOC)]),
        ("Les sanctions contre l’Iran ont été renforcées par les États-Unis.", &[("Iran", LOC), ("États-Unis", LOC)]),
        ("Des délégués de l’OTAN et de l’ONU sont attendus à Genève.", &[("OTAN", ORG), ("ONU", ORG), ("Genève", LOC)]),
        ("La tension monte en Europe de l’Est depuis des mois.", &[("Europe de l’Est", LOC)]),
        ("Le Kremlin a démenti, tout comme la Maison Blanche.", &[("Kremlin", ORG), ("Maison Blanche", ORG)]),
        ("L’Ukraine orientale reste sous le feu.", &[("Ukraine orientale", LOC)]),
    ]);
}

#[test]
fn titles_and_given_names() {
    check(Lang::Fr, &[
        ("M. Lefebvre a quitté la réunion avant la fin.", &[("Lefebvre", PER)]),
        ("Selon Marie Lambert, la décision est déjà prise.", &[("Marie Lambert", PER)]),
        ("Le président Kovalenko a reçu ses homologues.", &[("Kovalenko", PER)]),
        ("La porte-parole Ines Roubaud a confirmé la rencontre.", &[("Ines Roubaud", PER)]),
        ("Le général Charles de Varenne a pris la parole.", &[("Charles de Varenne", PER)]),
        ("Un accord a été signé sous l’administration Harlan.", &[("Harlan", PER)]),
    ]);
}

#[test]
fn heads_and_suffixes() {
    check(Lang::Fr, &[
        ("Le ministère de la Défense a publié un communiqué.", &[("ministère de la Défense", ORG)]),
        ("Le ministère russe de la Défense n’a pas répondu.", &[("ministère russe de la Défense", ORG)]),
        ("Le Conseil de sécurité de l’ONU se réunira mardi.", &[("Conseil de sécurité de l’ONU", ORG)]),
        ("L’Agence centrale de presse régionale l’a annoncé.", &[("Agence centrale de presse régionale", ORG)]),
        ("Un rapport de l’Institut pour l’étude de la guerre l’affirme.", &[("Institut pour l’étude de la guerre", ORG)]),
        ("Selon le Lakeside Post, les travaux ont repris.", &[("Lakeside Post", ORG)]),
        ("La République de Valdorie a fermé sa frontière.", &[("République de Valdorie", LOC)]),
        // A nationality adjective after the head is part of the name.
        ("La ville et l’Agence française du littoral ont signé.", &[("Agence française du littoral", ORG)]),
        ("Le Fonds européen agricole a versé l’aide.", &[("Fonds européen agricole", ORG)]),
    ]);
}

/// Named events open with an event word: MISC, with their complement.
#[test]
fn events() {
    check(Lang::Fr, &[
        ("Le club a remporté la Coupe de France en mai.", &[("Coupe de France", MISC)]),
        ("Le Festival de Cannes s'ouvre mardi sous la pluie.", &[("Festival de Cannes", MISC)]),
        ("Les Jeux olympiques ont coûté plus cher que prévu.", &[("Jeux olympiques", MISC)]),
    ]);
}

/// A common noun naming a kind of organisation right before a name types
/// it (`le constructeur Valdor`), as a title types a person.
#[test]
fn organisation_descriptors() {
    check(Lang::Fr, &[
        ("Le constructeur Valdor a annoncé 300 suppressions de postes.", &[("Valdor", ORG)]),
        ("Le groupe pharmaceutique Nerval a racheté une usine.", &[("Nerval", ORG)]),
        ("L'assureur Castelmer a relevé ses tarifs.", &[("Castelmer", ORG)]),
    ]);
}

#[test]
fn context_and_shape() {
    check(Lang::Fr, &[
        ("Il est arrivé à Tarvik dans la nuit.", &[("Tarvik", LOC)]),
        ("Les combats ont repris près de Donetsk et de Berovka.", &[("Berovka", LOC)]),
        ("Le sommet Paris-Berlin a été reporté.", &[("Paris", LOC), ("Berlin", LOC)]),
        ("Le drone Falcor-7 a été abattu.", &[("Falcor-7", MISC)]),
        // A lone unexplained word is a name of unknown kind; a speech verb,
        // an age, a title or recurrence makes it a person.
        ("Les deux hommes ont parlé, puis Dravek a quitté la salle.", &[("Dravek", MISC)]),
        ("Les deux hommes ont parlé, puis Dravek a déclaré la séance close.", &[("Dravek", PER)]),
        ("Selon Dravek, 45 ans, la salle était pleine.", &[("Dravek", PER)]),
        ("Le port de Kerbrat attend. Kerbrat est à la Kerbrat-Plage.", &[("Kerbrat", LOC)]),
        ("Les travaux à Port-Vendres et Saint-Aubin ont commencé.", &[("Port-Vendres", LOC), ("Saint-Aubin", LOC)]),
        ("Kim Jong-un a salué la visite.", &[("Kim Jong-un", PER)]),
    ]);
}

#[test]
fn groups_one_entity() {
    let text = "Le porte-parole Paul Verdier a parlé lundi. Verdier a ensuite ajouté que rien n’était décidé, \
                selon le journal des affairesVerdier.";
    let (found, groups) = run(Lang::Fr, text);
    let verdier: Vec<&Mention> = found.iter().filter(|m| m.text.contains("Verdier")).collect();
    assert_eq!(verdier.len(), 3, "{found:?}");
    assert!(verdier.iter().all(|m| m.kind == PER && m.name == "Paul Verdier"));
    assert!(verdier.iter().all(|m| m.group == verdier[0].group));
    assert_eq!(groups[verdier[0].group].mentions.len(), 3);

    let (found, _) = run(Lang::Fr, "Oleksandr Sirsky a démenti. Plus tard, Syrsky a reconnu des pertes.");
    let syrsky = found.iter().find(|m| m.text == "Syrsky").expect("Syrsky");
    assert_eq!((syrsky.kind, syrsky.name.as_str()), (PER, "Oleksandr Sirsky"));

    let (found, _) = run(Lang::Fr, "L’Organisation mondiale du commerce (OMC) a tranché. L’OMC a précisé sa position.");
    let names: Vec<&str> = found.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(names, ["Organisation mondiale du commerce"; 3], "{found:?}");
}

/// A surname two people of the article share (`Marine` and `Jean-Marie
/// Le Pen`) is the one named most often, else the first named, not the
/// longest name.
#[test]
fn shared_surname_goes_to_the_main_bearer() {
    let text = "Le maire Bernard Castel a inauguré la salle. Castel a salué les bénévoles. \
                Sa fille, Marie-Hélène Castel, était présente. Plus tard, Castel a remercié la région.";
    let (found, _) = run(Lang::Fr, text);
    let alone: Vec<&str> = found.iter().filter(|m| m.text == "Castel").map(|m| m.name.as_str()).collect();
    assert_eq!(alone, ["Bernard Castel"; 2], "{found:?}");
    // An initial is the same person as the given name it starts.
    let text = "Pour B. Castel, tout va bien. Bernard Castel a salué Marie Castel. Castel est parti.";
    let (found, _) = run(Lang::Fr, text);
    let alone: Vec<&str> = found.iter().filter(|m| m.text == "Castel").map(|m| m.name.as_str()).collect();
    assert_eq!(alone, ["Bernard Castel"], "{found:?}");
}

#[test]
fn sentence_starts_judged_on_merits() {
    check(Lang::Fr, &[
        ("Poutine a répondu. Les analystes citent Poutine à nouveau.", &[("Poutine", PER)]),
        ("Moscou a démenti toute implication.", &[("Moscou", LOC)]),
        ("Jean Mercier a été élu.", &[("Jean Mercier", PER)]),
    ]);
    let (found, _) = run(Lang::Fr, "Poutine a répondu. Les analystes citent Poutine à nouveau.");
    assert_eq!(found.len(), 2);
}
