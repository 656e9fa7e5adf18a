#!/usr/bin/env bash
# load-vs-wrk.sh [SECONDS]: the highest rate `sequere load` sustains against
# the loopback target beside wrk (Debian) against the same target, run
# interleaved (wrk, sequere, wrk, sequere). sequere runs its closed model
# with as many VUs as wrk has connections, which is what wrk measures; the
# ratio is sequere's requests/s over wrk's.
#
# On a shared machine the rate follows the neighbours' load, so every round
# also prints each generator's own CPU time (user+sys, from GNU time) per
# 100k requests, which moves far less, and the load average it ran under.
# SEQUERE_BEFORE=path/to/sequere adds an older build to each round, so a
# change is compared side by side under the same load. ROUNDS (default 2).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/load-lib.sh
secs=${1:-5}
conns=${CONNS:-32}
rounds=${ROUNDS:-2}
command -v wrk >/dev/null || { echo "wrk not installed (apt-get install wrk)" >&2; exit 2; }
start_target
timed() { # runs the command under GNU time; its stdout goes to $CACHE/run.out
  /usr/bin/time -f "%U %S" -o "$CACHE/time.out" "$@" > "$CACHE/run.out" 2>/dev/null || true
}
cpu100k() { # CPU seconds per 100k requests, given the rate and the seconds
  awk -v r="$1" -v s="$secs" '{c = $1 + $2} END {if (r > 0) printf "%.2f", c / (r * s) * 1e5; else print "-"}' "$CACHE/time.out"
}
sequere() { # binary -> "rate cpu"
  timed "$1" load "$SPEC" --base-url "$TARGET" --vus "$conns" --duration "${secs}s"
  local r
  r=$(awk '/http_reqs\.\.\./{print $3}' "$CACHE/run.out" | sed 's|/s||')
  echo "$r $(cpu100k "$r")"
}
for round in $(seq "$rounds"); do
  load=$(cut -d' ' -f1 /proc/loadavg)
  timed wrk -t2 -c"$conns" -d"${secs}s" "$TARGET/hello"
  w=$(awk '/Requests\/sec/{print $2}' "$CACHE/run.out")
  wc=$(cpu100k "$w")
  # The two builds swap places every round, so neither always runs first.
  if [ -n "${SEQUERE_BEFORE:-}" ] && [ $((round % 2)) = 0 ]; then
    read -r b bc <<< "$(sequere "$SEQUERE_BEFORE")"
  fi
  read -r s sc <<< "$(sequere "$BIN/sequere")"
  if [ -n "${SEQUERE_BEFORE:-}" ] && [ $((round % 2)) = 1 ]; then
    read -r b bc <<< "$(sequere "$SEQUERE_BEFORE")"
  fi
  line="round $round (load $load): wrk ${w} req/s ${wc} cpu-s/100k, sequere ${s} req/s ${sc} cpu-s/100k, ratio $(awk -v a="$s" -v b="$w" 'BEGIN{printf "%.2f", a/b}')"
  if [ -n "${SEQUERE_BEFORE:-}" ]; then
    line+=", before ${b} req/s ${bc} cpu-s/100k, ratio $(awk -v a="$b" -v b="$w" 'BEGIN{printf "%.2f", a/b}')"
  fi
  echo "$line"
done
