package sdkgen

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sequere/sequere/internal/sdkgen/ir"
)

// tortureCases maps each case file of <spec>/cases (<Type>.<name>.json) to
// its type's name re-cased by fn.
func tortureCases(t *testing.T, spec string, fn func(string) string) (dir string, lines []string) {
	dir, lines = tortureFiles(t, spec, "cases", fn)
	if len(lines) == 0 {
		t.Fatal("no torture cases")
	}
	return dir, lines
}

// tortureRequests are the request cases of <spec>/requests (<Type>.<name>.json:
// {"value": decoded from the server, "sent": the request body the client must
// send for it}), listed like tortureCases; a spec may have none.
func tortureRequests(t *testing.T, spec string, fn func(string) string) (dir string, lines []string) {
	return tortureFiles(t, spec, "requests", fn)
}

func tortureFiles(t *testing.T, spec, sub string, fn func(string) string) (dir string, lines []string) {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join(repo, spec, sub))
	if err != nil {
		t.Fatal(err)
	}
	entries, err := os.ReadDir(dir)
	if err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	for _, e := range entries {
		typ, _, _ := strings.Cut(e.Name(), ".")
		lines = append(lines, e.Name()+" "+fn(typ))
	}
	return dir, lines
}

// tortureInputs are the files the TypeScript and Python round-trip scripts
// read: cases.txt, requests.txt and variants.txt (<case> <variant>).
func tortureInputs(t *testing.T, spec string, fn func(string) string) (cases, requests string, files []File) {
	cases, lines := tortureCases(t, spec, fn)
	requests, reqLines := tortureRequests(t, spec, fn)
	var vlines []string
	variants := tortureVariants(t, spec)
	for _, l := range lines {
		name, _, _ := strings.Cut(l, " ")
		if v, ok := variants[name]; ok {
			vlines = append(vlines, name+" "+v)
		}
	}
	text := func(lines []string) []byte {
		if len(lines) == 0 {
			return nil
		}
		return []byte(strings.Join(lines, "\n") + "\n")
	}
	return cases, requests, []File{{Name: "cases.txt", Data: text(lines)}, {Name: "requests.txt", Data: text(reqLines)}, {Name: "variants.txt", Data: text(vlines)}}
}

const pyRoundTrip = `import json, sys
import torture.models as m
import torture._codec as c
cases, failed = sys.argv[1], 0
variants = dict(line.split() for line in open("variants.txt"))
scalars = {"Integer": int, "String": str, "Array": list, "Number": float, "Boolean": bool}
for line in open("cases.txt"):
    name, fn = line.split()
    raw = json.load(open(cases + "/" + name))
    v = getattr(m, "decode_" + fn)(raw)
    back = getattr(m, "encode_" + fn)(v)
    if back != raw:
        failed += 1
        print(name, "round trip changed the value:", json.dumps(raw), "->", json.dumps(back))
    # A union case decodes as the variant variants.txt names; "-" (a variant
    # this client does not know) stays the JSON it came as.
    want = variants.get(name)
    if want == "-":
        chosen = type(v) is type(raw) and v == raw
    elif want in scalars:
        chosen = type(v) is scalars[want]
    else:
        chosen = want is None or type(v).__name__ == want
    if not chosen:
        failed += 1
        print(name, "decoded as", type(v).__name__, "not as the variant", want)
    # An enum tells a value it lists from one a newer server added.
    listed = getattr(m, fn.upper() + "_VALUES", None)
    if listed is not None and (v in listed) == ("unknown" in name):
        failed += 1
        print(name, "listed" if v in listed else "not listed", "in", fn.upper() + "_VALUES")
# A value read from the server and sent back as a request body leaves out its
# readOnly members; encoding the model alone still writes them.
requests = sys.argv[2]
for line in open("requests.txt"):
    name, fn = line.split()
    case = json.load(open(requests + "/" + name))
    v = getattr(m, "decode_" + fn)(case["value"])
    sent = c.encode_request(getattr(m, "encode_" + fn), v)
    if sent != case["sent"]:
        failed += 1
        print(name, "request body:", json.dumps(sent), "want", json.dumps(case["sent"]))
    if getattr(m, "encode_" + fn)(v) != case["value"]:
        failed += 1
        print(name, "the model round trip changed the value")
print(sum(1 for _ in open("cases.txt")) + sum(1 for _ in open("requests.txt")) - failed, "passed,", failed, "failed")
sys.exit(1 if failed else 0)
`

