"""The annotator's folding of a lookup key, for the gazetteer scripts."""

# Mirrors push_folded in src/text/fold.rs; tests/entities_index.rs checks
# that every generated key folds to itself.
FOLD = {}
for chars, to in [("àáâãäåÀÁÂÃÄÅ", "a"), ("çÇ", "c"), ("èéêëÈÉÊË", "e"), ("ìíîïÌÍÎÏ", "i"), ("ñÑ", "n"),
                  ("òóôõöøÒÓÔÕÖØ", "o"), ("ùúûüÙÚÛÜ", "u"), ("ýÿÝŸ", "y"), ("œŒ", "oe"), ("æÆ", "ae"),
                  ("ß", "ss"), ("’‘ʼ`´", "'"), ("‐‑‒", "-"), ("\u00a0\u202f\u2009", " ")]:
    for c in chars:
        FOLD[c] = to


def fold_char(c):
    if c in FOLD:
        return FOLD[c]
    if c.isascii():
        return c.lower()
    lower = c.lower()
    return lower if len(lower) == 1 else c


def key_of(name):
    folded = "".join(fold_char(c) for c in name)
    out = ""
    for w in folded.split():
        if out and not out.endswith("'"):
            out += " "
        out += w
    return out
