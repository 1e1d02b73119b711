//! French quotations in the forms online news writes them: short quotes
//! after a source marker, initials, appositions and coordinated verbs.

mod quotes_common;
use annotator::Lang;
use quotes_common::check;

/// `Selon X, « … »`, `Pour X, « … »`: a quotation that is all the source's
/// content is a direct quote, not also a reported clause in marks.
#[test]
fn short_quote_after_a_source_marker() {
    check(Lang::Fr, &[
        ("Selon le maire, « rien ne change ».", &[('d', "rien ne change", Some("le maire"))]),
        ("Pour la directrice, « tout est prêt ».", &[('d', "tout est prêt", Some("la directrice"))]),
        // With words of its own, the clause holds a partial quote.
        (
            "Selon le maire, le projet reste « en bonne voie ».",
            &[('i', "le projet reste « en bonne voie »", Some("le maire")), ('d', "en bonne voie", Some("le maire"))],
        ),
    ]);
}

/// `Mais pour X, « … »`, `Et pour X, [C]`: a coordinator before the
/// opinion marker still opens the sentence.
#[test]
fn opinion_marker_after_a_coordinator() {
    check(Lang::Fr, &[
        (
            "Le maire a parlé hier. Mais pour la directrice, « le problème est connu de tous ».",
            &[('d', "le problème est connu de tous", Some("la directrice"))],
        ),
        (
            "Le maire a parlé hier. Et pour le syndicat, la fermeture de l'usine serait une faute.",
            &[('i', "la fermeture de l'usine serait une faute", Some("le syndicat"))],
        ),
        // Not a thing after the marker: `pour la dernière période`.
        ("Et pour la dernière période, les impôts baisseront de moitié.", &[]),
    ]);
}

/// `V. Sapounov`: an initial and its dot open a name; the short form is
/// the full name given before when the initial matches.
#[test]
fn initial_before_a_surname() {
    check(Lang::Fr, &[(
        "Le biologiste Valentin Sapounov travaille à Tomsk. « Rien n'est sûr à cent pour cent », a indiqué V. Sapounov. D'après V. Sapounov, la bête vit dans la taïga.",
        &[
            ('d', "Rien n'est sûr à cent pour cent", Some("Valentin Sapounov")),
            ('i', "la bête vit dans la taïga", Some("Valentin Sapounov")),
        ],
    )]);
    // (The full name may come after.)
    check(Lang::Fr, &[(
        "Selon V. Sapounov, le pont tiendra. L'ingénieur Valentin Sapounov l'a construit.",
        &[('i', "le pont tiendra", Some("Valentin Sapounov"))],
    )]);
}

/// `La nuit fut chaude : X a relevé …, mais précise que`: a verb
/// coordinated with an earlier one speaks for that verb's subject, in the
/// clause after a colon, not for the sentence's first words.
#[test]
fn coordinated_verb_after_a_colon() {
    check(Lang::Fr, &[(
        "Le bilan est lourd : la préfecture a compté dix blessés et indique que deux sont dans un état grave.",
        &[('i', "deux sont dans un état grave", Some("la préfecture"))],
    )]);
    check(Lang::En, &[(
        "The night was hot; the weather service recorded 31 degrees but said that no record was broken.",
        &[('i', "no record was broken", Some("the weather service"))],
    )]);
    // After a comma and a coordinator, a clause with its own subject.
    check(Lang::En, &[(
        "I came home and my parents were gone, and a neighbor came in and told me that they had been taken away.",
        &[('i', "they had been taken away", Some("a neighbor"))],
    )]);
}

/// `X, le successeur de Y, qui lui avait rétorqué : « … »`: an object
/// pronoun between the relative and its verb; the name before the
/// apposition is whom `qui` stands for.
#[test]
fn relative_with_an_object_pronoun() {
    check(Lang::Fr, &[(
        "L'avocat s'est heurté à Bernard Vallet, le successeur de Claude Amiel, qui lui avait rétorqué : « Je partirai quand je voudrai. »",
        &[('d', "Je partirai quand je voudrai.", Some("Bernard Vallet"))],
    )]);
    check(Lang::En, &[(
        "The board met Helen Marsh, the successor of Tom Reyes, who told them that the fund was empty.",
        &[('i', "the fund was empty", Some("Helen Marsh"))],
    )]);
}

