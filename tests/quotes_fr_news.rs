//! French quotations in the forms regional news writes them: interviews
//! by the paper, exchanges of dash paragraphs, sources in brackets, sides
//! and emphatic subjects.

mod quotes_common;
use annotator::Lang;
use quotes_common::{check, quotes};

/// An introduction speaking of the paper (`à nos questions`) opens an
/// interview: the dash questions are the paper's own, the answers the
/// person's.
#[test]
fn interview_by_the_paper() {
    check(Lang::Fr, &[(
        "La maire de Bréval, Odile Ferrand, a accepté de répondre à nos questions.\n– Pourquoi fermer l'école maintenant ?\n– Nous n'avons plus que onze élèves inscrits.\n– Les parents sont-ils prévenus ?\n– Tous ont reçu un courrier la semaine dernière.",
        &[
            ('d', "Nous n'avons plus que onze élèves inscrits", Some("Odile Ferrand")),
            ('d', "Tous ont reçu un courrier la semaine dernière", Some("Odile Ferrand")),
        ],
    )]);
}

/// A trailing cue may have an object pronoun first (`se défend X`); a bare
/// dash paragraph after two speakers' goes back to the one before last.
#[test]
fn dash_exchange_between_two_speakers() {
    check(Lang::Fr, &[(
        "Le procès de Luc Berthier s'est ouvert hier.\n– Je n'ai jamais touché à cet argent, se défend Luc Berthier.\n– Les relevés disent le contraire, rétorque la procureure Annie Valat.\n– Ces relevés sont faux.",
        &[
            ('d', "Je n'ai jamais touché à cet argent", Some("Luc Berthier")),
            ('d', "Les relevés disent le contraire", Some("Annie Valat")),
            ('d', "Ces relevés sont faux", Some("Luc Berthier")),
        ],
    )]);
}

/// `« A », lâche X, « B »`: the words the cue interrupts go on after it.
#[test]
fn quote_interrupted_by_its_cue() {
    check(Lang::Fr, &[(
        "« La pompe a lâché dans la nuit », lâche le technicien de garde, « et personne ne pouvait venir avant l'aube. »",
        &[
            ('d', "La pompe a lâché dans la nuit", Some("le technicien de garde")),
            ('d', "et personne ne pouvait venir avant l'aube.", Some("le technicien de garde")),
        ],
    )]);
}

/// Sources after an impersonal inverted cue may be long and hold an
/// aside in brackets; `de source syndicale` names its source.
#[test]
fn sources_with_brackets_and_de_source() {
    check(Lang::Fr, &[
        (
            "Personne n'a été blessé, a-t-on appris auprès du service départemental d'incendie et de secours (SDIS) de la Sarthe.",
            &[('i', "Personne n'a été blessé", Some("service départemental d'incendie et de secours (SDIS) de la Sarthe"))],
        ),
        ("Les négociations reprendront lundi, de source syndicale.", &[('i', "Les négociations reprendront lundi", Some("source syndicale"))]),
        // A noun in `-é` after a link is no participle closing the source.
        (
            "Le départ sera donné à 14 heures, selon le président du comité des fêtes, Marc Delval.",
            &[('i', "Le départ sera donné à 14 heures", Some("Marc Delval"))],
        ),
        (
            "D'après la fédération régionale des sociétés de chasse, les battues reprendront en octobre.",
            &[('i', "les battues reprendront en octobre", Some("la fédération régionale des sociétés de chasse"))],
        ),
        // A bracket ends the source before the content's comma.
        (
            "Selon le Bureau des vins du Jura (BVJ), la récolte pourrait reculer de 20 %.",
            &[('i', "la récolte pourrait reculer de 20 %", Some("Bureau des vins du Jura"))],
        ),
        // An apposition after the holder may hold a work's title in marks,
        // which is no quotation.
        (
            "Pour Hélène Marly, chercheuse à l'université de Dijon et autrice de « La Vigne à l'épreuve du climat », la réponse ne fait guère de doute.",
            &[('i', "la réponse ne fait guère de doute", Some("Hélène Marly"))],
        ),
        (
            "Selon une pétition lancée par l'association des riverains, le chantier met les enfants en danger.",
            &[('i', "le chantier met les enfants en danger", Some("une pétition lancée par l'association des riverains"))],
        ),
    ]);
}

