#!/usr/bin/env bash
# lint-startup.sh: whole-process cost of a sequere start on a tiny input —
# `sequere version`, `sequere lint petstore.yaml` (default ruleset, example
# validation included) and a hello-world Go binary as the floor no Go
# program goes below on this machine. For each: median wall ms over RUNS
# processes, median user+sys CPU ms, minor page faults and peak RSS (timed by
# bench/starttime, from each process's rusage). CPU ms and
# page faults are the figures to compare on a shared machine; wall time
# stretches with the load average, which is printed beside each row.
#
#   bench/lint-startup.sh                              # go build, 50 runs
#   SEQUERE=/tmp/old-sequere RUNS=100 bench/lint-startup.sh
#   INITTRACE=1 bench/lint-startup.sh                  # also the slowest package inits
#   INTERLEAVE=1 bench/lint-startup.sh                 # one process of each command in turn
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS="${CORPUS:-../shared/corpus}"
RUNS="${RUNS:-50}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ -z "${SEQUERE:-}" ]; then
  SEQUERE=$work/sequere
  go build -o "$SEQUERE" ./cmd/sequere
fi
cat >"$work/hello.go" <<'GO'
package main

import "os"

func main() { os.Stdout.WriteString("hello\n") }
GO
(cd "$work" && GOFLAGS= GO111MODULE=off go build -o hello hello.go)

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
go build -o "$work/starttime" ./bench/starttime
echo "| command | wall ms (median) | user+sys ms (median) | minor faults | peak RSS MiB | load avg |"
echo "|---|---:|---:|---:|---:|---|"
labels=("hello-world Go binary" "sequere version" "sequere lint petstore.yaml")
cmds=("$work/hello" ::: "$SEQUERE" version ::: "$SEQUERE" lint "$CORPUS/petstore.yaml")
if [ -n "${INTERLEAVE:-}" ]; then
  # One process of each in turn. Every row then pays for the programs run
  # between two of its own (hello-world rises from about 6.5 to 8 ms here),
  # as a command run amid other work does.
  args=()
  for l in "${labels[@]}"; do args+=(-label "$l"); done
  "$work/starttime" -n "$RUNS" "${args[@]}" -- "${cmds[@]}"
else
  # RUNS processes of one command, then the next: how hyperfine and
  # bench/lint-speed.sh time a command, and how the anchors' figures were taken.
  i=0
  cmd=()
  for a in "${cmds[@]}" :::; do
    if [ "$a" = ::: ]; then
      "$work/starttime" -n "$RUNS" -label "${labels[$i]}" -- "${cmd[@]}"
      i=$((i + 1))
      cmd=()
    else
      cmd+=("$a")
    fi
  done
fi
if [ -n "${INITTRACE:-}" ]; then
  echo
  echo "Slowest package inits of \`sequere version\` (median ms over $RUNS runs):"
  for _ in $(seq "$RUNS"); do
    GODEBUG=inittrace=1 "$SEQUERE" version 2>&1 >/dev/null | awk '$1 == "init" {print $2, $5}'
  done | awk '{v[$1] = v[$1] " " $2} END {for (k in v) print k v[k]}' |
    while read -r pkg times; do
      printf '%s %s\n' "$(printf '%s\n' $times | median)" "$pkg"
    done | sort -rn | head -15
fi
