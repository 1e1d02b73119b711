//! Règles françaises des mots seuls, essayées en dernier : fêtes,
//! saisons, jours de la semaine, mois.

use crate::dates::{Kind::*, Rule};

pub static RULES: &[Rule] = &[
    Rule {
        id: "date.holiday",
        kind: Calendar,
        pattern: r"(?:a|pour|avant|apres|depuis|jusqu'a|d'ici|veille de|lendemain de) (?P<x>(?P<holiday>{holiday})(?: (?P<year>{year})| (?P<shift>dernier|derniere|prochain|prochaine))?)",
        examples: &["à Noël", "avant la Toussaint", "depuis le Nouvel An", "à Noël prochain"],
    },
    Rule {
        id: "date.season",
        kind: Calendar,
        pattern: r"(?:(?:en|au) (?P<x>(?P<season>{season}))|(?:l'|le |la )(?P<season2>{season}))",
        examples: &["en été", "au printemps", "l'hiver"],
    },
    Rule {
        id: "date.weekday",
        kind: Calendar,
        pattern: r"(?P<weekday>{weekday})",
        examples: &["lundi", "Jeudi"],
    },
    Rule {
        id: "date.month",
        kind: Calendar,
        pattern: r"{pre}(?:(?:le )?mois d'|(?:le )?mois de )?(?P<month>{month})",
        examples: &["août", "mai", "début janvier", "mi-juillet", "le mois de mai", "mois d'août"],
    },
];
