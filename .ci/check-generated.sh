#!/bin/sh
# Regenerates the orders server stubs and fails when they differ from the
# committed examples/orders/gen, so the spec and the code cannot drift.
set -eu
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go run ./cmd/sequere generate server --lang go examples/orders/openapi.yaml -o "$tmp/gen" --package gen
if ! diff -r examples/orders/gen "$tmp/gen"; then
	echo "examples/orders/gen is stale: run" >&2
	echo "  go run ./cmd/sequere generate server --lang go examples/orders/openapi.yaml -o examples/orders/gen --package gen" >&2
	exit 1
fi
echo "examples/orders/gen is up to date"
