#!/usr/bin/env bash
# Builds the page and serves it on http://127.0.0.1:PORT/ (default 8000).
# index.html also works opened straight from disk once pkg/ is built.
set -euo pipefail
cd "$(dirname "$0")/.."
port=${PORT:-8000}
scripts/build-page.sh
echo
echo "Article Annotator: http://127.0.0.1:$port/  (Ctrl-C to stop)"
echo "Or open $(pwd)/index.html in a browser."
exec python3 -m http.server --bind 127.0.0.1 "$port"
