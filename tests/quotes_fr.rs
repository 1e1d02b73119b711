//! French quotations: every mark style, every attribution pattern.

mod quotes_common;
use annotator::Lang;
use quotes_common::{check, quotes};

#[test]
fn marks_and_attributions() {
    check(Lang::Fr, &[
        ("« Nous tiendrons bon », a déclaré Jean Dupont.", &[('d', "Nous tiendrons bon", Some("Jean Dupont"))]),
        ("«Nous tiendrons bon», a affirmé Marie Leroy.", &[('d', "Nous tiendrons bon", Some("Marie Leroy"))]),
        ("«\u{202f}Rien n’est joué\u{202f}», estime Paul Martin.", &[('d', "Rien n’est joué", Some("Paul Martin"))]),
        ("Le maire Paul Martin a déclaré : « Le pont rouvrira demain matin. »", &[('d', "Le pont rouvrira demain matin.", Some("Paul Martin"))]),
        ("Claire Dubois a dit : “Nous verrons bien ce qu’il adviendra.”", &[('d', "Nous verrons bien ce qu’il adviendra.", Some("Claire Dubois"))]),
        ("Hugo Petit a précisé : \"Les travaux dureront deux ans.\"", &[('d', "Les travaux dureront deux ans.", Some("Hugo Petit"))]),
    ]);
}

#[test]
fn pronouns_roles_and_fullest_names() {
    check(Lang::Fr, &[
        (
            "Le ministre Jean Dupont est arrivé à Lyon. « La situation est grave », a-t-il ajouté.",
            &[('d', "La situation est grave", Some("Jean Dupont"))],
        ),
        (
            "Jean Dupont dirige le comité. Plus tard, Dupont a affirmé que le budget serait voté en mars.",
            &[('i', "le budget serait voté en mars", Some("Jean Dupont"))],
        ),
        (
            "Un responsable américain a déclaré que les livraisons avaient commencé.",
            &[('i', "les livraisons avaient commencé", Some("Un responsable américain"))],
        ),
    ]);
}

#[test]
fn interrupted_quote_gives_two_quotes_one_speaker() {
    check(Lang::Fr, &[(
        "Sophie Laurent est arrivée tôt. « Nous avons tout essayé », a-t-elle dit, « mais rien n’a marché. »",
        &[('d', "Nous avons tout essayé", Some("Sophie Laurent")), ('d', "mais rien n’a marché.", Some("Sophie Laurent"))],
    )]);
}

#[test]
fn reported_speech() {
    check(Lang::Fr, &[
        ("Selon Marc Olivier, la grève durera jusqu’à vendredi.", &[('i', "la grève durera jusqu’à vendredi", Some("Marc Olivier"))]),
        ("D’après Anne Morel, les prix vont encore monter.", &[('i', "les prix vont encore monter", Some("Anne Morel"))]),
        ("Les négociations sont dans l’impasse, a estimé Luc Girard.", &[('i', "Les négociations sont dans l’impasse", Some("Luc Girard"))]),
        ("Le syndicat a déclaré avoir reçu des milliers de plaintes.", &[('i', "avoir reçu des milliers de plaintes", Some("Le syndicat"))]),
        ("Lucie Bernard est convaincue que la réforme échouera.", &[('i', "la réforme échouera", Some("Lucie Bernard"))]),
        (
            "La hausse est, selon les économistes de la banque, la preuve que la crise dure.",
            &[('i', "La hausse est", Some("les économistes de la banque")), ('i', "la preuve que la crise dure", Some("les économistes de la banque"))],
        ),
    ]);
}

#[test]
fn partial_quote_nests_in_reported_clause() {
    let found = quotes(Lang::Fr, "Pierre Roux affirme que le projet reste « très fragile » pour l’instant.");
    let kinds: Vec<_> = found.iter().map(|q| (q.kind, q.text.as_str())).collect();
    assert_eq!(
        kinds,
        vec![
            (annotator::QuoteKind::Indirect, "le projet reste « très fragile » pour l’instant"),
            (annotator::QuoteKind::Direct, "très fragile"),
        ]
    );
    assert!(found.iter().all(|q| q.speaker.as_deref() == Some("Pierre Roux")));
}

