#!/usr/bin/env bash
# docs-vs-redoc.sh [RUNS]: sequere docs against Redocly CLI's build-docs (Redoc)
# on petstore, Stripe and GitHub, side by side in one run, interleaved:
#   - build time (wall, median of RUNS),
#   - whole output size and its gzip size,
#   - shell size: the page's own script and style (what every page carries
#     whatever the spec), gzip,
#   - time until the first operation is visible in headless Chromium,
# and writes screenshots of sequere's light and dark themes (petstore, orders)
# to bench/out/ for a person to look at. Redocly CLI is installed into
# ~/.cache/sequere-bench; the sequere binary is a plain `go build`.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
cache="$HOME/.cache/sequere-bench/redocly"
corpus=../shared/corpus
out=bench/out
mkdir -p "$out" "$cache"
if [ ! -x "$cache/node_modules/.bin/redocly" ]; then
  echo "installing @redocly/cli into $cache" >&2
  npm install --prefix "$cache" --no-audit --no-fund --loglevel=error @redocly/cli@2 >&2
fi
redocly="$cache/node_modules/.bin/redocly"
export SEQUERE_CHROMIUM=${SEQUERE_CHROMIUM:-/usr/bin/chromium}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/sequere" ./cmd/sequere
go build -o "$tmp/docsview" ./bench/docsview

now() { date +%s.%N; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
shell_gzip() { # the executable <script> and <style> contents of a page, gzip bytes
  python3 - "$1" <<'PY'
import gzip, re, sys
s = open(sys.argv[1], encoding="utf-8", errors="replace").read()
parts = re.findall(r"<style[^>]*>(.*?)</style>", s, re.S)
parts += [m.group(2) for m in re.finditer(r"<script([^>]*)>(.*?)</script>", s, re.S)
          if "application/json" not in m.group(1) and "__redoc_state" not in m.group(2)[:200]]
print(len(gzip.compress("".join(parts).encode(), 9)))
PY
}

printf '| spec | tool | build s (median of %s) | output | output gzip | shell gzip | first operation visible ms | external requests |\n|---|---|---:|---:|---:|---:|---:|---:|\n' "$runs"
for name in petstore stripe-spec3 github-api.github.com; do
  spec="$corpus/$name.yaml"
  : > "$tmp/s.times"; : > "$tmp/r.times"
  for i in $(seq "$runs"); do
    t0=$(now); "$tmp/sequere" docs "$spec" -o "$tmp/s-$name.html" 2>/dev/null; t1=$(now)
    echo "$t1 - $t0" | bc >> "$tmp/s.times"
    t0=$(now); "$redocly" build-docs "$spec" -o "$tmp/r-$name.html" >/dev/null 2>&1; t1=$(now)
    echo "$t1 - $t0" | bc >> "$tmp/r.times"
  done
  for tool in sequere redoc; do
    f="$tmp/${tool:0:1}-$name.html"; times="$tmp/${tool:0:1}.times"
    sel='.op h3'; [ "$tool" = redoc ] && sel='[data-section-id*="operation/"] h2'
    view=$("$tmp/docsview" -file "$f" -selector "$sel")
    vis=$(echo "$view" | awk '/first_operation_visible_ms/ {print $2}')
    ext=$(echo "$view" | awk '/external_requests/ {print $2}')
    printf '| %s | %s | %.2f | %s | %s | %s | %s | %s |\n' "$name" "$tool" "$(median < "$times")" \
      "$(stat -c %s "$f")" "$(gzip -9c "$f" | wc -c)" "$(shell_gzip "$f")" "$vis" "$ext"
  done
done

"$tmp/sequere" docs examples/orders/openapi.yaml -o "$tmp/orders.html" 2>/dev/null
"$tmp/sequere" docs "$corpus/petstore.yaml" -o "$tmp/petstore.html" 2>/dev/null
for page in petstore orders; do
  for theme in light dark; do
    "$tmp/docsview" -file "$tmp/$page.html" -theme "$theme" -screenshot "$out/docs-$page-$theme.png" >/dev/null
  done
done
echo "screenshots: $out/docs-{petstore,orders}-{light,dark}.png" >&2
