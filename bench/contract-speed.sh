#!/usr/bin/env bash
# Checked requests per second of `sequere contract` against `sequere mock` on
# loopback (--workers 8, fuzzing phase, every check), petstore and GitHub
# interleaved ROUNDS times, then one full examples+coverage+negative+stateful
# run of the orders API against `sequere example orders serve`.
# Plain `go build` binary. Usage: bench/contract-speed.sh [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${1:-3}
CORPUS=${CORPUS:-../shared/corpus}
OUT=$(mktemp -d)
BIN=$OUT/sequere
go build -o "$BIN" ./cmd/sequere
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$OUT"; }
trap cleanup EXIT

wait_up() { for _ in $(seq 600); do curl -s -o /dev/null "$1" && return 0; sleep 0.1; done; echo "no answer from $1" >&2; exit 1; }

"$BIN" mock "$CORPUS/petstore.yaml" --port 47811 --log-format none 2>/dev/null & pids+=($!)
"$BIN" mock "$CORPUS/github-api.github.com.yaml" --port 47812 --log-format none 2>/dev/null & pids+=($!)
wait_up http://127.0.0.1:47811/
wait_up http://127.0.0.1:47812/

# The summary line says "N requests to M operations in D": the engine's own
# time, without loading the description.
run() { # name spec port maxreq
	"$BIN" contract "$2" --base-url "http://127.0.0.1:$3" --workers 8 --bearer t --phases fuzzing \
		--max-examples 5000 --max-requests "$4" --seed 1 --failures-file '' -q -f text 2>&1 >/dev/null |
		sed -n 's/^sequere contract: \([0-9]*\) requests to \([0-9]*\) operations in \([0-9.]*\)\(m\?s\), \([0-9]*\) failures.*/\1 \2 \3 \4 \5/p' |
		awk -v n="$1" '{ s = ($4 == "ms") ? $3/1000 : $3; printf "%-9s %7d requests %4d ops %7.2f s %8.0f req/s %d failures\n", n, $1, $2, s, $1/s, $5 }'
}
for r in $(seq "$ROUNDS"); do
	echo "round $r"
	run petstore "$CORPUS/petstore.yaml" 47811 20000
	run github "$CORPUS/github-api.github.com.yaml" 47812 20000
done

"$BIN" example orders serve --addr 127.0.0.1:47813 --log-format text --log-level error --rate-limit 100000 >"$OUT/orders.out" 2>/dev/null & pids+=($!)
wait_up http://127.0.0.1:47813/healthz
id=$(sed -n 's/.*client_id=\([^ ]*\).*/\1/p' "$OUT/orders.out" | head -1)
secret=$(sed -n 's/.*client_secret=\([^ ]*\).*/\1/p' "$OUT/orders.out" | head -1)
start=$(date +%s.%N)
set +e
"$BIN" contract examples/orders/openapi.yaml --base-url http://127.0.0.1:47813 --client-id "$id" --client-secret "$secret" \
	--phases examples,coverage,negative,stateful --workers 8 --seed 1 --failures-file '' -q -f text 2>&1 | tail -n 3
set -e
end=$(date +%s.%N)
awk -v a="$start" -v b="$end" 'BEGIN { printf "orders full run wall (with load): %.2f s\n", b - a }'