#[test]
fn dash_speech_and_continuation() {
    check(Lang::Fr, &[
        (
            "Le préfet a réuni la presse.\n– Il s’agit d’une crue exceptionnelle, a déclaré Jean Dupont.",
            &[('d', "Il s’agit d’une crue exceptionnelle", Some("Jean Dupont"))],
        ),
        (
            "« Le premier paragraphe se termine ici », a dit Paul Martin.\n« Le second paragraphe le suit sans aucune incise. »",
            &[('d', "Le premier paragraphe se termine ici", Some("Paul Martin")), ('d', "Le second paragraphe le suit sans aucune incise.", Some("Paul Martin"))],
        ),
        (
            "Marie Leroy a déclaré : « La première partie du discours.\n« La seconde partie du discours. »",
            &[('d', "La première partie du discours.\n« La seconde partie du discours.", Some("Marie Leroy"))],
        ),
    ]);
}

#[test]
fn cues_and_spans() {
    let q = &quotes(Lang::Fr, "Jean Dupont a en outre affirmé que la route serait fermée.")[0];
    assert_eq!(q.cue.as_ref().map(|c| c.text.as_str()), Some("a en outre affirmé"));
    assert_eq!(q.speaker_span.as_ref().map(|c| c.text.as_str()), Some("Jean Dupont"));
    assert_eq!(q.rule, "fr.indirect.que");
}

/// Short marked phrases joined by `et`/`ou`/a comma share the attribution
/// of the first: `appelant à une coopération « A » et « B »`.
#[test]
fn coordinated_short_quotes_share_the_attribution() {
    check(Lang::Fr, &[(
        "Les deux ministres ont signé une lettre appelant à un partenariat « durable » et « ambitieux et équilibré » entre les pays.",
        &[('d', "durable", Some("Les deux ministres")), ('d', "ambitieux et équilibré", Some("Les deux ministres"))],
    )]);
}

/// A mark opened inside a reported clause and never closed: the quote runs
/// to the paragraph end, nested in the clause.
#[test]
fn unclosed_partial_quote_in_reported_clause() {
    check(Lang::Fr, &[(
        "Une responsable, parlant sous couvert d’anonymat, a déclaré mardi que ce choix montre que “la compagnie manque toujours de pièces détachées.\nLes experts n’en disent pas plus.",
        &[
            ('i', "ce choix montre que “la compagnie manque toujours de pièces détachées", Some("Une responsable")),
            ('d', "la compagnie manque toujours de pièces détachées.", Some("Une responsable")),
        ],
    )]);
}

/// A closing mark whose opening mark was lost: the quote starts after the
/// colon of its cue (`déclarant : … ».`).
#[test]
fn lost_opening_mark_after_a_colon_cue() {
    check(Lang::Fr, &[(
        "Le quotidien régional a publié l’enquête mardi, déclarant : Les autorités ont donné peu de détails sur le contrat et sur son calendrier ».",
        &[('d', "Les autorités ont donné peu de détails sur le contrat et sur son calendrier", Some("Le quotidien régional"))],
    )]);
}

/// A headline or link line `Nom : propos`: the person's statement.
#[test]
fn headline_name_colon_statement() {
    check(Lang::Fr, &[
        (
            "Lire aussi : Jean Castel : les réformes sont « indispensables » pour la croissance\nLe texte continue ici.",
            &[('i', "les réformes sont « indispensables » pour la croissance", Some("Jean Castel")), ('d', "indispensables", Some("Jean Castel"))],
        ),
        ("Ukraine : les combats reprennent dans l’est du pays\nLe texte continue ici.", &[]),
        ("Lire aussi : Les dernières nouvelles du front\nLe texte continue ici.", &[]),
    ]);
}

/// A reflexive speech verb with the stance it reports, and a reported
/// question.
#[test]
fn stances_and_questions() {
    check(Lang::Fr, &[
        ("Le ministre s’est dit prêt à négocier avec les syndicats dès la semaine prochaine.", &[('i', "prêt à négocier avec les syndicats dès la semaine prochaine", Some("Le ministre"))]),
        ("Le syndicat se dit opposé à toute fermeture du site.", &[('i', "opposé à toute fermeture du site", Some("Le syndicat"))]),
        ("Des journalistes lui ont demandé s’il comptait se représenter en 2027.", &[('i', "il comptait se représenter en 2027", Some("Des journalistes"))]),
        ("La ministre s’est exprimée devant les députés mardi soir.", &[]),
        ("La ministre a demandé un report du vote.", &[]),
    ]);
}