/// `X aurait pu s'interroger si`, `X a pu affirmer que`: a modal's
/// participle before the cue is no part of the subject.
#[test]
fn modal_participle_before_the_cue() {
    check(Lang::Fr, &[
        ("Le maire a pu affirmer que la salle était trop petite.", &[('i', "la salle était trop petite", Some("Le maire"))]),
        ("Le rapport aurait pu s'interroger si la salle était trop petite.", &[('i', "la salle était trop petite", Some("Le rapport"))]),
    ]);
}

/// `Barroso, le président de la Commission se dit « … »`: an apposition
/// whose closing comma is missing still leaves the name before it the
/// subject.
#[test]
fn apposition_without_its_closing_comma() {
    check(Lang::Fr, &[(
        "Les élus ont voté dimanche. Barroso, le président de la commission régionale se dit « très rassuré » par ce vote.",
        &[('d', "très rassuré", Some("Barroso"))],
    )]);
    // Not a name after a preposition: `Après Vidal, le président a dit`.
    check(Lang::Fr, &[(
        "Après Vidal, le président du jury a déclaré que le concours était ouvert.",
        &[('i', "le concours était ouvert", Some("le président du jury"))],
    )]);
}

/// `Le gouvernement malien a dénoncé « … »`: a body described with its
/// adjective names itself; it points back to an organisation only in
/// subject position before, not to the nearest one named in passing.
#[test]
fn qualified_body_is_not_the_nearest_organisation() {
    check(Lang::Fr, &[(
        "La procureure de la Cour pénale internationale, Mme Awa Diallo, a parlé hier. Le gouvernement malien a dénoncé « une furie destructrice ».",
        &[('d', "une furie destructrice", Some("Le gouvernement malien"))],
    )]);
}

/// `La chaîne met « … »`: a verb no list names, right before the quoted
/// words, ends the subject of the sentence that holds them.
#[test]
fn unlisted_verb_before_the_quote() {
    check(Lang::Fr, &[(
        "La chaîne met « tout en œuvre pour assurer la sécurité et le retour de sa correspondante ».",
        &[('d', "tout en œuvre pour assurer la sécurité et le retour de sa correspondante", Some("La chaîne"))],
    )]);
}

/// `X a décrit Y comme « … »`: describing is saying.
#[test]
fn describing_is_a_cue() {
    check(Lang::Fr, &[(
        "Les secouristes ont décrit l'avalanche comme « la plus meurtrière de ces dernières années ».",
        &[('d', "la plus meurtrière de ces dernières années", Some("Les secouristes"))],
    )]);
}

/// `Estimant que …, il vota contre`: a participle opening the sentence
/// speaks for the main clause's subject, and its clause ends at the comma
/// before that subject.
#[test]
fn participle_opening_the_sentence() {
    check(Lang::Fr, &[
        (
            "Le député Paul Ferrand a quitté son groupe. Estimant que la réforme était injuste, il a voté contre le texte.",
            &[('i', "la réforme était injuste", Some("Paul Ferrand"))],
        ),
        (
            "Le député Paul Ferrand a quitté son groupe. Estimant que « la langue régionale est la nôtre », il vota contre le texte.",
            &[('d', "la langue régionale est la nôtre", Some("Paul Ferrand"))],
        ),
    ]);
    check(Lang::En, &[(
        "Saying that the reform was unfair, the senator voted against the bill.",
        &[('i', "the reform was unfair", Some("the senator"))],
    )]);
}

/// `Le quotidien français Le Figaro annonce …, en évoquant « … »`: the
/// name after an outlet's noun and its adjective is the speaker, for the
/// cue and for the gerund after it.
#[test]
fn outlet_named_after_its_noun_and_adjective() {
    check(Lang::Fr, &[(
        "Le quotidien régional L'Écho du Val annonce mardi que le pont sera fermé, en évoquant une « source proche de la préfecture ».",
        &[
            ('i', "le pont sera fermé", Some("Écho du Val")),
            ('d', "source proche de la préfecture", Some("Écho du Val")),
        ],
    )]);
    check(Lang::Fr, &[(
        "Le quotidien national La Gazette annonce mardi soir que le maire aurait été menacé par « un voisin armé », en évoquant une « source proche de la préfecture ».",
        &[
            ('i', "le maire aurait été menacé par « un voisin armé »", Some("La Gazette")),
            ('d', "un voisin armé", Some("La Gazette")),
            ('d', "source proche de la préfecture", Some("La Gazette")),
        ],
    )]);
}

