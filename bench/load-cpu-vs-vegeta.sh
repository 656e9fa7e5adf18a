#!/usr/bin/env bash
# load-cpu-vs-vegeta.sh [RATE] [SECONDS]: CPU time per request of `sequere
# load` and of vegeta's CLI (Go module proxy, installed into the bench cache)
# at the same fixed rate against the same loopback target, interleaved.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/load-lib.sh
rate=${1:-2000}
secs=${2:-10}
GOBIN=$CACHE/bin go install github.com/tsenart/vegeta/v12@v12.13.0
start_target
cpu() { # user+sys seconds of the command, from GNU time
  /usr/bin/time -f "%U %S" -o "$CACHE/time.out" "$@" >/dev/null 2>&1 || true
  awk '{print $1 + $2}' "$CACHE/time.out"
}
n=$((rate * secs))
for round in 1 2; do
  v=$(echo "GET $TARGET/hello" | cpu "$CACHE/bin/vegeta" attack -rate="${rate}/s" -duration="${secs}s")
  s=$(cpu "$BIN/sequere" load "$SPEC" --base-url "$TARGET" --rate "${rate}/s" --duration "${secs}s")
  echo "round $round: vegeta $(awk -v c="$v" -v n="$n" 'BEGIN{printf "%.1f", c/n*1e6}') µs/req, sequere $(awk -v c="$s" -v n="$n" 'BEGIN{printf "%.1f", c/n*1e6}') µs/req, ratio $(awk -v a="$s" -v b="$v" 'BEGIN{printf "%.2f", a/b}')"
done
