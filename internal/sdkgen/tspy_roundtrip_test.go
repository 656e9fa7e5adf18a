package sdkgen

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sequere/sequere/internal/sdkgen/ir"
)

// tortureCases maps each case file of testdata/sdkgen/torture/cases
// (<Type>.<name>.json) to its type's name re-cased by fn.
func tortureCases(t *testing.T, fn func(string) string) (dir string, lines []string) {
	return tortureFiles(t, "cases", fn)
}

// tortureRequests are the request cases of testdata/sdkgen/torture/requests
// (<Type>.<name>.json: {"value": decoded from the server, "sent": the request
// body the client must send for it}), listed like tortureCases.
func tortureRequests(t *testing.T, fn func(string) string) (dir string, lines []string) {
	return tortureFiles(t, "requests", fn)
}

func tortureFiles(t *testing.T, sub string, fn func(string) string) (dir string, lines []string) {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join(repo, "testdata/sdkgen/torture", sub))
	if err != nil {
		t.Fatal(err)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		typ, _, _ := strings.Cut(e.Name(), ".")
		lines = append(lines, e.Name()+" "+fn(typ))
	}
	if len(lines) == 0 {
		t.Fatal("no torture cases")
	}
	return dir, lines
}

const pyRoundTrip = `import json, sys
import torture.models as m
import torture._codec as c
cases, failed = sys.argv[1], 0
for line in open("cases.txt"):
    name, fn = line.split()
    raw = json.load(open(cases + "/" + name))
    back = getattr(m, "encode_" + fn)(getattr(m, "decode_" + fn)(raw))
    if back != raw:
        failed += 1
        print(name, "round trip changed the value:", json.dumps(raw), "->", json.dumps(back))
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

// TestPythonTortureRoundTrip decodes and re-encodes every torture case with
// the generated Python models and wants the same JSON back.
func TestPythonTortureRoundTrip(t *testing.T) {
	python := toolchain(t, "SEQUERE_PYTHON", "python3 with httpx")
	t.Parallel()
	root := t.TempDir()
	writeTree(t, root, generateClient(t, "testdata/sdkgen/torture/openapi.yaml", "python", "torture").Files)
	cases, lines := tortureCases(t, ir.Snake)
	requests, reqLines := tortureRequests(t, ir.Snake)
	writeTree(t, root, []File{{Name: "cases.txt", Data: []byte(strings.Join(lines, "\n") + "\n")}, {Name: "requests.txt", Data: []byte(strings.Join(reqLines, "\n") + "\n")}, {Name: "rt.py", Data: []byte(pyRoundTrip)}})
	run(t, root, append(python, "rt.py", cases, requests)...)
}

const tsRoundTrip = `import { readFileSync } from "node:fs";
import * as m from "./dist/models.js";
import { encodeRequest, parseJSON, stringifyJSON } from "./dist/runtime/index.js";
const [cases, requests] = process.argv.slice(2);
let failed = 0, passed = 0;
for (const line of readFileSync("cases.txt", "utf8").trim().split("\n")) {
  const [name, fn] = line.split(" ");
  const text = readFileSync(cases + "/" + name, "utf8");
  const want = stringifyJSON(parseJSON(text));
  const got = stringifyJSON(m["encode" + fn](m["decode" + fn](parseJSON(text))));
  if (canon(got) !== canon(want)) { failed++; console.log(name, "round trip changed the value:", want, "->", got); } else passed++;
}
// A value read from the server and sent back as a request body leaves out its
// readOnly members; encoding the model alone still writes them.
for (const line of readFileSync("requests.txt", "utf8").trim().split("\n")) {
  const [name, fn] = line.split(" ");
  const c = parseJSON(readFileSync(requests + "/" + name, "utf8"));
  const v = m["decode" + fn](c.value);
  const sent = stringifyJSON(encodeRequest(v, m["encode" + fn]));
  if (canon(sent) !== canon(stringifyJSON(c.sent))) { failed++; console.log(name, "request body:", sent, "want", stringifyJSON(c.sent)); } else passed++;
  const again = stringifyJSON(m["encode" + fn](v));
  if (canon(again) !== canon(stringifyJSON(c.value))) { failed++; console.log(name, "the model round trip changed the value:", again); } else passed++;
}
function canon(s) { const sort = (v) => Array.isArray(v) ? v.map(sort) : v && typeof v === "object" ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sort(v[k])])) : v; return stringifyJSON(sort(parseJSON(s))); }
console.log(passed + " passed, " + failed + " failed");
process.exit(failed ? 1 : 0);
`

// TestTypeScriptTortureRoundTrip compiles the generated TypeScript models to
// JavaScript and round-trips every torture case through them under node.
func TestTypeScriptTortureRoundTrip(t *testing.T) {
	tsc := toolchain(t, "SEQUERE_TSC", "typescript's tsc")
	node := toolchain(t, "SEQUERE_NODE", "node")
	t.Parallel()
	root := t.TempDir()
	writeTree(t, root, generateClient(t, "testdata/sdkgen/torture/openapi.yaml", "typescript", "torture").Files)
	cases, lines := tortureCases(t, ir.Pascal)
	requests, reqLines := tortureRequests(t, ir.Pascal)
	writeTree(t, root, []File{{Name: "cases.txt", Data: []byte(strings.Join(lines, "\n") + "\n")}, {Name: "requests.txt", Data: []byte(strings.Join(reqLines, "\n") + "\n")}, {Name: "rt.mjs", Data: []byte(tsRoundTrip)}})
	run(t, root, append(tsc, "-p", "tsconfig.json")...)
	run(t, root, append(node, "rt.mjs", cases, requests)...)
}
