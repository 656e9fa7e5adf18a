#!/usr/bin/env bash
# Every capability but SDK generation on real descriptions the tests do not
# use: the ones ogen, libopenapi, kin-openapi and speakeasy keep as test data in
# the Go module cache. Prints one row per spec and command: exit code, wall
# time, and the failures the command reported (findings for lint, changes for
# diff, failures for contract). Usage: bench/unseen-specs.sh [NAME-REGEXP]
# Exit codes above 1 (or a timeout, 124) on a valid description are bugs.
set -uo pipefail
cd "$(dirname "$0")/.."
ONLY=${1:-.}
MAXREQ=${MAXREQ:-2000}
LIMIT=${LIMIT:-300} # seconds any one command may take before it counts as a hang
OUT=$(mktemp -d)
BIN=$OUT/sequere
go build -o "$BIN" ./cmd/sequere || exit 2
mockpid=
cleanup() { [ -n "$mockpid" ] && kill "$mockpid" 2>/dev/null; rm -rf "$OUT"; }
trap cleanup EXIT

MOD=$(go env GOMODCACHE)
for m in github.com/ogen-go/ogen@v1.25.0 github.com/pb33f/libopenapi@v0.42.4 \
	github.com/getkin/kin-openapi@v0.153.0 github.com/speakeasy-api/openapi@v1.24.0; do
	[ -d "$MOD/$m" ] || (cd "$OUT" && go mod download -x "$m" >/dev/null 2>&1) || echo "cannot download $m" >&2
done
ogen=$MOD/github.com/ogen-go/ogen@v1.25.0/_testdata/examples
lo=$MOD/github.com/pb33f/libopenapi@v0.42.4/test_specs
kin=$MOD/github.com/getkin/kin-openapi@v0.153.0/openapi3/testdata
specs=(
	"$ogen/k8s.json" "$ogen/autorest/"*.json "$ogen/tinkoff.json" "$ogen/firecracker.json"
	"$ogen/telegram_bot_api.json" "$ogen/ent.json" "$ogen/openai-2.3.0.openapi.yaml"
	"$ogen/openai-1.2.0.openapi.yaml" "$ogen/superset.json" "$ogen/2ch.yml" "$ogen/gotd_bot_api.json"
	"$ogen/swagger-petstore-1.0.27.yaml"
	"$lo/docusignv3.1.json" "$lo/xsoar.json" "$lo/k8s.json" "$lo/stripe-old.yaml"
	"$lo/petstorev2-complete.yaml" "$lo/petstorev3.json" "$lo/vendor-extensions-test.yaml"
	"$kin/lxkns.yaml" "$kin/oai_v3_stoplight.json" "$kin/issue423.k8s.swagger.json"
	"$MOD/github.com/speakeasy-api/openapi@v1.24.0/jsonschema/oas3/testdata/pagerduty.json"
)
# Revisions worth diffing against each other: a newer and an older release.
declare -A history=(
	["$ogen/openai-2.3.0.openapi.yaml"]="$ogen/openai-1.2.0.openapi.yaml"
	["$lo/stripe-old.yaml"]="../shared/corpus/history/stripe-spec3-v376.yaml"
	["$lo/k8s.json"]="$ogen/k8s.json"
)

