#!/bin/sh
# Stripe generation time, two sequere binaries side by side, interleaved
# (old, new, old, new... per target and round), as wall and CPU (user+sys)
# seconds and new/old ratios of the medians. The goal of issue 16 is under
# 3 s per SDK.
#   bench/sdk-gen-speed.sh OLD_BINARY NEW_BINARY [ROUNDS]
set -eu
old=$1 new=$2 rounds=${3:-3}
spec=${SPEC:-$(dirname "$0")/../../shared/corpus/stripe-spec3.yaml}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
run() { # bin target -> "wall cpu"
	case $2 in
	server) set -- "$1" generate server --lang go "$spec" -o "$tmp/out" --package api ;;
	*) set -- "$1" generate client --lang "$2" "$spec" -o "$tmp/out" --module example.test/api ;;
	esac
	rm -rf "$tmp/out"
	/usr/bin/time -f '%e %U %S' -o "$tmp/t" "$@" >/dev/null 2>&1
	awk '{printf "%.2f %.2f\n", $1, $2 + $3}' "$tmp/t"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for target in go typescript python server; do
	: >"$tmp/old" && : >"$tmp/new"
	i=0
	while [ "$i" -lt "$rounds" ]; do
		run "$old" "$target" >>"$tmp/old"
		run "$new" "$target" >>"$tmp/new"
		i=$((i + 1))
	done
	ow=$(cut -d' ' -f1 "$tmp/old" | median) oc=$(cut -d' ' -f2 "$tmp/old" | median)
	nw=$(cut -d' ' -f1 "$tmp/new" | median) nc=$(cut -d' ' -f2 "$tmp/new" | median)
	awk -v t="$target" -v ow="$ow" -v oc="$oc" -v nw="$nw" -v nc="$nc" 'BEGIN {
		printf "%-10s wall old %5.2f s new %5.2f s (x%.2f)   cpu old %5.2f s new %5.2f s (x%.2f)\n", t, ow, nw, nw/ow, oc, nc, nc/oc }'
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