/// Two content clauses of one cue; a role's complement is no name; an
/// elided word glued to the mark (`d’« … »`).
#[test]
fn second_clause_complements_and_elisions() {
    check(Lang::Fr, &[
        (
            "La porte-parole du gouvernement, Marie Caron, a affirmé que le texte serait voté et que les syndicats seraient reçus.",
            &[('i', "le texte serait voté", Some("Marie Caron")), ('i', "les syndicats seraient reçus", Some("Marie Caron"))],
        ),
        ("Le ministre de l’Industrie a déclaré que les usines rouvriront en mars.", &[('i', "les usines rouvriront en mars", Some("Le ministre de l’Industrie"))]),
        ("Le président Paul Roy a qualifié la décision d’« historique ».", &[('d', "historique", Some("Paul Roy"))]),
    ]);
}

/// A role points back to a person given the same role, not to another one.
#[test]
fn roles_point_back_to_the_same_role() {
    check(Lang::Fr, &[(
        "Le ministre de l’Industrie, Paul Roy, a déclaré mardi que les usines rouvriront en avril.\nLa présidente de la région s’est dite prête à négocier dès la semaine prochaine.\nLe ministre a ajouté que les salaires seraient maintenus.",
        &[
            ('i', "les usines rouvriront en avril", Some("Paul Roy")),
            ('i', "prête à négocier dès la semaine prochaine", Some("La présidente de la région")),
            ('i', "les salaires seraient maintenus", Some("Paul Roy")),
        ],
    )]);
}

/// After `selon` / `d'après`, a role's complement is no name (`le maire de
/// Lyon`), and a name in apposition to the role is the speaker.
#[test]
fn source_markers_with_roles() {
    check(Lang::Fr, &[
        ("Selon le maire de Lyon, les travaux dureront deux ans.", &[('i', "les travaux dureront deux ans", Some("le maire de Lyon"))]),
        (
            "D'après la directrice de l'usine, Claire Morel, trente postes seront supprimés.",
            &[('i', "trente postes seront supprimés", Some("Claire Morel"))],
        ),
    ]);
}

/// A reported clause holding quoted words, before an inverted cue: the
/// clause and the quoted words are both quotes of the speaker.
#[test]
fn quoted_words_inside_an_inverted_clause() {
    check(Lang::Fr, &[
        (
            "Les habitants réclament « des garanties », a expliqué leur avocate, Julie Marchand.",
            &[('i', "Les habitants réclament « des garanties »", Some("Julie Marchand")), ('d', "des garanties", Some("Julie Marchand"))],
        ),
        ("« Nous partirons demain », a dit Julie Marchand.", &[('d', "Nous partirons demain", Some("Julie Marchand"))]),
        // The quotation is the first cue's: no clause for the second.
        ("Le ministre a qualifié le projet de « pure folie », a rapporté l'agence.", &[('d', "pure folie", Some("Le ministre"))]),
    ]);
}

/// After a quote and its comma, French puts any verb before its subject:
/// a verb of manner no list names still reports the quote; object clitics
/// may come first.
#[test]
fn inverted_cues_no_list_names() {
    check(Lang::Fr, &[
        ("« On ne lâchera rien », sourit Marie Dubois.", &[('d', "On ne lâchera rien", Some("Marie Dubois"))]),
        (
            "Jean Martin tient la buvette depuis vingt ans. « Nous reviendrons l’an prochain », soupire-t-il.",
            &[('d', "Nous reviendrons l’an prochain", Some("Jean Martin"))],
        ),
        ("« Le dossier est clos », a tonné Paul Roux.", &[('d', "Le dossier est clos", Some("Paul Roux"))]),
        ("« Vous êtes en retard », lui a répondu la présidente.", &[('d', "Vous êtes en retard", Some("la présidente"))]),
    ]);
    // The speaker's mention is the pronoun glued to the verb.
    let q = quotes(Lang::Fr, "Jean Martin parle. « Nous reviendrons », soupire-t-il.");
    assert_eq!(q[0].speaker_span.as_ref().map(|p| p.text.as_str()), Some("il"));
}

/// `Pour X, …` reports X's view when X is a person; a role described
/// without a name is a speaker a later pronoun may mean; `avant que` opens
/// no content clause; a fronted adverbial before an inverted cue is none.
#[test]
fn opinions_roles_and_conjunctions() {
    check(Lang::Fr, &[
        ("Pour lui, le crime était prémédité.", &[('i', "le crime était prémédité", Some("lui"))]),
        ("Pour la première fois, la ville a voté un budget en hausse.", &[]),
        (
            "Le premier adjoint, chargé des finances, a répondu que la dette baisserait. Selon lui, l’emprunt sera remboursé en douze ans.",
            &[('i', "la dette baisserait", Some("Le premier adjoint")), ('i', "l’emprunt sera remboursé en douze ans", Some("Le premier adjoint"))],
        ),
        ("Le juge parle. « Je regrette », a-t-il déclaré avant que les jurés se retirent.", &[('d', "Je regrette", Some("Le juge"))]),
        ("Pendant les trois jours d’audience, l’accusé a maintenu sa version.", &[]),
    ]);
}

