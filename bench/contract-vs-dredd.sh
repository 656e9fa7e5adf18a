#!/usr/bin/env bash
# `sequere contract` and Dredd 14 (npm dredd@14, installed into
# ~/.cache/sequere-bench/dredd, outside the repository) side by side against
# `sequere mock` on loopback, on the corpus petstore (OpenAPI 3.0). First the
# corpus file as it is, then a copy whose path parameter petId has an
# example (Dredd needs one for every required URI parameter). Prints
# requests, failures and wall time of each tool; plain `go build` binary.
set -uo pipefail
cd "$(dirname "$0")/.."
CORPUS=${CORPUS:-../shared/corpus}
CACHE=${SEQUERE_BENCH_CACHE:-$HOME/.cache/sequere-bench}/dredd
OUT=$(mktemp -d)
BIN=$OUT/sequere
go build -o "$BIN" ./cmd/sequere || exit 1
if [ ! -x "$CACHE/node_modules/.bin/dredd" ]; then
	mkdir -p "$CACHE" && (cd "$CACHE" && npm install --no-audit --no-fund --loglevel=error dredd@14) || exit 1
fi
DREDD=$CACHE/node_modules/.bin/dredd
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$OUT"; }
trap cleanup EXIT

"$BIN" mock "$CORPUS/petstore.yaml" --port 47861 --log-format text 2>"$OUT/mock.log" & pids+=($!)
for _ in $(seq 100); do curl -s -o /dev/null http://127.0.0.1:47861/ && break; sleep 0.1; done

sed 's/^\(          description: The id of the pet to retrieve\)$/\1\n          example: "1"/' "$CORPUS/petstore.yaml" >"$OUT/petstore-examples.yaml"
grep -q 'example: "1"' "$OUT/petstore-examples.yaml" || { echo "could not add the petId example" >&2; exit 1; }

now() { date +%s.%N; }
for spec in "$CORPUS/petstore.yaml" "$OUT/petstore-examples.yaml"; do
	echo "== $(basename "$spec")"
	l0=$(wc -l <"$OUT/mock.log")
	a=$(now)
	"$DREDD" "$spec" http://127.0.0.1:47861 --loglevel=warning >"$OUT/dredd.out" 2>&1
	rc=$?
	b=$(now)
	n=$(($(wc -l <"$OUT/mock.log") - l0))
	summary=$(sed 's/\x1b\[[0-9;]*m//g' "$OUT/dredd.out" | grep -E '^complete: .* total' | tail -n 1)
	awk -v a="$a" -v b="$b" -v n="$n" -v rc="$rc" -v s="${summary:-no summary}" \
		'BEGIN { printf "dredd     exit %d, %d requests, %.2f s wall: %s\n", rc, n, b - a, s }'
	sed "s/\x1b\[[0-9;]*m//g" "$OUT/dredd.out" | grep -E "^(fail|error):" | cut -c1-220 | head -n 6
	l0=$(wc -l <"$OUT/mock.log")
	a=$(now)
	"$BIN" contract "$spec" --base-url http://127.0.0.1:47861 --seed 1 --failures-file '' -q -f text >"$OUT/sq.out" 2>"$OUT/sq.err"
	rc=$?
	b=$(now)
	n=$(($(wc -l <"$OUT/mock.log") - l0))
	awk -v a="$a" -v b="$b" -v rc="$rc" -v n="$n" -v s="$(tail -n 1 "$OUT/sq.err")" \
		'BEGIN { printf "sequere   exit %d, %d requests, %.2f s wall: %s\n", rc, n, b - a, s }'
	sed -n '1,5p' "$OUT/sq.out" | cut -c1-200
done
