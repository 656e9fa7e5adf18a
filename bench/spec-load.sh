#!/usr/bin/env bash
# The loader's cost, two ways, on the corpus's largest specs:
#  1. go test -bench: spec.Load + a walk of every operation and schema through the
#     wrapper, against libopenapi's own parse and the same walk over its nodes.
#  2. whole process: `sequere inspect` (load + count) wall time and peak RSS, median of N runs.
# Usage: bench/spec-load.sh [runs]   (run it on a quiet machine)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
corpus=../shared/corpus
bin=$(mktemp -d)/sequere
go build -o "$bin" ./cmd/sequere

echo "## go test -bench (count=$runs)"
go test ./internal/spec -run '^$' -bench 'LoadAndWalk|LibopenapiDirect' -benchmem -count "$runs" | grep -E '^Benchmark' |
  awk '{name=$1; sub(/-[0-9]+$/,"",name); print name, $3, $5}' | sort -k1,1 -k2,2n |
  awk '{n[$1]++; v[$1","n[$1]]=$2; m[$1]=$3} END {for (k in n) printf "%-58s median %8.1f ms  %6.1f MB/op\n", k, v[k","int((n[k]+1)/2)]/1e6, m[k]/1048576}' | sort
echo
echo "## whole process: sequere inspect (median of $runs)"
printf '%-28s %10s %10s\n' spec wall_s peak_MiB
for s in petstore.yaml github-api.github.com.yaml stripe-spec3.yaml digitalocean/specification/DigitalOcean-public.v2.yaml; do
  for i in $(seq "$runs"); do
    /usr/bin/time -f '%e %M' "$bin" inspect "$corpus/$s" 2>&1 >/dev/null | tail -1
  done | sort -n | awk -v s="$(basename "$s")" '{w[NR]=$1; r[NR]=$2} END {m=int((NR+1)/2); printf "%-28s %10.3f %10.1f\n", s, w[m], r[m]/1024}'
done
