#!/usr/bin/env bash
# Latency of GET /v2/orders/{id} on the orders example at a fixed request rate.
#
#   bash bench/orders-latency.sh [--record]     # RATE=2000 DURATION=10s CONCURRENCY=20 PORT=18080
#
# Builds sequere into $HOME/.cache/sequere-bench (outside the repository), serves the
# example on 127.0.0.1 with in-memory SQLite, and drives it with hey (installed from
# Debian's packages when missing) at RATE requests per second in total for DURATION.
# The server's rate limit is raised so that the load generator, one client, is not
# throttled. Prints p50/p95/p99; --record appends them to bench/RESULTS.md under
# "## orders". The target is p95 < 5 ms.
set -euo pipefail

RATE="${RATE:-2000}"
DURATION="${DURATION:-10s}"
CONCURRENCY="${CONCURRENCY:-20}"
PORT="${PORT:-18080}"
CACHE="${SEQUERE_BENCH_CACHE:-$HOME/.cache/sequere-bench}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"

if ! command -v hey >/dev/null 2>&1; then
	echo "installing hey from apt" >&2
	apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hey >&2
fi

mkdir -p "$CACHE/bin"
(cd "$ROOT" && go build -o "$CACHE/bin/sequere" ./cmd/sequere)

work="$(mktemp -d)"
server_pid=""
cleanup() {
	if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
	rm -rf "$work"
}
trap cleanup EXIT

"$CACHE/bin/sequere" example orders serve --addr "127.0.0.1:$PORT" --log-level warn --rate-limit 1000000 \
	>"$work/banner.txt" 2>"$work/server.log" &
server_pid=$!
for _ in $(seq 1 100); do
	curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1 && break
	sleep 0.1
done
curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null || { cat "$work/server.log" >&2; exit 1; }

url=$(grep -o "http://127.0.0.1:$PORT/v2/orders/ord_[A-Za-z0-9]*" "$work/banner.txt" | head -1)
token=$(grep -o "Bearer [A-Za-z0-9._-]*" "$work/banner.txt" | head -1)
[ -n "$url" ] && [ -n "$token" ] || { echo "no curl in the banner" >&2; cat "$work/banner.txt" >&2; exit 1; }

per_worker=$(( RATE / CONCURRENCY ))
# Warm up connections and the database page cache, then measure.
hey -z 1s -c "$CONCURRENCY" -q "$per_worker" -H "Authorization: $token" "$url" >/dev/null
hey -z "$DURATION" -c "$CONCURRENCY" -q "$per_worker" -H "Authorization: $token" "$url" >"$work/hey.txt"

p50=$(awk '/ 50% in /{print $3*1000}' "$work/hey.txt")
p95=$(awk '/ 95% in /{print $3*1000}' "$work/hey.txt")
p99=$(awk '/ 99% in /{print $3*1000}' "$work/hey.txt")
rps=$(awk '/Requests\/sec:/{print $2}' "$work/hey.txt")
codes=$(awk '/Status code distribution:/{f=1;next} f&&NF{print} f&&!NF{exit}' "$work/hey.txt" | tr -s ' \t' ' ' | paste -sd ';' -)
load=$(cut -d' ' -f1-3 /proc/loadavg)
cmd="RATE=$RATE DURATION=$DURATION CONCURRENCY=$CONCURRENCY bash bench/orders-latency.sh"
summary="GET /v2/orders/{id}: target ${RATE} rps, achieved ${rps} rps over ${DURATION}; p50 ${p50} ms, p95 ${p95} ms, p99 ${p99} ms; status:${codes}"
echo "$summary"
verdict=$(awk -v p="$p95" 'BEGIN{print (p < 5) ? "PASS (p95 < 5 ms)" : "FAIL (p95 >= 5 ms)"}')
echo "$verdict"

if [ "${1:-}" = "--record" ]; then
	results="$ROOT/bench/RESULTS.md"
	touch "$results"
	grep -q '^## orders' "$results" || printf '\n## orders\n\nReference orders API (examples/orders), in-memory SQLite, loopback, load from hey.\n' >>"$results"
	entry=$(printf -- '- %s UTC, %s, %s cores (%s), load average %s during the run: `%s`\n  %s. %s' "$(date -u +%Y-%m-%dT%H:%M)" \
		"$(go env GOVERSION)" "$(nproc)" "$(uname -m)" "$load" "$cmd" "$summary" "$verdict")
	# Insert at the end of the orders section, before the next heading.
	ENTRY="$entry" python3 - "$results" <<'PY'
import os, sys
path = sys.argv[1]
lines = open(path).read().split("\n")
start = lines.index("## orders")
end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")), len(lines))
while end > start + 1 and lines[end - 1] == "":
    end -= 1
lines[end:end] = os.environ["ENTRY"].split("\n")
open(path, "w").write("\n".join(lines))
PY
fi
