#!/usr/bin/env bash
# sdk-ts-compare.sh: TypeScript SDK generation, sequere vs openapi-typescript
# (types; openapi-fetch is the client over them) vs @hey-api/openapi-ts (types
# and a fetch client), side by side on the seven corpus descriptions and the
# orders API. For each tool and spec: generation wall and CPU (user+sys) time,
# one run, the tools interleaved per spec (CPU time is the figure that survives
# a loaded machine), then whether the output passes `tsc --strict --noEmit`
# (typescript from the same npm cache). The anchors and typescript are
# installed with `npm --prefix` into ~/.cache/sequere-bench/ts; versions are
# printed first.
#
# usage: [TOOLS="sequere hey-api"] bench/sdk-ts-compare.sh [SPEC...]
#        (default: all three tools; the corpus and orders)
set -uo pipefail
cd "$(dirname "$0")/.."
cache=${SEQUERE_BENCH_CACHE:-$HOME/.cache/sequere-bench}
ts=$cache/ts
nm=$ts/node_modules
pkgs=(typescript@5.6.3 openapi-typescript@7 openapi-fetch @hey-api/openapi-ts)
if [ ! -x "$nm/.bin/tsc" ] || [ ! -x "$nm/.bin/openapi-typescript" ] || [ ! -x "$nm/.bin/openapi-ts" ] || [ ! -d "$nm/openapi-fetch" ]; then
	npm install --silent --no-audit --no-fund --prefix "$ts" "${pkgs[@]}" >&2
fi
go build -o "$cache/sequere-sdk" ./cmd/sequere || exit 2
ver() { node -p "require('$nm/$1/package.json').version"; }
echo "typescript $(ver typescript), openapi-typescript $(ver openapi-typescript), openapi-fetch $(ver openapi-fetch), @hey-api/openapi-ts $(ver @hey-api/openapi-ts), node $(node --version), sequere $(git rev-parse --short HEAD)" >&2
. bench/sdk-specs.sh
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Strict settings for every tool's output, module resolution as each tool
# documents it: sequere's own tsconfig.json (NodeNext, strict, the package.json
# it writes says ESM); Bundler for the anchors (their README's setting, and
# their extensionless imports need it). openapi-fetch resolves from the cache.
tsconfig() {
	local dir=$1 tool=$2
	if [ "$tool" = sequere ]; then
		printf '{ "extends": "./tsconfig.json", "compilerOptions": { "strict": true, "noEmit": true } }\n' >"$dir/tsconfig.check.json"
	else
		printf '%s\n' '{ "compilerOptions": { "target": "ES2022", "module": "ESNext", "moduleResolution": "Bundler",' \
			'  "lib": ["ES2022", "DOM", "DOM.Iterable"], "strict": true, "noEmit": true, "skipLibCheck": true },' \
			'  "include": ["src/**/*.ts"] }' >"$dir/tsconfig.check.json"
		ln -s "$nm" "$dir/node_modules"
	fi
}

# gen TOOL SPEC DIR: generates into DIR/src; prints exit code, wall seconds and
# user+sys CPU seconds.
gen() {
	local tool=$1 spec=$2 dir=$3 cmd
	mkdir -p "$dir/src"
	case $tool in
	sequere) cmd=("$cache/sequere-sdk" generate client --lang typescript "$spec" -o "$dir") ;;
	# schema.ts, not .d.ts: tsc's skipLibCheck would skip a .d.ts unchecked.
	openapi-typescript) cmd=("$nm/.bin/openapi-typescript" "$spec" -o "$dir/src/schema.ts") ;;
	hey-api) cmd=("$nm/.bin/openapi-ts" -i "$spec" -o "$dir/src/client" -s --no-log-file) ;;
	esac
	/usr/bin/time -o "$dir/time" -f '%e %U %S' "${cmd[@]}" >"$dir/gen.out" 2>"$dir/gen.err"
	local rc=$?
	[ "$tool" = openapi-typescript ] && printf '%s\n' 'import createClient from "openapi-fetch";' \
		'import type { paths } from "./schema.js";' \
		'export const client = createClient<paths>({ baseUrl: "http://localhost" });' >"$dir/src/client.ts"
	read -r wall user sys < <(tail -n1 "$dir/time")
	printf '%s %s %.2f\n' "$rc" "$wall" "$(echo "$user + $sys" | bc)"
}

# compiles DIR TOOL: tsc --strict --noEmit over the output (CPU in DIR/tsc.time).
compiles() {
	local dir=$1
	tsconfig "$dir" "$2"
	/usr/bin/time -o "$dir/tsc.time" -f '%U %S' "$nm/.bin/tsc" -p "$dir/tsconfig.check.json" >"$dir/tsc.err" 2>&1
}

printf '| spec | tool | generated | wall | CPU | tsc --strict | tsc CPU |\n|---|---|---|---:|---:|---|---:|\n'
for spec in "${specs[@]}"; do
	name=$(basename "$spec" .yaml)
	[ "$name" = openapi ] && name=$(basename "$(dirname "$spec")")
	for tool in ${TOOLS:-sequere openapi-typescript hey-api}; do
		dir=$work/$name-$tool
		read -r rc secs cpu < <(gen "$tool" "$spec" "$dir")
		ok=no tcpu=-
		if [ "$rc" = 0 ]; then
			if compiles "$dir" "$tool"; then ok=yes; else ok="no ($(grep -c 'error TS' "$dir/tsc.err") errors: $(grep -m1 'error TS' "$dir/tsc.err" | sed 's/.*error //' | head -c 100 | tr '|' ' '))"; fi
			read -r u s < <(tail -n1 "$dir/tsc.time")
			tcpu="$(echo "$u + $s" | bc) s"
		fi
		gen_ok=yes
		[ "$rc" = 0 ] || gen_ok="no (exit $rc: $(grep -v '^\s*$' "$dir/gen.err" "$dir/gen.out" | head -n1 | cut -d: -f2- | head -c 120 | tr '|' ' '))"
		printf '| %s | %s | %s | %s s | %s s | %s | %s |\n' "$name" "$tool" "$gen_ok" "$secs" "$cpu" "$ok" "$tcpu"
	done
done
