# Shared by the load-*.sh scripts: plain go build of sequere and the target,
# the target started on a free loopback port ($TARGET), stopped on exit.
CACHE=${SEQUERE_BENCH_CACHE:-$HOME/.cache/sequere-bench}
mkdir -p "$CACHE"
BIN=$CACHE/load-bin
mkdir -p "$BIN"
go build -o "$BIN/sequere" ./cmd/sequere
go build -o "$BIN/loadtarget" ./bench/loadtarget
SPEC=bench/loadtarget/openapi.yaml
start_target() {
  "$BIN/loadtarget" > "$CACHE/target.addr" &
  TARGET_PID=$!
  trap 'kill $TARGET_PID 2>/dev/null || true' EXIT
  for _ in $(seq 50); do [ -s "$CACHE/target.addr" ] && break; sleep 0.1; done
  TARGET=http://$(cat "$CACHE/target.addr")
}
