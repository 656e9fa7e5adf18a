#!/bin/sh
# Generates the Go server stubs of the seven corpus specs and the orders API
# with two sequere binaries (default: main's and this tree's) and fails when
# any output file differs byte for byte. Used to prove that moving the server
# path onto the IR changed nothing.
#   bench/sdk-server-identical.sh [OLD_BINARY [NEW_BINARY]]
set -eu
cd "$(dirname "$0")/.."
corpus=${CORPUS:-../shared/corpus}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
old=${1:-}
new=${2:-}
if [ -z "$old" ]; then
	git worktree add -q --detach "$tmp/main" main
	(cd "$tmp/main" && go build -o "$tmp/old" ./cmd/sequere)
	git worktree remove --force "$tmp/main"
	old=$tmp/old
fi
if [ -z "$new" ]; then
	go build -o "$tmp/new" ./cmd/sequere
	new=$tmp/new
fi
status=0
for s in petstore.yaml tictactoe.yaml asana.yaml twilio_api_v2010.yaml \
	digitalocean/specification/DigitalOcean-public.v2.yaml github-api.github.com.yaml stripe-spec3.yaml \
	examples/orders/openapi.yaml; do
	case $s in examples/*) path=$s ;; *) path=$corpus/$s ;; esac
	name=$(basename "$s" .yaml)
	"$old" generate server --lang go "$path" -o "$tmp/old-$name" --package api >"$tmp/old-$name.log" 2>&1 || echo "exit $?" >>"$tmp/old-$name.log"
	"$new" generate server --lang go "$path" -o "$tmp/new-$name" --package api >"$tmp/new-$name.log" 2>&1 || echo "exit $?" >>"$tmp/new-$name.log"
	sed -i "s#$tmp/old-#OUT/#" "$tmp/old-$name.log"
	sed -i "s#$tmp/new-#OUT/#" "$tmp/new-$name.log"
	files=$(find "$tmp/old-$name" -type f 2>/dev/null | wc -l)
	bytes=$(cat "$tmp/old-$name"/* 2>/dev/null | wc -c)
	if diff -r "$tmp/old-$name" "$tmp/new-$name" >/dev/null 2>&1 && diff "$tmp/old-$name.log" "$tmp/new-$name.log" >/dev/null; then
		echo "identical  $name ($files files, $bytes bytes, same warnings)"
	else
		echo "DIFFERENT  $name"
		diff -r "$tmp/old-$name" "$tmp/new-$name" | head -20 || true
		diff "$tmp/old-$name.log" "$tmp/new-$name.log" | head -10 || true
		status=1
	fi
done
exit "$status"
