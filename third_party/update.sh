#!/usr/bin/env bash
# update.sh: rebuilds each patched copy under third_party/ from its release:
# fetches the module with `go mod download`, copies it without its tests, test
# data and CI files, and applies NAME/patches/*.patch in order. To move to a
# new upstream version, change the version below, run this script, then
# `go test ./...`; a patch that no longer applies stops the script and is
# named. third_party/README.md says what each patch is for and what it earns.
#
#   bash third_party/update.sh
set -euo pipefail
cd "$(dirname "$0")"

# name        module                                    version
copies=(
  "jsonschema github.com/santhosh-tekuri/jsonschema/v6 v6.0.3"
)

work=$(mktemp -d)
trap 'chmod -R u+w "$work"; rm -rf "$work"' EXIT
# An empty module to download from: the repository's own go.mod replaces
# these modules by the copies being rebuilt.
(cd "$work" && go mod init fetch >/dev/null 2>&1)

for entry in "${copies[@]}"; do
  read -r name module version <<<"$entry"
  dir=$(cd "$work" && GOFLAGS=-mod=mod go mod download -json "$module@$version" |
    sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
  if [ ! -d "$dir" ]; then
    echo "update.sh: cannot download $module@$version" >&2
    exit 1
  fi
  fresh=$work/$name
  cp -R "$dir" "$fresh"
  chmod -R u+w "$fresh"
  find "$fresh" -mindepth 1 \( -name '*_test.go' -o -name testdata -o -name 'go.work*' -o -name '.*' \) \
    -prune -exec rm -rf {} +
  for p in "$name"/patches/*.patch; do
    [ -e "$p" ] || continue
    echo "update.sh: $name $version: $(basename "$p")" >&2
    if ! (cd "$fresh" && git apply --whitespace=nowarn "$OLDPWD/$p"); then
      echo "update.sh: $p does not apply to $module@$version" >&2
      exit 1
    fi
  done
  mv "$name/patches" "$work/$name.patches"
  rm -rf "$name"
  mv "$fresh" "$name"
  mv "$work/$name.patches" "$name/patches"
done
