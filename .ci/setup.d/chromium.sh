#!/usr/bin/env bash
# Headless Chromium, axe-core and newman for the docs and postman tests
# (internal/docs). Installs idempotently; logs to stderr; prints exports.
set -euo pipefail
log() { echo "setup chromium: $*" >&2; }

if ! command -v chromium >/dev/null 2>&1; then
  log "installing chromium and fonts from apt"
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core; } >&2
fi

cache="${SEQUERE_CI_CACHE:-$HOME/.cache/sequere-ci}/docs-npm"
mkdir -p "$cache"
if [ ! -f "$cache/node_modules/axe-core/axe.min.js" ] || [ ! -x "$cache/node_modules/.bin/newman" ]; then
  log "installing axe-core and newman into $cache"
  npm install --prefix "$cache" --no-audit --no-fund --loglevel=error axe-core@4 newman@6 >&2
fi

echo "export SEQUERE_CHROMIUM=$(command -v chromium)"
echo "export SEQUERE_AXE=$cache/node_modules/axe-core/axe.min.js"
echo "export SEQUERE_NEWMAN=$cache/node_modules/.bin/newman"
