"""Our own annotated news articles: tests/fixtures/entities/news/{fr,en}/NN-topic.txt.

Written for this project (fiction: invented people, real places and bodies
in invented situations), annotated inline per the guidelines, `[PER Jean
Dupont]`, `[ORG …]`, `[LOC …]`, `[MISC …]`; DECISIONS.md beside them
records the choices the guidelines leave open. The text is the file with
the markup removed, lines kept (one paragraph a line).

Split by the article's number: NN % 5 == 0 test, NN % 5 == 1 dev, the rest train.
"""
import os
import re

TYPES = ("PER", "ORG", "LOC", "MISC")
MARK = re.compile(r"\[(PER|ORG|LOC|MISC) ([^\[\]]+)\]")


def parse(marked):
    """(text, entities) of a marked-up article; entities as (start, end, type)."""
    text, entities, pos = [], [], 0
    length = 0
    for m in MARK.finditer(marked):
        plain = marked[pos:m.start()]
        text.append(plain)
        length += len(plain)
        name = m.group(2)
        entities.append((length, length + len(name), m.group(1)))
        text.append(name)
        length += len(name)
        pos = m.end()
    text.append(marked[pos:])
    out = "".join(text)
    if "[" in out or "]" in out:
        raise ValueError("a bracket left in the text: bad markup")
    return out, entities


def split_of(number):
    return "test" if number % 5 == 0 else "dev" if number % 5 == 1 else "train"


def read(root, lang):
    """{split: [record]} for one language's articles, in file order."""
    folder = os.path.join(root, "tests", "fixtures", "entities", "news", lang)
    out = {"train": [], "dev": [], "test": []}
    if not os.path.isdir(folder):
        return out
    for name in sorted(os.listdir(folder)):
        m = re.match(r"(\d+)-.*\.txt$", name)
        if not m:
            continue
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            text, entities = parse(f.read())
        split = split_of(int(m.group(1)))
        out[split].append({
            "id": f"ours-{split}-{lang}-{name[:-4]}", "lang": lang, "source": "ours", "dct": None,
            "text": text,
            "entities": [{"start": s, "end": e, "type": t, "text": text[s:e]} for s, e, t in entities],
            "timexes": [], "quotes": [],
            "annotated": {"entities": list(TYPES), "timexes": False, "quotes": False},
            "meta": {"file": f"tests/fixtures/entities/news/{lang}/{name}"},
        })
    return out
