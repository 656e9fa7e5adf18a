#!/usr/bin/env bash
# lint-json-diff.sh: does `sequere lint --format json` say the same thing at
# two revisions, apart from the wording of messages? Builds sequere at BASE
# and at REV (default: the working tree) into $HOME/.cache/sequere-bench,
# lints every corpus spec with each built-in ruleset, and compares the JSON
# with and without the "message" field.
#
#   bench/lint-json-diff.sh d87c5e0           # base commit vs working tree
#   bench/lint-json-diff.sh d87c5e0 HEAD~1
#
# Prints, per spec and ruleset, the findings at each side, how many differ
# beyond their message (must be 0 for a rewording) and how many messages
# changed; then every old -> new message pair, counted. Exit status 1 when
# anything but messages differs.
set -euo pipefail
cd "$(dirname "$0")/.."
BASE="${1:?usage: bench/lint-json-diff.sh BASE [REV]}"
REV="${2:-}"
CACHE="${HOME}/.cache/sequere-bench/json-diff"
CORPUS="${CORPUS:-../shared/corpus}"
mkdir -p "$CACHE"

build() { # build REV OUT: REV empty means the working tree
  local rev="$1" out="$2"
  if [ -z "$rev" ]; then
    go build -o "$out" ./cmd/sequere
    return
  fi
  local src="$CACHE/src"
  rm -rf "$src" && mkdir -p "$src"
  git archive "$rev" | tar -x -C "$src"
  (cd "$src" && go build -o "$out" ./cmd/sequere)
}
build "$BASE" "$CACHE/sequere-base"
build "$REV" "$CACHE/sequere-rev"

specs="petstore.yaml tictactoe.yaml asana.yaml twilio_api_v2010.yaml
digitalocean/specification/DigitalOcean-public.v2.yaml github-api.github.com.yaml stripe-spec3.yaml"
printf 'extends: [[spectral:oas, all]]\n' >"$CACHE/spectral-oas-all.yaml"
for s in $specs; do
  for r in spectral:oas "$CACHE/spectral-oas-all.yaml" owasp sequere; do
    name="$(basename "$s" .yaml).$(basename "${r/:/-}" .yaml)"
    for side in base rev; do
      # Exit 1 only says there are findings.
      "$CACHE/sequere-$side" lint --ruleset "$r" --format json "$CORPUS/$s" >"$CACHE/$name.$side.json" || [ $? -eq 1 ]
    done
    echo "$name"
  done
done | python3 -c '
import collections, json, sys
cache = sys.argv[1]
pairs = collections.Counter()
bad = 0
print("%-40s %9s %9s %9s %9s" % ("spec.ruleset", "base", "rev", "other", "messages"))
for name in sys.stdin.read().split():
    sides = [json.load(open("%s/%s.%s.json" % (cache, name, s))) for s in ("base", "rev")]
    def key(f):
        g = dict(f); g.pop("message")
        return json.dumps(g, sort_keys=True)
    # Findings keep their order in the output; pair them by position.
    keys = [[key(f) for f in side] for side in sides]
    other = sum(1 for a, b in zip(*keys) if a != b) + abs(len(keys[0]) - len(keys[1]))
    changed = 0
    for a, b in zip(*sides):
        if key(a) == key(b) and a["message"] != b["message"]:
            changed += 1
            pairs[(a["code"], a["message"], b["message"])] += 1
    bad += other
    print("%-40s %9d %9d %9d %9d" % (name, len(sides[0]), len(sides[1]), other, changed))
print()
for (code, old, new), n in sorted(pairs.items()):
    print("%6d %s\n         - %s\n         + %s" % (n, code, old, new))
sys.exit(1 if bad else 0)
' "$CACHE"