/// `Mme Castel` after `Bernard Castel` and `Marie Castel` is Marie, and
/// says nothing of Bernard's gender: `le maire` later is still his.
#[test]
fn honorific_of_another_bearer_keeps_the_first_one_s_gender() {
    check(Lang::Fr, &[(
        "Le maire Bernard Castel a inauguré la salle. Sa fille, Marie Castel, conseillère municipale, était là. « Nous sommes fiers », a dit Mme Castel. Mais pour le maire, « le compte n'y est pas ».",
        &[('d', "Nous sommes fiers", Some("Marie Castel")), ('d', "le compte n'y est pas", Some("Bernard Castel"))],
    )]);
}

/// `Aux yeux de X, [C]`: a source marker like `selon`.
#[test]
fn in_the_eyes_of_a_source() {
    check(Lang::Fr, &[
        ("Aux yeux du maire, la route sera prête en mai.", &[('i', "la route sera prête en mai", Some("le maire"))]),
        (
            "Aux yeux de la préfète, Hélène Dumas, le dossier « avance bien ».",
            &[('i', "le dossier « avance bien »", Some("Hélène Dumas")), ('d', "avance bien", Some("Hélène Dumas"))],
        ),
        // Not a source: the eyes of a thing looked at.
        ("Le tableau saute aux yeux des visiteurs, qui restent longtemps.", &[]),
    ]);
}

/// `l'élue`, `the lawmaker`: a word for any elected official stands for
/// the person named before with an elected role (a councillor, a mayor,
/// a deputy), and only such a person.
#[test]
fn an_elected_official_points_back_to_any_elected_role() {
    check(Lang::Fr, &[(
        "Le directeur, Paul Roy, a présenté le budget. Pour Sylvie Marchand, conseillère d'opposition, la hausse est « injustifiable ». L'élue a précisé que les familles seraient touchées.",
        &[
            ('i', "la hausse est « injustifiable »", Some("Sylvie Marchand")),
            ('d', "injustifiable", Some("Sylvie Marchand")),
            ('i', "les familles seraient touchées", Some("Sylvie Marchand")),
        ],
    )]);
    // (A general word given to someone does not make her the mayor.)
    check(Lang::Fr, &[(
        "Pour Sylvie Marchand, conseillère d'opposition, la hausse est injuste. L'élue a précisé que les familles seraient touchées. Aux yeux du maire, la hausse est juste.",
        &[
            ('i', "la hausse est injuste", Some("Sylvie Marchand")),
            ('i', "les familles seraient touchées", Some("Sylvie Marchand")),
            ('i', "la hausse est juste", Some("le maire")),
        ],
    )]);
    check(Lang::Fr, &[(
        "Le député Marc Oudin a visité l'usine avec le directeur, Paul Roy. L'élu a affirmé que l'usine resterait ouverte.",
        &[('i', "l'usine resterait ouverte", Some("Marc Oudin"))],
    )]);
    check(Lang::En, &[(
        "Sen. Ann Dale toured the plant with its manager, Paul Roy. The lawmaker said the plant would stay open.",
        &[('i', "the plant would stay open", Some("Ann Dale"))],
    )]);
}

/// `Selon X, qui …, [C]`: a relative between commas after the source is
/// the source's, however long, and no cue of the quotation in the clause.
#[test]
fn relative_between_commas_after_a_source() {
    check(Lang::Fr, &[
        (
            "Selon les chercheurs, qui ont compté les oiseaux sur trois cents parcelles entre 2010 et 2020, les moineaux ont disparu.",
            &[('i', "les moineaux ont disparu", Some("les chercheurs"))],
        ),
        (
            "Pour le syndicat des cheminots, qui a soutenu les grévistes depuis le début, cette décision est « une trahison ».",
            &[
                ('i', "cette décision est « une trahison »", Some("le syndicat des cheminots")),
                ('d', "une trahison", Some("le syndicat des cheminots")),
            ],
        ),
    ]);
    check(Lang::En, &[(
        "According to officials, who declined to be named, the plan failed.",
        &[('i', "the plan failed", Some("officials"))],
    )]);
}

