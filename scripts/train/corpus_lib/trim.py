"""Bringing a corpus's entity spans to the project's guidelines (section 1).

The span is the name alone: a lower-case article (`la [Corée du Nord]`,
`the [Kremlin]`), a person's title or role (`M. [Kirby]`, `le général
[Campenon]`, `Professor [Cres Eastman]`) and surrounding punctuation stay
outside. Historical corpora (Europeana, HIPE) also mark appositions and
addresses inside the span (`M. Jules Ferry, président du conseil`,
`16, rue Cadet`); for them the span is cut at commas and the part that holds
the name is kept. Demonyms and nationality adjectives are not entities
(`Japanese`, `Americans`), even where a corpus marks them MISC.
"""
import re

ARTICLES = {"fr": {"le", "la", "les", "l'", "l’"}, "en": {"the"}}
POSSESSIVES = {"fr": {"son", "sa", "leurs", "leur", "votre", "vos"}, "en": {"his", "her", "their", "your"}}

# Titles and roles before a person's name, compared without a final dot;
# abbreviations case-sensitively, words in lower case.
TITLE_ABBREVIATIONS = {
    "fr": {"M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Me", "Mes", "Mgr", "Dr", "Pr", "Exc", "EXC", "EX", "Ste"},
    "en": {"Mr", "Mrs", "Ms", "Messrs", "Dr", "Prof", "Rev", "Gen", "Col", "Capt", "Lt", "Sgt", "Sen", "Rep",
           "Gov", "Pres", "Hon", "Fr", "Sr", "Maj", "Adm", "Cmdr", "Insp", "Det", "Supt", "Cllr", "St"},
}
# Forms of address and nobility titles: the particle after them belongs to the
# name (`M. de Lasteyrie`, `baron de Breteuil`); after a role it does not
# (`préfet de la Seine`, `Président de la République` are no names).
ADDRESS_WORDS = {"excellence", "éminence", "majesté", "altesse", "sainteté", "monsieur", "madame", "mademoiselle", "messieurs", "mesdames", "baron", "baronne", "comte",
                 "comtesse", "vicomte", "vicomtesse", "duc", "duchesse", "marquis", "marquise", "prince",
                 "princesse", "chevalier", "sir", "lord", "lady", "dame", "mister", "madam", "miss"}
TITLE_WORDS = {
    "fr": {"monsieur", "madame", "mademoiselle", "messieurs", "mesdames", "maître", "docteur", "professeur",
           "abbé", "père", "frère", "sœur", "mère", "général", "colonel", "capitaine", "commandant",
           "lieutenant", "maréchal", "amiral", "sergent", "caporal", "président", "présidente", "ministre",
           "sénateur", "député", "maire", "préfet", "juge", "baron", "baronne", "comte", "comtesse",
           "duc", "duchesse", "marquis", "marquise", "prince", "princesse", "roi", "reine", "empereur",
           "impératrice", "vicomte", "vicomtesse", "chevalier", "pape", "cardinal", "évêque", "archevêque", "chanoine", "curé", "pasteur",
           "rabbin", "lord", "lady", "sir", "oncle", "tante", "citoyen", "citoyenne", "feu", "veuve",
           "excellence", "éminence", "majesté", "altesse", "sainteté"},
    "en": {"mister", "madam", "madame", "miss", "sir", "dame", "lord", "lady", "professor", "doctor",
           "president", "vice", "senator", "governor", "congressman", "congresswoman", "representative",
           "mayor", "minister", "prime", "premier", "chancellor", "secretary", "ambassador", "commissioner",
           "judge", "justice", "chief", "king", "queen", "prince", "princess", "emperor", "empress", "pope",
           "saint", "archbishop", "bishop", "cardinal", "reverend", "father", "sister", "brother", "rabbi",
           "imam", "sheikh", "general", "colonel", "captain", "lieutenant", "sergeant", "major", "admiral",
           "commander", "officer", "detective", "inspector", "coach", "uncle", "aunt", "grandma", "grandpa",
           "majesty", "highness", "excellency", "holiness", "eminence",
           "mr", "mrs", "ms", "dr", "prof", "gen", "gov", "sen", "rep", "rev", "st", "lt", "col", "capt"},
}
# Lower-case words that belong to a person's name.
PARTICLES = {"de", "d'", "d’", "du", "des", "van", "von", "der", "den", "ter", "ten", "da", "di", "del",
             "della", "dos", "das", "do", "y", "bin", "ibn", "al", "el", "la", "le", "zu", "af", "mac"}

