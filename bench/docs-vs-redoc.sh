#!/usr/bin/env bash
# docs-vs-redoc.sh [RUNS]: sequere docs against Redocly CLI's build-docs (Redoc)
# on petstore, Stripe and GitHub, side by side in one run, interleaved:
#   - build time (wall and CPU = user+sys, median of RUNS; the CPU figure
#     is the one that survives a loaded machine),
#   - whole output size and its gzip size,
#   - shell size: the page's own script and style (what every page carries
#     whatever the spec), gzip,
#   - time until the first operation is visible in headless Chromium (both
#     pages served from loopback HTTP: Redoc 3 routes by URL path and shows
#     nothing under file://; every request off the page's origin is blocked
#     and counted),
# and writes screenshots of sequere's light and dark themes (petstore, orders)
# to bench/out/ for a person to look at. Redocly CLI is installed into
# ~/.cache/sequere-bench and run with --inlineBundle (without it the page
# loads Redoc's script from a CDN, which an offline comparison cannot
# reach); the sequere binary is a plain `go build`. sequere-split is
# `-o DIR/` (one page per tag); its first page is opened.
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

# build CMD...: runs CMD, appends "wall cpu" seconds (cpu = user+sys) to $times.
build() {
  /usr/bin/time -f '%e %U %S' -o "$tmp/t" "$@" >/dev/null 2>&1
  awk '{printf "%s %.2f\n", $1, $2 + $3}' "$tmp/t" >> "$times"
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
shell_gzip() { # the page's own script and style, without the spec data it embeds, gzip bytes
  python3 - "$1" <<'PY'
import gzip, json, re, sys
s = open(sys.argv[1], encoding="utf-8", errors="replace").read()
parts = re.findall(r"<style[^>]*>(.*?)</style>", s, re.S)
for m in re.finditer(r"<script([^>]*)>(.*?)</script>", s, re.S):
    if "application/json" in m.group(1):
        continue  # sequere's search index and config: data, not shell
    body = m.group(2)
    # Redoc 3 embeds the whole description as a JS literal in its module script.
    i = body.find("__redoc_definition = ")
    if i >= 0:
        j = i + len("__redoc_definition = ")
        _, end = json.JSONDecoder().raw_decode(body, j)
        body = body[:j] + body[end:]
    parts.append(body)
print(len(gzip.compress("".join(parts).encode(), 9)))
PY
}
# first_visible FILE SELECTOR [TEXT-REGEX]: median ms of RUNS page loads over loopback HTTP.
first_visible() {
  local f=$1 sel=$2 text=${3:-} ms ext
  : > "$tmp/v"
  for i in $(seq "$runs"); do
    view=$("$tmp/docsview" -serve -file "$f" -selector "$sel" ${text:+-text "$text"} -timeout 180s 2>&1) || { echo "docsview failed on $f: $view" >&2; echo "fail" >> "$tmp/v"; continue; }
    echo "$view" | awk '/first_operation_visible_ms/ {print $2}' >> "$tmp/v"
    ext=$(echo "$view" | awk '/external_requests/ {print $2}')
  done
  echo "$(grep -v fail "$tmp/v" | median) ${ext:-?}"
}

printf '| spec | tool | build wall s | build CPU s | output bytes | output gzip | shell gzip | first operation visible ms | external requests (blocked) |\n|---|---|---:|---:|---:|---:|---:|---:|---:|\n'
for name in petstore stripe-spec3 github-api.github.com; do
  spec="$corpus/$name.yaml"
  : > "$tmp/s.times"; : > "$tmp/d.times"; : > "$tmp/r.times"
  for i in $(seq "$runs"); do
    times="$tmp/s.times" build "$tmp/sequere" docs "$spec" -o "$tmp/s-$name.html"
    times="$tmp/d.times" build "$tmp/sequere" docs "$spec" -o "$tmp/d-$name/"
    times="$tmp/r.times" build "$redocly" build-docs "$spec" --inlineBundle -o "$tmp/r-$name.html"
  done
  for tool in sequere sequere-split redoc; do
    case $tool in
      sequere) f="$tmp/s-$name.html"; times="$tmp/s.times"; sel='.op h3'; text= ;;
      sequere-split) f="$tmp/d-$name/$(ls "$tmp/d-$name" | grep -v -e index.html -e schemas.html | head -1)"; times="$tmp/d.times"; sel='.op h3'; text= ;;
      # Redoc 3 shows operations as entries carrying their method: "METHOD
      # /path" links in a tag's Operations panel, or sidebar items when the
      # description has no tags (Stripe). The first such entry shown counts.
      redoc) f="$tmp/r-$name.html"; times="$tmp/r.times"; sel='a[href^="#/"], [data-component-name="Menu/MenuItem"] a'; text='\b(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\b' ;;
    esac
    if [ "$tool" = sequere-split ]; then
      size=$(cat "$tmp/d-$name"/*.html | wc -c); gz=$(cat "$tmp/d-$name"/*.html | gzip -9c | wc -c)
    else
      size=$(stat -c %s "$f"); gz=$(gzip -9c "$f" | wc -c)
    fi
    read -r vis ext < <(first_visible "$f" "$sel" "$text")
    printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$name" "$tool" \
      "$(awk '{print $1}' "$times" | median)" "$(awk '{print $2}' "$times" | median)" \
      "$size" "$gz" "$(shell_gzip "$f")" "$vis" "$ext"
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