/// The subject the words are someone's: before an emphatic pronoun (`La
/// direction, elle,`), after a side (`Du côté de l'opposition, on`), a
/// people's name for a person named before (`Le Dolois`).
#[test]
fn emphatic_side_and_demonym_subjects() {
    check(Lang::Fr, &[
        ("La direction, elle, assure qu'aucun poste ne sera supprimé.", &[('i', "aucun poste ne sera supprimé", Some("La direction"))]),
        (
            "« Le budget est tenu », a affirmé l'adjoint. Du côté de l'opposition, on répond que la dette a doublé.",
            &[('d', "Le budget est tenu", Some("l'adjoint")), ('i', "la dette a doublé", Some("l'opposition"))],
        ),
        (
            "Théo Marchal a signé un doublé samedi. Le Dolois a estimé que l'équipe méritait la victoire.",
            &[('i', "l'équipe méritait la victoire", Some("Théo Marchal"))],
        ),
    ]);
}

/// Cue forms: an aside between the auxiliary and the participle (`a, lui,
/// dénoncé`), an adverbial before a short quote's article (`a évoqué dans
/// son discours une « … »`), an apposition ending in a title in marks, a
/// subject before a verb in `-ait` no list names.
#[test]
fn asides_adverbials_and_titles() {
    check(Lang::Fr, &[
        ("Le syndicat a, lui, dénoncé « un plan de casse sociale ».", &[('d', "un plan de casse sociale", Some("Le syndicat"))]),
        ("Le préfet a évoqué dans son discours une « rentrée sous tension ».", &[('d', "rentrée sous tension", Some("Le préfet"))]),
        (
            "Anne Lévêque, autrice d'un essai intitulé « Rendre la rue aux piétons », a prévenu que la ville devait choisir.",
            &[('i', "la ville devait choisir", Some("Anne Lévêque"))],
        ),
        (
            "Le gardien refusait de répondre et a simplement affirmé que la porte était fermée.",
            &[('i', "la porte était fermée", Some("Le gardien"))],
        ),
        // Where the words were given is no part of the speaker.
        (
            "« Personne ne restera sur le bord du chemin », affirme le directeur dans les colonnes de « La Gazette du Lot ».",
            &[('d', "Personne ne restera sur le bord du chemin", Some("le directeur"))],
        ),
        // A present participle after a verb of being is an adjective.
        (
            "Le président du syndicat viticole, Jean-Marc Roblot, se veut pourtant rassurant. « Les volumes seront faibles », a-t-il assuré mardi.",
            &[('d', "Les volumes seront faibles", Some("Jean-Marc Roblot"))],
        ),
    ]);
}

/// A clause before a colon names its subject when that is a person (`La
/// préfète se montrait plus précise :`), and a verb's form after a word of
/// degree is an adjective, no cue.
#[test]
fn colon_after_a_clause_about_a_person() {
    check(Lang::Fr, &[
        ("La préfète se montrait plus précise : « Les travaux commenceront en mai. »", &[('d', "Les travaux commenceront en mai.", Some("La préfète"))]),
        ("Le bilan reste lourd : « Trois maisons ont brûlé. »", &[('d', "Trois maisons ont brûlé.", None)]),
    ]);
}

/// `Interrogé par la présidente, X, l'accusé …`: the agent of the fronted
/// participle asks, the subject answers, and the exchange goes on past a
/// cued question.
#[test]
fn dialogue_introduced_by_a_passive() {
    check(Lang::Fr, &[(
        "Le procès de Paul Roussel s'est achevé hier. Interrogé une dernière fois par la présidente, Claire Aubry, le prévenu n'a pas varié.\n– Pourquoi êtes-vous reparti sans appeler les secours ?\n– J'ai eu peur, je n'ai pas réfléchi.\n– Vous aviez bu, a rappelé la présidente.\n– Deux bières, pas plus.",
        &[
            ('d', "Pourquoi êtes-vous reparti sans appeler les secours ?", Some("Claire Aubry")),
            ('d', "J'ai eu peur, je n'ai pas réfléchi", Some("Paul Roussel")),
            ('d', "Vous aviez bu", Some("Claire Aubry")),
            ('d', "Deux bières, pas plus", Some("Paul Roussel")),
        ],
    )]);
}

