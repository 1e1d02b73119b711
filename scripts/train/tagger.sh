#!/usr/bin/env bash
# Trains the entity tagger of each language and writes data/models/<lang>.tagger.
#
#   scripts/train/tagger.sh            convert the corpora, train, report held-out scores
#
# 1. scripts/train/corpora.py converts the training corpora (snapshots under
#    ../.mirror, see data/models/SOURCES.md) and our own articles
#    (tests/fixtures/entities/news/) into target/train-data/ (never committed).
# 2. The train-tagger binary (cargo feature `train`) trains one averaged
#    perceptron per language on the train and dev splits of every corpus of
#    that language, pooled; the test splits are never trained or tuned on.
# 3. scripts/train/eval.sh scores the rules alone and rules + tagger on the
#    test splits.
# Deterministic: the same data gives the same bytes. About a minute on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/../.."
data=target/train-data
python3 scripts/train/corpora.py --out "$data"
cargo build --release --quiet --features train --bin train-tagger
bin=target/release/train-tagger
declare -A corpora=([fr]="ours sequoia europeana newseye" [en]="ours wikigold gum")
for lang in fr en; do
  files=""
  for c in ${corpora[$lang]}; do
    for split in train dev; do
      f="$data/$lang/$c.$split.jsonl"
      [ -s "$f" ] && files="$files,$f"
    done
  done
  "$bin" train --lang "$lang" --train "${files#,}" --out "data/models/$lang.tagger"
done
ls -l data/models/*.tagger
scripts/train/eval.sh
