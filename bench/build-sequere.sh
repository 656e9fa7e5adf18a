#!/usr/bin/env bash
# build-sequere.sh OUT: the release build of sequere, the binary every bench
# script measures. CGO_ENABLED=0 makes it static: the dynamic build loads
# ld.so and libc and creates its threads through glibc, about 5 ms of every
# process start on the measuring machine (bench/RESULTS.md, "lint speed").
# -s -w leave out the symbol table and DWARF; stack traces still name
# functions.
set -euo pipefail
cd "$(dirname "$0")/.."
CGO_ENABLED=0 go build -trimpath -ldflags='-s -w' -o "$1" ./cmd/sequere
