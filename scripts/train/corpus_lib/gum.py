"""GUM (English; genres news, interview, bio, voyage, academic, court only).

Files `dep/GUM_<genre>_<name>.conllu`; other genres are never read (their
texts are under non-commercial terms). Text: the tokens with SpaceAfter=No
(multiword tokens like `Zurbarán’s` by their surface form), checked against
`# text`; sentences of a paragraph (`# newpar`) joined by a space.

GUM marks every mention (`the team`, `she`, `Professor Cres Eastman`) in
MISC `Entity=(id-etype-infstat-salience-centering-minspan-link-identity`
brackets. Named entities are derived from them, mention by mention:

1. Head: the mention's word whose syntactic head lies outside the mention.
   The mention holds a name when its head is a proper noun (UPOS PROPN), or
   when its head is a role noun with proper nouns attached as flat or appos
   (`immigration barrister Colin Yeo`, `veteran politician Raymond Wong`:
   GUM attaches the name to the role); then the name is those proper nouns
   and the name words they govern.
2. Name: from a PROPN head, the run of name words around it inside the
   mention. A name word is UPOS PROPN or PTB tag NNP/NNPS: GUM tags words
   inside names by their category (`United` VERB, `National` ADJ) but keeps
   NNP. The run bridges `of for on upon and & de du des la le del the -`
   when a name word follows (`University of Toronto`, `Bank of the West`),
   but not `and` between names coordinated at the top of the mention
   (`Australia and New Zealand` are two names), and for persons only
   particles (`de`, `van`, `-`): `Ann Chiang of DAB` is a person and an
   organisation. A number right after the run that depends on it stays
   (`Apollo 11`), a year does not. Determiners, common nouns, possessive
   's, relative clauses and appositions stay outside.
3. Works and events (MISC) written as a title keep the whole title,
   determiner left out (`Pride and Prejudice`, `Elevator to the Gallows`);
   other non-person names take a capitalised adjective just before them
   (`Cuban Consulate`).
4. Persons: the name starts after the last role word inside the run
   (`NASA Administrator Charles Bolden`), leading titles are cut while a name
   follows (`Professor`, `Dr.`, `President`: corpus_lib.trim); what is left
   is dropped when it starts with `of`/`the`/`and`, is only titles or ends
   in a role (`President of the United States`, `Mr. Chief Justice`).
5. Type by etype: person → PER, place → LOC, organization → ORG, event,
   object, abstract, substance, animal, plant, other → MISC; time and
   quantity are no entities (`February`, `Thursday`). An abstract mention
   holding a year is a citation: its authors become PER names (`Luján
   (2006)`, `Marsden & Mackey, 2014` gives two).
6. Dropped: demonyms and groups of people (`American Indian`, a single
   plural proper noun typed person: `Americans`, `Democrats`), a lone
   capitalised common noun (`the Court`, `the Petitioner`, `Your Honor`),
   e-mail and web addresses, phonetic transcriptions and spans with no
   capital letter (`figure 1`).
7. Nesting: a name inside another name is dropped, the outermost kept
   (`Durham University`, not `Durham`).

Known weaknesses: GUM's etype decides the type, so a country playing
football is ORG and a newspaper may be ORG or MISC; a title word that is
part of a name is cut (`Captain America`, `Doctor Who`); names whose words
are not tagged NNP are cut short (`Bay of Bengal` gives `Bengal`);
descriptions written in capitals stay names (`UNESCO World Heritage Site`);
coordinated names inside one mention with no mention of their own are lost
after the first (`Marbles, Kermit, Peach and Bunny`).

Split: GUM's own dev and test document lists (splits.md); everything else of
the six genres is train.
"""
import re

from .doc import Sentence
from .trim import ARTICLES, PARTICLES, is_demonym, is_title

GENRES = ("academic", "bio", "court", "interview", "news", "voyage")
FILE = re.compile(r"^dep/GUM_(%s)_[a-z0-9_]+\.conllu$" % "|".join(GENRES))
SPLITS_FILE = "splits.md"
DATED_GENRES = ("news", "interview")  # meta::dateCreated is the article's date (elsewhere: a wiki page's)
TYPES = {"person": "PER", "place": "LOC", "organization": "ORG", "event": "MISC", "object": "MISC",
         "abstract": "MISC", "substance": "MISC", "animal": "MISC", "plant": "MISC", "other": "MISC"}
YEAR = re.compile(r"1[5-9]\d\d|20\d\d[a-z]?")
# Lower-case words inside a title of a work.
TITLE_FUNCTION_WORDS = {"of", "the", "a", "an", "and", "or", "to", "in", "on", "at", "for", "with", "from",
                        "by", "'s", "’s", "'", "’", ":", ",", "-", "–", "de", "la", "le", "du", "des", "is", "it",
                        "against", "versus", "v.", "vs.", "v"}
