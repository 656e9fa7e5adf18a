#!/bin/sh
# Lint agreement with Spectral: runs Spectral 6.16.3 and sequere with the same
# ruleset (extends spectral:oas, recommended) on every corpus spec and lists,
# per spec, the findings (rule id + file + JSON path) each tool has that the
# other lacks. Spectral is installed from npm into a cache outside the repo;
# its JSON output is cached there too (delete the cache dir to rerun it).
#
#   bench/lint-agreement.sh [spec...]      default: the whole lint corpus
set -eu
repo=$(cd "$(dirname "$0")/.." && pwd)
cache=${SEQUERE_BENCH_CACHE:-$HOME/.cache/sequere-bench}
out=$cache/agreement
corpus=${SEQUERE_CORPUS:-$repo/../shared/corpus}
mkdir -p "$out"
if [ ! -x "$cache/node_modules/.bin/spectral" ]; then
  (cd "$cache" && npm install --no-audit --no-fund @stoplight/spectral-cli@6.16.3 >/dev/null)
fi
printf 'extends: [["spectral:oas", recommended]]\n' > "$out/spectral-oas.yaml"

if [ $# -eq 0 ]; then
  set -- petstore.yaml tictactoe.yaml asana.yaml twilio_api_v2010.yaml \
    digitalocean/specification/DigitalOcean-public.v2.yaml \
    github-api.github.com.yaml stripe-spec3.yaml
fi
specs=""
for s in "$@"; do
  name=$(echo "$s" | sed 's#/.*##; s#\.yaml$##')
  if [ ! -s "$out/$name.json" ]; then
    echo "spectral: $name" >&2
    # Spectral exits 1 when it finds errors; the JSON is what matters.
    timeout 1200 "$cache/node_modules/.bin/spectral" lint -r "$out/spectral-oas.yaml" \
      -f json -o "$out/$name.json" "$corpus/$s" >"$out/$name.log" 2>&1 || true
  fi
  specs="$specs $corpus/$s"
done
cd "$repo"
# shellcheck disable=SC2086
go run ./bench/lintagree -ruleset "$out/spectral-oas.yaml" -spectral-dir "$out" $specs
