#!/usr/bin/env bash
# Throughput of `sequere mock` against Prism 5 on the same spec, side by side
# in one run, request validation on in both (it is Prism's default; sequere's
# too). Loopback only, every load run bounded in time.
#   0. Sanity: each request is sent once to both servers first. Valid requests
#      must get a 2xx from both, invalid ones a 4xx other than 401/404/405 from
#      both; a row that fails this is not measured (an accidental 404 or 401
#      would compare two error paths, not validation).
#   1. wrk, fixed connections, DURATION each: rps and p99 for a validated GET
#      with query parameters, a validated body (JSON, or a form for Twilio and
#      Stripe) and an invalid request, both servers alternating REPS times; the
#      median run (by rps) of each is reported, since the shared machine's
#      load moves a lot between runs.
#   2. (one profile only, or FIXED_RATE=1) hey at a fixed 1,000 rps for 60 s
#      against sequere: p99 and RSS every 10 s (memory must stay flat); the
#      same rate for 20 s against Prism.
#   3. The box's ceiling: a net/http handler that writes a constant body, under
#      the same wrk settings. No server here can go past it, so the ratio to
#      Prism is bounded by ceiling / Prism rps.
# PROFILE picks the spec and requests: petstore (default), twilio, asana,
# github, stripe, a list of those ("github stripe"), or all (every profile);
# one summary table at the end.
# PIN=1 runs wrk on CPU 0 (one thread) and every server on CPU 1 (taskset), so
# the load generator does not take the servers' core and the ratio compares
# the servers' cost per request. Without PIN all share both cores.
# Prism is installed into $HOME/.cache/sequere-bench, never the repo. Prism
# reads `$ref` keys inside example values as references and fetches them; the
# GitHub description has six such keys (SCIM examples pointing at
# api.github.com), so both servers get a copy in the cache where those keys
# are renamed: the same file for both, no schema changed. Prism does not
# start on Stripe's description here in PRISM_START_TIMEOUT (it was still
# resolving after 17 min); its rows are then sequere only, marked as such.
set -euo pipefail
cd "$(dirname "$0")/.."
PROFILE=${PROFILE:-petstore}
DURATION=${DURATION:-5s}
CONNS=${CONNS:-8}
REPS=${REPS:-3}
PIN=${PIN:-0}
PRISM_START_TIMEOUT=${PRISM_START_TIMEOUT:-420}
CORPUS=../shared/corpus
CACHE=${SEQUERE_BENCH_CACHE:-$HOME/.cache/sequere-bench}
PRISM=$CACHE/prism/node_modules/.bin/prism
[ "$PROFILE" = all ] && PROFILE="petstore twilio asana github stripe"
read -r -a PROFILES <<<"$PROFILE"
for p in "${PROFILES[@]}"; do
  case $p in
  petstore | twilio | asana | github | stripe) ;;
  *) echo "PROFILE must be petstore, twilio, asana, github, stripe, a list of those, or all" >&2; exit 2 ;;
  esac
