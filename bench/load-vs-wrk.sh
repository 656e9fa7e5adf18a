#!/usr/bin/env bash
# load-vs-wrk.sh [SECONDS]: the highest rate `sequere load` sustains against
# the loopback target beside wrk (Debian) against the same target, run
# interleaved (wrk, sequere, wrk, sequere). sequere runs its closed model
# with as many VUs as wrk has connections, which is what wrk measures; the
# ratio is sequere's requests/s over wrk's.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/load-lib.sh
secs=${1:-5}
conns=${CONNS:-32}
command -v wrk >/dev/null || { echo "wrk not installed (apt-get install wrk)" >&2; exit 2; }
start_target
for round in 1 2; do
  w=$(wrk -t2 -c"$conns" -d"${secs}s" "$TARGET/hello" | awk '/Requests\/sec/{print $2}')
  s=$("$BIN/sequere" load "$SPEC" --base-url "$TARGET" --vus "$conns" --duration "${secs}s" 2>/dev/null |
    awk '/http_reqs\.\.\./{print $3}' | sed 's|/s||')
  echo "round $round: wrk ${w} req/s, sequere ${s} req/s, ratio $(awk -v a="$s" -v b="$w" 'BEGIN{printf "%.2f", a/b}')"
done
