//! fr data for the entities stage.

use crate::entities::EntityLexicon;
use crate::types::EntityType::{LOC, MISC, ORG};

pub const ENTITIES: EntityLexicon = EntityLexicon {
    particles: &["de", "du", "des", "de la", "la", "le", "d'", "l'", "van", "von", "der", "den", "ter", "bin", "ben", "ibn", "al", "el", "da", "di", "dos", "del"],
    person_titles: &[
        "M", "MM", "Mme", "Mmes", "Mlle", "Dr", "Pr", "Me", "Mgr", "président", "présidente", "premier ministre",
        "ministre", "porte-parole", "secrétaire", "général", "générale", "amiral", "colonel", "capitaine", "lieutenant",
        "sergent", "commandant", "maréchal", "sénateur", "sénatrice", "député", "députée", "maire", "juge", "chancelier",
        "chancelière", "ambassadeur", "ambassadrice", "roi", "reine", "prince", "princesse", "pape", "cardinal", "abbé",
        "docteur", "professeur", "monsieur", "madame", "directeur", "directrice", "dirigeant", "chef", "patron", "patronne",
        "brigadier", "gouverneur", "émir", "cheikh", "ayatollah", "président-directeur", "PDG", "journaliste", "analyste",
        "expert", "experte", "chercheur", "chercheuse", "rédacteur", "avocat", "avocate", "leader", "opposant", "opposante",
        "homologue", "dictateur", "vice-président", "vice-présidente", "sous-secrétaire", "procureur", "procureure", "entraîneur",
        "administration", "gouvernement", "régime", "camp", "clan",
    ],
    org_heads: &[
        "ministère", "Ministère", "Conseil", "Agence", "Institut", "Université", "Banque", "Commission", "Cour", "Parlement",
        "Assemblée", "Organisation", "Fédération", "Union", "Fondation", "Comité", "Office", "Direction", "Bureau",
        "Tribunal", "Haut-Commissariat", "Centre", "Académie", "Parti", "Front", "Mouvement", "Service", "Armée", "Forces",
        "Sénat", "Chambre", "Association", "Ligue", "Fonds", "Programme", "Corps", "Garde", "Société", "Compagnie", "Groupe",
    ],
    place_heads: &[
        "République", "Royaume", "Émirats", "Principauté", "Mer", "Golfe", "Océan", "Lac", "Mont", "Monts", "Détroit",
        "Île", "Îles", "Province", "Région", "Oblast", "Canal", "Baie", "Vallée", "Plateau", "Désert",
    ],
    place_suffixes: &["Oblast", "Kraï"],
    org_suffixes: &[
        "Times", "Press", "Post", "Journal", "News", "Herald", "Tribune", "Gazette", "Telegraph", "Agency", "Service",
        "Inc", "Corp", "Ltd", "SA", "SAS", "Group", "Holding", "Airlines", "Bank", "Institute", "University", "Insider",
        "Council", "Committee", "Party", "Foundation", "Network", "Media", "TV", "Radio", "Presse", "Matin", "Soir",
        "Monde", "Express", "Observateur", "Libération", "Figaro",
    ],
    adjectives_follow: true,
    org_links: &["de", "du", "des", "la", "le", "les", "l'", "d'", "pour", "et", "sur", "en", "aux", "au"],
    place_modifiers: &["oriental", "orientale", "occidental", "occidentale", "septentrional", "septentrionale", "méridional", "méridionale", "centrale"],
    place_cues: &["à", "en", "vers", "depuis", "dans", "près"],
    person_cues: &[
        "a déclaré", "a dit", "a affirmé", "a ajouté", "a expliqué", "a indiqué", "a souligné", "a estimé", "a précisé",
        "a annoncé", "a assuré", "a averti", "a écrit", "a répondu", "a confié", "a raconté", "déclare", "affirme",
        "estime", "explique", "souligne", "ajoute", "avait déclaré", "a-t-il", "lui-même", "elle-même",
    ],
    not_names: &[
        // Articles, determiners, pronouns, conjunctions, prepositions.
        "le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "au", "aux", "ce", "cet", "cette", "ces", "mon",
        "ma", "mes", "ton", "ta", "son", "sa", "ses", "notre", "nos", "votre", "vos", "leur", "leurs", "je", "tu", "il",
        "elle", "on", "nous", "vous", "ils", "elles", "lui", "eux", "se", "qui", "que", "quoi", "dont", "où", "quand",
        "comment", "pourquoi", "et", "ou", "mais", "donc", "or", "ni", "car", "si", "à", "a", "en", "dans", "sur", "sous",
        "par", "pour", "avec", "sans", "chez", "vers", "entre", "contre", "depuis", "pendant", "avant", "après", "selon",
        "malgré", "lors", "dès", "tout", "tous", "toute", "toutes", "chaque", "plusieurs", "certains", "certaines",
        "aucun", "aucune", "autre", "autres", "même", "cela", "ceci", "ça", "celui", "celle", "ceux", "celles", "quel",
        "quelle", "quels", "quelles", "y", "ne", "pas", "plus", "moins", "très", "aussi", "ainsi", "alors", "encore",
        "déjà", "enfin", "puis", "ensuite", "cependant", "pourtant", "toutefois", "néanmoins", "désormais", "lorsque",
        "bien", "non", "oui", "est", "sont", "était", "sera", "ont", "avait", "c'est", "il y a", "voici", "voilà",
        "face", "outre", "parmi", "jusqu'", "qu'", "lorsqu'", "puisqu'", "aujourd'hui", "hier", "demain", "ici", "là",
        "certes", "seul", "seule", "pourquoi", "combien", "mieux", "peu", "beaucoup", "trop", "près", "loin", "d'abord",
        // Months and weekdays.
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
        "décembre", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        // Site boilerplate.
        "lire", "aussi", "voir", "regarder", "vidéo", "photo", "partager", "commentaires", "commentaire", "accueil",
        "abonnez-vous", "publicité", "cookies", "newsletter", "menu", "connexion", "suivez-nous", "article", "articles",
        "publié", "mis", "jour", "source", "crédit", "crédits", "faites", "défiler", "home", "read", "more", "reply",
        "leave", "related", "share", "comments", "monde", "international", "actualités", "politique", "économie", "sport",
        "culture", "société", "états", "membres", "envoyer", "votre", "nom", "email", "site", "web",
    ],
    demonym_endings: &[
        "ien", "iens", "ienne", "iennes", "ais", "aise", "aises", "ois", "oise", "oises", "ain", "ains", "aine", "aines",
        "an", "ans", "ane", "anes", "en", "ens", "enne", "ennes", "e", "es", "ique", "iques", "ote", "otes", "on", "ons", "al", "aux", "ale", "ales",
    ],
    known: &[
        ("Nations unies", ORG), ("Organisation des Nations unies", ORG), ("ONU", ORG), ("OTAN", ORG), ("UE", ORG),
        ("Union européenne", ORG), ("Union africaine", ORG), ("Ligue arabe", ORG), ("OMS", ORG), ("FMI", ORG),
        ("Banque mondiale", ORG), ("Croix-Rouge", ORG), ("Maison Blanche", ORG), ("Maison-Blanche", ORG),
        ("Kremlin", ORG), ("Pentagone", ORG), ("Élysée", ORG), ("Matignon", ORG), ("Quai d'Orsay", ORG),
        ("Bercy", ORG), ("Congrès", ORG), ("Sénat", ORG), ("Assemblée nationale", ORG), ("Knesset", ORG),
        ("Agence France-Presse", ORG), ("AFP", ORG), ("Reuters", ORG), ("Associated Press", ORG), ("AP", ORG),
        ("Le Monde", ORG), ("Le Figaro", ORG), ("Libération", ORG), ("Les Échos", ORG), ("Le Parisien", ORG),
        ("France Info", ORG), ("franceinfo", ORG), ("France 24", ORG), ("RFI", ORG), ("BFMTV", ORG), ("TF1", ORG),
        ("Radio-Canada", ORG), ("BBC", ORG), ("CNN", ORG), ("Al Jazeera", ORG), ("Bloomberg", ORG), ("New York Times", ORG),
        ("Washington Post", ORG), ("Wall Street Journal", ORG), ("Financial Times", ORG), ("The Guardian", ORG),
        ("TASS", ORG), ("RIA Novosti", ORG), ("Interfax", ORG), ("Ukrinform", ORG), ("Yonhap", ORG), ("Xinhua", ORG),
        ("KCNA", ORG), ("Gazprom", ORG), ("Hamas", ORG), ("Hezbollah", ORG), ("Talibans", ORG), ("État islamique", ORG),
        ("Occident", LOC), ("Proche-Orient", LOC), ("Moyen-Orient", LOC), ("Extrême-Orient", LOC), ("Maghreb", LOC),
        ("Sahel", LOC), ("Balkans", LOC), ("Caucase", LOC), ("Crimée", LOC), ("Donbass", LOC), ("Cisjordanie", LOC),
        ("Gaza", LOC), ("bande de Gaza", LOC), ("Kurdistan", LOC), ("Sibérie", LOC), ("Scandinavie", LOC),
        ("Méditerranée", LOC), ("Pacifique", LOC), ("Atlantique", LOC), ("Arctique", LOC), ("Antarctique", LOC),
        ("Europe de l'Est", LOC), ("Asie centrale", LOC), ("Afrique du Nord", LOC), ("Golfe", LOC), ("Tchétchénie", LOC),
        ("Twitter", MISC), ("Facebook", MISC), ("Instagram", MISC), ("TikTok", MISC), ("YouTube", MISC), ("Telegram", MISC),
        ("WhatsApp", MISC), ("Covid-19", MISC),
    ],
};