# A capitalised common noun standing alone for something named before (`the Court`,
# `the Petitioner`, `Your Honor`): no name.
GENERIC_NOUNS = {"court", "church", "academy", "group", "match", "petitioner", "respondent", "appellant",
                 "plaintiff", "defendant", "honor", "honour", "company", "university", "college", "school",
                 "party", "government", "state", "city", "county", "club", "team", "society", "foundation",
                 "institute", "museum", "association", "department", "ministry", "agency", "board",
                 "committee", "council", "commission", "corporation", "band", "program", "programme",
                 "project", "act", "bill", "law", "treaty", "war", "game", "games", "festival", "station",
                 "airport", "county", "district", "region", "province", "river", "lake", "island"}
BRIDGES = {"of", "for", "on", "upon", "and", "&", "de", "du", "des", "la", "le", "del", "the", "-"}
PERSON_BRIDGES = {"de", "du", "des", "la", "le", "del", "van", "von", "der", "da", "di", "-"}
# Roles written with capitals inside a person's run (`NASA Administrator Charles Bolden`):
# the name starts after the last of them.
RUN_ROLES = {"administrator", "director", "spokesman", "spokeswoman", "spokesperson", "chairman",
             "chairwoman", "chair", "ceo", "founder", "editor", "host", "anchor", "leader", "candidate",
             "councillor", "councilman", "councilwoman", "mp", "speaker", "president", "senator",
             "governor", "mayor", "minister", "secretary", "commissioner", "chancellor", "ambassador",
             "general", "captain", "coach", "manager", "judge", "justice", "professor", "dr.", "mr.", "mrs.",
             "ms.", "prof.", "sen.", "gov.", "rep.", "lt.", "gen.", "col.", "sgt.", "st."}


def official_splits(snap):
    """{document name: "dev" | "test"} from splits.md (test2, GENTLE, is another corpus)."""
    out, section = {}, None
    for line in snap.read(SPLITS_FILE).split("\n"):
        if line.startswith("## "):
            section = line[3:].strip()
        elif line.strip().startswith("* ") and section in ("dev", "test"):
            out[line.strip()[2:].strip()] = section
    return out


def _entity_events(value):
    """Parse `(3-person-...)`, `(4-place-...` and `4)` items of an Entity= value, in order."""
    events, i = [], 0
    while i < len(value):
        if value[i] == "(":
            j = i + 1
            while j < len(value) and value[j] not in "()":
                j += 1
            single = j < len(value) and value[j] == ")"
            events.append(("single" if single else "open", value[i + 1:j]))
            i = j + 1 if single else j
        else:
            j = value.index(")", i)
            events.append(("close", value[i:j]))
            i = j + 1
    return events


def _misc(field):
    out = {}
    if field != "_":
        for item in field.split("|"):
            key, _, val = item.partition("=")
            out[key] = val
    return out


class _Word:
    __slots__ = ("form", "upos", "xpos", "head", "deprel")

    def __init__(self, cols):
        self.form, self.upos, self.xpos = cols[1], cols[3], cols[4]
        self.head, self.deprel = int(cols[6]), cols[7]


def _sentence_text(lines):
    """(words, text, spans, no_start, no_end) for the token lines of one sentence."""
    words, units, mwt_end = [], [], 0
    for line in lines:
        cols = line.split("\t")
        if "." in cols[0]:
            continue
        space = _misc(cols[9]).get("SpaceAfter") != "No"
        if "-" in cols[0]:
            a, b = map(int, cols[0].split("-"))
            units.append((cols[1], space, list(range(a - 1, b))))
            mwt_end = b
            continue
        words.append(_Word(cols))
        if int(cols[0]) > mwt_end:
            units.append((cols[1], space, [int(cols[0]) - 1]))
    spans, no_start, no_end, parts, pos = [None] * len(words), set(), set(), [], 0
    for form, space, ids in units:
        subforms = [words[k].form for k in ids]
        if len(ids) > 1 and "".join(subforms) != form:
            for k in ids:
                spans[k] = (pos, pos + len(form))
            no_start.update(ids[1:])
            no_end.update(ids[:-1])
        else:
            p = pos
            for k, sub in zip(ids, subforms):
                spans[k] = (p, p + len(sub))
                p += len(sub)
        parts.append(form + (" " if space else ""))
        pos += len(form) + (1 if space else 0)
    return words, "".join(parts).rstrip(" "), spans, frozenset(no_start), frozenset(no_end)


def _head(words, a, b):
    """Index of the mention's head word: its syntactic head is outside [a, b]."""
    outside = [k for k in range(a, b + 1) if not (a <= words[k].head - 1 <= b)]
    content = [k for k in outside if words[k].upos != "PUNCT"]
    return (content or outside or [a])[0]