/// A quote after a sentence naming someone, or inside a sentence whose
/// subject has a name in apposition, is that person's.
#[test]
fn introduced_and_apposed_speakers() {
    check(Lang::Fr, &[
        (
            "Le maire de Saint-Amand, Jacques Morel, est formel : « Le pont sera reconstruit avant l’hiver. »",
            &[('d', "Le pont sera reconstruit avant l’hiver.", Some("Jacques Morel"))],
        ),
        (
            "Marie Lefèvre tient l’épicerie. Elle a vu l’eau monter dans la nuit. « C’était effrayant. En une heure, la rue était sous l’eau. »",
            &[('d', "C’était effrayant. En une heure, la rue était sous l’eau.", Some("Marie Lefèvre"))],
        ),
    ]);
}

/// A plural pronoun points back to a group, a singular one to a person.
#[test]
fn plural_pronouns_point_to_groups() {
    check(Lang::Fr, &[(
        "Marie Lefèvre tient l’épicerie. Les gendarmes ont ouvert une enquête. Selon eux, le feu aurait été allumé volontairement.",
        &[('i', "le feu aurait été allumé volontairement", Some("Les gendarmes"))],
    )]);
}

/// A pronoun means the subject of the attribution before, not the nearest
/// name (an object, or a name inside a reported clause).
#[test]
fn pronoun_means_the_previous_subject() {
    check(Lang::Fr, &[(
        "« Le budget sera voté », a déclaré Jean Dupont. Il a rencontré Paul Martin, le maire de Lyon, dans l’après-midi. « Nous avons trouvé un accord », a-t-il ajouté.",
        &[('d', "Le budget sera voté", Some("Jean Dupont")), ('d', "Nous avons trouvé un accord", Some("Jean Dupont"))],
    )]);
    check(Lang::En, &[(
        "“The budget will pass,” said Ann Lee. She met Paul Grant, the mayor, in the afternoon. “We have a deal,” she added.",
        &[('d', "The budget will pass,", Some("Ann Lee")), ('d', "We have a deal,", Some("Ann Lee"))],
    )]);
}

/// A pronoun means the described subject of its paragraph (`le prévenu`,
/// `the defendant`) rather than the speaker of the paragraph before.
#[test]
fn pronoun_means_the_described_subject_before_it() {
    check(Lang::Fr, &[(
        "« Nous avons tenu », a déclaré l'entraîneur Paul Roche.\n\nDevant le tribunal, le prévenu a reconnu les faits. « J'ai perdu la tête », a-t-il déclaré.",
        &[('d', "Nous avons tenu", Some("Paul Roche")), ('d', "J'ai perdu la tête", Some("le prévenu"))],
    )]);
    check(Lang::En, &[(
        "“We held on,” said coach Paul Roche.\n\nIn court, the defendant admitted the facts. “I lost my head,” he said.",
        &[('d', "We held on,", Some("Paul Roche")), ('d', "I lost my head,", Some("the defendant"))],
    )]);
}

/// Words a colon announces are a quote however short, said by the
/// sentence's subject when it can speak; a clause before the colon is no
/// speaker, and a title after one is no quote.
#[test]
fn short_quote_after_a_colon() {
    check(Lang::Fr, &[
        ("Le syndicat est formel : « On nous ment. »", &[('d', "On nous ment.", Some("Le syndicat"))]),
        ("La situation est claire : « On nous ment. »", &[('d', "On nous ment.", None)]),
        ("Au programme ce soir : « Les Enfants du Paradis ».", &[]),
    ]);
}

/// `Pour` opens an opinion for an organisation as for a person.
#[test]
fn opinion_of_an_organisation() {
    check(Lang::Fr, &[
        ("Pour le syndicat, la fermeture est déjà décidée.", &[('i', "la fermeture est déjà décidée", Some("le syndicat"))]),
        ("Pour la première fois, le club a gagné à l'extérieur.", &[]),
    ]);
}

