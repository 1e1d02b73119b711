//! A pronoun points back to someone of its gender: an honorific, a gendered
//! role or a French determiner next to a name, else the given name, says
//! which. A gender the text does not give fits any pronoun.

mod quotes_common;
use annotator::Lang;
use quotes_common::check;

#[test]
fn english_pronouns_skip_the_other_gender() {
    check(Lang::En, &[
        // The subject named last is a woman; `he` means the man.
        ("The mayor, Ann Ruiz, met Tom Hale on Monday. He said that the budget was unrealistic.", &[('i', "the budget was unrealistic", Some("Tom Hale"))]),
        // No subject of that gender: the nearest mention of it.
        ("Mayor Tom Hale met the governor, Ann Ruiz, to discuss the budget. \"We need real numbers,\" she said.", &[('d', "We need real numbers,", Some("Ann Ruiz"))]),
        // An honorific says it when the given name is unknown.
        (
            "Mrs. Okafor chairs the board. Its treasurer, Brian Kessler, left early. \"The accounts are in order,\" she said.",
            &[('d', "The accounts are in order,", Some("Okafor"))],
        ),
    ]);
}

#[test]
fn french_pronouns_skip_the_other_gender() {
    check(Lang::Fr, &[
        (
            "Mardi soir, la directrice, Claire Vidal, a reçu le maire, Thierry Gaubert, et l'inspecteur, Olivier Marchand, pour évoquer les effectifs. « Nous manquons de place », explique-t-elle.",
            &[('d', "Nous manquons de place", Some("Claire Vidal"))],
        ),
        // `Mme` before a surname; `M.` likewise.
        (
            "Mme Roux préside l'association. Son trésorier, Laurent Pichon, est parti tôt. « Les comptes sont justes », a-t-elle assuré. « Je n'ai rien à ajouter », a dit M. Pichon.",
            &[('d', "Les comptes sont justes", Some("Roux")), ('d', "Je n'ai rien à ajouter", Some("Laurent Pichon"))],
        ),
        // A role with no determiner opening the sentence is an apposition to
        // its subject; `le docteur` says nothing of Isabelle's gender.
        (
            "La présidente du conseil, Anne Roy, a dénoncé la décision. Cheffe du service des urgences, le docteur Isabelle Ferrand assure les gardes. Son adjoint, Paul Aubry, est parti. « Nous faisons des semaines de soixante-dix heures », prévient-elle.",
            &[('d', "Nous faisons des semaines de soixante-dix heures", Some("Isabelle Ferrand"))],
        ),
        // A described subject stops before its negation.
        (
            "Jérôme Pasquier a interpellé l'adjointe, Martine Cazals. Le père de famille n'est pas convaincu. « Des promesses, on en a déjà eu », a-t-il soupiré.",
            &[('d', "Des promesses, on en a déjà eu", Some("Le père de famille"))],
        ),
        // A gendered pronoun may mean a thing of its grammatical gender
        // described as a subject before (`la direction` … `elle`).
        (
            "Les portes de l'usine Hartmann sont fermées. La direction de l'usine a confirmé la fermeture du site. Dans un communiqué, elle invoque « une concurrence devenue insoutenable ».",
            &[('d', "une concurrence devenue insoutenable", Some("La direction de l'usine"))],
        ),
        // A role's determiner gives the gender of a description (`la ministre`).
        (
            "La ministre a visité l'usine avec le directeur du site, Didier Mercier. « Rien n'est décidé », a-t-elle déclaré.",
            &[('d', "Rien n'est décidé", Some("La ministre"))],
        ),
    ]);
}

/// A cleft sentence puts its subject after its opener (`C'est X qui`,
/// `It was X who`); the relative clause it opens reports nothing.
#[test]
fn cleft_sentences_name_their_subject() {
    check(Lang::Fr, &[(
        "Le couvreur Jérôme Castagné comparaissait hier. C'est un voisin de l'octogénaire, M. Ribes, qui avait alerté la gendarmerie au printemps. « J'ai vu l'échelle trois jours de suite », a-t-il témoigné.",
        &[('d', "J'ai vu l'échelle trois jours de suite", Some("Ribes"))],
    )]);
    check(Lang::En, &[(
        "The roofer, Tom Castagne, appeared in court on Monday. It was a neighbor, Mr. Ribes, who alerted the police. \"I saw the ladder three days in a row,\" he said.",
        &[('d', "I saw the ladder three days in a row,", Some("Ribes"))],
    )]);
}

/// A title before a name opening the sentence is no fronted apposition.
#[test]
fn a_title_before_a_name_is_part_of_the_subject() {
    check(Lang::En, &[(
        "Coach Gary Lindell, who took over the team in March, said the players were tired. \"We need a week off,\" he said.",
        &[('i', "the players were tired", Some("Gary Lindell")), ('d', "We need a week off,", Some("Gary Lindell"))],
    )]);
}

/// `Jean` is a woman's name in the United States and a man's in France.
#[test]
fn given_names_by_language() {
    check(Lang::Fr, &[(
        "Sophie Garnier a reçu Jean Morel lundi. « Le dossier avance », a-t-il précisé.",
        &[('d', "Le dossier avance", Some("Jean Morel"))],
    )]);
    check(Lang::En, &[(
        "Gary Lindell met Jean Morel on Monday. \"The file is moving,\" she said.",
        &[('d', "The file is moving,", Some("Jean Morel"))],
    )]);
}

/// The words that introduce a person give no gender to another one: a
/// pronoun before a mention (`…, she said. Sanders …`) is no evidence.
#[test]
fn a_pronoun_next_to_a_name_is_no_evidence() {
    check(Lang::En, &[(
        "Hillary Clinton spoke first. \"We are in this together,\" she said. Bernie Sanders answered later. \"This is a movement,\" he said.",
        &[('d', "We are in this together,", Some("Hillary Clinton")), ('d', "This is a movement,", Some("Bernie Sanders"))],
    )]);
}

/// A surname two people share goes to the one of the honorific's gender
/// (`Mrs. Dale` after `Peter Dale` and `Susan Dale`; `Mme Castel`).
#[test]
fn honorific_picks_the_bearer_of_a_shared_surname() {
    check(Lang::En, &[(
        "Peter Dale opened the fair. His wife, Susan Dale, was there too. \"We are proud,\" Mrs. Dale said.",
        &[('d', "We are proud,", Some("Susan Dale"))],
    )]);
    check(Lang::Fr, &[(
        "Bernard Castel a ouvert la foire. Sa fille, Marie Castel, était là. « Nous sommes fiers », a dit Mme Castel.",
        &[('d', "Nous sommes fiers", Some("Marie Castel"))],
    )]);
}
