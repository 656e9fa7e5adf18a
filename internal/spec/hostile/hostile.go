// Package hostile builds descriptions written to hurt a tool that reads them:
// YAML alias bombs of several shapes, $ref fan-outs, deep nesting, huge
// sequences, long keys and many small files. Tests of the loader and the
// memory-budget test of every command share them; each stays under 1 MB.
package hostile

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// Fixture is one hostile description: Files maps slash-separated names to
// contents, Entry names the file to load, Refused says whether Load must
// refuse it.
type Fixture struct {
	Name    string
	Entry   string
	Files   map[string]string
	Refused bool
}

const head = "openapi: 3.0.3\ninfo: {title: hostile, version: '1'}\n"

// withSchema is a one-operation description whose 200 response has schema,
// so that lint, mock, codegen and diff all reach it.
func withSchema(schema string, extra string) string {
	return head + extra + "paths:\n  /items:\n    get:\n      operationId: getItems\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: " + schema + "\n"
}

// AliasBomb is the reproduction: an extension whose anchors nest
// width aliases per level, depth levels deep.
func AliasBomb(width, depth int) string {
	var b strings.Builder
	b.WriteString(head)
	b.WriteString("x-a0: &a0 [" + strings.TrimSuffix(strings.Repeat("lol, ", width), ", ") + "]\n")
	for i := 1; i < depth; i++ {
		fmt.Fprintf(&b, "x-a%d: &a%d [%s]\n", i, i, strings.TrimSuffix(strings.Repeat(fmt.Sprintf("*a%d, ", i-1), width), ", "))
	}
	b.WriteString("paths: {}\n")
	return b.String()
}

// schemaBomb nests aliases of object schemas: each level's schema has width
// properties that alias the level below, the top one is the response.
func schemaBomb(width, depth int) string {
	var b strings.Builder
	b.WriteString("components:\n  schemas:\n    L0: &s0 {type: string, maxLength: 8}\n")
	for i := 1; i < depth; i++ {
		fmt.Fprintf(&b, "    L%d: &s%d {type: object, properties: {", i, i)
		for j := 0; j < width; j++ {
			if j > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "p%d: *s%d", j, i-1)
		}
		b.WriteString("}}\n")
	}
	return withSchema(fmt.Sprintf("{$ref: '#/components/schemas/L%d'}", depth-1), b.String())
}

// refFanOut is a $ref bomb: schema Si has width properties that $ref S(i-1),
// which a tool inlining refs expands width^depth times.
func refFanOut(width, depth int) string {
	var b strings.Builder
	b.WriteString("components:\n  schemas:\n    S0: {type: string}\n")
	for i := 1; i < depth; i++ {
		fmt.Fprintf(&b, "    S%d:\n      type: object\n      properties:\n", i)
		for j := 0; j < width; j++ {
			fmt.Fprintf(&b, "        p%d: {$ref: '#/components/schemas/S%d'}\n", j, i-1)
		}
	}
	return withSchema(fmt.Sprintf("{$ref: '#/components/schemas/S%d'}", depth-1), b.String())
}

// deepSchema nests object schemas depth levels deep in flow style.
func deepSchema(depth int) string {
	return withSchema(strings.Repeat("{type: object, properties: {a: ", depth)+"{type: string}"+strings.Repeat("}}", depth), "")
}

// deepSequence nests flow sequences depth levels deep in an extension.
func deepSequence(depth int) string {
	return withSchema("{type: string}", "x-deep: "+strings.Repeat("[", depth)+strings.Repeat("]", depth)+"\n")
}

// hugeEnum is a string schema with an enum of n values and an extension
// holding a flow sequence of n numbers.
func hugeEnum(n int) string {
	values := strings.TrimSuffix(strings.Repeat("ab, ", n), ", ")
	numbers := strings.TrimSuffix(strings.Repeat("1,", n), ",")
	return withSchema("{type: string, enum: ["+values+"]}", "x-numbers: ["+numbers+"]\n")
}

// longKeys has a path of n bytes and a property name of n bytes.
func longKeys(n int) string {
	key := strings.Repeat("k", n)
	return head + "paths:\n  /" + key + ":\n    get:\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {type: object, properties: {" + key + ": {type: string}}}\n"
}

// manySmallFiles spreads n schemas over n files, each $ref'd from the entry
// and each $ref'ing the next.
func manySmallFiles(n int) map[string]string {
	files := map[string]string{}
	var b strings.Builder
	b.WriteString("components:\n  schemas:\n")
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "    S%d: {$ref: 'schemas/s%d.yaml'}\n", i, i)
		next := "{type: string}"
		if i+1 < n {
			next = fmt.Sprintf("{$ref: 's%d.yaml'}", i+1)
		}
		files[fmt.Sprintf("schemas/s%d.yaml", i)] = fmt.Sprintf("type: object\nproperties:\n  id: {type: integer}\n  next: %s\n", next)
	}
	files["openapi.yaml"] = withSchema("{$ref: 'schemas/s0.yaml'}", b.String())
	return files
}

// aliasBombInRefFile puts a bomb in a file the entry $refs.
func aliasBombInRefFile() map[string]string {
	return map[string]string{
		"openapi.yaml":    withSchema("{$ref: 'components.yaml#/Item'}", ""),
		"components.yaml": "Item: {type: string}\n" + strings.TrimPrefix(AliasBomb(9, 10), head),
	}
}

func single(name, doc string, refused bool) Fixture {
	return Fixture{Name: name, Entry: "openapi.yaml", Files: map[string]string{"openapi.yaml": doc}, Refused: refused}
}

// Fixtures lists every hostile description, each under 1 MB.
func Fixtures() []Fixture {
	return []Fixture{
		single("alias-bomb-10", AliasBomb(9, 10), true),
		single("alias-bomb-8", AliasBomb(9, 8), true),
		single("alias-bomb-wide", AliasBomb(1000, 3), true),
		single("alias-below-bound", AliasBomb(20, 4), false),
		single("schema-alias-bomb", schemaBomb(9, 9), true),
		single("schema-alias-below-bound", schemaBomb(5, 7), false),
		{Name: "alias-bomb-in-ref-file", Entry: "openapi.yaml", Files: aliasBombInRefFile(), Refused: true},
		single("ref-fan-out", refFanOut(9, 10), false),
		single("deep-schema", deepSchema(2000), false),
		single("deep-sequence", deepSequence(5000), false),
		single("huge-enum", hugeEnum(100_000), false),
		single("long-keys", longKeys(400_000), false),
		{Name: "many-small-files", Entry: "openapi.yaml", Files: manySmallFiles(1000)},
	}
}

// WriteFiles writes files (slash-separated names to contents) under dir,
// creating folders as needed.
func WriteFiles(dir string, files map[string]string) error {
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			return err
		}
	}
	return nil
}