def _name_word(w):
    """A word of a name: GUM tags name-internal adjectives and participles by their
    category (`United` VERB, `National` ADJ) but gives them the PTB tag NNP."""
    return w.upos == "PROPN" or w.xpos in ("NNP", "NNPS")


def _name_run(words, a, b, h, typ):
    """[i, j) of the proper-noun run around head h inside the mention [a, b]."""
    bridges = PERSON_BRIDGES if typ == "PER" else BRIDGES

    def propn(k):
        return a <= k <= b and _name_word(words[k])

    def bridge_to(k, step):
        """The PROPN reached from k over bridge words going `step`, or None."""
        m = k
        while a <= m <= b and words[m].form.lower() in bridges and not _name_word(words[m]):
            m += step
        if m == k or not propn(m):
            return None
        if step > 0 and any(words[x].form.lower() == "and" for x in range(k, m)):
            if any(words[x].deprel == "conj" and words[x].head - 1 == h for x in range(m, b + 1)):
                return None  # names coordinated at the top of the mention
        return m

    i = j = h
    while True:
        if propn(i - 1):
            i -= 1
        elif (m := bridge_to(i - 1, -1)) is not None:
            i = m
        else:
            break
    while True:
        if propn(j + 1):
            j += 1
        elif (m := bridge_to(j + 1, 1)) is not None:
            j = m
        else:
            break
    if j + 1 <= b and words[j + 1].upos == "NUM" and i <= words[j + 1].head - 1 <= j \
            and not YEAR.fullmatch(words[j + 1].form):
        j += 1
    return i, j + 1


def _title_span(words, a, b):
    """[i, j) of a mention written as a title (`Pride and Prejudice`, `Elevator to the Gallows`),
    determiner left out, or None."""
    i = a + 1 if words[a].upos == "DET" and words[a].form[:1].islower() else a
    forms = [w.form for w in words[i:b + 1]]
    if not forms or len(forms) > 12:
        return None
    def capital(f):
        return f[:1].isupper() or f[:1].isdigit()
    if not (capital(forms[0]) and capital(forms[-1])):
        return None
    if all(capital(f) or f.lower() in TITLE_FUNCTION_WORDS for f in forms):
        return i, b + 1
    return None


def _trim_titles(words, i, j, typ):
    forms = [w.form for w in words]
    while i < j - 1:
        if forms[i].lower() in ARTICLES["en"]:
            i += 1
        elif typ == "PER" and is_title(forms[i], "en") and words[i + 1].upos == "PROPN":
            i += 1
        else:
            break
    return i, j


def _named(words, mention, stats):
    """[(i, j, type)] of the names a mention holds (none, one, or the authors of a citation)."""
    a, b, etype = mention
    typ = TYPES.get(etype)
    if typ is None:
        return []
    h = _head(words, a, b)
    if words[h].upos != "PROPN":
        # a role noun with the name attached to it or beside it (`immigration barrister Colin Yeo`,
        # `veteran politician Raymond Wong`): flat or appos proper nouns and the names they govern
        attached = [k for k in range(a, b + 1) if words[k].upos == "PROPN"
                    and words[k].deprel.split(":")[0] in ("flat", "appos")
                    and (words[k].head - 1 == h or not a <= words[k].head - 1 <= b)]
        if not attached:
            return []
        stats.add(f"name after a role noun ({etype})")
        i = j = attached[0]
        while i - 1 >= a and _name_word(words[i - 1]) and i <= words[i - 1].head - 1 <= j:
            i -= 1
        while j + 1 <= b:
            if _name_word(words[j + 1]) and (i <= words[j + 1].head - 1 <= j or j + 1 in attached):
                j += 1
            elif words[j + 1].form == "-" and j + 2 <= b and i <= words[j + 2].head - 1 <= j + 2:
                j += 2  # Hau Lung-bin
            else:
                break
        n = _checked(words, i, j + 1, typ, (a, b), stats)
        return [n] if n else []
    stats.add(f"PROPN-headed {etype}")
    i, j = _name_run(words, a, b, h, typ)
    if etype == "abstract" and any(YEAR.fullmatch(w.form) for w in words[j:b + 1]):
        # a citation (`Luján (2006)`, `Marsden & Mackey, 2014`) names its authors
        stats.add("citations read as authors")
        cuts = [i - 1] + [k for k in range(i, j) if words[k].form.lower() in ("&", "and")] + [j]
        spans = [(x + 1, y, "PER") for x, y in zip(cuts, cuts[1:]) if y > x + 1]
        return [n for n in (_checked(words, *sp, (a, b), stats) for sp in spans) if n]
    if typ == "MISC" and (title := _title_span(words, a, b)) and title[0] <= i and j <= title[1]:
        i, j = title
    elif typ != "PER":
        while i > a and words[i - 1].xpos == "JJ" and words[i - 1].form[:1].isupper():
            i -= 1  # a proper adjective opens the name: the Cuban Consulate
    if typ == "PER":
        roles = [k for k in range(i, j - 1) if words[k].form.lower() in RUN_ROLES]
        if roles:
            i = roles[-1] + 1
    n = _checked(words, i, j, typ, (a, b), stats)
    return [n] if n else []


