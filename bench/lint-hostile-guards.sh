#!/usr/bin/env bash
# lint-hostile-guards.sh: lint time and peak RSS on the corpus (petstore,
# GitHub, Stripe) with the alias bound and the ref root (issue 14) against
# the binary before them, d87c5e0, side by side: each round runs both
# binaries on each spec, alternating which goes first, so machine noise hits
# both alike. Both are plain `go build` binaries.
#
#   bench/lint-hostile-guards.sh [ROUNDS]
#
# BEFORE and AFTER name prebuilt binaries; otherwise both are built into
# ~/.cache/sequere-bench/hostile-guards (before from a detached worktree of
# d87c5e0, after from this tree). Prints one line per run (spec, binary,
# wall s, peak RSS KiB, user s, sys s), then medians and after/before ratios;
# CPU (user+sys) is the steadier figure on a shared machine.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-10}
cache=${HOME}/.cache/sequere-bench/hostile-guards
corpus=${CORPUS:-../shared/corpus}
mkdir -p "$cache"
if [[ -z ${BEFORE:-} ]]; then
  BEFORE=$cache/sequere-before
  if [[ ! -x $BEFORE ]]; then
    git worktree add --detach "$cache/src-before" d87c5e0 >&2
    (cd "$cache/src-before" && go build -o "$BEFORE" ./cmd/sequere)
    git worktree remove --force "$cache/src-before"
  fi
fi
if [[ -z ${AFTER:-} ]]; then
  AFTER=$cache/sequere-after
  go build -o "$AFTER" ./cmd/sequere
fi
specs=(petstore.yaml github-api.github.com.yaml stripe-spec3.yaml)
runs=$(mktemp)
tfile=$(mktemp)
trap 'rm -f "$runs" "$tfile"' EXIT
one() { # label binary spec; lint exits 1 on findings
  /usr/bin/time -o "$tfile" -f '%e %M %U %S' "$2" lint --format text "$corpus/$3" >/dev/null 2>&1 || true
  echo "$3 $1 $(tail -1 "$tfile")" | tee -a "$runs"
}
for ((r = 0; r < rounds; r++)); do
  for s in "${specs[@]}"; do
    if ((r % 2 == 0)); then
      one before "$BEFORE" "$s"; one after "$AFTER" "$s"
    else
      one after "$AFTER" "$s"; one before "$BEFORE" "$s"
    fi
  done
done
echo
python3 - "$runs" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1]) if l.strip()]
by = {}
for spec, label, sec, kb, user, sys_ in rows:
    by.setdefault((spec, label), []).append((float(sec), int(kb), float(user) + float(sys_)))
print("| spec | runs | before time | after time | ratio | before CPU | after CPU | ratio | before peak RSS | after peak RSS | ratio |")
print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
for spec in dict.fromkeys(r[0] for r in rows):
    b, a = by[(spec, "before")], by[(spec, "after")]
    bt, at = statistics.median(x[0] for x in b), statistics.median(x[0] for x in a)
    bc, ac = statistics.median(x[2] for x in b), statistics.median(x[2] for x in a)
    bm, am = statistics.median(x[1] for x in b) / 1024, statistics.median(x[1] for x in a) / 1024
    print(f"| {spec} | {len(b)} | {bt:.2f} s | {at:.2f} s | {at/bt:.2f} | {bc:.2f} s | {ac:.2f} s | {ac/max(bc, 0.01):.2f} | {bm:.0f} MiB | {am:.0f} MiB | {am/bm:.2f} |")
PY
