#!/usr/bin/env bash
# Setup for the load tests and benches: Chromium (the HTML report is opened
# headless) and wrk (bench/load-vs-wrk.sh). Idempotent; logs to stderr and
# prints export lines on stdout for .ci/run.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v wrk >/dev/null 2>&1 || need+=(wrk)
if [ ${#need[@]} -gt 0 ]; then
  echo "load setup: installing ${need[*]}" >&2
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}"; } >&2
fi
echo "export SEQUERE_CHROMIUM=${SEQUERE_CHROMIUM:-$(command -v chromium)}"
echo "export SEQUERE_WRK=$(command -v wrk)"