/// Subjects and sources: a relative clause of an object between commas
/// (`Un audit, que les syndicats se sont procuré, conclut`), a group as
/// the holder of an opinion (`Pour l'opposition,`), a time before an
/// inverted subject, an adverbial after it (`après le match`).
#[test]
fn relatives_groups_and_times_around_the_speaker() {
    check(Lang::Fr, &[
        (
            "Un audit commandé par l'agence régionale, que les syndicats se sont procuré, conclut pourtant que le service reste rentable.",
            &[('i', "le service reste rentable", Some("Un audit commandé par l'agence régionale"))],
        ),
        ("Pour l'opposition, la hausse des impôts est injuste.", &[('i', "la hausse des impôts est injuste", Some("l'opposition"))]),
        (
            "« Ici, c'était une famille », soufflait mardi soir un retraité venu soutenir les grévistes.",
            &[('d', "Ici, c'était une famille", Some("un retraité venu soutenir les grévistes"))],
        ),
        ("« Nous avons manqué de réalisme », regrette l'entraîneur après le match.", &[('d', "Nous avons manqué de réalisme", Some("l'entraîneur"))]),
    ]);
}

/// A verb's form after an article that follows a verb is a noun (`a jugé
/// l'annonce « … »`); `ont repris` after a quote is a cue, and adverbs may
/// stand before its inverted subject (`en chœur`).
#[test]
fn nouns_after_articles_and_adverbs_before_inverted_subjects() {
    check(Lang::Fr, &[
        (
            "Le député, Michel Laval, reçu hier par la direction, a jugé l'annonce « brutale et inacceptable ».",
            &[('d', "brutale et inacceptable", Some("Michel Laval"))],
        ),
        (
            "« Des lits, pas des profits ! », ont repris en chœur une centaine de manifestants dans le hall.",
            &[('d', "Des lits, pas des profits !", Some("une centaine de manifestants"))],
        ),
    ]);
}

/// An aside between commas may stand between the cue and `que`; words in
/// marks with no capital are no title (`« avant 2011 »`).
#[test]
fn aside_before_the_complementizer() {
    check(Lang::Fr, &[(
        "La candidate avait promis, tout au long de la campagne, que la maison de santé ouvrirait « avant 2011 ».",
        &[
            ('i', "la maison de santé ouvrirait « avant 2011 »", Some("La candidate")),
            ('d', "avant 2011", Some("La candidate")),
        ],
    )]);
}

/// A subject ends before the negation of its verb: the mention a speaker
/// was read from is `le prévenu`, not `le prévenu n'`.
#[test]
fn subject_mention_ends_before_the_negation() {
    let text = "Le procès de Paul Roussel s'est achevé hier. Interrogé par la présidente, Claire Aubry, le prévenu n'a pas varié.\n– Pourquoi êtes-vous reparti ?\n– J'ai eu peur.";
    let got = quotes(Lang::Fr, text);
    let answer = got.iter().find(|q| q.text == "J'ai eu peur").expect("the answer is a quote");
    assert_eq!(answer.speaker.as_deref(), Some("Paul Roussel"));
    assert_eq!(answer.speaker_span.as_ref().map(|s| s.text.as_str()), Some("le prévenu"));
}

/// A passive speech verb reports nothing (`était signalé disparu`, `il leur
/// est demandé`, `doit être reconnu`); nor does the paper's own voice (`Il
/// est à noter que`).
#[test]
fn passives_and_the_papers_voice_report_nothing() {
    check(Lang::Fr, &[
        ("Un randonneur de 40 ans, parti de Gérardmer samedi, était signalé disparu.", &[]),
        ("M. Girard a rappelé les règles. Lorsque des familles réservent la salle, il leur est demandé une caution de cent euros.", &[]),
        ("Cette exposition montre combien le travail des tisserands, souvent oubliés, doit être reconnu et mis en valeur.", &[]),
        ("Il est à noter que la route restera fermée jusqu'à vendredi.", &[]),
        ("Il faut rappeler que la route avait déjà été fermée l'an dernier.", &[]),
    ]);
}

/// An infinitive after `pour` speaks for the subject of its clause (`Le
/// maire a pris la parole pour rappeler que …`); `ce que` after a cue and
/// a relative `que` after its object open no report.
#[test]
fn infinitives_after_pour_and_relatives_after_the_cue() {
    check(Lang::Fr, &[
        (
            "Le maire a pris la parole pour rappeler que la commune avait déjà connu un incendie.",
            &[('i', "la commune avait déjà connu un incendie", Some("Le maire"))],
        ),
        ("Des panneaux pour expliquer ce qu'est une zone humide jalonnent le sentier.", &[]),
        ("Afin de raconter l'histoire qu'ils ont découverte, les élèves de CM2 ont écrit un petit livre.", &[]),
        ("Pour ce premier rendez-vous, le conteur a lu quelques « fables » aux enfants.", &[]),
    ]);
}

