"""Country and region names from the project's gazetteer, to retype metonymic organisations.

The guidelines keep a place used for its government a place (`Moscou a
démenti`, `Pyongyang a juré`: LOC), where Sequoia types a state acting
politically ORG (`la France` as a member of the Security Council). The
readers that correct this look the span up in data/gazetteers/places.txt
(countries, territories, regions, US states), folded the way the annotator
folds text (src/text/fold.rs; the same fold as scripts/gazetteers/build.py).
"""
import os

_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
FILES = ("data/gazetteers/places.txt",)

_FOLD = {}
for _chars, _to in [("àáâãäåÀÁÂÃÄÅ", "a"), ("çÇ", "c"), ("èéêëÈÉÊË", "e"), ("ìíîïÌÍÎÏ", "i"), ("ñÑ", "n"),
                    ("òóôõöøÒÓÔÕÖØ", "o"), ("ùúûüÙÚÛÜ", "u"), ("ýÿÝŸ", "y"), ("œŒ", "oe"), ("æÆ", "ae"),
                    ("ß", "ss"), ("’‘ʼ`´", "'"), ("‐‑‒", "-"), ("\u00a0\u202f\u2009", " ")]:
    for _c in _chars:
        _FOLD[_c] = _to


def fold(name):
    """The gazetteer key of a name: lower case, no accents, plain apostrophes, single spaces."""
    folded = "".join(_FOLD.get(c, c.lower() if c.isascii() or len(c.lower()) == 1 else c) for c in name)
    out = ""
    for w in folded.split():
        if out and not out.endswith("'"):
            out += " "
        out += w
    return out


def load():
    keys = set()
    for rel in FILES:
        with open(os.path.join(_ROOT, rel), encoding="utf-8") as f:
            keys.update(line.strip() for line in f if line.strip() and not line.startswith("#"))
    return frozenset(keys)