// pyTortureFixed runs against the torture spec's models only: a const is
// typed as its literal (typing.Literal), a required one is filled in by the
// constructor and an optional one left unset is not sent.
const pyTortureFixed = `import sys, typing
import torture.models as m
failed = 0
def check(what, got, want):
    global failed
    if got != want:
        failed += 1
        print(what + ":", got, "want", want)
check("Circle.kind's type", typing.get_args(typing.get_type_hints(m.Circle)["kind"]), (1,))
check("Account.kind's type", typing.get_args(typing.get_args(typing.get_type_hints(m.Account)["kind"])[0]), ("account",))
check("a Square built without kind", m.encode_shape(m.Square(side=3)), {"kind": 2, "side": 3})
check("its variant when read back", type(m.decode_shape(m.encode_shape(m.Square(side=3)))).__name__, "Square")
check("an Account without the optional consts", m.encode_account(m.decode_account({"created_at": "2026-12-03T07:00:00Z", "balance": 1})), {"created_at": "2026-12-03T07:00:00Z", "balance": 1})
sys.exit(1 if failed else 0)
`

// TestPythonTortureRoundTrip decodes and re-encodes every torture case (3.1
// and 3.0 specs) with the generated Python models and wants the same JSON
// back, each union case as its variant and each enum value known or not.
func TestPythonTortureRoundTrip(t *testing.T) {
	python := toolchain(t, "SEQUERE_PYTHON", "python3 with httpx")
	t.Parallel()
	for _, spec := range tortureSpecs {
		t.Run(filepath.Base(spec.dir), func(t *testing.T) {
			root := t.TempDir()
			writeTree(t, root, generateClient(t, filepath.Join(spec.dir, "openapi.yaml"), "python", "torture").Files)
			cases, requests, inputs := tortureInputs(t, spec.dir, ir.Snake)
			writeTree(t, root, append(inputs, File{Name: "rt.py", Data: []byte(pyRoundTrip)}, File{Name: "fixed.py", Data: []byte(pyTortureFixed)}))
			run(t, root, append(python, "rt.py", cases, requests)...)
			if spec.wire {
				run(t, root, append(python, "fixed.py")...)
			}
		})
	}
}

const tsRoundTrip = `import { readFileSync } from "node:fs";
import * as m from "./dist/models.js";
import { encodeRequest, parseJSON, stringifyJSON } from "./dist/runtime/index.js";
const [cases, requests] = process.argv.slice(2);
const lines = (f) => readFileSync(f, "utf8").split("\n").filter((l) => l !== "");
const variants = new Map(lines("variants.txt").map((l) => l.split(" ")));
let failed = 0, passed = 0;
for (const line of lines("cases.txt")) {
  const [name, fn] = line.split(" ");
  const text = readFileSync(cases + "/" + name, "utf8");
  const want = stringifyJSON(parseJSON(text));
  const v = m["decode" + fn](parseJSON(text));
  const got = stringifyJSON(m["encode" + fn](v));
  if (canon(got) !== canon(want)) { failed++; console.log(name, "round trip changed the value:", want, "->", got); } else passed++;
  // A union case decodes as the variant variants.txt names; "-" (a variant
  // this client does not know) stays the JSON it came as.
  const variant = variants.get(name);
  if (variant !== undefined && !isVariant(v, variant, text)) { failed++; console.log(name, "not decoded as the variant", variant); }
  // An enum tells a value it lists from one a newer server added.
  if (m[fn + "Values"] !== undefined && (typeof m["isKnown" + fn] !== "function" || m["isKnown" + fn](v) === name.includes("unknown"))) { failed++; console.log(name, "isKnown" + fn, "is wrong or missing"); }
}
// A value read from the server and sent back as a request body leaves out its
// readOnly members; encoding the model alone still writes them.
for (const line of lines("requests.txt")) {
  const [name, fn] = line.split(" ");
  const c = parseJSON(readFileSync(requests + "/" + name, "utf8"));
  const v = m["decode" + fn](c.value);
  const sent = stringifyJSON(encodeRequest(v, m["encode" + fn]));
  if (canon(sent) !== canon(stringifyJSON(c.sent))) { failed++; console.log(name, "request body:", sent, "want", stringifyJSON(c.sent)); } else passed++;
  const again = stringifyJSON(m["encode" + fn](v));
  if (canon(again) !== canon(stringifyJSON(c.value))) { failed++; console.log(name, "the model round trip changed the value:", again); } else passed++;
}
// In TypeScript a variant is known by its shape: the value must be what that
// variant's own decoder makes of the JSON, unknown members (a symbol key) and all.
function isVariant(v, variant, text) {
  if (variant === "-") return same(v, parseJSON(text));
  const scalar = { Integer: (x) => typeof x === "bigint" || Number.isInteger(x), Number: (x) => typeof x === "number", String: (x) => typeof x === "string", Boolean: (x) => typeof x === "boolean", Array: Array.isArray }[variant];
  return scalar ? scalar(v) : same(v, m["decode" + variant](parseJSON(text)));
}
function same(a, b) {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Reflect.ownKeys(a), kb = Reflect.ownKeys(b);
  return ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && same(a[k], b[k]));
}
function canon(s) { const sort = (v) => Array.isArray(v) ? v.map(sort) : v && typeof v === "object" ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sort(v[k])])) : v; return stringifyJSON(sort(parseJSON(s))); }
console.log(passed + " passed, " + failed + " failed");
process.exit(failed ? 1 : 0);
`