/// Words in marks that a noun or a participle names (`sur le thème de
/// « … »`, `dites du « … »`) are a title or a name, not a quotation.
#[test]
fn themes_and_so_called_names_are_no_quotes() {
    check(Lang::Fr, &[
        ("Le club a installé des panneaux sur le thème de « Trois siècles de tissage dans la vallée ».", &[]),
        ("Les associations présentes sont celles dites du « collectif des neuf ».", &[]),
    ]);
}

/// An inverted subject ends before a gerund (`confie la maire de Lunéville
/// en saluant …`); a cue after `comme` and a modal takes the subject after
/// it (`comme devait le souligner le maire`).
#[test]
fn gerunds_after_inverted_subjects_and_comme_with_a_modal() {
    check(Lang::Fr, &[
        (
            "« Nous irons jusqu'au bout », confie la maire de Lunéville en saluant le travail des bénévoles. « La bataille sera longue », reconnaît-elle.",
            &[('d', "Nous irons jusqu'au bout", Some("la maire de Lunéville")), ('d', "La bataille sera longue", Some("la maire de Lunéville"))],
        ),
        (
            "Cette fête, comme devait le souligner le maire Paul Henry, « n'a d'autre but que de réunir les habitants ».",
            &[('d', "n'a d'autre but que de réunir les habitants", Some("Paul Henry"))],
        ),
    ]);
}

/// A gerund of any verb ends the inverted subject (`en rendant hommage`);
/// an infinitive after `sans` has no subject of its own after a quote
/// (`« … », non sans rappeler …`); `parler de` reports the words in marks;
/// a relative pronoun before a reflexive cue points to its antecedent.
#[test]
fn gerunds_parler_de_and_relatives_before_reflexive_cues() {
    check(Lang::Fr, &[
        (
            "« Il est paradoxal de devoir encore tirer la sonnette d'alarme », confie la députée de Moselle en rendant hommage à son ancienne collègue.",
            &[('d', "Il est paradoxal de devoir encore tirer la sonnette d'alarme", Some("la députée de Moselle"))],
        ),
        (
            "Le conseiller Luc Hennequin a parlé d'un « moment historique pour le canton », non sans rappeler le rôle des bénévoles.",
            &[('d', "moment historique pour le canton", Some("Luc Hennequin"))],
        ),
        (
            "Cette fête, comme devait conclure le maire Paul Henry, « n'a d'autre but que de réunir les habitants ».",
            &[('d', "n'a d'autre but que de réunir les habitants", Some("Paul Henry"))],
        ),
    ]);
    let q = quotes(Lang::Fr, "Un promoteur lyonnais qui se disait intéressé par le terrain ne s'est plus manifesté.");
    assert_eq!(q.iter().map(|q| q.speaker.as_deref()).collect::<Vec<_>>(), [Some("Un promoteur lyonnais")]);
}

/// Words before a comma are no reported clause when they are the subject's
/// relative apposition (`Les élus, qui …, se sont félicités du vote`), a
/// fronted adjective before a verb with its own object (`Présent dans la
/// salle, le préfet a salué les bénévoles`), a time alone before `selon`
/// (`En mars 2011, selon X, …`) or a noun used as a verb's form
/// (`twitter`); and the words after `Pour X,` that are only its apposition
/// before a colon (`Pour X, son président : « … »`) are none either.
#[test]
fn appositions_fronted_phrases_and_times_before_a_comma() {
    check(Lang::Fr, &[
        ("Les élus de la majorité, qui avaient soutenu le projet pendant la campagne, se sont félicités du résultat du vote.", &[]),
        ("Présent dans la salle, le préfet Alain Roche a ensuite salué les bénévoles et a reçu un bouquet.", &[]),
        (
            "En mars 2011, selon la préfecture, le réseau comptait encore deux mille abonnés.",
            &[('i', "le réseau comptait encore deux mille abonnés", Some("la préfecture"))],
        ),
        ("Les jeunes préfèrent les messages courts sur les réseaux sociaux, twitter et autres applications.", &[]),
        (
            "Le syndicat organise une grève jeudi. Pour Paul Vernet, son secrétaire général : « C'est un moment décisif pour les salariés du site. »",
            &[('d', "C'est un moment décisif pour les salariés du site.", Some("Paul Vernet"))],
        ),
    ]);
}

