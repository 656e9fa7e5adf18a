#!/usr/bin/env bash
# Throughput of `sequere mock` against Prism 5 on the same spec, side by side
# in one run, request validation on in both (it is Prism's default; sequere's
# too). Loopback only, every load run bounded in time.
#   1. wrk, fixed connections, DURATION each: rps and p99 for a validated query,
#      a validated JSON body and an invalid request (422), for both servers,
#      alternating REPS times; the median run (by rps) of each is reported, since
#      the shared machine's load moves a lot between runs.
#   2. hey at a fixed 1,000 rps for 60 s against sequere: p99 and RSS sampled
#      every 10 s (memory must stay flat); the same rate for 20 s against Prism.
#   3. The box's ceiling: a net/http handler that writes a constant body, under
#      the same wrk settings. On two cores shared with wrk no Go server can go
#      past it, so the ratio to Prism is bounded by ceiling / Prism rps.
# PROFILE picks the spec and requests: petstore (default), or twilio (a real
# 197-path spec with Basic auth, where Prism's per-request cost grows with the
# spec and sequere's does not).
# Prism is installed into $HOME/.cache/sequere-bench, never the repo.
set -euo pipefail
cd "$(dirname "$0")/.."
PROFILE=${PROFILE:-petstore}
case $PROFILE in
petstore)
  SPEC=../shared/corpus/petstore.yaml
  AUTH=""
  ROWS=("GET /pets?limit=10|/pets?limit=10|get.lua" "POST /pets (JSON body)|/pets|post.lua" "GET /pets?limit=abc (422)|/pets?limit=abc|get.lua")
  POST_BODY='{"id":1,"name":"Rex","tag":"dog"}'
  FIXED=/pets?limit=10
  ;;
twilio)
  SPEC=../shared/corpus/twilio_api_v2010.yaml
  AUTH="Basic QUMxMjM6dG9r" # AC123:tok; both servers check presence only
  ACC=/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
  ROWS=("GET Calls.json?PageSize=10|$ACC/Calls.json?PageSize=10|get.lua" "POST Messages.json (form body)|$ACC/Messages.json|post.lua" "GET Calls.json?PageSize=abc (422)|$ACC/Calls.json?PageSize=abc|get.lua")
  POST_BODY='To=%2B15558675310&From=%2B15017122661&Body=hello'
  POST_TYPE=application/x-www-form-urlencoded
  FIXED=$ACC/Calls.json?PageSize=10
  ;;
*) echo "PROFILE must be petstore or twilio" >&2; exit 2 ;;
esac
DURATION=${DURATION:-5s}
CONNS=${CONNS:-8}
REPS=${REPS:-3}
CACHE=${SEQUERE_BENCH_CACHE:-$HOME/.cache/sequere-bench}
PRISM=$CACHE/prism/node_modules/.bin/prism
command -v wrk >/dev/null || apt-get install -y wrk >/dev/null
command -v hey >/dev/null || apt-get install -y hey >/dev/null
if [ ! -x "$PRISM" ]; then
  mkdir -p "$CACHE/prism"
  npm install --no-audit --no-fund --prefix "$CACHE/prism" @stoplight/prism-cli@5 >"$CACHE/prism/install.log" 2>&1
fi
BIN=$CACHE/sequere
go build -o "$BIN" ./cmd/sequere

pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT
"$BIN" mock "$SPEC" --port 4712 --log-format none 2>/dev/null & SEQ=$!; pids+=($SEQ)
"$PRISM" mock "$SPEC" --host 127.0.0.1 --port 4711 -v error >/dev/null 2>&1 & PRI=$!; pids+=($PRI)
for port in 4711 4712; do
  for _ in $(seq 1 100); do curl -s -o /dev/null "http://127.0.0.1:$port/" && break; sleep 0.2; done
done

LUA=$(mktemp -d)
cat >"$LUA/post.lua" <<'LUA'
wrk.method = "POST"
wrk.body = '$POST_BODY'
wrk.headers["Content-Type"] = "${POST_TYPE:-application/json}"
LUA
: >"$LUA/get.lua"
if [ -n "$AUTH" ]; then
  for f in post get; do echo "wrk.headers[\"Authorization\"] = \"$AUTH\"" >>"$LUA/$f.lua"; done
fi

rss() { awk '/VmRSS/ {print $2}' "/proc/$1/status"; }
# wrk_run PORT PATH SCRIPT -> "rps p99"
wrk_run() {
  local out; out=$(wrk -t2 -c"$CONNS" -d"$DURATION" --latency -s "$LUA/$3" "http://127.0.0.1:$1$2")
  local rps p99
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  echo "$rps $p99"
}

