#!/usr/bin/env bash
# lint-speed.sh: whole-process wall time (median of RUNS) and peak RSS of
# sequere lint, Spectral 6.16.3 and Redocly CLI 2.77.0, each with its
# recommended rules, on the corpus. Tools are installed with npm into
# $HOME/.cache/sequere-bench/lint, never into the repository.
#
#   bench/lint-speed.sh            # all specs, 3 runs each
#   RUNS=5 SPECS="petstore stripe" bench/lint-speed.sh
set -euo pipefail
cd "$(dirname "$0")/.."
CACHE="${HOME}/.cache/sequere-bench/lint"
CORPUS="${CORPUS:-../shared/corpus}"
RUNS="${RUNS:-3}"
SPECS="${SPECS:-petstore stripe github twilio asana digitalocean}"
TIMEOUT="${TIMEOUT:-300}"

mkdir -p "$CACHE"
if [ ! -x "$CACHE/node_modules/.bin/spectral" ] || [ ! -x "$CACHE/node_modules/.bin/redocly" ]; then
  # A package.json of its own keeps npm from walking up to a parent project.
  [ -f "$CACHE/package.json" ] || echo '{"private": true}' >"$CACHE/package.json"
  npm install --prefix "$CACHE" --no-audit --no-fund --silent \
    @stoplight/spectral-cli@6.16.3 @redocly/cli@2.77.0 >"$CACHE/npm.log" 2>&1 ||
    echo "npm install failed; see $CACHE/npm.log" >&2
fi
go build -o "$CACHE/sequere" ./cmd/sequere
echo 'extends: ["spectral:oas"]' >"$CACHE/spectral.yaml"

path_of() {
  case "$1" in
    petstore) echo "$CORPUS/petstore.yaml" ;;
    stripe) echo "$CORPUS/stripe-spec3.yaml" ;;
    github) echo "$CORPUS/github-api.github.com.yaml" ;;
    twilio) echo "$CORPUS/twilio_api_v2010.yaml" ;;
    asana) echo "$CORPUS/asana.yaml" ;;
    digitalocean) echo "$CORPUS/digitalocean/specification/DigitalOcean-public.v2.yaml" ;;
  esac
}

# measure TOOL SPEC: prints "median_seconds peak_rss_mib" or "n/a n/a".
measure() {
  local tool=$1 spec=$2 times=() rss=0 out
  for _ in $(seq "$RUNS"); do
    case "$tool" in
      sequere) cmd=("$CACHE/sequere" lint --format text "$spec") ;;
      spectral) cmd=("$CACHE/node_modules/.bin/spectral" lint -r "$CACHE/spectral.yaml" -f text "$spec") ;;
      redocly) cmd=("$CACHE/node_modules/.bin/redocly" lint --format stylish "$spec") ;;
    esac
    [ -x "${cmd[0]}" ] || { echo "n/a n/a"; return; }
    /usr/bin/time -o "$CACHE/time.out" -f '%e %M' timeout "$TIMEOUT" "${cmd[@]}" >/dev/null 2>&1 || true
    out=$(tail -1 "$CACHE/time.out")
    times+=("${out% *}")
    local m=${out#* }
    [ "$m" -gt "$rss" ] && rss=$m
  done
  local med
  med=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  echo "$med $((rss / 1024))"
}

echo "| spec | sequere s | sequere MiB | spectral s | spectral MiB | redocly s | redocly MiB | spectral/sequere | redocly/sequere |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
for name in $SPECS; do
  spec=$(path_of "$name")
  read -r st sm <<<"$(measure sequere "$spec")"
  read -r pt pm <<<"$(measure spectral "$spec")"
  read -r rt rm <<<"$(measure redocly "$spec")"
  ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a ~ /^[0-9.]+$/ && b > 0) printf "%.1fx", a / b; else print "n/a" }'; }
  echo "| $name | $st | $sm | $pt | $pm | $rt | $rm | $(ratio "$pt" "$st") | $(ratio "$rt" "$st") |"
done
echo
echo "load average while measuring: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