/// A dash after a dateline is no part of the clause or of its subject
/// (`12 mars 2012. - Afin de …, le gouvernement vient d'annoncer que`); a
/// relative pronoun after a role with its complement points to the name
/// before it (`X, le ministre du Budget, qui a déclaré`); a verb no list
/// names ends the subject before its object (`Un rapport de la Cour
/// apporte la même conclusion : « … »`).
#[test]
fn datelines_relatives_after_roles_and_unlisted_verbs() {
    check(Lang::Fr, &[
        (
            "12 mars 2012. - Afin de tenir ses engagements budgétaires, le gouvernement vient d'annoncer qu'il devra trouver deux milliards d'euros.",
            &[('i', "il devra trouver deux milliards d'euros", Some("le gouvernement"))],
        ),
        (
            "12 mars 2012. - Un car scolaire a quitté la route près de Saint-Dié, indique la préfecture des Vosges.",
            &[('i', "Un car scolaire a quitté la route près de Saint-Dié", Some("la préfecture des Vosges"))],
        ),
        (
            "Le Premier ministre a reçu Paul Garnier, le ministre du Budget, qui a déclaré au Sénat que le plan serait revu.",
            &[('i', "le plan serait revu", Some("Paul Garnier"))],
        ),
        (
            "Un rapport de la Cour des comptes apporte la même conclusion : « Les dépenses de la commune ont doublé en cinq ans. »",
            &[('d', "Les dépenses de la commune ont doublé en cinq ans.", Some("Un rapport de la Cour des comptes"))],
        ),
    ]);
}

/// Capitalised words in marks after a preposition, with no verb, name a
/// work (`un rapport sur « Les revenus des ménages agricoles »`).
#[test]
fn work_titles_after_a_preposition() {
    check(Lang::Fr, &[(
        "Selon un rapport de l'Insee sur « Les revenus des ménages agricoles », la crise a surtout touché les petites exploitations.",
        &[('i', "la crise a surtout touché les petites exploitations", Some("un rapport de l'Insee"))],
    )]);
}

/// `comme le souligne X` and `nous rapporte X` after a clause: the subject
/// comes after the cue, and a relative inside the clause is part of it;
/// the past historic (`fut … et déclara`) and a participle before its agent
/// (`Surpris par …, il déclara`) leave the subject where it is.
#[test]
fn subjects_after_comme_and_clitics_and_in_the_past_historic() {
    check(Lang::Fr, &[
        (
            "Les péages ont beaucoup rapporté à la région, qui a su profiter de la hausse du trafic, comme le souligne la Cour des comptes.",
            &[('i', "Les péages ont beaucoup rapporté à la région, qui a su profiter de la hausse du trafic", Some("Cour des comptes"))],
        ),
        (
            "La mairie a acheté trois nouveaux bus électriques, nous rapporte le quotidien régional.",
            &[('i', "La mairie a acheté trois nouveaux bus électriques", Some("le quotidien régional"))],
        ),
        (
            "Le député Marc Aubert quitta la séance. Il fut ensuite exclu de son groupe et déclara alors : « Je garde ma liberté de vote. »",
            &[('d', "Je garde ma liberté de vote.", Some("Marc Aubert"))],
        ),
        (
            "Le député Marc Aubert quitta la séance. Surpris par la décision du président Paul Ferrand, il déclara : « Je garde ma liberté de vote. »",
            &[('d', "Je garde ma liberté de vote.", Some("Marc Aubert"))],
        ),
    ]);
}