/// Speech verbs of two words (`a fait savoir`, `fait valoir`); the holder
/// of an opinion may be a long role with a name in apposition; a subject
/// and its apposition before a verb with an object make no reported
/// clause; a participle with no auxiliary is no cue.
#[test]
fn verb_phrases_long_holders_and_appositions() {
    check(Lang::Fr, &[
        (
            "Après la réunion, la mairie a fait savoir que la piscine rouvrirait en juin.",
            &[('i', "la piscine rouvrirait en juin", Some("la mairie"))],
        ),
        ("Le syndicat fait valoir que les salaires stagnent depuis cinq ans.", &[('i', "les salaires stagnent depuis cinq ans", Some("Le syndicat"))]),
        (
            "Pour la directrice de l’office de tourisme, Nadia Ferrand, la saison a été excellente.",
            &[('i', "la saison a été excellente", Some("Nadia Ferrand"))],
        ),
        ("Lors du vote, Paul Ricard, adjoint aux sports, a annoncé sa démission.", &[]),
        ("Pour le club, les mesures décidées par la ligue restent injustes.", &[('i', "les mesures décidées par la ligue restent injustes", Some("le club"))]),
    ]);
}

/// A reported question past the person asked (`a demandé au maire si`);
/// a verb's form after a preposition is a noun (`au prévenu`).
#[test]
fn questions_past_the_person_asked() {
    check(Lang::Fr, &[
        (
            "La présidente, Anne Morel, a demandé au prévenu s’il regrettait son geste.",
            &[('i', "il regrettait son geste", Some("Anne Morel"))],
        ),
        ("Le syndicat a demandé à la direction si des reclassements étaient prévus.", &[('i', "des reclassements étaient prévus", Some("Le syndicat"))]),
    ]);
    check(Lang::En, &[("The senator asked the judge whether the hearing would be public.", &[('i', "the hearing would be public", Some("The senator"))])]);
}

/// A fronted participle phrase and the apposition inside it are no
/// subject: `il` after them means the subject before; a cue inside such a
/// phrase speaks for the clause's subject; a role after an article is a
/// noun, not a cue (`le prévenu`).
#[test]
fn fronted_participle_phrases() {
    check(Lang::Fr, &[
        (
            "La directrice de l’usine a reçu les syndicats. Interrogée par Paul Roux, le délégué CGT, elle a assuré que personne ne serait licencié.",
            &[('i', "personne ne serait licencié", Some("La directrice de l’usine"))],
        ),
        (
            "Invité à s’exprimer une dernière fois, le prévenu a eu ces mots : « Je demande pardon à la famille. »",
            &[('d', "Je demande pardon à la famille.", Some("le prévenu"))],
        ),
        ("Le prévenu s’est contenté d’une phrase : « Je regrette tout. »", &[('d', "Je regrette tout.", Some("Le prévenu"))]),
    ]);
}

/// A short name in marks inside a subject ends it, or is all of it.
#[test]
fn subject_with_a_name_in_marks() {
    check(Lang::Fr, &[
        (
            "L’association « Vivre à Brest » estime que le projet menace le quartier.",
            &[('i', "le projet menace le quartier", Some("L’association « Vivre à Brest »"))],
        ),
    ]);
}

/// A cue inside the reported clause holding a partial quote is part of
/// what is reported: the clause's speaker says the quoted words.
#[test]
fn cue_inside_the_reported_clause() {
    check(Lang::Fr, &[(
        "La pharmacienne, Anne Lebrun, estime que la mairie aurait dû alerter les familles « dès le premier jour ».",
        &[('i', "la mairie aurait dû alerter les familles « dès le premier jour »", Some("Anne Lebrun")), ('d', "dès le premier jour", Some("Anne Lebrun"))],
    )]);
}

/// A relative pronoun after a name and its role in apposition stands for
/// the name (`Paul Roy, délégué CFDT, qui juge que …`).
#[test]
fn relative_after_a_role_in_apposition() {
    check(Lang::Fr, &[(
        "La grève continue, selon Sylvie Marchand, déléguée CGT, qui juge que la direction « joue la montre ».",
        &[
            ('i', "La grève continue", Some("Sylvie Marchand")),
            ('i', "la direction « joue la montre »", Some("Sylvie Marchand")),
            ('d', "joue la montre", Some("Sylvie Marchand")),
        ],
    )]);
    check(Lang::En, &[(
        "The plan was criticized by Tom Reyes, spokesman for the union, who said the offer was “an insult to every worker.”",
        &[('i', "the offer was “an insult to every worker.”", Some("Tom Reyes")), ('d', "an insult to every worker.", Some("Tom Reyes"))],
    )]);
}

/// A pronoun and its verb before a colon announce the pronoun's words.
#[test]
fn pronoun_clause_before_a_colon() {
    check(Lang::Fr, &[(
        "Marie Durand dirige l’étude. Elle met en garde : « Un tiers des vergers dépend des abeilles. »",
        &[('d', "Un tiers des vergers dépend des abeilles.", Some("Marie Durand"))],
    )]);
    check(Lang::En, &[("Anna Lee runs the lab. She puts it bluntly: “We are running out of time.”", &[('d', "We are running out of time.", Some("Anna Lee"))])]);
}

