"""GUM (English; genres news, interview, bio, voyage, academic, court only).

Files `dep/GUM_<genre>_<name>.conllu`; other genres are never read (their
texts are under non-commercial terms). Text: the tokens with SpaceAfter=No
(multiword tokens like `Zurbarán’s` by their surface form), checked against
`# text`; sentences of a paragraph (`# newpar`) joined by a space.

GUM marks every mention (`the team`, `she`, `Professor Cres Eastman`) in
MISC `Entity=(id-etype-infstat-salience-centering-minspan-link-identity`
brackets. Named entities are derived from them:

1. Head: the mention's word whose syntactic head lies outside the mention.
   The mention is a name only when its head is a proper noun (UPOS PROPN).
2. Name: the run of PROPN words around the head inside the mention, bridged
   by `of for on upon and & de du des la le del the -` when a PROPN follows
   (`University of Toronto`, `Bank of the West`), but not across `and`
   when the next name is a coordinated one (deprel conj: `Australia and New
   Zealand` are two names); a number right after the run that depends on
   it stays (`Apollo 11`). So determiners, adjectives, common nouns,
   possessive 's, relative clauses and appositions stay outside.
3. Titles: for persons, leading titles and roles (`Professor`, `President`,
   `Dr.`: corpus_lib.trim) are cut while a name follows; a span that then
   starts with a lower-case word was a role, not a name (`President of the
   United States`), and is dropped.
4. Type by etype: person → PER, place → LOC, organization → ORG, event,
   object, abstract, substance, animal, plant, other → MISC; time and
   quantity are no entities (`February`, `Thursday`). A person mention that
   is one plural proper noun (`Americans`, `Democrats`) or any demonym is
   dropped.
5. Nesting: a name inside another name is dropped, the outermost kept
   (`Durham University`, not `Durham`).

Split: GUM's own dev and test document lists (splits.md); everything else of
the six genres is train.
"""
import re

from .doc import Sentence
from .trim import ARTICLES, is_demonym, is_title

GENRES = ("academic", "bio", "court", "interview", "news", "voyage")
FILE = re.compile(r"^dep/GUM_(%s)_[a-z0-9_]+\.conllu$" % "|".join(GENRES))
SPLITS_FILE = "splits.md"
TYPES = {"person": "PER", "place": "LOC", "organization": "ORG", "event": "MISC", "object": "MISC",
         "abstract": "MISC", "substance": "MISC", "animal": "MISC", "plant": "MISC", "other": "MISC"}
BRIDGES = {"of", "for", "on", "upon", "and", "&", "de", "du", "des", "la", "le", "del", "the", "-"}


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


def _name_run(words, a, b, h):
    """[i, j) of the proper-noun run around head h inside the mention [a, b]."""
    def propn(k):
        return a <= k <= b and words[k].upos == "PROPN"

    def bridge_to(k, step):
        """The PROPN reached from k over bridge words going `step`, or None."""
        m = k
        while a <= m <= b and words[m].form.lower() in BRIDGES and words[m].upos != "PROPN":
            m += step
        if m == k or not propn(m):
            return None
        if any(words[x].form.lower() == "and" for x in range(min(k, m), max(k, m) + 1)):
            after_and = m if step > 0 else k + 1
            if words[after_and].deprel == "conj":
                return None
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
    if j + 1 <= b and words[j + 1].upos == "NUM" and i <= words[j + 1].head - 1 <= j:
        j += 1
    return i, j + 1


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
    """(i, j, type) of the name a mention holds, or None."""
    a, b, etype = mention
    typ = TYPES.get(etype)
    if typ is None:
        return None
    h = _head(words, a, b)
    if words[h].upos != "PROPN":
        return None
    stats.add(f"PROPN-headed {etype}")
    i, j = _name_run(words, a, b, h)
    i, j = _trim_titles(words, i, j, typ)
    forms = [w.form for w in words[i:j]]
    if not forms[0][:1].isupper() and not forms[0][:1].isdigit():
        stats.add("dropped: a role, not a name")
        return None
    if is_demonym(forms) or (typ == "PER" and len(forms) == 1 and words[i].xpos == "NNPS"):
        stats.add("dropped: demonym or group of people")
        return None
    if (i, j) != (a, b + 1):
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
    cands = [n for n in (_named(words, m, stats) for m in mentions) if n]
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
        docs.append({"key": name, "split": splits.get(name, "train"), "dct": dct, "paragraphs": paragraphs,
                     "meta": {"document": name, "genre": genre}})
    return docs
