#!/usr/bin/env bash
# Toolchains the TypeScript and Python SDK tests compile generated clients with:
# typescript from npm (into a cache outside the repo) and Debian's python3-httpx and
# python3-mypy. Idempotent; logs to stderr; prints the exports .ci/run evaluates.
set -euo pipefail
log() { echo "sdk-toolchains: $*" >&2; }

cache="${SEQUERE_CI_CACHE:-$HOME/.cache/sequere-ci}"
ts_version="${SEQUERE_TS_VERSION:-5.6.3}"
mkdir -p "$cache"
tsc="$cache/node_modules/.bin/tsc"
if [ ! -x "$tsc" ] || ! "$tsc" --version 2>/dev/null | grep -q "$ts_version"; then
  log "installing typescript@$ts_version into $cache"
  npm install --silent --no-audit --no-fund --prefix "$cache" "typescript@$ts_version" >&2
fi
log "$("$tsc" --version)"

python=/usr/bin/python3
if ! "$python" -c 'import httpx, mypy' 2>/dev/null; then
  log "installing python3-httpx and python3-mypy from apt"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends python3-httpx python3-mypy >&2
fi
"$python" -c 'import httpx, mypy.version; print("httpx", httpx.__version__, "mypy", mypy.version.__version__)' >&2

echo "export SEQUERE_TSC=$tsc"
echo "export SEQUERE_NODE=$(command -v node)"
echo "export SEQUERE_PYTHON=$python"
echo "export SEQUERE_MYPY='$python -m mypy'"
echo "export SEQUERE_MYPY_CACHE=$cache/mypy"
