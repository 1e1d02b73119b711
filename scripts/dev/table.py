#!/usr/bin/env python3
"""Prints the development table: the annotator's scores on public news it
was not written on, split into a part one may tune on and a part one never
tunes on.

PolNeAR marks a quoted fragment inside reported speech as "mixed", and
score.py counts a predicted direct quote there as a false positive, while the
guidelines make it a direct quote nested in the indirect one. So each PolNeAR
row also gives direct P/R/F1 where a predicted direct quote overlapping a
gold mixed quote (and matching no gold direct quote) counts as neither right
nor wrong, beside score.py's own figure.

    scripts/dev/table.py ANNOTATE_BINARY DEV_DIR SCORE_PY [TRAIN_DATA_DIR]

DEV_DIR holds what `../shared/dev/make.sh` writes (te3_tbaq.jsonl,
polnear_en_train.jsonl, polnear_en_dev.jsonl); a set that is missing is
skipped. TimeBank+AQUAINT has no split of its own: a document whose id
hashes (CRC-32) to 0 mod 5 is in the "check" part (about a fifth, never
tuned on), the others in "tune". PolNeAR's train split is "tune" and its dev
split "check"; its test split is never converted nor read.
Standard library only.
"""
import json
import os
import subprocess
import sys
import tempfile
import zlib


def is_check(doc_id):
    return zlib.crc32(doc_id.encode("utf-8")) % 5 == 0


def split_te3(path, tmp):
    """Writes the tune and check parts of TimeBank+AQUAINT; returns their paths."""
    parts = {"tune": [], "check": []}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                doc_id = json.loads(line)["id"]
                parts["check" if is_check(doc_id) else "tune"].append(line)
    out = {}
    for name, lines in parts.items():
        out[name] = os.path.join(tmp, f"te3_tbaq.{name}.jsonl")
        with open(out[name], "w", encoding="utf-8") as f:
            f.writelines(lines)
    return out


def score(binary, score_py, gold, tmp):
    """score.py's figures, and the path of the predictions."""
    pred = os.path.join(tmp, os.path.basename(gold) + ".pred")
    with open(pred, "w", encoding="utf-8") as f:
        subprocess.run([binary, "--jsonl", gold], stdout=f, check=True)
    done = subprocess.run([sys.executable, score_py, gold, pred, "--json"], capture_output=True, text=True, check=True)
    return json.loads(done.stdout), pred


def direct_outside_mixed(gold_path, pred_path):
    """Direct-quote P/R/F1 where a predicted direct quote that matches no
    gold direct quote but overlaps a gold "mixed" quote (a quoted fragment
    inside reported speech, which the guidelines mark as a direct quote
    nested in the indirect one) counts as neither right nor wrong. Matching
    as in score.py: same kind, overlap at least half of the longer span."""
    def overlap(a, b):
        return max(0, min(a["end"], b["end"]) - max(a["start"], b["start"]))

    def half(a, b):
        return overlap(a, b) * 2 >= max(a["end"] - a["start"], b["end"] - b["start"])

    preds = {}
    with open(pred_path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                d = json.loads(line)
                preds[d["id"]] = [q for q in d.get("quotes", []) if q.get("kind", "direct") == "direct"]
    tp = fp = fn = 0
    with open(gold_path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            g = json.loads(line)
            gold = [q for q in g.get("quotes", []) if q.get("kind", "direct") == "direct"]
            mixed = [q for q in g.get("quotes", []) if q.get("kind") == "mixed"]
            pred = preds.get(g["id"], [])
            used = set()
            for gq in gold:
                best, best_ov = None, 0
                for pi, pq in enumerate(pred):
                    if pi not in used and half(gq, pq) and overlap(gq, pq) > best_ov:
                        best, best_ov = pi, overlap(gq, pq)
                if best is None:
                    fn += 1
                else:
                    used.add(best)
                    tp += 1
            fp += sum(1 for pi, pq in enumerate(pred) if pi not in used and not any(overlap(pq, m) for m in mixed))
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def docs(path):
    with open(path, encoding="utf-8") as f:
        return sum(1 for line in f if line.strip())


def main():
    binary, dev_dir, score_py = sys.argv[1:4]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        te3 = os.path.join(dev_dir, "te3_tbaq.jsonl")
        if os.path.exists(te3):
            for part, path in split_te3(te3, tmp).items():
                s, _ = score(binary, score_py, path, tmp)
                rows.append((f"TimeBank+AQUAINT {part} ({docs(path)} docs)", "timexes",
                             f"value F1 {s['timexes.value']['f1']:.3f}  relaxed F1 {s['timexes.relaxed']['f1']:.3f}  "
                             f"strict F1 {s['timexes.strict']['f1']:.3f}"))
        for part, name in (("tune", "train"), ("check", "dev")):
            path = os.path.join(dev_dir, f"polnear_en_{name}.jsonl")
            if not os.path.exists(path):
                continue
            s, pred = score(binary, score_py, path, tmp)
            speakers = s["quotes.speaker_accuracy"]
            d = direct_outside_mixed(path, pred)
            rows.append((f"PolNeAR {name}, {part} ({docs(path)} docs)", "quotes",
                         f"direct F1 {s['quotes.direct']['f1']:.3f} (P {s['quotes.direct']['p']:.3f} R {s['quotes.direct']['r']:.3f})  "
                         f"speaker {speakers['acc'] or 0:.3f} (n {speakers['n']})  |  "
                         f"direct, partial quotes in mixed not counted: F1 {d['f1']:.3f} (P {d['p']:.3f} R {d['r']:.3f})"))
        train_data = sys.argv[4] if len(sys.argv) > 4 else None
        for lang in ("fr", "en"):
            folder = os.path.join(train_data or "", lang)
            if not train_data or not os.path.isdir(folder):
                continue
            for name in sorted(os.listdir(folder)):
                if not name.endswith(".test.jsonl"):
                    continue
                path = os.path.join(folder, name)
                s, _ = score(binary, score_py, path, tmp)
                cell = lambda k: "-" if k not in s or not s[k]["tp"] + s[k]["fp"] + s[k]["fn"] else f"{s[k]['f1']:.3f}"
                rows.append((f"{lang}/{name[:-len('.test.jsonl')]} test ({docs(path)} docs)", "entities",
                             f"PER/ORG/LOC F1 {s['entities']['f1']:.3f} (P {s['entities']['p']:.3f} R {s['entities']['r']:.3f})  "
                             f"PER {cell('entities.PER')}  ORG {cell('entities.ORG')}  LOC {cell('entities.LOC')}  MISC {cell('entities.MISC')}"))
    if not rows:
        print(f"no development sets in {dev_dir}")
        return
    width = max(len(r[0]) for r in rows)
    for name, layer, figures in rows:
        print(f"{name:{width}}  {layer:8} {figures}")


if __name__ == "__main__":
    main()
