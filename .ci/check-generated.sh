#!/bin/sh
# Regenerates the orders server stubs and Go client and fails when they differ
# from the committed examples/orders/gen and examples/orders/client, so the
# spec and the code cannot drift.
set -eu
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/sequere" ./cmd/sequere
"$tmp/sequere" generate server --lang go examples/orders/openapi.yaml -o "$tmp/gen" --package gen
"$tmp/sequere" generate client --lang go examples/orders/openapi.yaml -o "$tmp/client" --package client
status=0
if ! diff -r examples/orders/gen "$tmp/gen"; then
	echo "examples/orders/gen is stale: run" >&2
	echo "  go run ./cmd/sequere generate server --lang go examples/orders/openapi.yaml -o examples/orders/gen --package gen" >&2
	status=1
fi
if ! diff -r examples/orders/client "$tmp/client"; then
	echo "examples/orders/client is stale: run" >&2
	echo "  go run ./cmd/sequere generate client --lang go examples/orders/openapi.yaml -o examples/orders/client --package client" >&2
	status=1
fi
[ "$status" = 0 ] && echo "examples/orders/gen and examples/orders/client are up to date"
exit "$status"
