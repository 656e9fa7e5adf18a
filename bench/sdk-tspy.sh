#!/usr/bin/env bash
# TypeScript and Python SDK generation, side by side with openapi-typescript (npm):
# for each corpus spec, generation time and whether the output compiles
# (tsc --strict --noEmit for TypeScript, mypy --strict for sequere's Python).
# Tools go into ~/.cache/sequere-bench, outside the repo. COMPILE=0 times generation only.
# Usage: bench/sdk-tspy.sh   (prints a markdown table)
set -euo pipefail
cd "$(dirname "$0")/.."
cache="${SEQUERE_BENCH_CACHE:-$HOME/.cache/sequere-bench}"
mkdir -p "$cache"
[ -x "$cache/node_modules/.bin/openapi-typescript" ] || npm install --silent --no-audit --no-fund --prefix "$cache" openapi-typescript@7.13.0 typescript@5.6.3 >&2
[ -x "$cache/node_modules/.bin/tsc" ] || npm install --silent --no-audit --no-fund --prefix "$cache" typescript@5.6.3 >&2
ots="$cache/node_modules/.bin/openapi-typescript"
tsc="$cache/node_modules/.bin/tsc"
bin=$(mktemp -d)/sequere
go build -o "$bin" ./cmd/sequere
out=$(mktemp -d)
trap 'rm -rf "$out" "$(dirname "$bin")"' EXIT
corpus=../shared/corpus
specs="petstore.yaml tictactoe.yaml asana.yaml twilio_api_v2010.yaml digitalocean/specification/DigitalOcean-public.v2.yaml github-api.github.com.yaml stripe-spec3.yaml"
secs() { local s; s=$(date +%s.%N); "$@" >/dev/null 2>&1 && rc=0 || rc=$?; echo "$(echo "$(date +%s.%N) - $s" | bc) $rc"; }
tscheck() { # dir: compiles with --strict?
  printf '{"compilerOptions":{"target":"ES2022","module":"NodeNext","moduleResolution":"NodeNext","lib":["ES2022","DOM"],"strict":true,"noEmit":true,"skipLibCheck":true,"types":[]},"include":["**/*.ts"]}' > "$1/tsconfig.json"
  (cd "$1" && "$tsc" -p tsconfig.json >/dev/null 2>&1) && echo yes || echo NO
}
echo "| spec | sequere ts gen (s) | sequere ts compiles | sequere py gen (s) | sequere py mypy | openapi-typescript gen (s) | openapi-typescript compiles |"
echo "|---|---:|---|---:|---|---:|---|"
for s in $specs; do
  n=$(basename "$s" .yaml)
  # interleaved: sequere ts, sequere py, openapi-typescript, one spec at a time
  read -r t1 r1 < <(secs "$bin" generate client --lang typescript "$corpus/$s" -o "$out/ts-$n")
  read -r t2 r2 < <(secs "$bin" generate client --lang python --package sdk "$corpus/$s" -o "$out/py-$n")
  mkdir -p "$out/ots-$n"
  read -r t3 r3 < <(secs "$ots" "$corpus/$s" -o "$out/ots-$n/schema.d.ts")
  c1=-; c2=-; c3=-
  if [ "${COMPILE:-1}" = 1 ]; then
    [ "$r1" = 0 ] && c1=$(tscheck "$out/ts-$n") || c1="gen failed"
    [ "$r2" = 0 ] && c2=$( (cd "$out/py-$n" && python3 -m mypy --strict --cache-dir "$cache/mypy" sdk >/dev/null 2>&1) && echo yes || echo NO) || c2="gen failed"
    [ "$r3" = 0 ] && c3=$(tscheck "$out/ots-$n") || c3="gen failed"
  fi
  printf '| %s | %.2f | %s | %.2f | %s | %.2f | %s |\n' "$n" "$t1" "$c1" "$t2" "$c2" "$t3" "$c3"
done
