//! en data for the entities stage.

use crate::entities::EntityLexicon;
use crate::types::EntityType::{LOC, MISC, ORG};

pub const ENTITIES: EntityLexicon = EntityLexicon {
    particles: &["de", "du", "da", "di", "del", "van", "von", "der", "den", "ter", "bin", "ben", "ibn", "al", "el", "le", "la", "of"],
    person_titles: &[
        "Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Adm",
        "Rev", "Sir", "Dame", "Lord", "Lady", "President", "Vice President", "Prime Minister", "Minister", "Secretary",
        "Chancellor", "Senator", "Representative", "Congressman", "Congresswoman", "Governor", "Mayor", "Judge",
        "Justice", "General", "Admiral", "Colonel", "Captain", "Lieutenant", "Sergeant", "Commander", "Ambassador",
        "King", "Queen", "Prince", "Princess", "Pope", "Cardinal", "Bishop", "spokesman", "spokeswoman", "spokesperson",
        "leader", "chief", "director", "CEO", "chairman", "chairwoman", "founder", "analyst", "expert", "professor",
        "researcher", "journalist", "reporter", "editor", "lawyer", "attorney", "coach", "counterpart", "dictator",
        "president", "minister", "secretary", "senator", "governor", "mayor", "general", "ambassador", "commander",
        "Brig", "Brigadier", "Sheikh", "Emir", "Ayatollah",
    ],
    org_heads: &[
        "Ministry", "Department", "University", "Institute", "Bank", "Council", "Agency", "Commission", "Court",
        "Organization", "Organisation", "Federation", "Union", "Foundation", "Committee", "Office", "Bureau", "Party",
        "Academy", "Army", "Church", "League", "Fund", "Board", "Senate", "House", "Chamber", "Association", "Society",
    ],
    place_heads: &["Republic", "Kingdom", "Emirates", "Principality", "Gulf", "Sea", "Lake", "Mount", "Strait", "Isle", "Island", "Islands", "Province", "Bay", "Cape"],
    place_suffixes: &[
        "Sea", "Ocean", "River", "Lake", "Gulf", "Bay", "Strait", "Island", "Islands", "Mountains", "Mountain", "Valley",
        "Peninsula", "Desert", "Province", "Region", "County", "Oblast", "Street", "Avenue", "Square", "Park", "Canal",
    ],
    org_suffixes: &[
        "Times", "Press", "Post", "Journal", "News", "Herald", "Tribune", "Gazette", "Telegraph", "Agency", "Service",
        "Inc", "Corp", "Corporation", "Ltd", "LLC", "Co", "Group", "Holdings", "Airlines", "Airways", "Bank", "Institute",
        "University", "College", "Council", "Committee", "Party", "Foundation", "Network", "Media", "TV", "Radio",
        "Insider", "Reuters", "Ministry", "Department", "Association", "Army", "Navy", "Force", "Forces", "Guard",
        "Command", "Commission", "Club", "FC", "Company", "Technologies", "Systems", "Motors", "Energy", "Pharma",
    ],
    adjectives_follow: false,
    org_links: &["of", "for", "the", "on", "and", "de"],
    place_modifiers: &[],
    place_cues: &["in", "at", "near", "from", "to", "across"],
    person_cues: &[
        "said", "says", "told", "added", "wrote", "explained", "stated", "noted", "argued", "warned", "announced",
        "insisted", "claimed", "tweeted", "has said", "had said", "who", "himself", "herself",
    ],
    not_names: &[
        // Articles, determiners, pronouns, conjunctions, prepositions, auxiliaries.
        "the", "a", "an", "this", "that", "these", "those", "my", "your", "his", "her", "its", "our", "their", "i",
        "you", "he", "she", "it", "we", "they", "me", "him", "us", "them", "who", "whom", "whose", "which", "what",
        "when", "where", "why", "how", "and", "or", "but", "so", "yet", "nor", "if", "then", "than", "as", "at", "by",
        "for", "from", "in", "into", "of", "on", "onto", "to", "with", "without", "within", "about", "after", "before",
        "during", "since", "until", "while", "despite", "against", "among", "between", "under", "over", "through",
        "is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did", "will", "would", "can",
        "could", "should", "may", "might", "must", "not", "no", "yes", "all", "some", "many", "most", "more", "much",
        "several", "each", "every", "any", "both", "other", "another", "such", "there", "here", "however", "meanwhile",
        "also", "still", "now", "today", "yesterday", "tomorrow", "only", "even", "just", "according", "although",
        "though", "because", "after", "instead", "indeed", "perhaps", "last", "next", "one", "two", "three", "first",
        "said", "says", "told", "officials", "many", "few", "let", "like", "well", "why", "mr.",
        // Months and weekdays.
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        // Site boilerplate.
        "read", "more", "leave", "reply", "related", "articles", "article", "share", "comments", "comment", "subscribe",
        "sign", "login", "log", "cookies", "cookie", "privacy", "policy", "advertisement", "home", "menu", "newsletter",
        "click", "here", "photo", "video", "watch", "follow", "continue", "reading", "updated", "published", "source",
        "credit", "news", "world", "opinion", "breaking", "live", "latest", "top", "stories", "story",
        // Directions used as adjectives.
        "western", "eastern", "northern", "southern",
    ],
    demonym_endings: &["an", "ans", "ian", "ians", "ese", "ish", "i", "is", "ic", "ics", "er", "ers"],
    known: &[
        ("United Nations", ORG), ("UN", ORG), ("U.N.", ORG), ("NATO", ORG), ("EU", ORG), ("European Union", ORG),
        ("African Union", ORG), ("Arab League", ORG), ("WHO", ORG), ("IMF", ORG), ("World Bank", ORG), ("Red Cross", ORG),
        ("White House", ORG), ("Kremlin", ORG), ("Pentagon", ORG), ("Congress", ORG), ("Senate", ORG), ("Knesset", ORG),
        ("Downing Street", ORG), ("Elysee", ORG), ("Capitol Hill", ORG), ("State Department", ORG), ("Parliament", ORG),
        ("Agence France-Presse", ORG), ("AFP", ORG), ("Reuters", ORG), ("Associated Press", ORG), ("AP", ORG),
        ("BBC", ORG), ("CNN", ORG), ("Fox News", ORG), ("NBC", ORG), ("CBS", ORG), ("ABC News", ORG), ("NPR", ORG),
        ("Al Jazeera", ORG), ("Bloomberg", ORG), ("New York Times", ORG), ("Washington Post", ORG),
        ("Wall Street Journal", ORG), ("Financial Times", ORG), ("The Guardian", ORG), ("The Economist", ORG),
        ("TASS", ORG), ("RIA Novosti", ORG), ("Interfax", ORG), ("Yonhap", ORG), ("Xinhua", ORG), ("KCNA", ORG),
        ("FBI", ORG), ("CIA", ORG), ("NSA", ORG), ("Gazprom", ORG), ("Hamas", ORG), ("Hezbollah", ORG),
        ("Taliban", ORG), ("Islamic State", ORG), ("Supreme Court", ORG),
        ("U.S.", LOC), ("US", LOC), ("USA", LOC), ("U.K.", LOC), ("UK", LOC), ("Britain", LOC), ("West", LOC),
        ("Middle East", LOC), ("Far East", LOC), ("Gaza", LOC), ("Gaza Strip", LOC), ("West Bank", LOC), ("Crimea", LOC),
        ("Donbas", LOC), ("Donbass", LOC), ("Balkans", LOC), ("Caucasus", LOC), ("Sahel", LOC), ("Siberia", LOC),
        ("Kurdistan", LOC), ("Mediterranean", LOC), ("Pacific", LOC), ("Atlantic", LOC), ("Arctic", LOC), ("Gulf", LOC),
        ("Eastern Europe", LOC), ("Chechnya", LOC),
        ("Twitter", MISC), ("Facebook", MISC), ("Instagram", MISC), ("TikTok", MISC), ("YouTube", MISC), ("Telegram", MISC),
        ("WhatsApp", MISC), ("Covid-19", MISC),
    ],
};
