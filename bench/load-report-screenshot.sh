#!/usr/bin/env bash
# load-report-screenshot.sh [OUT.png]: a short run against the loopback
# target with --report, then headless Chromium's screenshot of the report for
# a person to look at.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/load-lib.sh
out=${1:-$CACHE/load-report.png}
chromium=${SEQUERE_CHROMIUM:-$(command -v chromium)}
start_target
"$BIN/sequere" load "$SPEC" --base-url "$TARGET" --ramp 0:3s,300:6s,300:3s --threshold 'http_req_duration: p(95)<28' \
  --threshold 'http_req_failed: rate<0.01' --report "$CACHE/load-report.html" >/dev/null 2>&1 || true
"$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1000,2200 \
  --screenshot="$out" "file://$CACHE/load-report.html" 2>/dev/null
echo "$out"
