"""Turning a token list back into readable text, for corpora that have no raw text.

Rules (per sentence; quote state does not carry over):
- no space before , . ) ] } % … and, in English, ; : ! ? (French keeps its
  space before ; : ! ?); none after ( [ { and none inside « … »;
- straight double quotes alternate: opening (no space after), closing (no
  space before);
- French elisions (l' d' qu' jusqu'…) glue to the next word, and inverted
  pronouns (-il -t-elle -ci -là) to the word before;
- English clitics ('s n't 're 've 'll 'd 'm) glue to the word before, and so
  does a bare ' after a word ending in s (the Beatles' album).
"""
NO_SPACE_BEFORE = {",", ".", "...", "…", ")", "]", "}", "%", "»"}
NO_SPACE_BEFORE_EN = {";", ":", "!", "?"}
NO_SPACE_AFTER = {"(", "[", "{", "«"}
EN_CLITICS = {"'s", "'re", "'ve", "'ll", "'d", "'m", "n't", "’s", "’re", "’ve", "’ll", "’d", "’m", "n’t"}


def _elided(tok):
    return len(tok) > 1 and tok[-1] in "'’" and tok[:-1].isalpha()


def _inverted(tok):
    return len(tok) > 1 and tok[0] == "-" and tok[1:].replace("-", "").isalpha()


class Detokenizer:
    def __init__(self, lang):
        self.lang = lang

    def _glue(self, prev, cur, quote_open):
        """True when no space goes between `prev` and `cur`."""
        if cur in NO_SPACE_BEFORE or prev in NO_SPACE_AFTER:
            return True
        if cur == '"':
            return quote_open
        if prev == '"':
            return quote_open
        if self.lang == "en":
            if cur in NO_SPACE_BEFORE_EN or cur.lower() in EN_CLITICS or prev == "$":
                return True
            return cur in ("'", "’") and prev[-1:] in ("s", "S")
        return _elided(prev) or _inverted(cur)

    def join(self, tokens):
        """(text, [(start, end) per token])."""
        parts, spans, pos = [], [], 0
        quote_open = False
        for k, tok in enumerate(tokens):
            if k:
                # `quote_open` is the state after the previous token
                if not self._glue(tokens[k - 1], tok, quote_open):
                    parts.append(" ")
                    pos += 1
            spans.append((pos, pos + len(tok)))
            parts.append(tok)
            pos += len(tok)
            if tok == '"':
                quote_open = not quote_open
        return "".join(parts), spans
