#!/usr/bin/env bash
# Stripe SDK generation, sequere beside the anchors, interleaved: each round runs
# every tool once in turn (sequere go, oapi-codegen, ogen, sequere typescript,
# openapi-typescript, @hey-api/openapi-ts, sequere python), so a load spike hits
# them all alike. Prints wall and CPU (user+sys) medians per tool and each
# anchor's ratio to sequere in the same language. The goal of issue 16: each of
# sequere's three SDKs in under 3 s. Anchors come from the caches that
# bench/sdk-go-compare.sh and bench/sdk-ts-compare.sh fill (run those first);
# a missing one is left out. ogen rejects Stripe (exit 1): its row is the time to
# that verdict, marked, not a generation time.
#   bench/sdk-stripe-speed.sh [ROUNDS]   (default 3; SPEC= another description)
set -uo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-3}
spec=${SPEC:-../shared/corpus/stripe-spec3.yaml}
cache=${SEQUERE_BENCH_CACHE:-$HOME/.cache/sequere-bench}
bin=$cache/bin nm=$cache/ts/node_modules
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/sequere" ./cmd/sequere || exit 2

tools=()
add() { [ -x "$2" ] && tools+=("$1") || echo "sdk-stripe-speed: $1 not installed ($2), left out" >&2; }
add sequere-go "$tmp/sequere"
add oapi-codegen "$bin/oapi-codegen"
add ogen "$bin/ogen"
add sequere-typescript "$tmp/sequere"
add openapi-typescript "$nm/.bin/openapi-typescript"
add hey-api "$nm/.bin/openapi-ts"
add sequere-python "$tmp/sequere"

# run TOOL: one generation into a fresh directory; appends "wall cpu rc" to $tmp/TOOL.
run() {
	local out=$tmp/out tool=$1
	rm -rf "$out" && mkdir -p "$out"
	case $1 in
	sequere-*) set -- "$tmp/sequere" generate client --lang "${1#sequere-}" "$spec" -o "$out" --package api --module example.test/api ;;
	oapi-codegen) set -- "$bin/oapi-codegen" -generate types,client -package api -o "$out/api.go" "$spec" ;;
	ogen) set -- "$bin/ogen" -package api -target "$out" -clean "$spec" ;;
	openapi-typescript) set -- "$nm/.bin/openapi-typescript" "$spec" -o "$out/schema.ts" ;;
	hey-api) set -- "$nm/.bin/openapi-ts" -i "$spec" -o "$out/client" -s --no-log-file ;;
	esac
	/usr/bin/time -f '%e %U %S' -o "$tmp/t" "$@" >/dev/null 2>&1
	local rc=$?
	tail -n1 "$tmp/t" | awk -v rc="$rc" '{printf "%.2f %.2f %s\n", $1, $2 + $3, rc}' >>"$tmp/$tool"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg); $rounds rounds; $spec"
for ((i = 0; i < rounds; i++)); do
	for tool in "${tools[@]}"; do run "$tool"; done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"

printf '| tool | wall (median) | CPU (median) | wall / sequere | CPU / sequere | exit codes |\n|---|---:|---:|---:|---:|---|\n'
for tool in "${tools[@]}"; do
	w=$(cut -d' ' -f1 "$tmp/$tool" | median) c=$(cut -d' ' -f2 "$tmp/$tool" | median)
	codes=$(cut -d' ' -f3 "$tmp/$tool" | sort -u | tr '\n' ' ')
	case $tool in
	oapi-codegen | ogen) ref=sequere-go ;;
	openapi-typescript | hey-api) ref=sequere-typescript ;;
	*) ref=$tool ;;
	esac
	rw=$(cut -d' ' -f1 "$tmp/$ref" | median) rc=$(cut -d' ' -f2 "$tmp/$ref" | median)
	awk -v t="$tool" -v w="$w" -v c="$c" -v rw="$rw" -v rc="$rc" -v codes="$codes" 'BEGIN {
		printf "| %s | %.2f s | %.2f s | x%.2f | x%.2f | %s|\n", t, w, c, (rw > 0 ? w / rw : 0), (rc > 0 ? c / rc : 0), codes }'
done