name() { local p=${1#"$MOD"/github.com/}; echo "${p%%@*}:$(basename "$1")"; }
# row SPEC COMMAND RC SECONDS FAILURES
row() { printf '| %s | %s | %s | %s | %s |\n' "$@"; }
timed() { # LOG CMD...: runs CMD under the limit, prints "rc seconds"
	local log=$1 s e rc; shift
	s=$(date +%s.%N); timeout "$LIMIT" "$@" >"$log" 2>&1; rc=$?; e=$(date +%s.%N)
	echo "$rc $(awk -v a="$s" -v b="$e" 'BEGIN { printf "%.2f", b - a }')"
}
# bad LOG: PANIC for a stack trace, else the first line of an exit-2 error.
bad() {
	if grep -m1 -E '^panic:|^goroutine [0-9]+ \[running|^fatal error:' "$1" >/dev/null; then echo " PANIC"
	elif [ "$rc" -ge 2 ]; then echo " ($(grep -m1 '^sequere' "$1" | sed "s|$MOD/||g; s/|/\\|/g" | cut -c1-160))"; fi
}

# checks LOG: the failing checks of a contract run, with counts.
checks() {
	local c
	c=$(sed -n 's/^[^ ]*:[0-9]*:[0-9]*: error \([a-z_]*\) .*/\1/p' "$1" | sort | uniq -c | awk '{ printf "%s%s %d", sep, $2, $1; sep = ", " }')
	[ -n "$c" ] && echo " ($c)"
}

echo "| spec | command | exit | s | failures |"
echo "|---|---|---:|---:|---|"
port=47900
for spec in "${specs[@]}"; do
	n=$(name "$spec")
	[[ $n =~ $ONLY ]] || continue
	[ -f "$spec" ] || { row "$n" missing - - -; continue; }
	L=$OUT/log
	read -r rc t < <(timed "$L" "$BIN" lint "$spec" -f text)
	row "$n" lint "$rc" "$t" "$(grep -cE ':[0-9]+:[0-9]+: (error|warn|info|hint) ' "$L") findings$(bad "$L")"
	read -r rc t < <(timed "$L" "$BIN" diff "$spec" "$spec")
	row "$n" "diff self" "$rc" "$t" "$(grep -cE ':[0-9]+:[0-9]+: ' "$L") changes$(bad "$L")"
	if [ -n "${history[$spec]:-}" ]; then
		read -r rc t < <(timed "$L" "$BIN" diff "${history[$spec]}" "$spec")
		row "$n" "diff vs $(basename "${history[$spec]}")" "$rc" "$t" "$(grep -cE ':[0-9]+:[0-9]+: ' "$L") changes$(bad "$L")"
	fi
	read -r rc t < <(timed "$L" "$BIN" docs "$spec" -o "$OUT/docs.html")
	row "$n" docs "$rc" "$t" "$(wc -c 2>/dev/null <"$OUT/docs.html" || echo 0) bytes$(bad "$L")"
	read -r rc t < <(timed "$L" "$BIN" postman "$spec" -o "$OUT/postman.json")
	row "$n" postman "$rc" "$t" "$(wc -c 2>/dev/null <"$OUT/postman.json" || echo 0) bytes$(bad "$L")"
	read -r rc t < <(timed "$L" "$BIN" load "$spec" --dry-run --bearer t --include-unsafe)
	row "$n" "load --dry-run" "$rc" "$t" "$(grep -c 'weight' "$L") operations planned$(bad "$L")"
	port=$((port + 1))
	rm -f "$OUT/docs.html" "$OUT/postman.json"
	"$BIN" mock "$spec" --port "$port" --seed 1 --stateful --log-format json >"$OUT/mock.log" 2>&1 &
	mockpid=$!
	up=
	for _ in $(seq 600); do
		curl -s -o /dev/null "http://127.0.0.1:$port/" && { up=1; break; }
		kill -0 "$mockpid" 2>/dev/null || break
		sleep 0.1
	done
	if [ -z "$up" ]; then
		wait "$mockpid"; rc=$?; mockpid=
		row "$n" mock "$rc" - "did not start$(bad "$OUT/mock.log")"
		continue
	fi
	# The mock checks that credentials are there, not that they are right,
	# so ignored_auth cannot pass against it (as in internal/contract).
	read -r rc t < <(timed "$L" "$BIN" contract "$spec" --base-url "http://127.0.0.1:$port" --bearer t --exclude-checks ignored_auth \
		--max-requests "$MAXREQ" --seed 1 --failures-file "$OUT/failures-$port.json" -q -f text)
	f=$(sed -n 's/^sequere contract: .*, \([0-9]*\) failures.*/\1/p' "$L" | tail -1)
	row "$n" "mock+contract" "$rc" "$t" "${f:-?} failures$(bad "$L")$(checks "$L")"
	if [ -n "${KEEP:-}" ]; then cp "$L" "$KEEP/$(echo "$n" | tr '/:' '__').contract.txt"; cp "$OUT/mock.log" "$KEEP/$(echo "$n" | tr '/:' '__').mock.log"; fi
	kill "$mockpid" 2>/dev/null; wait "$mockpid" 2>/dev/null
	grep -qE '^panic:|^fatal error:' "$OUT/mock.log" && row "$n" mock - - "PANIC in mock log"
	mockpid=
done