// tsTortureConstTypes is compiled with the torture spec's models: a const is
// its literal type, so the fixed value type-checks and another does not.
const tsTortureConstTypes = `import type { Account, Circle } from "./models.js";
export const circle: Circle = { kind: 1, radius: 2.5 };
// @ts-expect-error: a kind other than the const
export const wrongCircle: Circle = { kind: 2, radius: 2.5 };
export const kind: Account["kind"] = "account";
// @ts-expect-error: a kind other than the const
export const wrongKind: Account["kind"] = "person";
`

// tsTortureFixed: a JavaScript caller that leaves a required const out still
// sends it; an optional one left unset is not sent.
const tsTortureFixed = `import * as m from "./dist/models.js";
import { parseJSON, stringifyJSON } from "./dist/runtime/index.js";
let failed = 0;
const check = (what, got, want) => { if (got !== want) { failed++; console.log(what + ":", got, "want", want); } };
check("a Circle without kind", stringifyJSON(m.encodeCircle({ radius: 2.5 })), '{"kind":1,"radius":2.5}');
const account = '{"created_at":"2026-12-03T07:00:00Z","balance":1}';
check("an Account without the optional consts", stringifyJSON(m.encodeAccount(m.decodeAccount(parseJSON(account)))), account);
process.exit(failed ? 1 : 0);
`

// TestTypeScriptTortureRoundTrip compiles the generated TypeScript models to
// JavaScript and round-trips every torture case (3.1 and 3.0 specs) through
// them under node, each union case as its variant and each enum value known or not.
func TestTypeScriptTortureRoundTrip(t *testing.T) {
	tsc := toolchain(t, "SEQUERE_TSC", "typescript's tsc")
	node := toolchain(t, "SEQUERE_NODE", "node")
	t.Parallel()
	for _, spec := range tortureSpecs {
		t.Run(filepath.Base(spec.dir), func(t *testing.T) {
			root := t.TempDir()
			writeTree(t, root, generateClient(t, filepath.Join(spec.dir, "openapi.yaml"), "typescript", "torture").Files)
			cases, requests, inputs := tortureInputs(t, spec.dir, ir.Pascal)
			inputs = append(inputs, File{Name: "rt.mjs", Data: []byte(tsRoundTrip)})
			if spec.wire {
				inputs = append(inputs, File{Name: "src/consttypes.ts", Data: []byte(tsTortureConstTypes)}, File{Name: "fixed.mjs", Data: []byte(tsTortureFixed)})
			}
			writeTree(t, root, inputs)
			run(t, root, append(tsc, "-p", "tsconfig.json")...)
			run(t, root, append(node, "rt.mjs", cases, requests)...)
			if spec.wire {
				run(t, root, append(node, "fixed.mjs")...)
			}
		})
	}
}
