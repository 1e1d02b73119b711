"""HIPE-2022 v2.1, NewsEye French (OCR of 1850-1950 newspapers; one document = one page).

Only the files `...-dev-fr.tsv` and `...-dev2-fr.tsv` are read (the train
file is not in the snapshot; test files are never opened). Tab-separated,
one token a line; NE-COARSE-LIT holds IOB2 tags; the MISC column says
NoSpaceAfter (the text is rebuilt from it), EndOfLine (only on words cut
by `¬` at a line end; they stay as they are: `ex¬cessif`) and
EndOfSentence (a sentence end unless a name goes on). A name that goes on after a word cut at
a line end is tagged B- again in the corpus (`Poin¬` B-PER, `caré` B-PER):
such a B- continues the name. Other line ends are not marked: the word
before them has NoSpaceAfter (`dont|il`, `de|la`, `M.|Emile` would read
`dontil`, `dela`, `M.Emile`); NoSpaceAfter between two words, or between
`. , ; : ! ? » )` and a word, is read as a space (not in `P.T.T.` or
`1.000`). `# hipe2022:document_id` starts a document; there are no
paragraph marks, so paragraphs are runs of 5 sentences.

Types: PER, LOC, ORG; HumanProd (here nearly always the title of a newspaper
or periodical: `Journal officiel`, `le Temps`) → ORG, as the guidelines make
media outlets organisations. NewsEye spans hold titles, appositions and
addresses (`M. Jules Ferry, président du conseil`, `16, rue Cadet`): they are
trimmed to the name (corpus_lib.trim with commas cut).
"""
from .doc import chunks, sentence_from_spacing
from .trim import trim_spans

FILES = {"dev": "data/v2.1/newseye/fr/HIPE-2022-v2.1-newseye-dev-fr.tsv",
         "dev2": "data/v2.1/newseye/fr/HIPE-2022-v2.1-newseye-dev2-fr.tsv"}
TYPES = {"PER": "PER", "LOC": "LOC", "ORG": "ORG", "HumanProd": "ORG"}
PAR_SENTENCES = 5


def _entities(forms, tags, stats):
    out, cur = [], None
    for k, tag in enumerate(tags + ["O"]):
        prefix, _, typ = tag.partition("-")
        if prefix == "B" and cur and cur[2] == typ and forms[k - 1].endswith("¬"):
            prefix = "I"  # the corpus restarts a name after a word cut at a line end (Poin¬|caré)
            stats.add("repaired: B- after a word cut by ¬")
        if cur and (prefix != "I" or typ != cur[2]):
            out.append(tuple(cur))
            cur = None
        if prefix in ("B", "I") and cur is None:
            cur = [k, k + 1, typ]
        elif prefix == "I":
            cur[1] = k + 1
    return trim_spans(forms, out, "fr", stats, types=TYPES, noisy=True)


def _line_break(prev, nxt):
    """True when NoSpaceAfter between prev[-1] and nxt stands for an OCR line end, not for
    glued text: between two words (`dont|il`, `de|la`), or after punctuation before a word
    (`M.|Emile`), but not in `P.T.T.`, `1.000`, nor after a word cut by `¬`."""
    cur = prev[-1]
    if cur.endswith("¬") or not nxt:
        return False
    if cur[-1].isalnum() and nxt[0].isalnum():
        return True
    if cur in (".", ",", ";", ":", "!", "?", "»", ")") and nxt[0].isalnum():
        abbreviation = cur == "." and len(nxt) == 1 and nxt.isalpha()
        number = cur in (".", ",") and len(prev) > 1 and prev[-2][-1:].isdigit() and nxt[0].isdigit()
        return not (abbreviation or number)
    return False


def _documents(tsv, stats):
    """(document id, date, [Sentence]) in file order."""
    doc_id, date, sents = None, None, []
    forms, tags, space = [], [], []
    lines = tsv.split("\n")
    header = lines[0].split("\t")
    col_tag, col_misc = header.index("NE-COARSE-LIT"), header.index("MISC")

    def close_sentence():
        if forms:
            sents.append(sentence_from_spacing(forms, space, _entities(forms, tags, stats)))
        forms.clear(), tags.clear(), space.clear()

    rows = [ln for ln in lines[1:] if ln.strip()]
    for n, line in enumerate(rows):
        if line.startswith("# hipe2022:document_id = "):
            close_sentence()
            if doc_id is not None:
                yield doc_id, date, sents
            doc_id, date, sents = line.split(" = ", 1)[1].strip(), None, []
            continue
        if line.startswith("# hipe2022:date = "):
            date = line.split(" = ", 1)[1].strip()
            continue
        if line.startswith("#") and "\t" not in line:  # metadata (a token `###` has columns)
            continue
        cols = line.split("\t")
        misc = cols[col_misc].split("|")
        forms.append(cols[0])
        tags.append(cols[col_tag])
        nxt = rows[n + 1].split("\t") if n + 1 < len(rows) else None
        glued = "NoSpaceAfter" in misc
        if glued and nxt is not None and len(nxt) > col_tag and _line_break(forms[-2:], nxt[0]):
            glued = False
            stats.add("spaces restored at OCR line ends")
        space.append(not glued)
        name_goes_on = nxt is not None and len(nxt) > col_tag and nxt[col_tag].startswith("I-")
        if "EndOfSentence" in misc and not name_goes_on:
            close_sentence()
    close_sentence()
    if doc_id is not None:
        yield doc_id, date, sents


def read(snap, which, stats):
    """Documents of one file ("dev" or "dev2")."""
    docs = []
    for doc_id, date, sents in _documents(snap.read(FILES[which]), stats):
        docs.append({"key": doc_id, "dct": date if date and len(date) == 10 else None,
                     "paragraphs": chunks(sents, PAR_SENTENCES),
                     "meta": {"document_id": doc_id, "file": FILES[which].rsplit("/", 1)[1]}})
    return docs