# Demonyms, nationality and religion adjectives and names of peoples
# (guidelines: not entities); the parts of `Italian-American` are checked one by one.
DEMONYMS = set("""
afghan african albanian algerian american americans amerindian anglo arab arabs argentine argentinian
armenian asian asians australian australians austrian azerbaijani basque bavarian belgian bolivian bosnian
brazilian breton british briton britons bulgarian burmese byzantine cambodian cameroonian canadian
canadians caribbean castilian catalan catholic catholics celtic chilean chinese christian christians
colombian congolese corsican croat croatian croats cuban cypriot czech danish dutch ecuadorian egyptian
english eritrean estonian ethiopian european europeans filipino finnish flemish french gallic georgian
german germans ghanaian greek greeks haitian hawaiian hindu hindus hispanic hungarian icelandic indian
indians indonesian iranian iraqi irish islamic israeli israelis italian italians jamaican japanese jew
jewish jews jordanian kenyan korean koreans kurdish kurds latvian lebanese libyan lithuanian macedonian
malaysian maltese mexican mexicans mongolian moroccan muslim muslims nepalese nigerian nordic norwegian
pakistani palestinian palestinians persian peruvian polish poles portuguese protestant protestants
prussian romanian russian russians saudi scandinavian scottish scots serb serbian serbs siberian slavic
slovak slovenian somali spanish sudanese swedish swiss syrian taiwanese thai tibetan tunisian turkish
turks ukrainian venezuelan vietnamese welsh yemeni zimbabwean buddhist sikh sunni shia shiite
republican republicans democrat democrats roman latin socialist communist
""".split())
DEMONYM_PREFIXES = ("anti-", "pro-", "non-", "pan-")

_ALNUM = re.compile(r"\w")


def _bare(tok):
    return tok[:-1] if tok.endswith(".") and len(tok) > 1 else tok


def is_title(tok, lang):
    bare = _bare(tok)
    return bare in TITLE_ABBREVIATIONS[lang] or bare.lower() in TITLE_WORDS[lang]


def is_demonym(forms):
    """True for a span made only of demonym words (`French`, `Dutch-Australian`, `American Indian`)."""
    for word in forms:
        word = word.lower()
        for p in DEMONYM_PREFIXES:
            if word.startswith(p):
                word = word[len(p):]
        if not all(part in DEMONYMS for part in word.split("-")):
            return False
    return bool(forms)


def _has_alnum(tok):
    return bool(_ALNUM.search(tok))


def _nameish(tok, typ, lang):
    """A token that can carry a name: capitalised (or a number for places) and no title."""
    first = next((c for c in tok if c.isalpha()), "")
    return first.isupper() and not (typ == "PER" and is_title(tok, lang))


def _comma_segment(forms, i, j, typ, lang):
    """The first comma-separated part of [i, j) that holds a capitalised word (else the first part)."""
    start, parts = i, []
    for k in range(i, j + 1):
        if k == j or forms[k] in (",", ";"):
            if start < k:
                parts.append((start, k))
            start = k + 1
    for a, b in parts:
        if any(_nameish(forms[m], typ, lang) for m in range(a, b)):
            return a, b
    return parts[0] if parts else None


# Words of an address that name no place alone (`rue`, `9 bis`).
ADDRESS_PARTS = {"rue", "r", "faubourg", "fg", "boulevard", "bd", "boulev", "avenue", "av", "place", "quai",
                 "impasse", "passage", "square", "allée", "cours", "chemin", "route", "bis", "ter", "de", "du",
                 "des", "la", "le", "les", "l'", "d'"}
OPENERS = {"(": ")", "«": "»", '"': '"', "[": "]", "“": "”"}
TRAILING_PUNCT = {",", ";", ":", "(", "[", "«", "-", "–", "—", "•", "*", "."}


