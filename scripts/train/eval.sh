#!/usr/bin/env bash
# Scores the entity layer on the held-out test split of every training
# corpus (target/train-data/, written by scripts/train/corpora.py): the
# rules alone, then rules + tagger, per type (exact span and type, as
# ../shared/tools/score.py counts them; it is read from there when present).
set -euo pipefail
cd "$(dirname "$0")/../.."
data=${1:-target/train-data}
score=../shared/tools/score.py
[ -f "$score" ] || { echo "eval: $score not found; skipped"; exit 0; }
cargo build --release --quiet --features train --bin train-tagger
bin=target/release/train-tagger
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf '%-18s %-7s %-22s %-22s %-22s %-22s %-22s\n' "test split" "" "PER/ORG/LOC P R F1" "PER" "ORG" "LOC" "MISC"
for gold in "$data"/fr/*.test.jsonl "$data"/en/*.test.jsonl; do
  [ -s "$gold" ] || continue
  lang=$(basename "$(dirname "$gold")")
  name="$lang/$(basename "$gold" .test.jsonl)"
  for mode in rules tagger; do
    flag=""; [ "$mode" = rules ] && flag="--rules"
    "$bin" predict --lang "$lang" $flag "$gold" > "$tmp/pred.jsonl"
    python3 "$score" "$gold" "$tmp/pred.jsonl" --json | python3 -c '
import json, sys
f = json.load(sys.stdin)
cell = lambda k: "%.3f %.3f %.3f" % (f[k]["p"], f[k]["r"], f[k]["f1"]) if k in f and f[k]["tp"] + f[k]["fp"] + f[k]["fn"] else "-"
print("%-18s %-7s %-22s %-22s %-22s %-22s %-22s" % (sys.argv[1], sys.argv[2], cell("entities"), cell("entities.PER"), cell("entities.ORG"), cell("entities.LOC"), cell("entities.MISC")))
' "$name" "$mode"
  done
done
