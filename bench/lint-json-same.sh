#!/usr/bin/env bash
# lint-json-same.sh OLD NEW: runs two sequere binaries over every corpus spec
# with the default ruleset (spectral:oas), --ruleset owasp and --ruleset
# sequere, with --format json,
# and reports whether their outputs are byte-identical. A change that must not
# move a finding (a dependency, a performance change) is checked with it:
#
#   git worktree add /tmp/old d87c5e0 && (cd /tmp/old && go build -o /tmp/old-sequere ./cmd/sequere)
#   go build -o /tmp/new-sequere ./cmd/sequere
#   bench/lint-json-same.sh /tmp/old-sequere /tmp/new-sequere
#
# IGNORE_MESSAGES=1 compares with the "message" lines left out, for a change
# that rewords messages only. Exit status 1 when any output differs.
set -euo pipefail
old=$(realpath "$1") new=$(realpath "$2")
CORPUS="$(cd "${CORPUS:-$(dirname "$0")/../../shared/corpus}" && pwd)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
specs=(petstore.yaml tictactoe.yaml asana.yaml twilio_api_v2010.yaml
  digitalocean/specification/DigitalOcean-public.v2.yaml github-api.github.com.yaml stripe-spec3.yaml)
filter() { if [ -n "${IGNORE_MESSAGES:-}" ]; then grep -v '^[[:space:]]*"message": '; else cat; fi; }
status=0
for spec in "${specs[@]}"; do
  for rs in default owasp sequere; do
    flags=()
    [ "$rs" = default ] || flags=(--ruleset "$rs")
    for bin in old new; do
      # Run from an empty directory, where no .spectral.yaml is discovered.
      # Exit status 1 means findings; only 2 and above is a failure here.
      (cd "$work" && "${!bin}" lint "${flags[@]}" --format json "$CORPUS/$spec") >"$work/$bin.json" 2>"$work/$bin.err" ||
        [ $? -eq 1 ] || { echo "$bin failed on $spec ($rs):"; cat "$work/$bin.err"; status=1; }
    done
    n=$(grep -c '"code":' "$work/new.json" || true)
    if cmp -s <(filter <"$work/old.json") <(filter <"$work/new.json"); then
      echo "same      $spec --ruleset $rs ($n findings)"
    else
      echo "DIFFERENT $spec --ruleset $rs"
      diff <(filter <"$work/old.json") <(filter <"$work/new.json") | head -20
      status=1
    fi
  done
done
exit $status
