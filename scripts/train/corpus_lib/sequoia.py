"""Sequoia 9.2 (French; PARSEME named-entity layer), in its own train/dev/test split.

Each file is CoNLL-U plus columns; the last one (PARSEME:NE) holds `1:LOC` on
an entity's first token and `1` on the tokens that follow. `# text` gives the
raw sentence; tokens are aligned to it, with the contracted articles the
corpus splits (`du` = `de` + `le`, `au`, `aux`, `des`, `duquel`…) sharing
the span of their surface word. The corpus has no documents: consecutive
sentences of one sub-corpus (`# sent_id` prefix: annodis.er = L'Est
Républicain, frwiki, Europar, emea…) make documents of about 30 sentences and
paragraphs of about 5.

Types: PERS → PER, ORG → ORG, LOC → LOC, PROD and EVE → MISC; then two
corrections toward the guidelines: a PROD span whose text Sequoia types ORG
elsewhere becomes ORG (newspapers and agencies: `Le Monde` is PROD 10 times
and ORG 3 times), and an ORG span that is a country or region of
data/gazetteers/places.txt becomes LOC (Sequoia types states acting
politically ORG: `la France, la Chine, la Russie` in the Security Council;
the guidelines keep them LOC).
"""
from .doc import Sentence, chunks
from .places import fold, load as load_places
from .trim import trim_spans

FILES = {split: f"sequoia-9.2/sequoia-ud.parseme.frsemcor.simple.{split}" for split in ("train", "dev", "test")}
TYPES = {"PERS": "PER", "ORG": "ORG", "LOC": "LOC", "PROD": "MISC", "EVE": "MISC"}
# (first word, second word) -> the contracted surface form
CONTRACTIONS = {("à", "le"): "au", ("à", "les"): "aux", ("de", "le"): "du", ("de", "les"): "des",
                ("à", "lequel"): "auquel", ("à", "lesquels"): "auxquels", ("à", "lesquelles"): "auxquelles",
                ("de", "lequel"): "duquel", ("de", "lesquels"): "desquels", ("de", "lesquelles"): "desquelles",
                ("à", "ledit"): "audit", ("à", "lesdits"): "auxdits", ("à", "lesdites"): "auxdites",
                ("de", "ledit"): "dudit", ("de", "lesdits"): "desdits", ("de", "lesdites"): "desdites"}
DOC_SENTENCES, PAR_SENTENCES = 30, 5
SEATS = {"vatican"}  # a seat that names its institution stays ORG (guidelines: Kremlin, Pentagone)


def _align(text, forms):
    """(spans, no_start, no_end), or None when the tokens cannot be found in order in `text`."""
    spans, no_start, no_end = [], set(), set()
    pos, k = 0, 0
    while k < len(forms):
        while pos < len(text) and text[pos].isspace():
            pos += 1
        form = forms[k]
        surface = CONTRACTIONS.get((form.lower(), forms[k + 1].lower())) if k + 1 < len(forms) else None
        end = pos + len(surface) if surface else 0
        if surface and text[pos:end].lower() == surface and not text[end:end + 1].isalpha():
            spans += [(pos, end), (pos, end)]
            no_end.add(k)
            no_start.add(k + 1)
            pos = end
            k += 2
            continue
        if text.startswith(form, pos):
            spans.append((pos, pos + len(form)))
            pos += len(form)
            k += 1
            continue
        return None
    return spans, frozenset(no_start), frozenset(no_end)


def _sentences(conllu, stats):
    """(sub-corpus, Sentence) in file order."""
    for block in conllu.strip("\n").split("\n\n"):
        meta, rows = {}, []
        for line in block.split("\n"):
            if line.startswith("# ") and " = " in line:
                key, _, value = line[2:].partition(" = ")
                meta[key] = value
            elif line and not line.startswith("#"):
                cols = line.split("\t")
                if cols[0].isdigit():
                    rows.append(cols)
        forms = [r[1] for r in rows]
        text = meta["text"]
        aligned = _align(text, forms)
        if aligned is None:
            stats.add("sentences skipped: tokens not found in # text")
            continue
        spans, no_start, no_end = aligned
        open_spans = {}
        for k, r in enumerate(rows):
            for part in r[-1].split(";"):
                if part == "*":
                    continue
                key, _, typ = part.partition(":")
                if typ:
                    open_spans[key] = [k, k + 1, typ]
                else:
                    open_spans[key][1] = k + 1
        entities = trim_spans(forms, sorted(map(tuple, open_spans.values())), "fr", stats, types=TYPES)
        part = meta["sent_id"].rstrip("0123456789").rstrip("_.")
        yield part, Sentence(text, forms, spans, entities, no_start, no_end), meta["sent_id"]


def _retype(sentences, stats):
    """Bring Sequoia's types to the guidelines, in place (see the module docstring)."""
    def text(sent, i, j):
        return sent.text[sent.spans[i][0]:sent.spans[j - 1][1]]

    org_names = {text(s, i, j) for s in sentences for i, j, typ in s.entities if typ == "ORG"}
    places = load_places()
    for sent in sentences:
        for n, (i, j, typ) in enumerate(sent.entities):
            name = text(sent, i, j)
            if typ == "MISC" and name in org_names:
                sent.entities[n] = (i, j, "ORG")
                stats.add("retyped MISC -> ORG (typed ORG elsewhere in Sequoia)")
            elif typ == "ORG" and fold(name) in places and fold(name) not in SEATS:
                sent.entities[n] = (i, j, "LOC")
                stats.add("retyped ORG -> LOC (a country or region)")


def read(snap, stats):
    """{split: documents} (dicts with key, paragraphs, meta)."""
    parsed = {split: list(_sentences(snap.read(FILES[split]), stats)) for split in FILES}
    _retype([sent for rows in parsed.values() for _, sent, _ in rows], stats)
    return {split: _documents(rows) for split, rows in parsed.items()}


def _documents(rows):
    groups = []  # runs of consecutive sentences of one sub-corpus
    for part, sent, sent_id in rows:
        if not groups or groups[-1][0] != part:
            groups.append((part, []))
        groups[-1][1].append((sent, sent_id))
    docs = []
    for part, sents in groups:
        for run in chunks(sents, DOC_SENTENCES):
            docs.append({"key": f"{run[0][1]}..{run[-1][1]}",
                         "paragraphs": [[s for s, _ in p] for p in chunks(run, PAR_SENTENCES)],
                         "meta": {"part": part, "sent_ids": f"{run[0][1]}..{run[-1][1]}"}})
    return docs
