#!/usr/bin/env bash
# Compare `sequere mock` with Prism 5 on the same specs: the same battery of
# valid and invalid requests (bench/mock-battery.txt) goes to both servers and
# every difference in status code, content type or body shape is listed.
# Prism is installed with npm into $HOME/.cache/sequere-bench (never the repo);
# both servers listen on 127.0.0.1 only and are stopped on exit.
set -euo pipefail
cd "$(dirname "$0")/.."
CACHE=${SEQUERE_BENCH_CACHE:-$HOME/.cache/sequere-bench}
PRISM_DIR=$CACHE/prism
PRISM=$PRISM_DIR/node_modules/.bin/prism
if [ ! -x "$PRISM" ]; then
  mkdir -p "$PRISM_DIR"
  npm install --no-audit --no-fund --prefix "$PRISM_DIR" @stoplight/prism-cli@5 >"$PRISM_DIR/install.log" 2>&1
fi
# The binary goes to a private directory: the cache is shared with other runs.
BINDIR=$(mktemp -d)
BIN=$BINDIR/sequere
go build -o "$BIN" ./cmd/sequere
echo "prism $("$PRISM" --version) / sequere $(git rev-parse --short HEAD)"

pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap 'cleanup; rm -rf "$BINDIR"' EXIT

wait_port() { for _ in $(seq 1 300); do curl -s -o /dev/null "http://127.0.0.1:$1/" && return 0; sleep 0.2; done; echo "port $1 did not open" >&2; return 1; }

run() { # section spec
  local section=$1 specfile=$2
  "$BIN" mock "$specfile" --port 4612 --log-format none & pids+=($!)
  "$PRISM" mock "$specfile" --host 127.0.0.1 --port 4611 >"$CACHE/prism-$section.log" 2>&1 & pids+=($!)
  wait_port 4612; wait_port 4611
  python3 bench/mock-compare.py bench/mock-battery.txt "$section" http://127.0.0.1:4612 http://127.0.0.1:4611
  cleanup; pids=()
  sleep 0.5
}
run petstore ../shared/corpus/petstore.yaml
run tictactoe ../shared/corpus/tictactoe.yaml
run shop testdata/mock/shop.yaml
run twilio ../shared/corpus/twilio_api_v2010.yaml
