#!/usr/bin/env python3
"""Prints the development table: the annotator's scores on public news it
was not written on, split into a part one may tune on and a part one never
tunes on.

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
    pred = os.path.join(tmp, os.path.basename(gold) + ".pred")
    with open(pred, "w", encoding="utf-8") as f:
        subprocess.run([binary, "--jsonl", gold], stdout=f, check=True)
    done = subprocess.run([sys.executable, score_py, gold, pred, "--json"], capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


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
                s = score(binary, score_py, path, tmp)
                rows.append((f"TimeBank+AQUAINT {part} ({docs(path)} docs)", "timexes",
                             f"value F1 {s['timexes.value']['f1']:.3f}  relaxed F1 {s['timexes.relaxed']['f1']:.3f}  "
                             f"strict F1 {s['timexes.strict']['f1']:.3f}"))
        for part, name in (("tune", "train"), ("check", "dev")):
            path = os.path.join(dev_dir, f"polnear_en_{name}.jsonl")
            if not os.path.exists(path):
                continue
            s = score(binary, score_py, path, tmp)
            speakers = s["quotes.speaker_accuracy"]
            rows.append((f"PolNeAR {name}, {part} ({docs(path)} docs)", "quotes",
                         f"direct F1 {s['quotes.direct']['f1']:.3f} (P {s['quotes.direct']['p']:.3f} R {s['quotes.direct']['r']:.3f})  "
                         f"speaker {speakers['acc'] or 0:.3f} (n {speakers['n']})"))
        train_data = sys.argv[4] if len(sys.argv) > 4 else None
        for lang in ("fr", "en"):
            folder = os.path.join(train_data or "", lang)
            if not train_data or not os.path.isdir(folder):
                continue
            for name in sorted(os.listdir(folder)):
                if not name.endswith(".test.jsonl"):
                    continue
                path = os.path.join(folder, name)
                s = score(binary, score_py, path, tmp)
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
