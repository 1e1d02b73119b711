//! Règles françaises des champs du calendrier et des heures : dates,
//! mois, trimestres et semestres, années, décennies, siècles, heures.

use crate::dates::{Kind::*, Rule};

/// Words after which a bare year is a date (the word stays outside).
macro_rules! year_preps {
    () => {
        r"(?:en|depuis|d'ici a|d'ici|jusqu'en|jusqu'a|avant|apres|vers|des|pour|a partir de|au cours de|l'horizon)"
    };
}

pub static RULES: &[Rule] = &[
    Rule {
        id: "date.range_days",
        kind: Range,
        pattern: r"(?:(?:du|entre le) (?P<a>(?:(?P<weekday1>{weekday}) )?(?P<day1>{day})(?: (?P<month1>{mon})\.?)?) (?:au|et le)|(?P<a2>(?:les )?(?:(?P<weekday12>{weekday}) )?(?P<day12>{day})) et) (?P<b>(?:(?P<weekday>{weekday}) )?(?P<day>{day}) (?P<month>{mon})\.?(?: (?P<year>{year}))?)",
        examples: &["du 3 au 5 mai", "du 28 février au 2 mars 2024", "entre le 3 et le 5 mai", "les 17 et 18 mars", "du vendredi 23 au dimanche 25 mars", "les samedi 16 et dimanche 17 juin"],
    },
    Rule {
        id: "date.range_months",
        kind: Range,
        pattern: r"(?:de|d'|entre) ?(?P<a>(?P<month1>{month})(?: (?P<year1>{year}))?) (?:a|et) (?P<b>(?P<month>{month}) (?P<year>{year}))",
        examples: &["de janvier à mars 2023", "entre mai 2019 et juin 2020"],
    },
    Rule {
        id: "date.range_years",
        kind: Range,
        pattern: r"(?:(?:de|entre|depuis) )?(?P<a>(?P<year1>{year})) ?(?:a|au|et|-|–) ?(?P<b>(?P<year>{year}))",
        examples: &["de 2019 à 2021", "entre 2010 et 2015", "2019-2021"],
    },
    Rule {
        id: "date.quarter",
        kind: Calendar,
        pattern: r"(?:(?:le )?(?P<quarter>{ord}|[1-4](?:er|e|eme)) trimestre(?: (?:de |d')?(?P<year>{year})|(?P<yrel> de l'(?:annee|an)(?: (?P<yshift>{shift}))?))?|(?P<quarter2>t[1-4]) (?P<year2>{year}))",
        examples: &["le troisième trimestre", "le 4e trimestre 2018", "le quatrième trimestre de 2018", "T3 2019", "le premier trimestre de l'année prochaine"],
    },
    Rule {
        id: "date.half",
        kind: Calendar,
        pattern: r"(?:le )?(?P<half>{ord}|[12](?:er|e|eme)) semestre(?: (?:de |d')?(?P<year>{year})|(?P<yrel> de l'(?:annee|an)(?: (?P<yshift>{shift}))?))?",
        examples: &["le premier semestre 2024", "le 1er semestre 2024", "le second semestre", "le deuxième semestre de l'année dernière"],
    },
    Rule {
        id: "time.weekday_day_month_part",
        kind: Calendar,
        pattern: r"(?:le )?(?P<weekday>{weekday}) (?P<day>{day}) (?P<month>{month}) (?:au |dans la |en )?(?P<part>{part})",
        examples: &["le mardi 3 mai au soir", "lundi 2 janvier matin"],
    },
    Rule {
        id: "time.day_month_part",
        kind: Calendar,
        pattern: r"(?:le |l')?(?:(?P<day>{day})|(?P<dayw>{ord})) (?P<month>{mon})\.? (?:au |dans la |en )?(?P<part>{part})",
        examples: &["le 13 mars au soir", "le 2 janvier dans la matinée", "13 mars matin"],
    },
    Rule {
        id: "date.day_month",
        kind: Calendar,
        pattern: r"(?:le |l')?(?:(?P<weekday>{wd})\.?,? )?(?:(?P<day>{day})|(?P<dayw>{ord}))(?: |-)(?P<month>{mon})(?:\.? (?:(?P<year>{year})|(?P<yy>[0-9]{2})|(?P<shift>dernier|prochain)))?",
        examples: &["le 26 octobre 2023", "jeudi 4 janvier 2024", "1er févr. 2022", "le premier mai 2021", "14 avril 15", "le 4 janvier", "jeudi 4 janvier", "30 décembre", "le 1er mai", "le premier mai", "3 sept.", "le 12 mars dernier", "le 14-Juillet"],
    },
    Rule {
        id: "date.weekday_day",
        kind: Calendar,
        pattern: r"(?:le )?(?P<weekday>{weekday}) (?P<day>{day})(?P<lone>)",
        examples: &["mardi 19", "le vendredi 13"],
    },
    Rule {
        id: "date.nth_weekday_of_month",
        kind: Calendar,
        pattern: r"(?:le )?(?P<nthw>{ord}|[1-5](?:er|e|eme)|dernier) (?P<weekday>{weekday}) (?:de |d')(?P<month>{month})(?: (?P<year>{year}))?",
        examples: &["le premier mardi d'octobre", "le dernier lundi de mars", "le troisième mardi de septembre 2014", "le 2e dimanche de mai"],
    },
    Rule {
        id: "date.month_year_shifted",
        kind: Calendar,
        pattern: r"{pre}(?:le mois d'|le mois de )?(?P<month>{month}) (?P<yrel>de l'(?:annee|an) (?P<yshift>{shift}))",
        examples: &["mars de l'année prochaine", "mars de l'an dernier", "fin mars de l'année dernière"],
    },
    Rule {
        id: "date.month_year",
        kind: Calendar,
        pattern: r"{pre}(?:le mois d'|le mois de )?(?P<month>{mon})\.? (?P<year>{year})",
        examples: &["octobre 2023", "fin octobre 2023", "mi-mars 2022", "janv. 2024", "le mois de mai 2020"],
    },
    Rule {
        id: "date.season_year",
        kind: Calendar,
        pattern: r"{pre}(?:l'|le |la )?(?P<season>{season}) (?:de |d')?(?P<year>{year})",
        examples: &["l'été 2022", "printemps 2023", "fin de l'hiver 2021"],
    },
    Rule {
        id: "date.mod_year",
        kind: Calendar,
        pattern: r"(?:{mod}) ?(?P<year>{year})",
        examples: &["fin 2022", "début 2023", "mi-2021", "courant 2024"],
    },
    Rule {
        id: "date.year_noun",
        kind: Relative,
        pattern: r"{pre}(?:(?P<shift>{shift}) |l')?(?:annee|an) (?P<year>{year})",
        examples: &["l'année 2022", "cette année 2022", "plus tôt cette année 2022", "l'an 2000"],
    },
    Rule {
        id: "date.year_after_preposition",
        kind: Calendar,
        pattern: concat!(year_preps!(), r" (?P<x>(?P<year>{year})(?:[-/](?P<mm>0[1-9]|1[0-2]))?)"),
        examples: &["en 2006", "depuis 2006", "d'ici 2030", "jusqu'en 2025", "avant 2020", "en 2014-10"],
    },
    Rule {
        // The year a noun of a yearly thing takes after it: `le budget
        // 2002`, `l'édition 2001`, `les municipales 2001`.
        id: "date.year_after_noun",
        kind: Calendar,
        pattern: r"(?:budget|exercice|saison|millesime|edition|promotion|rentree|recensement|bilan|calendrier|programme|campagne|cru|legislatives|municipales|presidentielle|regionales|cantonales|europeennes|senatoriales|elections|election|mondial|championnat|salon|festival|foire|tournee|cuvee|vendanges|moisson) (?P<x>(?P<year>{year}))\b",
        examples: &["budget 2002", "édition 2001", "municipales 2001", "saison 2002"],
    },
    Rule {
        id: "date.year_before_punctuation",
        kind: Calendar,
        pattern: r"de (?P<x>(?P<year>{year}))(?P<phrase_end>)",
        examples: &["de 1999"],
    },
    Rule {
        id: "date.decade",
        kind: DecadeName,
        pattern: r"(?:des (?P<x>annees (?P<decade>(?:1[5-9]|20)[0-9]0|[0-9]0))|(?:les )?annees (?P<decade2>(?:1[5-9]|20)[0-9]0|[0-9]0))",
        examples: &["les années 1990", "années 2000", "les années 80", "des années 1990"],
    },
    Rule {
        id: "date.century",
        kind: CenturyName,
        pattern: r"(?:le )?(?P<century>[xvi]+(?:e|eme|er)|[0-9]{1,2}(?:e|eme)|{ord}) siecle",
        examples: &["le XXe siècle", "XXIe siècle", "le 19e siècle"],
    },
    Rule {
        id: "time.hour_minute",
        kind: Calendar,
        pattern: r"(?P<hour>[01]?[0-9]|2[0-3])(?: ?h ?(?P<minute>[0-5][0-9])|h)",
        examples: &["19h33", "19 h 33", "8h05", "15h"],
    },
    Rule {
        id: "time.hour_after_preposition",
        kind: Calendar,
        pattern: r"(?:a|vers|des|jusqu'a|avant|apres|entre|de|et) (?P<x>(?P<hour>[01]?[0-9]|2[0-3])(?: ?(?:h|heures?)(?: ?(?P<minute>[0-5][0-9]))?|:(?P<minute2>[0-5][0-9]))(?: (?:du |de l')(?P<part>{part}))?)",
        examples: &["à 20 heures", "vers 8 heures du matin", "à 20h", "dès 6 heures 30", "à 3 heures de l'après-midi", "à 15:00"],
    },
    Rule {
        id: "time.clock_word",
        kind: Calendar,
        pattern: r"(?:a|vers|avant|apres|jusqu'a|des|de) (?P<x>(?P<hword>{clock}))",
        examples: &["à midi", "vers minuit"],
    },
    Rule {
        id: "time.relative_day_part",
        kind: Relative,
        pattern: r"(?P<rel>{rel}) (?:(?:dans la |en |au )(?:fin de |fin d'|debut de |debut d')?)?(?P<part>{part})",
        examples: &["hier soir", "demain matin", "hier dans la soirée", "hier en fin d'après-midi"],
    },
    Rule {
        id: "time.weekday_part",
        kind: Calendar,
        pattern: r"(?:(?P<shift>ce) )?(?:le )?(?P<weekday>{weekday}) (?:au |dans la |en )?(?P<part>{part})",
        examples: &["mardi soir", "ce lundi matin", "jeudi dans la soirée"],
    },
    Rule {
        id: "time.part_of_weekday",
        kind: Calendar,
        pattern: r"(?:la |le |l')(?P<part>{part}) (?:de |du )(?P<weekday>{weekday})(?: (?:a|au) {weekday})?",
        examples: &["la nuit de samedi à dimanche", "la matinée de mardi", "la nuit de samedi"],
    },
    Rule {
        id: "time.this_part",
        kind: Relative,
        pattern: r"(?P<shift>ce|cet|cette) (?P<part>{part})(?:-ci|-la)?",
        examples: &["ce soir", "cet après-midi", "cette nuit", "ce matin"],
    },
    Rule {
        id: "time.part_shifted",
        kind: Relative,
        pattern: r"(?:la |le |l')(?P<part>{part}) (?P<shift>derniere|dernier|passee)",
        examples: &["la nuit dernière", "la soirée passée"],
    },
];
