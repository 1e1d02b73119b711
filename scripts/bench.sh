#!/usr/bin/env bash
# Benchmarks (commands, not timed tests: the machine may be shared and noisy).
# Native throughput and scaling, then the same core in headless Chromium;
# appends the figures to bench/history.md with the date and commit.
#   scripts/bench.sh [MB]      (default 10)
set -euo pipefail
cd "$(dirname "$0")/.."
mb=${1:-10}
scripts/setup.sh --tests
out=$(mktemp)
trap 'rm -f "$out"' EXIT
{
  echo "== native (cargo run --release --example bench $mb)"
  cargo run --quiet --release --example bench "$mb"
  echo
  echo "== browser (node bench/browser.mjs $mb)"
  TMPDIR="$PWD/target/tmp" node bench/browser.mjs "$mb"
} | tee "$out"
# The budget: the browser within 2x of native, on the same mixed input.
awk 'function mbs(  i) { for (i = 2; i <= NF; i++) if ($i == "MB/s") return $(i-1) }
  /^full pipeline/ { n = mbs() } /mixed fr\/en, then \(steady\)/ { w = mbs() }
  END { if (n && w) printf "%-44s %8.2f (budget: at most 2)\n", "native / browser, mixed, steady", n / w }' "$out" | tee -a "$out"
{
  echo
  echo "## $(date -u +%Y-%m-%dT%H:%MZ) $(git rev-parse --short HEAD)$(git diff --quiet || echo '+changes') on $(nproc) cores"
  echo '```'
  cat "$out"
  echo '```'
} >> bench/history.md
echo "appended to bench/history.md"
