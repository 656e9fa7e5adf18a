#!/usr/bin/env bash
# lint-cpu.sh: whole-process wall time, user+sys CPU time (median of RUNS) and
# peak RSS of `sequere lint` with its default ruleset on corpus specs. The
# CPU time is the figure to compare on a shared machine: other processes
# stretch wall time far more than CPU time.
#
#   bench/lint-cpu.sh                      # builds sequere, 5 runs each
#   SEQUERE=/tmp/old-sequere RUNS=9 bench/lint-cpu.sh
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS="${CORPUS:-../shared/corpus}"
RUNS="${RUNS:-5}"
SPECS="${SPECS:-petstore.yaml stripe-spec3.yaml github-api.github.com.yaml}"
if [ -z "${SEQUERE:-}" ]; then
  SEQUERE=$(mktemp -d)/sequere
  go build -o "$SEQUERE" ./cmd/sequere
fi
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "| spec | wall s (median) | user+sys s (median) | peak RSS MiB | load avg |"
echo "|---|---:|---:|---:|---|"
for s in $SPECS; do
  walls=() cpus=() rss=0
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -o "$tmp" -f '%e %U %S %M' "$SEQUERE" lint --format text "$CORPUS/$s" >/dev/null 2>&1 || true
    read -r e u sy m <"$tmp" < <(tail -1 "$tmp")
    walls+=("$e")
    cpus+=("$(awk -v u="$u" -v s="$sy" 'BEGIN {printf "%.2f", u + s}')")
    [ "$m" -gt "$rss" ] && rss=$m
  done
  echo "| $s | $(printf '%s\n' "${walls[@]}" | median) | $(printf '%s\n' "${cpus[@]}" | median) | $((rss / 1024)) | $(cut -d' ' -f1-3 /proc/loadavg) |"
done