done
FIXED_RATE=${FIXED_RATE:-$([ ${#PROFILES[@]} -eq 1 ] && echo 1 || echo 0)}

# profile NAME sets SPEC, AUTH, POST_TYPE, POST_BODY, FIXED and ROWS
# ("label|path|script|expect", expect ok = 2xx from both, bad = 400 or 422).
profile() {
  AUTH="" POST_TYPE=application/json
  case $1 in
  petstore)
    SPEC=$CORPUS/petstore.yaml
    POST_BODY='{"id":1,"name":"Rex","tag":"dog"}'
    ROWS=("GET /pets?limit=10|/pets?limit=10|get|ok" "POST /pets (JSON body)|/pets|post|ok" "GET /pets?limit=abc (invalid)|/pets?limit=abc|get|bad")
    FIXED=/pets?limit=10
    ;;
  twilio)
    SPEC=$CORPUS/twilio_api_v2010.yaml
    AUTH="Basic QUMxMjM6dG9r" # AC123:tok; both servers check presence only
    local acc=/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
    POST_TYPE=application/x-www-form-urlencoded
    POST_BODY='To=%2B15558675310&From=%2B15017122661&Body=hello'
    ROWS=("GET Calls.json?PageSize=10|$acc/Calls.json?PageSize=10|get|ok" "POST Messages.json (form body)|$acc/Messages.json|post|ok" "GET Calls.json?PageSize=abc (invalid)|$acc/Calls.json?PageSize=abc|get|bad")
    FIXED=$acc/Calls.json?PageSize=10
    ;;
  asana)
    # Prism ignores the server base path /api/1.0 (sequere takes both).
    SPEC=$CORPUS/asana.yaml
    AUTH="Bearer tok"
    POST_BODY='{"data":{"name":"Stuff to buy","color":"light-green","workspace":"12345"}}'
    ROWS=("GET /projects?limit=10&workspace=12345|/projects?limit=10&workspace=12345|get|ok" "POST /tags (JSON body)|/tags|post|ok" "GET /projects?limit=abc (invalid)|/projects?limit=abc&workspace=12345|get|bad")
    FIXED="/projects?limit=10&workspace=12345"
    ;;
  github)
    SPEC=$CACHE/github-examples-unref.yaml
    sed 's|"\$ref": https://|"x-example-ref": https://|' $CORPUS/github-api.github.com.yaml >"$SPEC.tmp" && mv "$SPEC.tmp" "$SPEC"
    POST_BODY='{"title":"Found a bug","body":"It broke","labels":["bug"]}'
    ROWS=("GET issues?per_page=10&state=open|/repos/octo/hello/issues?per_page=10&state=open|get|ok" "POST issues (JSON body)|/repos/octo/hello/issues|post|ok" "GET issues?per_page=abc (invalid)|/repos/octo/hello/issues?per_page=abc|get|bad")
    FIXED="/repos/octo/hello/issues?per_page=10&state=open"
    ;;
  stripe)
    SPEC=$CORPUS/stripe-spec3.yaml
    AUTH="Bearer sk_test_123"
    POST_TYPE=application/x-www-form-urlencoded
    POST_BODY='description=hello&email=a%40b.co&metadata[order]=6735'
    ROWS=("GET /v1/customers?limit=10&email=...|/v1/customers?limit=10&email=a%40b.co|get|ok" "POST /v1/customers (form body)|/v1/customers|post|ok" "GET /v1/customers?limit=abc (invalid)|/v1/customers?limit=abc|get|bad")
    FIXED="/v1/customers?limit=10"
    ;;
  esac
}

command -v wrk >/dev/null || apt-get install -y wrk >/dev/null
command -v hey >/dev/null || apt-get install -y hey >/dev/null
if [ ! -x "$PRISM" ]; then
  mkdir -p "$CACHE/prism"
  npm install --no-audit --no-fund --prefix "$CACHE/prism" @stoplight/prism-cli@5 >"$CACHE/prism/install.log" 2>&1
fi
BIN=$CACHE/sequere
go build -o "$BIN" ./cmd/sequere

SRV=() WRK=(wrk -t2)
if [ "$PIN" = 1 ]; then
  SRV=(taskset -c 1) WRK=(taskset -c 0 wrk -t1)
fi

pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT
up() { curl -s -o /dev/null "http://127.0.0.1:$1/"; }

# Every server starts at once: Prism takes minutes on the big descriptions.
declare -A SEQ_PID PRI_PID SEQ_PORT PRI_PORT
port=4740
for p in "${PROFILES[@]}"; do
  profile "$p"
  SEQ_PORT[$p]=$port PRI_PORT[$p]=$((port + 1)); port=$((port + 2))
  "${SRV[@]}" "$BIN" mock "$SPEC" --port "${SEQ_PORT[$p]}" --log-format none 2>/dev/null & SEQ_PID[$p]=$!; pids+=($!)
  "${SRV[@]}" "$PRISM" mock "$SPEC" --host 127.0.0.1 --port "${PRI_PORT[$p]}" -v error >"$CACHE/prism-$p.log" 2>&1 & PRI_PID[$p]=$!; pids+=($!)
