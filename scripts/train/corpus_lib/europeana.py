"""Europeana Newspapers, French part (BnF; OCR of 1870-1939 newspapers).

One `token TAG` line per token, tags I-PER / I-LOC / I-ORG / O (IOB1 with no
B-: two names of one type side by side merge into one span). The file has no
blank lines, so no sentence or page boundaries (its .md lists pages by line
ranges, but the ranges do not match the file): sentences end at a `.` `!` or
`?` token outside a name, documents are runs of 30 sentences, paragraphs runs of 5. Text is
detokenized (corpus_lib.detok). Spans are trimmed to the name (titles,
appositions after a comma, house numbers: corpus_lib.trim).
"""
from .detok import Detokenizer
from .doc import chunks, io_spans, sentence_from_tokens
from .trim import trim_spans

FILE = "enp_FR.bnf.bio/enp_FR.bnf.bio"
TYPES = {"PER": "PER", "LOC": "LOC", "ORG": "ORG"}
SENTENCE_END = {".", "!", "?"}
DOC_SENTENCES, PAR_SENTENCES = 30, 5


def _entities(tags, forms, stats):
    return trim_spans(forms, io_spans(tags), "fr", stats, types=TYPES, noisy=True)


def sentences(text, stats):
    detok = Detokenizer("fr")
    forms, tags = [], []
    for line in text.split("\n"):
        if not line.strip():
            continue
        form, _, tag = line.rpartition(" ")
        forms.append(form)
        tags.append(tag)
        if form in SENTENCE_END and tag == "O":
            yield sentence_from_tokens(forms, _entities(tags, forms, stats), detok)
            forms, tags = [], []
    if forms:
        yield sentence_from_tokens(forms, _entities(tags, forms, stats), detok)


def read(snap, stats):
    """All documents of the corpus, in file order (the caller splits them)."""
    sents = list(sentences(snap.read(FILE), stats))
    docs = []
    for n, run in enumerate(chunks(sents, DOC_SENTENCES)):
        docs.append({"key": f"chunk-{n}", "paragraphs": chunks(run, PAR_SENTENCES),
                     "meta": {"chunk": n, "of_sentences": DOC_SENTENCES}})
    return docs
