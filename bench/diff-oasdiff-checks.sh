#!/usr/bin/env bash
# Writes bench/diff-oasdiff-checks.md: every oasdiff v1.36.0 changelog check id
# mapped to the sequere diff check that covers it (or why none does).
# Installs oasdiff into $HOME/.cache/sequere-bench like diff-vs-oasdiff.sh.
set -euo pipefail
CACHE=${SEQUERE_BENCH_CACHE:-$HOME/.cache/sequere-bench}
mkdir -p "$CACHE/bin"
[ -x "$CACHE/bin/oasdiff" ] || GOBIN="$CACHE/bin" GOFLAGS=-mod=mod go install github.com/oasdiff/oasdiff@v1.36.0
(cd "$(dirname "$0")/.." && go build -o "$CACHE/bin/sequere" ./cmd/sequere)
"$CACHE/bin/oasdiff" checks changelog --format yaml > "$CACHE/oasdiff-checks.yaml"
"$CACHE/bin/sequere" diff --list-checks > "$CACHE/sequere-checks.txt"
python3 bench/diff-oasdiff-checks.py "$CACHE/oasdiff-checks.yaml" "$CACHE/sequere-checks.txt" > bench/diff-oasdiff-checks.md
grep -m1 'oasdiff checks:' bench/diff-oasdiff-checks.md