done
start=$(date +%s)
for p in "${PROFILES[@]}"; do
  for _ in $(seq 1 600); do up "${SEQ_PORT[$p]}" && break; sleep 0.2; done
  while ! up "${PRI_PORT[$p]}"; do
    if [ $(($(date +%s) - start)) -ge "$PRISM_START_TIMEOUT" ] || ! kill -0 "${PRI_PID[$p]}" 2>/dev/null; then
      echo "Prism did not start on $p in $(($(date +%s) - start)) s; its rows are sequere only" >&2
      kill "${PRI_PID[$p]}" 2>/dev/null || true
      PRI_PORT[$p]=""
      break
    fi
    sleep 1
  done
done

LUA=$(mktemp -d)
rss() { awk '/VmRSS/ {print $2}' "/proc/$1/status"; }
# wrk_run PORT PATH SCRIPT -> "rps p99"; "0 down" when the server is gone
wrk_run() {
  local out
  if ! out=$("${WRK[@]}" -c"$CONNS" -d"$DURATION" --latency -s "$LUA/$3.lua" "http://127.0.0.1:$1$2" 2>&1) || ! up "$1"; then
    echo "0 down"
    return
  fi
  echo "$(awk '/Requests\/sec/ {print $2}' <<<"$out") $(awk '$1=="99%" {print $2}' <<<"$out")"
}
median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }
# status PORT PATH SCRIPT -> HTTP status of one request as the Lua script sends it
status() {
  local args=(-s -o /dev/null -w '%{http_code}' --max-time 30)
  [ -n "$AUTH" ] && args+=(-H "Authorization: $AUTH")
  if [ "$3" = "$PROFILE_NOW-post" ]; then args+=(-H "Content-Type: $POST_TYPE" --data-binary "$POST_BODY"); fi
  curl "${args[@]}" "http://127.0.0.1:$1$2" || true
}
passes() { # passes STATUS EXPECT
  case $2 in
  ok) [[ $1 == 2?? ]] ;;
  bad) [[ $1 == 400 || $1 == 422 ]] ;;
  esac
}

SUMMARY=$(mktemp)
echo "${WRK[*]} -c$CONNS -d$DURATION, median of $REPS alternating runs, $(nproc) cores, PIN=$PIN, load average at start $(cut -d' ' -f1-3 /proc/loadavg)"
echo "prism $("$PRISM" --version), sequere $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- internal cmd || echo '+changes')"
for p in "${PROFILES[@]}"; do
  profile "$p"
  PROFILE_NOW=$p
  sp=${SEQ_PORT[$p]} pp=${PRI_PORT[$p]}
  {
    echo "wrk.method = \"POST\""
    echo "wrk.body = '$POST_BODY'"
    echo "wrk.headers[\"Content-Type\"] = \"$POST_TYPE\""
  } >"$LUA/$p-post.lua"
  : >"$LUA/$p-get.lua"
  if [ -n "$AUTH" ]; then
    for f in post get; do echo "wrk.headers[\"Authorization\"] = \"$AUTH\"" >>"$LUA/$p-$f.lua"; done
  fi
  echo
  echo "== $p ($SPEC), load average $(cut -d' ' -f1 /proc/loadavg)"
  for row in "${ROWS[@]}"; do
    IFS='|' read -r label path script expect <<<"$row"
    script=$p-$script
    s_st=$(status "$sp" "$path" "$script") p_st=-
    [ -n "$pp" ] && p_st=$(status "$pp" "$path" "$script")
    ok=yes
    passes "$s_st" "$expect" || ok=no
    [ -z "$pp" ] || passes "$p_st" "$expect" || ok=no
    echo "sanity: $label: sequere $s_st, prism $p_st ($expect expected): $([ $ok = yes ] && echo measured || echo NOT MEASURED)"
    [ $ok = yes ] || { echo "| $p | $label | - | - | - | - | - | (status sequere $s_st, prism $p_st) |" >>"$SUMMARY"; continue; }
    # Warm both up (Prism's JIT, Go's caches) so the runs compare steady states.
    for port in $sp $pp; do "${WRK[@]}" -c"$CONNS" -d1s -s "$LUA/$script.lua" "http://127.0.0.1:$port$path" >/dev/null 2>&1 || true; done
    s_runs=() p_runs=()
    for _ in $(seq 1 "$REPS"); do
      s_runs+=("$(wrk_run "$sp" "$path" "$script")")
      [ -n "$pp" ] && p_runs+=("$(wrk_run "$pp" "$path" "$script")")
    done
    read -r s_rps s_p99 <<<"$(median "${s_runs[@]}")"
    p_rps=- p_p99=- ratio="n/a (Prism did not start)"
    if [ -n "$pp" ]; then
      read -r p_rps p_p99 <<<"$(median "${p_runs[@]}")"
      ratio=$(awk -v a="$s_rps" -v b="$p_rps" 'BEGIN { if (b > 0) printf "%.1fx", a / b; else print "n/a" }')
      if ! kill -0 "${PRI_PID[$p]}" 2>/dev/null; then
        ratio="n/a (Prism exited, see $CACHE/prism-$p.log)"
        PRI_PORT[$p]="" pp=""
      fi
    fi
    echo "$label: sequere $s_rps rps p99 $s_p99, prism $p_rps rps p99 $p_p99, $ratio"
    echo "| $p | $label | $s_rps | $p_rps | $ratio | $s_p99 | $p_p99 | $s_st / $p_st |" >>"$SUMMARY"
  done