def _strip_punct(forms, i, j, noisy):
    """Drop punctuation around the span; keep a closer whose opener is inside and the dot of `P.T.T.`."""
    while i < j - 1 and forms[i] in OPENERS and forms[j - 1] == OPENERS[forms[i]]:
        i, j = i + 1, j - 1
    while i < j and not _has_alnum(forms[i]):
        i += 1
    while i < j and not _has_alnum(forms[j - 1]):
        last, inside = forms[j - 1], forms[i:j - 1]
        if any(OPENERS[o] == last and o in inside for o in OPENERS):
            break
        if last == "." and j - 2 >= i and len(forms[j - 2]) == 1 and forms[j - 2].isalpha():
            break
        if not noisy and last not in TRAILING_PUNCT:
            break
        j -= 1
    return i, j


def trim(forms, i, j, typ, lang, noisy=False):
    """The token range [i, j) brought to the guidelines, or None when no name is left.

    `noisy` is for corpora whose spans take in appositions and addresses
    (`M. Jules Ferry, président du conseil`, `16, rue Cadet`): the span is cut
    at commas, house numbers go, a place needs a capitalised word and a lone
    title is no name."""
    if noisy and any(f in (",", ";") for f in forms[i:j]):
        seg = _comma_segment(forms, i, j, typ, lang)
        if seg is None:
            return None
        i, j = seg
    last_cut = None  # what was last cut off the front of a person's name: "address" (M., baron) or "role"
    changed = True
    while changed and i < j:
        changed = False
        i, j = _strip_punct(forms, i, j, noisy)
        if i >= j - 1:
            break
        tok = forms[i]
        if tok in ARTICLES[lang] or (tok in ("LE", "LA", "LES", "THE") and i + 1 < j and forms[i + 1].isupper()):
            i += 1
            changed = True
        elif typ == "PER" and tok.lower() in POSSESSIVES[lang] and is_title(forms[i + 1], lang):
            i += 1  # Son Excellence, His Majesty
            changed = True
        elif typ == "PER":
            followed_by_title = i + 2 < j and forms[i + 1] == "." and is_title(forms[i + 2], lang)
            if is_title(tok, lang) or (len(tok) == 1 and tok.isalpha() and followed_by_title):
                role = _bare(tok).lower() in TITLE_WORDS[lang] and _bare(tok).lower() not in ADDRESS_WORDS
                last_cut = "role" if role else "address"
                i += 1
                if i < j and forms[i] == "." and not tok.endswith("."):
                    i += 1
                changed = True
            elif tok[:1].islower() and tok.lower() not in PARTICLES:
                last_cut = "role"
                i += 1
                changed = True
        elif noisy and typ in ("LOC", "ORG") and (tok.isdigit() or tok in ("de", "d'", "d’", "du", "des")):
            i += 1
            changed = True
    if i >= j or not any(any(c.isalpha() for c in forms[k]) for k in range(i, j)):
        return None
    if typ == "PER" and last_cut == "role" and forms[i].lower() in ("de", "d'", "d’", "du", "des", "of"):
        return None
    if (typ == "PER" and j - i == 1 and is_title(forms[i], lang) and last_cut != "address"
            and (noisy or not forms[i][:1].isupper())):
        return None
    if noisy and typ == "LOC" and all(not any(c.isalpha() for c in f) or _bare(f).lower() in ADDRESS_PARTS
                                      for f in forms[i:j]):
        return None
    return i, j


def trim_spans(forms, spans, lang, stats, types=None, noisy=False, drop=None):
    """The spans (i, j, source type) brought to the guidelines with trim(), typed
    through `types` (a mapping, or the source type itself), counting in `stats`
    what came, what was dropped and what was trimmed. `drop(forms, i, j, typ)`
    may give a reason to drop a span before trimming."""
    kept = []
    for i, j, typ in spans:
        stats.add(f"source {typ}")
        reason = drop(forms, i, j, typ) if drop else None
        if reason:
            stats.add(f"dropped: {reason}")
            continue
        kind = types[typ] if types else typ
        cut = trim(forms, i, j, kind, lang, noisy=noisy)
        if cut is None:
            stats.add("dropped: no name left after trimming")
            continue
        if cut != (i, j):
            stats.add("trimmed")
        kept.append((cut[0], cut[1], kind))
    return kept