/// A dialogue of dash paragraphs with questions: the subject of the
/// paragraph before asks, the person it names after answers; dashes
/// listing items are no speech.
#[test]
fn dash_dialogue_of_questions_and_answers() {
    check(Lang::Fr, &[
        (
            "La présidente, Claire Vautrin, interroge le prévenu, Kevin Morel.\n– Pourquoi êtes-vous parti sans payer ?\n– Je n’avais plus d’argent.\n– Et la voiture ?\n– Elle était à mon cousin.\nLe jugement sera rendu lundi.",
            &[
                ('d', "Pourquoi êtes-vous parti sans payer ?", Some("Claire Vautrin")),
                ('d', "Je n’avais plus d’argent", Some("Kevin Morel")),
                ('d', "Et la voiture ?", Some("Claire Vautrin")),
                ('d', "Elle était à mon cousin", Some("Kevin Morel")),
            ],
        ),
        ("Au programme :\n– un concert de jazz ;\n– une brocante ;\n– un feu d’artifice.", &[]),
    ]);
}

/// A subject described by a role stands for the person named before with
/// that role, or one the language gives as the same (`entraîneur`,
/// `technicien`).
#[test]
fn described_subject_with_a_synonym_role() {
    check(Lang::Fr, &[(
        "« Nous avons manqué de rigueur », a reconnu l’entraîneur, Yves Caradec. Le technicien a salué le public. Il a estimé que le groupe « progresse ».",
        &[
            ('d', "Nous avons manqué de rigueur", Some("Yves Caradec")),
            ('i', "le groupe « progresse »", Some("Yves Caradec")),
            ('d', "progresse", Some("Yves Caradec")),
        ],
    )]);
}

/// A role with a complement (`le maire de Lyon`) says who speaks: it points
/// back only to someone given that role, never to a person with none nor
/// to another description (`le maire de Vannes`).
#[test]
fn roles_with_a_complement() {
    check(Lang::Fr, &[
        (
            "Anna Berg a visité l’usine lundi. Selon le maire de Lyon, les travaux commenceront en mars.",
            &[('i', "les travaux commenceront en mars", Some("le maire de Lyon"))],
        ),
        (
            "Selon le maire de Lyon, le pont rouvrira. « C’est une bonne nouvelle », a déclaré le maire de Vannes.",
            &[('i', "le pont rouvrira", Some("le maire de Lyon")), ('d', "C’est une bonne nouvelle", Some("le maire de Vannes"))],
        ),
        (
            "Le maire de Lyon, Gérard Colin, a inauguré le pont. « C’est un grand jour », a ajouté le maire de Lyon.",
            &[('d', "C’est un grand jour", Some("Gérard Colin"))],
        ),
    ]);
}

/// A coordinator inside an apposition with no verb does not end it: the
/// phrase before the apposition speaks; nor does one before a complement
/// (`d'incendie et de secours`).
#[test]
fn coordinated_appositions() {
    check(Lang::Fr, &[
        ("Une habitante, bonnet rouge et gants de laine, raconte : « Nous avons tout perdu. »", &[('d', "Nous avons tout perdu.", Some("Une habitante"))]),
        (
            "Trois granges ont brûlé dans la nuit, a précisé le centre d'incendie et de secours.",
            &[('i', "Trois granges ont brûlé dans la nuit", Some("le centre d'incendie et de secours"))],
        ),
    ]);
}

/// A source with a relative clause (`selon le médecin qui l'a soignée,`)
/// is the speaker, not the subject of the content after its comma; an
/// adverb between the auxiliary and the cue (`a pourtant estimé`).
#[test]
fn sources_with_relative_clauses() {
    check(Lang::Fr, &[
        (
            "Selon le médecin qui l'a soignée, Léa Morin garde « des séquelles durables », mais aucune lésion grave.",
            &[
                ('i', "Léa Morin garde « des séquelles durables », mais aucune lésion grave", Some("le médecin qui l'a soignée")),
                ('d', "des séquelles durables", Some("le médecin qui l'a soignée")),
            ],
        ),
        (
            "Le garde-pêche, entendu jeudi, a pourtant affirmé que l'eau était « claire comme jamais ».",
            &[
                ('i', "l'eau était « claire comme jamais »", Some("Le garde-pêche")),
                ('d', "claire comme jamais", Some("Le garde-pêche")),
            ],
        ),
        ("Un voisin, cité comme témoin, a raconté que la maison était vide depuis un an.", &[('i', "la maison était vide depuis un an", Some("Un voisin"))]),
    ]);
}

