#!/usr/bin/env bash
# sdk-go-compare.sh: Go SDK generation, sequere vs oapi-codegen vs ogen, side by
# side on the seven corpus descriptions and the orders API. For each tool and
# spec: generation wall time (one run, the tools interleaved per spec), then
# whether the output builds (`go build` in a scratch module, the tool's runtime
# dependencies fetched through the Go module proxy). The anchors are installed
# with `go install` into ~/.cache/sequere-bench/bin.
#
# usage: bench/sdk-go-compare.sh [SPEC...]   (default: the corpus and orders)
set -uo pipefail
cd "$(dirname "$0")/.."
root=$PWD
cache=${SEQUERE_BENCH_CACHE:-$HOME/.cache/sequere-bench}
bin=$cache/bin
mkdir -p "$bin"
export GOFLAGS=-mod=mod
[ -x "$bin/oapi-codegen" ] || GOBIN=$bin go install github.com/oapi-codegen/oapi-codegen/v2/cmd/oapi-codegen@latest >&2
[ -x "$bin/ogen" ] || GOBIN=$bin go install github.com/ogen-go/ogen/cmd/ogen@latest >&2
go build -o "$cache/sequere-sdk" ./cmd/sequere
. bench/sdk-specs.sh
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# gen TOOL SPEC DIR: generates into DIR/api, prints the wall seconds.
gen() {
	local tool=$1 spec=$2 dir=$3 start end
	mkdir -p "$dir/api"
	start=$(date +%s.%N)
	case $tool in
	sequere) "$cache/sequere-sdk" generate client --lang go "$spec" -o "$dir/api" --package api >/dev/null 2>"$dir/gen.err" ;;
	oapi-codegen) "$bin/oapi-codegen" -generate types,client -package api "$spec" >"$dir/api/api.go" 2>"$dir/gen.err" ;;
	ogen) "$bin/ogen" -package api -target "$dir/api" -clean "$spec" >/dev/null 2>"$dir/gen.err" ;;
	esac
	local rc=$?
	end=$(date +%s.%N)
	printf '%s %.2f\n' "$rc" "$(echo "$end - $start" | bc)"
}

# builds DIR: go build of the generated package in its own module.
builds() {
	local dir=$1
	(cd "$dir" && printf 'module bench.test/x\n\ngo 1.24\n' >go.mod && go mod tidy >/dev/null 2>&1; go build ./... >"$dir/build.err" 2>&1)
}

printf '| spec | tool | generated | wall | builds |\n|---|---|---|---:|---|\n'
for spec in "${specs[@]}"; do
	name=$(basename "$spec" .yaml)
	[ "$name" = openapi ] && name=$(basename "$(dirname "$spec")")
	for tool in sequere oapi-codegen ogen; do
		dir=$work/$name-$tool
		read -r rc secs < <(gen "$tool" "$spec" "$dir")
		built=no
		if [ "$rc" = 0 ] && builds "$dir"; then built=yes; fi
		gen_ok=yes
		[ "$rc" = 0 ] || gen_ok="no (exit $rc: $(head -c 120 "$dir/gen.err" | tr '\n|' '  '))"
		[ "$built" = yes ] || [ "$rc" != 0 ] || built="no ($(grep -m1 -E '\.go:[0-9]+' "$dir/build.err" | head -c 120 | tr '|' ' '))"
		printf '| %s | %s | %s | %s s | %s |\n' "$name" "$tool" "$gen_ok" "$secs" "$built"
	done
done
