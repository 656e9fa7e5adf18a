#!/usr/bin/env bash
# Speed and peak memory of `sequere diff` / `sequere changelog` against
# oasdiff v1.36.0 (`breaking` / `changelog`) on the corpus history pairs.
# Usage: bench/diff-speed.sh [runs]   (from the repo root; default 3 runs)
# oasdiff is installed from the Go module proxy into $HOME/.cache/sequere-bench.
set -euo pipefail
RUNS=${1:-3}
CACHE=${SEQUERE_BENCH_CACHE:-$HOME/.cache/sequere-bench}
H=../shared/corpus/history
mkdir -p "$CACHE/bin"
[ -x "$CACHE/bin/oasdiff" ] || GOBIN="$CACHE/bin" GOFLAGS=-mod=mod go install github.com/oasdiff/oasdiff@v1.36.0
# SEQUERE_BIN runs an already built binary (e.g. while the tree does not build).
if [ -n "${SEQUERE_BIN:-}" ]; then cp "$SEQUERE_BIN" "$CACHE/bin/sequere"; else (cd "$(dirname "$0")/.." && go build -o "$CACHE/bin/sequere" ./cmd/sequere); fi
OAS="$CACHE/bin/oasdiff" SQ="$CACHE/bin/sequere"

measure() { # label cmd...
  local label=$1; shift
  for i in $(seq "$RUNS"); do
    /usr/bin/time -f "%e %U %S %M" -o /tmp/diff-speed.$$ "$@" >/dev/null 2>&1 || true
    read -r wall user sys kb < <(tail -n 1 /tmp/diff-speed.$$)
    printf '| %s | %s | %s | %s | %d |\n' "$label" "$i" "$wall" "$(echo "$user + $sys" | bc)" $((kb / 1024))
  done
}

echo "| command | run | wall s | cpu s | peak RSS MiB |"
echo "|---|---:|---:|---:|---:|"
for pair in "stripe-spec3-v376.yaml stripe-spec3-v524.yaml" "twilio_api_v2010-2.5.5.yaml twilio_api_v2010-2.6.7.yaml"; do
  set -- $pair
  name=${1%%-*}; name=${name%%_*}
  measure "sequere diff ($name)" "$SQ" diff "$H/$1" "$H/$2"
  measure "sequere diff --expand ($name)" "$SQ" diff --expand "$H/$1" "$H/$2"
  measure "sequere changelog ($name)" "$SQ" changelog "$H/$1" "$H/$2"
  measure "oasdiff breaking ($name)" "$OAS" breaking "$H/$1" "$H/$2"
  measure "oasdiff changelog ($name)" "$OAS" changelog "$H/$1" "$H/$2"
done
rm -f /tmp/diff-speed.$$
