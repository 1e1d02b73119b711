//! Règles françaises des dates comptées depuis la date de référence ou
//! depuis la dernière date du texte, des durées et des répétitions.

use crate::dates::{Kind::*, Rule};

pub static RULES: &[Rule] = &[
    Rule {
        id: "date.day_of_unit",
        kind: Relative,
        pattern: r"(?:(?:le )?(?P<day>{day}) (?:du|de ce) (?P<unit>mois)(?: (?P<shift>prochain|dernier|passe|suivant|en cours))?|(?:le )?(?P<weekday>{weekday}) de (?:la (?P<unit2>semaine) (?P<shift2>prochaine|derniere|passee|en cours)|(?P<shift3>cette) (?P<unit3>semaine)))",
        examples: &["le 20 du mois prochain", "le 15 du mois dernier", "le 15 de ce mois", "lundi de la semaine prochaine", "mercredi de cette semaine"],
    },
    Rule {
        id: "date.weekday_shifted",
        kind: Relative,
        pattern: r"(?:le )?(?P<weekday>{weekday}) (?P<shift>dernier|prochain|passe|en huit|en quinze)",
        examples: &["lundi dernier", "mardi prochain", "le vendredi passé", "vendredi en huit"],
    },
    Rule {
        id: "date.this_weekday",
        kind: Relative,
        pattern: r"(?P<shift>ce) (?P<weekday>{weekday})",
        examples: &["ce lundi", "ce vendredi"],
    },
    Rule {
        id: "date.month_shifted",
        kind: Relative,
        pattern: r"{pre}(?P<month>{month}) (?P<shift>dernier|prochain)",
        examples: &["mars dernier", "septembre prochain", "fin juin dernier"],
    },
    Rule {
        id: "date.season_shifted",
        kind: Relative,
        pattern: r"(?:(?:l'|le |la )(?P<season>{season}) (?P<shift>dernier|prochain|passe)|(?P<shift2>cet|ce) (?P<season2>{season}))",
        examples: &["l'été dernier", "l'hiver prochain", "cet été", "ce printemps"],
    },
    Rule {
        id: "date.mod_of_unit",
        kind: Relative,
        pattern: r"(?:le |la )?(?:debut|fin|milieu) (?:de l'|de la |du |d'|de )(?P<unit>{unit})(?: (?P<shift>derniere|dernier|prochaine|prochain|passee|passe|en cours)| (?:de |d')(?P<month>{month}))?",
        examples: &["début de l'année", "la fin du mois dernier", "fin d'année", "le début de la semaine prochaine", "la fin du mois d'avril"],
    },
    Rule {
        id: "date.unit_shifted",
        kind: Relative,
        pattern: r"{pre}(?:la |le |l')?(?P<unit>{unit}) (?P<shift>derniere|dernier|prochaine|prochain|passee|passe|en cours|a venir)",
        examples: &["la semaine dernière", "le mois dernier", "l'année dernière", "l'an prochain", "le week-end dernier", "la semaine à venir"],
    },
    Rule {
        id: "date.next_unit",
        kind: Relative,
        pattern: r"(?:le |la )(?P<shift>prochaine?) (?P<unit>semaine|mois|annee|trimestre|semestre|decennie)",
        examples: &["le prochain trimestre", "la prochaine décennie"],
    },
    Rule {
        id: "date.anaphoric_day",
        kind: Anaphoric,
        pattern: r"(?P<arel>{arel})(?: (?:de |d')(?P<holiday>{holiday})| (?:du |de )(?P<day>{day}) (?P<month>{mon})| (?:au |dans la |en )?(?P<part>{part}))?",
        examples: &["la veille", "le lendemain", "l'avant-veille", "le surlendemain", "la veille de Noël", "le lendemain du 3 mars", "la veille au soir", "le lendemain matin"],
    },
    Rule {
        id: "date.anaphoric_unit",
        kind: Anaphoric,
        pattern: r"(?:(?:la |le |l')(?:(?P<unit>{unit})|(?P<part>{part})) (?P<ashift>suivante?|precedente?|d'apres|d'avant|meme)|(?:le |la |l')?(?P<ashift2>meme) (?P<unit2>{unit})|(?:ce|cet|cette) (?P<unit3>{unit})-la)",
        examples: &["la semaine suivante", "le mois précédent", "l'année suivante", "le même jour", "le jour même", "ce jour-là", "cette année-là", "le soir même", "la nuit suivante"],
    },
    Rule {
        id: "time.part_alone",
        kind: Anaphoric,
        pattern: r"(?:en|dans|au cours de) (?P<x>(?:(?:fin|debut|milieu) (?:de |d'))?(?:la |l'|le )?(?P<part>{part})(?: (?:de |du )(?P<weekday>{weekday})(?: (?:a|au) {weekday})?)?)",
        examples: &["en fin d'après-midi", "dans l'après-midi", "en début de soirée", "dans la nuit", "dans la nuit de samedi à dimanche"],
    },
    Rule {
        id: "date.this_unit",
        kind: Relative,
        pattern: r"{pre}(?P<shift>ce|cet|cette) (?P<unit>{unit})(?:-ci)?",
        examples: &["ce mois-ci", "cette semaine", "cette année", "plus tôt ce mois-ci", "ce week-end"],
    },
    Rule {
        id: "date.ref_bound",
        kind: Ref,
        pattern: r"(?:(?:a|dans) (?P<x>(?P<ref>l'avenir|le futur))|(?:pour|en) (?P<x2>(?P<ref2>le moment|ce moment|l'instant))|(?:de) (?P<x3>(?P<ref3>nos jours))|(?:a) (?P<x4>(?P<ref4>l'heure actuelle|present|l'epoque))|(?:dans|par) (?P<x5>(?P<ref5>le passe)))",
        examples: &["à l'avenir", "pour le moment", "en ce moment", "de nos jours", "à présent", "par le passé", "à l'époque"],
    },
    Rule {
        id: "date.today_present",
        kind: Ref,
        pattern: r"(?:d'|(?:encore|est|sont|reste|restent|demeure|,) )(?P<x>(?P<ref>aujourd'hui))",
        examples: &["d'aujourd'hui", "est aujourd'hui", "encore aujourd'hui"],
    },
    Rule {
        id: "date.ref",
        kind: Ref,
        pattern: r"(?P<ref>{ref})",
        examples: &["récemment", "maintenant", "désormais", "il y a quelque temps", "ces dernières années"],
    },
    Rule {
        id: "date.relative_day",
        kind: Relative,
        pattern: r"(?P<rel>{rel})",
        examples: &["hier", "demain", "avant-hier", "aujourd'hui"],
    },
    Rule {
        id: "count.units",
        kind: Count,
        pattern: r"(?:(?P<ago>il y a |voici |voila )(?:(?:plus de|pres de|environ|moins de|presque) )?|(?P<prep>dans )|(?P<every>{every}) |(?:les|ces) )?(?:(?P<n>{num}) (?:(?P<times>fois par) |(?:derniers|dernieres|prochains|prochaines) )?|(?P<vague>{vague})(?: |\b))(?P<unit>{unit})(?: (?P<ashift>plus tard|plus tot|auparavant|apres))?",
        examples: &["il y a trois jours", "il y a un an", "il y a quelques mois", "il y a plus de 20 ans", "voici deux ans", "trois jours plus tard", "un an plus tôt", "deux semaines auparavant", "dans trois jours", "dans un an", "trois mois", "24 heures", "22 ans", "plusieurs semaines", "vingt-cinq ans", "des années", "une dizaine d'années", "les trois derniers mois", "les deux prochaines années", "deux fois par an", "une fois par semaine", "tous les deux ans"],
    },
    Rule {
        id: "set.every_unit",
        kind: Set,
        pattern: r"(?:{every}) (?P<unit>{unit})",
        examples: &["chaque année", "tous les ans", "toutes les semaines", "chaque jour"],
    },
    Rule {
        id: "set.every_weekday",
        kind: Set,
        pattern: r"(?:{every}) (?P<weekday>{weekday})s?",
        examples: &["tous les lundis", "chaque vendredi"],
    },
    Rule {
        id: "set.adverb",
        kind: Set,
        pattern: r"(?P<setw>{setw})",
        examples: &["quotidiennement", "annuellement"],
    },
];