done

echo
echo "| spec | request | sequere rps | Prism rps | ratio | sequere p99 | Prism p99 | status sequere / Prism |"
echo "|---|---|---:|---:|---:|---:|---:|---|"
cat "$SUMMARY"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"

if [ "$FIXED_RATE" = 1 ]; then
  p=${PROFILES[0]}
  profile "$p"
  echo
  HEY_AUTH=()
  [ -n "$AUTH" ] && HEY_AUTH=(-H "Authorization: $AUTH")
  seq_pid=${SEQ_PID[$p]}
  echo "Fixed rate 1,000 rps (hey -c 20 -q 50), $p GET $FIXED:"
  echo "sequere RSS before: $(rss "$seq_pid") kB"
  ( for i in 1 2 3 4 5 6; do sleep 10; echo "sequere RSS at $((i*10)) s: $(rss "$seq_pid") kB"; done ) &
  SAMPLER=$!
  hout=$(hey -z 60s -c 20 -q 50 "${HEY_AUTH[@]}" "http://127.0.0.1:${SEQ_PORT[$p]}$FIXED")
  wait $SAMPLER
  echo "sequere 60 s: $(awk '/Requests\/sec/ {print $2" rps"}' <<<"$hout"), p99 $(awk '/ 99% in/ {print $3*1000" ms"}' <<<"$hout"), statuses: $(grep -A3 'Status code distribution' <<<"$hout" | grep '\[' | tr -s ' ' | tr '\n' ' ')"
  if [ -n "${PRI_PORT[$p]}" ]; then
    hout=$(hey -z 20s -c 20 -q 50 "${HEY_AUTH[@]}" "http://127.0.0.1:${PRI_PORT[$p]}$FIXED")
    echo "prism 20 s:   $(awk '/Requests\/sec/ {print $2" rps"}' <<<"$hout"), p99 $(awk '/ 99% in/ {print $3*1000" ms"}' <<<"$hout"), statuses: $(grep -A3 'Status code distribution' <<<"$hout" | grep '\[' | tr -s ' ' | tr '\n' ' ')"
  fi
fi

# The ceiling: the cheapest possible Go handler under the same settings.
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
(cd "$CACHE/ceiling" && { [ -f go.mod ] || go mod init ceiling >/dev/null 2>&1; } && go build -o ceiling .)
"${SRV[@]}" "$CACHE/ceiling/ceiling" & pids+=($!)
for _ in $(seq 1 50); do up 4713 && break; sleep 0.1; done
: >"$LUA/ceiling.lua"
c_runs=()
for _ in $(seq 1 "$REPS"); do c_runs+=("$(wrk_run 4713 / ceiling)"); done
read -r c_rps _ <<<"$(median "${c_runs[@]}")"
echo
echo "ceiling: constant-body net/http handler, same wrk settings: $c_rps rps (median of $REPS)"
rm -rf "$LUA" "$SUMMARY"