/// `À noter que` is the paper's voice; a subordinate clause after a quote
/// is no attribution (`« … », d'autant que les journaux ont cessé …`); an
/// article opening the sentence makes a noun of a verb's form (`L'alerte a
/// été donnée …`).
#[test]
fn a_noter_subordinates_after_quotes_and_nouns_opening_sentences() {
    check(Lang::Fr, &[
        ("L'usine emploie 800 personnes. À noter que le marché a progressé de 12 % en un an.", &[]),
        ("Le film montre que « la radio locale reste indispensable », d'autant que les journaux gratuits ont cessé de paraître.", &[]),
        (
            "L'alerte a été donnée vers minuit « quand nous avons reçu les premiers appels », a indiqué un porte-parole des pompiers.",
            &[
                ('i', "L'alerte a été donnée vers minuit « quand nous avons reçu les premiers appels »", Some("un porte-parole des pompiers")),
                ('d', "quand nous avons reçu les premiers appels", Some("un porte-parole des pompiers")),
            ],
        ),
    ]);
}

/// A reported clause ends before `nous rapporte X`; an infinitive after
/// `pour` speaks for the name in apposition to its clause's subject.
#[test]
fn clause_ends_before_a_clitic_cue_and_infinitives_take_the_apposed_name() {
    check(Lang::Fr, &[
        (
            "La municipalité a annoncé qu'elle fermera la piscine jusqu'en septembre, nous rapporte le bulletin municipal.",
            &[('i', "elle fermera la piscine jusqu'en septembre", Some("La municipalité"))],
        ),
        (
            "Le maire, Gérard Lemoine, a pris la parole pour rappeler que le chantier coûtera 400 000 euros.",
            &[('i', "le chantier coûtera 400 000 euros", Some("Gérard Lemoine"))],
        ),
    ]);
}

/// A pronoun after `selon` is the whole source: the words after it are
/// the sentence's, never part of the speaker.
#[test]
fn pronoun_source_inside_the_clause() {
    check(Lang::Fr, &[
        ("Les dettes sont réelles, mais elles se limitent selon nous aux pays du Sud, et touchent peu le Nord.", &[]),
        ("Selon nous, la crise durera encore deux ans.", &[('i', "la crise durera encore deux ans", Some("nous"))]),
        // (`Me`, a lawyer's title, is no pronoun.)
        ("Pour Me Paul Vidal, avocat de la commune, le permis « a toujours été valable ».", &[
            ('i', "le permis « a toujours été valable »", Some("Paul Vidal")),
            ('d', "a toujours été valable", Some("Paul Vidal")),
        ]),
    ]);
}

/// Words in marks inside a clause leave it open: the clause before a
/// trailing `selon` holds them (and they are the source's words).
#[test]
fn marked_words_inside_a_clause_before_its_source() {
    check(Lang::Fr, &[(
        "Le blessé, évacué vers le CHU et opéré dans la nuit, était toujours dans un « état grave » ce samedi, selon les pompiers.",
        &[
            ('i', "Le blessé, évacué vers le CHU et opéré dans la nuit, était toujours dans un « état grave » ce samedi", Some("les pompiers")),
            ('d', "état grave", Some("les pompiers")),
        ],
    )]);
}

/// `les responsables de l'association, qui ont rappelé`: the role a
/// complement completes is the relative's antecedent, and a group
/// described there is no one named before.
#[test]
fn relative_after_a_role_and_its_complement() {
    check(Lang::Fr, &[
        (
            "Le préfet a reçu les responsables de l'association, qui ont rappelé que le local était trop petit.",
            &[('i', "le local était trop petit", Some("les responsables de l'association"))],
        ),
        (
            "L'acteur a remis le prix aux réalisateurs du film, qui ont souligné que ce travail leur avait permis de voyager.",
            &[('i', "ce travail leur avait permis de voyager", Some("les réalisateurs du film"))],
        ),
    ]);
}

/// `le ministre de l'Intérieur X`: the person after the role's complement
/// is the speaker, not the whole description.
#[test]
fn speaker_after_a_role_complement() {
    check(Lang::Fr, &[(
        "Le ministre de l'Intérieur Bertrand Lemaire a déclaré que la police serait renforcée.",
        &[('i', "la police serait renforcée", Some("Bertrand Lemaire"))],
    )]);
}

/// `le mot « … »`, `the word "…"`: a word named as a word is no one's
/// quotation (the guidelines' quoted terms).
#[test]
fn word_named_as_a_word() {
    check(Lang::Fr, &[("Dans le texte final, le mot « indépendante », qui figurait dans le projet, a disparu.", &[])]);
    check(Lang::En, &[(
        "The word \"independent\", which was in the draft, has disappeared, the minister said.",
        &[('i', "The word \"independent\", which was in the draft, has disappeared", Some("the minister"))],
    )]);
}
