#!/usr/bin/env bash
# load-rss.sh [DURATION] [RATE]: resident memory of `sequere load` through a
# long run at a fixed rate against the loopback target, sampled every 10 s
# from /proc. The HDR histograms and the bounded timeline should keep it flat.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/load-lib.sh
duration=${1:-5m}
rate=${2:-2000/s}
start_target
"$BIN/sequere" load "$SPEC" --base-url "$TARGET" --rate "$rate" --duration "$duration" > "$CACHE/rss-summary.txt" 2>/dev/null &
pid=$!
echo "elapsed_s rss_kib"
t=0
while kill -0 $pid 2>/dev/null; do
  rss=$(awk '/VmRSS/{print $2}' /proc/$pid/status 2>/dev/null || true)
  [ -n "$rss" ] && echo "$t $rss"
  sleep 10
  t=$((t + 10))
done
wait $pid || true
grep -E "achieved|valid|INVALID|http_reqs\.|send_lag" "$CACHE/rss-summary.txt"