/// Forms of news writing around the cue: an adverb in `-ment` between the
/// auxiliary and the verb; reflexive verbs of stated feeling; a chain of
/// appositions whose name is not the first phrase; an adverbial after an
/// inverted subject is no part of it.
#[test]
fn cue_forms_and_chains() {
    check(Lang::Fr, &[
        (
            "Le proviseur, Marc Vidal, a simplement indiqué que les cours reprendraient lundi.",
            &[('i', "les cours reprendraient lundi", Some("Marc Vidal"))],
        ),
        ("Une mère d'élève s'inquiète : « Personne ne nous dit rien. »", &[('d', "Personne ne nous dit rien.", Some("Une mère d'élève"))]),
        (
            "Auteur du but vainqueur, l'attaquant Hugo Serre, 19 ans, apprenti menuisier, savoure : « C'est le plus beau jour de ma vie. »",
            &[('d', "C'est le plus beau jour de ma vie.", Some("Hugo Serre"))],
        ),
        (
            "« Nous ferons appel », a déclaré l'avocate de la famille à la sortie du palais.",
            &[('d', "Nous ferons appel", Some("l'avocate de la famille"))],
        ),
    ]);
}

/// A dash question with its cue after the question mark (`– … ? demande le
/// juge.`), and the bare dash answering it: the words of whoever spoke
/// before the one who asked.
#[test]
fn dash_questions_and_answers() {
    check(Lang::Fr, &[(
        "Le prévenu, Yanis Roche, a été jugé hier.\n– N'avez-vous pas vu le feu rouge ? demande la présidente.\n– Non, je regardais mon téléphone, répond Yanis Roche.\n– Et vous trouvez ça normal ? insiste la présidente.\n– Je sais que j'ai eu tort.",
        &[
            ('d', "N'avez-vous pas vu le feu rouge ?", Some("la présidente")),
            ('d', "Non, je regardais mon téléphone", Some("Yanis Roche")),
            ('d', "Et vous trouvez ça normal ?", Some("la présidente")),
            ('d', "Je sais que j'ai eu tort", Some("Yanis Roche")),
        ],
    )]);
}

/// After a question in marks, the next sentence's cue with a colon
/// announces its own quotation; the question is the words of the person
/// the sentence before describes.
#[test]
fn question_then_a_new_speaker() {
    check(Lang::Fr, &[(
        "Une mère de famille nous arrête devant la grille. « Qui va garder les enfants le mercredi ? » Un voisin, retraité de la SNCF, lance : « On se débrouillera. »",
        &[
            ('d', "Qui va garder les enfants le mercredi ?", Some("Une mère de famille")),
            ('d', "On se débrouillera.", Some("Un voisin")),
        ],
    )]);
}

/// A reported clause whose words run into a partial quote is both kinds
/// (`que l'État « a abandonné … »`); a second cue of the same subject ends
/// the clause (`et s'est demandé si`); reported questions keep their
/// `pourquoi`; `a démenti que`.
#[test]
fn clauses_ending_in_partial_quotes_and_questions() {
    check(Lang::Fr, &[
        (
            "Le maire juge que la région « a oublié les villages » et s'est demandé si le car scolaire serait maintenu.",
            &[
                ('i', "la région « a oublié les villages »", Some("Le maire")),
                ('d', "a oublié les villages", Some("Le maire")),
                ('i', "le car scolaire serait maintenu", Some("Le maire")),
            ],
        ),
        ("La députée a demandé pourquoi le rapport n'avait pas été publié.", &[('i', "pourquoi le rapport n'avait pas été publié", Some("La députée"))]),
        ("L'avocat a démenti que son client ait quitté la région.", &[('i', "son client ait quitté la région", Some("L'avocat"))]),
    ]);
}

/// The impersonal `on` speaks for the place named with it: after an
/// inverted cue (`assure-t-on à la mairie`) or opening the sentence (`À la
/// préfecture, on indique que`); `Comment dit-on « … » ?` reports nothing.
#[test]
fn impersonal_sources() {
    check(Lang::Fr, &[
        ("« Le marché rouvrira samedi », assure-t-on à la mairie de Quimper.", &[('d', "Le marché rouvrira samedi", Some("la mairie de Quimper"))]),
        ("« Rien n'est décidé », indique-t-on dans l'entourage de la ministre.", &[('d', "Rien n'est décidé", Some("l'entourage de la ministre"))]),
        ("À la sous-préfecture, on indique que la route restera fermée jusqu'à lundi.", &[('i', "la route restera fermée jusqu'à lundi", Some("la sous-préfecture"))]),
        ("Comment dit-on « bonne chance » en breton ?", &[]),
    ]);
}

