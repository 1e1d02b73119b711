"""Country and region names from the project's gazetteer, to retype metonymic organisations.

The guidelines keep a place used for its government a place (`Moscou a
démenti`, `Pyongyang a juré`: LOC), where Sequoia types a state acting
politically ORG (`la France` as a member of the Security Council). The
readers that correct this look the span up in data/gazetteers/places.txt
(countries, territories, regions, US states), folded the way the annotator
folds text (src/text/fold.rs; scripts/gazetteers/fold.py).
"""
import os
import sys

_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
FILES = ("data/gazetteers/places.txt",)

# The annotator's folding of a lookup key, shared with the gazetteer scripts.
sys.path.insert(0, os.path.join(_ROOT, "scripts", "gazetteers"))
from fold import key_of as fold  # noqa: E402


def load():
    keys = set()
    for rel in FILES:
        with open(os.path.join(_ROOT, rel), encoding="utf-8") as f:
            keys.update(line.strip() for line in f if line.strip() and not line.startswith("#"))
    return frozenset(keys)