# Warm both up (Prism's JIT, Go's caches) so the measured runs compare steady states.
for port in 4711 4712; do
  for row in "${ROWS[@]}"; do
    IFS='|' read -r _ path script <<<"$row"
    wrk -t1 -c8 -d2s -s "$LUA/$script" "http://127.0.0.1:$port$path" >/dev/null
  done
done

echo "spec $SPEC, wrk -t2 -c$CONNS -d$DURATION, median of $REPS alternating runs, $(nproc) cores, load average $(cut -d' ' -f1 /proc/loadavg)"
echo "prism $("$PRISM" --version), sequere $(git rev-parse --short HEAD)"
echo
echo "| request | sequere rps | prism rps | ratio | sequere p99 | prism p99 |"
echo "|---|---:|---:|---:|---:|---:|"
for row in "${ROWS[@]}"; do
  IFS='|' read -r label path script <<<"$row"
  s_runs=(); p_runs=()
  for _ in $(seq 1 "$REPS"); do
    s_runs+=("$(wrk_run 4712 "$path" "$script")")
    p_runs+=("$(wrk_run 4711 "$path" "$script")")
  done
  read -r s_rps s_p99 <<<"$(printf '%s\n' "${s_runs[@]}" | sort -n | sed -n "$(( (REPS + 1) / 2 ))p")"
  read -r p_rps p_p99 <<<"$(printf '%s\n' "${p_runs[@]}" | sort -n | sed -n "$(( (REPS + 1) / 2 ))p")"
  ratio=$(awk -v a="$s_rps" -v b="$p_rps" 'BEGIN { if (b > 0) printf "%.1fx", a / b; else print "n/a" }')
  echo "| $label | $s_rps | $p_rps | $ratio | $s_p99 | $p_p99 |"
done

echo
HEY_AUTH=()
[ -n "$AUTH" ] && HEY_AUTH=(-H "Authorization: $AUTH")
echo "Fixed rate 1,000 rps (hey -c 20 -q 50), GET $FIXED:"
echo "sequere RSS before: $(rss $SEQ) kB"
( for i in 1 2 3 4 5 6; do sleep 10; echo "sequere RSS at $((i*10)) s: $(rss $SEQ) kB"; done ) &
SAMPLER=$!
hout=$(hey -z 60s -c 20 -q 50 "${HEY_AUTH[@]}" "http://127.0.0.1:4712$FIXED")
wait $SAMPLER
echo "sequere 60 s: $(awk '/Requests\/sec/ {print $2" rps"}' <<<"$hout"), p99 $(awk '/ 99% in/ {print $3*1000" ms"}' <<<"$hout"), statuses: $(grep -A3 'Status code distribution' <<<"$hout" | grep '\[' | tr -s ' ' | tr '\n' ' ')"
hout=$(hey -z 20s -c 20 -q 50 "${HEY_AUTH[@]}" "http://127.0.0.1:4711$FIXED")
echo "prism 20 s:   $(awk '/Requests\/sec/ {print $2" rps"}' <<<"$hout"), p99 $(awk '/ 99% in/ {print $3*1000" ms"}' <<<"$hout"), statuses: $(grep -A3 'Status code distribution' <<<"$hout" | grep '\[' | tr -s ' ' | tr '\n' ' ')"

# The ceiling: the cheapest possible Go handler under the same wrk settings.
mkdir -p "$CACHE/ceiling"
cat >"$CACHE/ceiling/main.go" <<'GO'
package main

import "net/http"

func main() {
	body := []byte(`[{"id":1,"name":"Rex","tag":"dog"}]`)
	http.ListenAndServe("127.0.0.1:4713", http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Write(body)
	}))
}
GO
(cd "$CACHE/ceiling" && [ -f go.mod ] || go mod init ceiling >/dev/null 2>&1; go build -o ceiling .)
"$CACHE/ceiling/ceiling" & pids+=($!)
for _ in $(seq 1 50); do curl -s -o /dev/null http://127.0.0.1:4713/ && break; sleep 0.1; done
c_runs=()
for _ in $(seq 1 "$REPS"); do c_runs+=("$(wrk_run 4713 / get.lua)"); done
read -r c_rps _ <<<"$(printf '%s\n' "${c_runs[@]}" | sort -n | sed -n "$(( (REPS + 1) / 2 ))p")"
echo
echo "ceiling: constant-body net/http handler, same wrk settings: $c_rps rps (median of $REPS)"
rm -rf "$LUA"
