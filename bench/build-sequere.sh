#!/usr/bin/env bash
# build-sequere.sh OUT: the release build of sequere, the binary every bench
# script measures. CGO_ENABLED=0 makes it static: the dynamic build loads
# ld.so and libc and creates its threads through glibc, about 5 ms of every
# process start on the measuring machine (bench/RESULTS.md, "lint speed").
# -s -w leave out the symbol table and DWARF; stack traces still name
# functions.
#
# The binary is then written out again in a single write(2). The Go linker
# writes its output through a memory mapping, which leaves the file in the
# page cache in 4 KiB pages; a file written in one large write sits there in
# 2 MiB folios (ext4 and other filesystems with large-folio support, Linux
# 6.x), and the kernel then maps the program's code and read-only data with
# huge pages instead of faulting them in 64 KiB at a time. On the measuring
# machine that takes about 10 ms off every start (`sequere lint petstore.yaml`
# 29 -> 19 ms, bench/RESULTS.md); it lasts as long as the file stays in the
# page cache, and a copy made with cp(1) or install(1) loses it.
#
# GOEXPERIMENT=norandomizedheapbase64 turns off Go 1.26's random heap base.
# Go's release notes give it as a defence for programs using cgo, and this
# build has no cgo. With it on, the first heap chunk begins at a random
# offset, so a short run often spills into a second chunk that the runtime
# maps after internal/hugeheap/atstart has advised the first: 150 to 220
# more page faults in one run out of two, 3 ms on petstore here. The switch
# is used only while this Go still knows it (the Go team means to drop it).
set -euo pipefail
cd "$(dirname "$0")/.."
out=$1
exp="${GOEXPERIMENT:+$GOEXPERIMENT,}norandomizedheapbase64"
if GOEXPERIMENT=$exp go env GOEXPERIMENT >/dev/null 2>&1; then
  export GOEXPERIMENT=$exp
fi
tmp=$(mktemp "$(dirname "$out")/.sequere-build.XXXXXX")
trap 'rm -f "$tmp" "$tmp.w"' EXIT
CGO_ENABLED=0 go build -trimpath -ldflags='-s -w' -o "$tmp" ./cmd/sequere
# bs larger than the binary: one read, one write. Renamed into place so that
# a running copy of OUT is replaced, not written to (ETXTBSY).
dd if="$tmp" of="$tmp.w" bs=256M status=none
chmod 755 "$tmp.w"
mv -f "$tmp.w" "$out"