def _checked(words, i, j, typ, mention, stats):
    """(i, j, typ) once titles are cut, or None when what is left is no name."""
    i, j = _trim_titles(words, i, j, typ)
    forms = [w.form for w in words[i:j]]
    if (forms[0] in BRIDGES and forms[0] not in PARTICLES) or all(is_title(f, "en") for f in forms):
        stats.add("dropped: a role, not a name")
        return None
    joined = "".join(forms)
    if "@" in joined or "://" in joined or joined.startswith("www.") or not any(c.isupper() for c in joined):
        stats.add("dropped: e-mail, web address, transcription or lower-case word")
        return None
    if typ == "PER" and forms[-1].lower() in RUN_ROLES:
        stats.add("dropped: a role, not a name")
        return None
    if len(forms) == 1 and forms[0].lower() in GENERIC_NOUNS:
        stats.add("dropped: a capitalised common noun")
        return None
    if is_demonym(forms) or (typ == "PER" and len(forms) == 1 and words[i].xpos == "NNPS"):
        stats.add("dropped: demonym or group of people")
        return None
    if (i, j) != (mention[0], mention[1] + 1):
        stats.add("mention cut to its name")
    return i, j, typ


def _outermost(cands, stats):
    kept = []
    for c in sorted(cands, key=lambda c: (c[0] - c[1], c[0])):
        if all(c[1] <= k[0] or k[1] <= c[0] for k in kept):
            kept.append(c)
        else:
            stats.add("dropped: nested in a longer name")
    return sorted(kept)


def _sentence(meta, lines, stats):
    words, text, spans, no_start, no_end = _sentence_text(lines)
    if text != meta.get("text", text):
        stats.add("sentences whose tokens differ from # text")
    mentions, stack = [], {}
    for k, line in enumerate(ln for ln in lines if ln.split("\t", 1)[0].isdigit()):
        value = _misc(line.split("\t")[9]).get("Entity")
        for kind, content in _entity_events(value) if value else []:
            if kind == "close":
                if not stack.get(content):
                    stats.add("mentions across sentences (skipped)")
                    continue
                a, etype = stack[content].pop()
                mentions.append((a, k, etype))
            else:
                fields = content.split("-", 7)
                if kind == "single":
                    mentions.append((k, k, fields[1]))
                else:
                    stack.setdefault(fields[0], []).append((k, fields[1]))
    leftover = sum(len(v) for v in stack.values())
    if leftover:
        stats.add("mentions across sentences (skipped)", leftover)
    cands = [n for m in mentions for n in _named(words, m, stats)]
    entities = _outermost(cands, stats)
    return Sentence(text, [w.form for w in words], spans, entities, no_start, no_end)


def read_doc(conllu, stats):
    """(doc name, dct, paragraphs of Sentences) of one file."""
    name, dct, paragraphs = None, None, []
    meta, lines = {}, []
    for line in conllu.split("\n") + [""]:
        if line.startswith("# newdoc id = "):
            name = line.split(" = ", 1)[1].strip()
        elif line.startswith("# meta::dateCreated = "):
            dct = line.split(" = ", 1)[1].strip()[:10]
        elif line.strip() == "# newpar":
            paragraphs.append([])
        elif line.startswith("# ") and " = " in line:
            key, _, value = line[2:].partition(" = ")
            meta[key] = value
        elif line.strip() and not line.startswith("#"):
            lines.append(line)
        elif not line.strip() and lines:
            if not paragraphs:
                paragraphs.append([])
            paragraphs[-1].append(_sentence(meta, lines, stats))
            meta, lines = {}, []
    if dct and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", dct):
        dct = None
    return name, dct, [p for p in paragraphs if p]


def read(snap, stats):
    """All documents of the six genres with their official split."""
    splits = official_splits(snap)
    docs = []
    for path in sorted(p for p in snap.ls("dep/") if FILE.match(p)):
        name, dct, paragraphs = read_doc(snap.read(path), stats)
        genre = path.split("_")[1]
        dct = dct if genre in DATED_GENRES else None
        docs.append({"key": name, "split": splits.get(name, "train"), "dct": dct, "paragraphs": paragraphs,
                     "meta": {"document": name, "genre": genre}})
    return docs
