#!/bin/sh
# Installs staticcheck (Go module proxy) for the generated Go client's lint
# check in internal/sdkgen (TestGoClientVet); prints STATICCHECK for .ci/run.
set -eu
dir=${HOME}/.cache/sequere-ci/bin
if [ ! -x "$dir/staticcheck" ]; then
	mkdir -p "$dir"
	echo "installing staticcheck into $dir" >&2
	GOFLAGS= GOBIN=$dir go install honnef.co/go/tools/cmd/staticcheck@latest >&2
fi
echo "export STATICCHECK=$dir/staticcheck"
