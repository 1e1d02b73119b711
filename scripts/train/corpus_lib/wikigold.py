"""Wikigold (English Wikipedia articles, CoNLL-style PER/ORG/LOC/MISC).

`token TAG` lines, a blank line after each sentence, `-DOCSTART- O` before
every document but the first. Tags are I- only (IO): two names of one type
side by side merge into one span. No paragraph marks: paragraphs are runs of
5 sentences. Text is detokenized (corpus_lib.detok).

MISC here follows CoNLL-2003 and so holds demonyms, nationality and religion
adjectives and languages (`French`, `Jewish`, `Christians`); the guidelines
do not count demonyms as entities, so one-word MISC spans found in
corpus_lib.trim.DEMONYMS are dropped (counted).
"""
from .detok import Detokenizer
from .doc import chunks, io_spans, sentence_from_tokens
from .trim import is_demonym, trim_spans

FILE = "data/wikigold/CONLL-format/data/wikigold.conll.txt"
PAR_SENTENCES = 5


def _misc_demonym(forms, i, j, typ):
    return "MISC demonym" if typ == "MISC" and is_demonym(forms[i:j]) else None


def _entities(forms, tags, stats):
    return trim_spans(forms, io_spans(tags), "en", stats, drop=_misc_demonym)


def read(snap, stats):
    """All documents of the corpus, in file order (the caller splits them)."""
    detok = Detokenizer("en")
    docs, sents, forms, tags = [], [], [], []

    def close_sentence():
        if forms:
            sents.append(sentence_from_tokens(forms, _entities(forms, tags, stats), detok))
        forms.clear(), tags.clear()

    def close_doc():
        close_sentence()
        if sents:
            n = len(docs)
            docs.append({"key": f"doc-{n}", "paragraphs": chunks(list(sents), PAR_SENTENCES),
                         "meta": {"document": n}})
        sents.clear()

    for line in snap.read(FILE).split("\n"):
        if not line.strip():
            close_sentence()
            continue
        form, _, tag = line.rpartition(" ")
        if form == "-DOCSTART-":
            close_doc()
            continue
        forms.append(form)
        tags.append(tag)
    close_doc()
    return docs