/// `la magistrate` after `Le substitut du procureur, Anne Vautrin`: a word
/// for any magistrate stands for the one named before.
#[test]
fn a_magistrate_points_back_to_a_prosecutor_or_judge() {
    check(Lang::Fr, &[(
        "Le substitut du procureur, Anne Vautrin, a requis un an ferme. Pour la magistrate, le prévenu « minimise ses actes ».",
        &[
            ('i', "le prévenu « minimise ses actes »", Some("Anne Vautrin")),
            ('d', "minimise ses actes", Some("Anne Vautrin")),
        ],
    )]);
}

/// The clause before a colon is read in its own sentence: an earlier
/// sentence's subject does not speak (`L'AS a fait le nul. Le capitaine
/// se voulait positif : « … »`).
#[test]
fn a_colon_clause_is_read_in_its_own_sentence() {
    check(Lang::Fr, &[(
        "L'AS Golbey a arraché le nul. Le capitaine se voulait positif : « Le groupe vit bien. »",
        &[('d', "Le groupe vit bien.", Some("Le capitaine"))],
    )]);
    check(Lang::Fr, &[(
        "« Ça fait trois ans qu'on attend », soupire une habitante. Un autre résident renchérit : « Personne ne nous écoute. »",
        &[('d', "Ça fait trois ans qu'on attend", Some("une habitante")), ('d', "Personne ne nous écoute.", Some("Un autre résident"))],
    )]);
    // (A name in apposition to the clause's subject is the speaker.)
    check(Lang::Fr, &[(
        "L'AS Golbey a arraché le nul. Le capitaine, Paul Ferry, s'en est pris à l'arbitre : « Il n'a rien vu. »",
        &[('d', "Il n'a rien vu.", Some("Paul Ferry"))],
    )]);
}

/// `La propriétaire, Josiane Perrin, 67 ans, est sous le choc. « … »`: the
/// sentence before a quotation names its speaker by the name in apposition
/// to its subject, not by the description.
#[test]
fn a_named_apposition_introduces_the_quotation() {
    check(Lang::Fr, &[(
        "La propriétaire de l'appartement, Josiane Perrin, 67 ans, est encore sous le choc. « J'ai tout perdu, mes photos, mes papiers, tout. »",
        &[('d', "J'ai tout perdu, mes photos, mes papiers, tout.", Some("Josiane Perrin"))],
    )]);
}

/// `raconte avoir été réveillée`, `explique avoir vu`: an infinitive clause
/// after a verb of telling is what is told.
#[test]
fn infinitive_clauses_after_verbs_of_telling() {
    check(Lang::Fr, &[
        ("Elle raconte avoir été réveillée par les cris des voisins.", &[('i', "avoir été réveillée par les cris des voisins", Some("Elle"))]),
        ("Le prévenu explique avoir agi sous la menace.", &[('i', "avoir agi sous la menace", Some("Le prévenu"))]),
        ("Le témoin avoue ne plus se souvenir de rien.", &[('i', "ne plus se souvenir de rien", Some("Le témoin"))]),
        // (Not an article and a noun: `a confirmé la fermeture`.)
        ("La direction a confirmé mardi la fermeture de son usine.", &[]),
    ]);
}

/// `Et d'ajouter que …`: an infinitive of narration opening its sentence
/// speaks for the subject of the sentence before.
#[test]
fn infinitive_of_narration() {
    check(Lang::Fr, &[(
        "Le maire, Paul Ferry, a parlé lundi. Et d'ajouter que le budget serait voté.",
        &[('i', "le budget serait voté", Some("Paul Ferry"))],
    )]);
    check(Lang::Fr, &[(
        "La directrice a parlé longtemps. Et de conclure : « Nous tiendrons bon jusqu'au bout. »",
        &[('d', "Nous tiendrons bon jusqu'au bout.", Some("La directrice"))],
    )]);
}

/// `un député Renaissance sous couvert d'anonymat`: after an indefinite
/// article and a role, a party or place qualifies the role, and a
/// preposition with lower-case words after it ends the speaker.
#[test]
fn a_role_qualified_by_a_name_describes_someone() {
    check(Lang::Fr, &[(
        "« On ne peut pas gouverner contre tout le monde », glisse un député Renaissance sous couvert d'anonymat.",
        &[('d', "On ne peut pas gouverner contre tout le monde", Some("un député Renaissance"))],
    )]);
}