/// Sources and subjects with asides: an apposition by a role or a
/// participle after a named source (`Selon X, directeur de …, [C]`); an
/// aside in brackets inside a subject (`député (UDF) du Morbihan`); a role
/// in capitals is no name (`le DRH`); `peut-on lire dans le communiqué`;
/// a colon before a quotation ends the clause.
#[test]
fn sources_with_asides() {
    check(Lang::Fr, &[
        (
            "Selon Paul Kerhoas, directeur de la coopérative qui gère le port, les ventes ont baissé de 8 %.",
            &[('i', "les ventes ont baissé de 8 %", Some("Paul Kerhoas"))],
        ),
        (
            "Pour Lucie Vidal, installée à Cucuron, les dégâts sont « énormes » : « Tout est à refaire. »",
            &[
                ('i', "les dégâts sont « énormes »", Some("Lucie Vidal")),
                ('d', "énormes", Some("Lucie Vidal")),
                ('d', "Tout est à refaire.", Some("Lucie Vidal")),
            ],
        ),
        (
            "Hervé Le Goff, député (UDF) du Finistère, s'est demandé si la loi serait appliquée.",
            &[('i', "la loi serait appliquée", Some("Hervé Le Goff"))],
        ),
        (
            "Elle rappelle que les salaires « stagnent depuis trois ans ».",
            &[('i', "les salaires « stagnent depuis trois ans »", Some("Elle")), ('d', "stagnent depuis trois ans", Some("Elle"))],
        ),
        ("« Nous ne céderons pas », a insisté le DRH.", &[('d', "Nous ne céderons pas", Some("le DRH"))]),
        ("« Tous à Paris le 12 mai », peut-on lire dans le tract du syndicat.", &[('d', "Tous à Paris le 12 mai", Some("le tract du syndicat"))]),
    ]);
}

/// `« … » La phrase est signée X.`: the sentence after a quotation names
/// its speaker; a name in marks inside a fronted adverbial does not hide
/// the subject after it (`Sur le pont du « Ker Avel », X …  « … », dit-il`).
#[test]
fn signed_quotes_and_names_in_adverbials() {
    check(Lang::Fr, &[
        (
            "« On nous a volé la victoire. » La phrase est signée Marc Verdier, le capitaine de l'équipe.",
            &[('d', "On nous a volé la victoire.", Some("Marc Verdier"))],
        ),
        (
            "« Nous tiendrons », assure Anne Quéré, présidente du comité.\nSur le pont du « Ker Avel », un caseyeur de 12 mètres, Loïc Trémel ne décolère pas. « Le gazole nous tue », dit-il.",
            &[('d', "Nous tiendrons", Some("Anne Quéré")), ('d', "Le gazole nous tue", Some("Loïc Trémel"))],
        ),
    ]);
}

/// A past participle closing a source's description is no part of it (`le
/// communiqué de la préfecture [publié hier]`); `l'a interrompue X`.
#[test]
fn trailing_participles_and_clitic_l() {
    check(Lang::Fr, &[
        (
            "« La route restera fermée », indique le communiqué de la préfecture publié hier soir.",
            &[('d', "La route restera fermée", Some("le communiqué de la préfecture"))],
        ),
        ("« Vous mentez ! », l'a interrompue Paul Riou.", &[('d', "Vous mentez !", Some("Paul Riou"))]),
    ]);
}

/// After a description as source, a role phrase with a verb is the
/// content's subject, not an apposition (`selon les gendarmes, le
/// conducteur n'aurait pas …, peut-être …`); `à` is no auxiliary inside an
/// apposition (`X, présent à l'audience, a indiqué`).
#[test]
fn appositions_and_contents_after_sources() {
    check(Lang::Fr, &[
        (
            "Selon les gendarmes, le conducteur du car n'aurait pas vu le feu, peut-être gêné par la pluie.",
            &[('i', "le conducteur du car n'aurait pas vu le feu, peut-être gêné par la pluie", Some("les gendarmes"))],
        ),
        (
            "Le maire, Louis Aubert, présent à l'audience, a indiqué que la commune ferait appel.",
            &[('i', "la commune ferait appel", Some("Louis Aubert"))],
        ),
    ]);
}
