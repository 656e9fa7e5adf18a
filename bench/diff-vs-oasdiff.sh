#!/usr/bin/env bash
# Runs sequere diff and oasdiff v1.36.0 changelog on every testdata/diff
# fixture and on the corpus history pairs, and prints where their verdicts
# differ (input for bench/diff-vs-oasdiff.md). Usage: bench/diff-vs-oasdiff.sh
set -euo pipefail
CACHE=${SEQUERE_BENCH_CACHE:-$HOME/.cache/sequere-bench}
OUT="$CACHE/diff-vs-oasdiff"
mkdir -p "$CACHE/bin" "$OUT"
[ -x "$CACHE/bin/oasdiff" ] || GOBIN="$CACHE/bin" GOFLAGS=-mod=mod go install github.com/oasdiff/oasdiff@v1.36.0
# SEQUERE_BIN runs an already built binary (e.g. while the tree does not build).
if [ -n "${SEQUERE_BIN:-}" ]; then cp "$SEQUERE_BIN" "$CACHE/bin/sequere"; else (cd "$(dirname "$0")/.." && go build -o "$CACHE/bin/sequere" ./cmd/sequere); fi
for d in testdata/diff/*/; do
  n=$(basename "$d")
  "$CACHE/bin/sequere" diff --expand --format json "$d/base.yaml" "$d/revision.yaml" > "$OUT/$n.sequere.json" 2>/dev/null || true
  "$CACHE/bin/oasdiff" changelog "$d/base.yaml" "$d/revision.yaml" --format json > "$OUT/$n.oasdiff.json" 2>/dev/null || echo '[]' > "$OUT/$n.oasdiff.json"
done
H=../shared/corpus/history
for pair in "stripe stripe-spec3-v376.yaml stripe-spec3-v524.yaml" "twilio twilio_api_v2010-2.5.5.yaml twilio_api_v2010-2.6.7.yaml"; do
  set -- $pair
  "$CACHE/bin/sequere" diff --format json "$H/$2" "$H/$3" > "$OUT/history-$1.sequere.json" 2>/dev/null || true
  "$CACHE/bin/sequere" diff --expand --format json "$H/$2" "$H/$3" > "$OUT/history-$1.sequere-expand.json" 2>/dev/null || true
  "$CACHE/bin/oasdiff" changelog "$H/$2" "$H/$3" --format json > "$OUT/history-$1.oasdiff.json" 2>/dev/null || true
done
python3 bench/diff-compare.py "$OUT"
