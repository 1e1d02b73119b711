"""Sentences with token offsets, and their assembly into gold-format documents.

A reader turns its corpus into `Sentence`s: the sentence's raw text, each
token's form and character span in that text, and entities as token ranges.
`assemble` joins sentences into one document text (a space between the
sentences of a paragraph, "\\n" between paragraphs) and maps every entity to
code point offsets, checking `text[start:end] == span text`.
"""
import dataclasses


@dataclasses.dataclass
class Sentence:
    text: str
    forms: list        # token forms
    spans: list        # (start, end) of each token in `text`
    entities: list     # (first token, last token + 1, type)
    no_start: frozenset = frozenset()  # tokens that share their span with the token before (au = à|le)
    no_end: frozenset = frozenset()    # tokens that share their span with the token after


UNMAPPABLE = "unmappable spans dropped (an end inside a contracted token)"


class Stats:
    """Counts of what a reader changed or dropped, per corpus."""

    def __init__(self):
        self.counts = {}

    def add(self, key, n=1):
        self.counts[key] = self.counts.get(key, 0) + n


def io_spans(tags):
    """The (start, end, type) spans of IO or IOB1 tags (`I-PER`, `B-PER` only
    to part two names of one type side by side)."""
    out, cur = [], None
    for k, tag in enumerate(tags + ["O"]):
        typ = tag[2:] if tag.startswith(("I-", "B-")) else None
        if cur and (typ != cur[2] or tag.startswith("B-")):
            out.append(tuple(cur))
            cur = None
        if typ and cur is None:
            cur = [k, k + 1, typ]
        elif typ:
            cur[1] = k + 1
    return out


def chunks(items, size):
    """Split `items` into ceil(len/size) runs of nearly equal length, in order."""
    n = max(1, round(len(items) / size))
    base, extra = divmod(len(items), n)
    out, pos = [], 0
    for k in range(n):
        step = base + (1 if k < extra else 0)
        if step:
            out.append(items[pos:pos + step])
        pos += step
    return out


def sentence_from_tokens(tokens, entities, detok):
    """A Sentence for a corpus that only has tokens: the text is made by `detok`."""
    text, spans = detok.join([t for t in tokens])
    return Sentence(text, list(tokens), spans, entities)


def sentence_from_spacing(tokens, space_after, entities):
    """A Sentence whose text is the tokens joined as the corpus says (SpaceAfter=No and the like)."""
    parts, spans, pos = [], [], 0
    for form, space in zip(tokens, space_after):
        spans.append((pos, pos + len(form)))
        parts.append(form)
        pos += len(form)
        if space:
            parts.append(" ")
            pos += 1
    text = "".join(parts)
    strip = len(text) - len(text.rstrip(" "))
    return Sentence(text[:len(text) - strip] if strip else text, list(tokens), spans, entities)


def assemble(paragraphs, stats):
    """(text, entities) for a document given as a list of paragraphs of Sentences.

    Entities whose ends fall inside a token shared by two words (the `du` of
    `de le`) cannot be mapped exactly and are dropped (counted as UNMAPPABLE)."""
    pieces, entities, pos = [], [], 0
    for p, para in enumerate(paragraphs):
        if p:
            pieces.append("\n")
            pos += 1
        for s, sent in enumerate(para):
            if s:
                pieces.append(" ")
                pos += 1
            for i, j, typ in sent.entities:
                if i in sent.no_start or (j - 1) in sent.no_end:
                    stats.add(UNMAPPABLE)
                    continue
                start, end = sent.spans[i][0], sent.spans[j - 1][1]
                entities.append({"start": pos + start, "end": pos + end, "type": typ,
                                 "text": sent.text[start:end]})
            pieces.append(sent.text)
            pos += len(sent.text)
    text = "".join(pieces)
    for e in entities:
        assert text[e["start"]:e["end"]] == e["text"], (e, text[e["start"]:e["end"]])
        assert e["text"] == e["text"].strip() and e["text"], e
    entities.sort(key=lambda e: (e["start"], e["end"]))
    for a, b in zip(entities, entities[1:]):
        assert a["end"] <= b["start"], f"overlapping entities {a} {b}"
    return text, entities
