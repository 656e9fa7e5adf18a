package sdkgen

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	udiff "github.com/aymanbagabas/go-udiff"

	"github.com/sequere/sequere/internal/spec"
)

// stabilityTargets generates every target of one description: the three
// clients and the server stubs, keyed "<target>/<file>".
func stabilityTargets(t *testing.T, name string, src []byte) map[string]string {
	t.Helper()
	doc, err := spec.LoadBytes(context.Background(), name, src, spec.Options{})
	if err != nil {
		t.Fatalf("load %s: %v", name, err)
	}
	out := map[string]string{}
	add := func(target string, res *Result, err error) {
		if err != nil {
			t.Fatalf("%s %s: %v", target, name, err)
		}
		for _, f := range res.Files {
			out[target+"/"+f.Name] = string(f.Data)
		}
	}
	for _, lang := range ClientLanguages() {
		res, err := Client(doc, lang, ClientOptions{Package: "stability", Module: "example.test/stability"})
		add(lang, res, err)
	}
	res, err := GoServer(doc, Options{Package: "stability"})
	add("go-server", res, err)
	return out
}

// tokens are the identifiers, numbers and punctuation of a text, so a check
// over them ignores layout (gofmt realigning a struct, a list rewrapped).
var tokenRE = regexp.MustCompile(`[\p{L}\p{N}_$]+|\S`)

// isSubsequence says whether every token of small occurs in big, in order.
func isSubsequence(small, big []string) bool {
	i := 0
	for _, tok := range big {
		if i < len(small) && small[i] == tok {
			i++
		}
	}
	return i == len(small)
}

// onlyInsertions fails for each hunk of the line diff from before to after
// that drops or changes a token of before: an addition to the description
// may add lines, or grow a line (an import list), but every name already
// generated stays, spelt the same, in the same order.
func onlyInsertions(t *testing.T, file, before, after string) {
	t.Helper()
	for _, e := range udiff.Lines(before, after) {
		old := before[e.Start:e.End]
		if !isSubsequence(tokenRE.FindAllString(old, -1), tokenRE.FindAllString(e.New, -1)) {
			t.Errorf("%s: an addition changed existing lines:\n-%s+%s", file, strings.ReplaceAll(old, "\n", "\n-"), strings.ReplaceAll(e.New, "\n", "\n+"))
		}
	}
}

// TestNamesStable: adding an unrelated schema or operation only inserts
// code, and renaming a schema changes only the spellings of that name. A
// shift in collision numbering (FooBody2 becoming FooBody3), a type or
// method reordered or renamed, fails here with the hunk.
func TestNamesStable(t *testing.T) {
	t.Parallel()
	path := filepath.Join(repo, "testdata/sdkgen/stability/base.yaml")
	base, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	want := stabilityTargets(t, "base.yaml", base)
	for _, c := range []struct {
		name string
		edit func(string) string
		// renamed maps the spellings of a renamed schema to the new ones;
		// nil means the edit only adds.
		renamed map[string]string
	}{
		{name: "schema-added-first", edit: insertAfter("  schemas:\n", aardvarkSchema)},
		{name: "schema-added-last", edit: appendYAML(zebraSchema)},
		{name: "schema-sharing-a-prefix-added", edit: insertAfter("  schemas:\n", fooBodyHolderSchema)},
		{name: "operation-added-first", edit: insertAfter("paths:\n", aardvarkOperation)},
		{name: "operation-added-last", edit: insertBefore("components:\n", zebraOperation)},
		{name: "schema-renamed", edit: func(s string) string { return strings.ReplaceAll(s, "Widget", "Wicket") },
			renamed: map[string]string{"Widget": "Wicket", "widget": "wicket", "WIDGET": "WICKET"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			edited := c.edit(string(base))
			if edited == string(base) {
				t.Fatal("the edit changed nothing")
			}
			got := stabilityTargets(t, "base.yaml", []byte(edited))
			for file, before := range want {
				after, ok := got[file]
				if !ok {
					t.Errorf("%s is no longer generated", file)
					continue
				}
				if c.renamed == nil {
					onlyInsertions(t, file, before, after)
					continue
				}
				for from, to := range c.renamed {
					before = strings.ReplaceAll(before, from, to)
				}
				if before != after {
					t.Errorf("%s: the rename changed more than the name:\n%s", file, udiff.Unified("want", "got", before, after))
				}
			}
		})
	}
}

func insertAfter(anchor, text string) func(string) string {
	return func(s string) string { return strings.Replace(s, anchor, anchor+text, 1) }
}

func insertBefore(anchor, text string) func(string) string {
	return func(s string) string { return strings.Replace(s, anchor, text+anchor, 1) }
}

func appendYAML(text string) func(string) string {
	return func(s string) string { return s + text }
}

// The additions: each is named so that it sorts before or after every
// existing name and carries inline types and enums; Aardvark has a collision
// of its own (body and Body both want AardvarkBody), so that a suffix counter
// shared between names would move the base's FooBody2 and UserId3.
const (
	aardvarkSchema = `    Aardvark:
      type: object
      properties:
        body:
          type: object
          properties:
            x: {type: string}
        Body:
          type: object
          properties:
            y: {type: integer}
        kind: {type: string, enum: [a, b]}
        user_id: {type: string}
        userId: {type: string}
`
	zebraSchema = `    Zebra:
      type: object
      properties:
        stripes: {type: integer, format: int64}
        seen: {type: string, format: date-time}
        detail:
          type: object
          properties:
            n: {type: integer}
`
	// FooBodyHolder sorts after Foo and FooBody; its inline member is
	// FooBodyHolderX, which must not move FooBody or FooBody2.
	fooBodyHolderSchema = `    FooBodyHolder:
      type: object
      properties:
        x: {type: object, properties: {y: {type: string}}}
`
	aardvarkOperation = `  /aardvarks:
    post:
      operationId: aardvark
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                name: {type: string}
      responses:
        '201':
          description: made
          content:
            application/json:
              schema:
                type: object
                properties:
                  id: {type: string}
`
	zebraOperation = `  /zebras/{zebra_id}:
    delete:
      operationId: delete_zebra
      parameters:
        - {name: zebra_id, in: path, required: true, schema: {type: string}}
        - {name: class, in: query, schema: {type: string}}
      responses:
        '204': {description: gone}
`
)

// TestPythonClientDeterministic generates the Python SDK three times, each
// from its own load of the description, and wants the same bytes: a map
// ranged over while emitting shows up here as a differing file. (The Python
// emitter runs on one goroutine, so GOMAXPROCS does not enter into it.)
func TestPythonClientDeterministic(t *testing.T) {
	t.Parallel()
	for _, path := range []string{"examples/orders/openapi.yaml", "testdata/sdkgen/torture/openapi.yaml", "testdata/sdkgen/stability/base.yaml"} {
		t.Run(filepath.Base(filepath.Dir(path)), func(t *testing.T) {
			t.Parallel()
			first := generateClient(t, path, "python", "sdk")
			for run := 2; run <= 3; run++ {
				again := generateClient(t, path, "python", "sdk")
				if len(again.Files) != len(first.Files) {
					t.Fatalf("run %d wrote %d files, the first %d", run, len(again.Files), len(first.Files))
				}
				for i, f := range first.Files {
					if g := again.Files[i]; g.Name != f.Name || string(g.Data) != string(f.Data) {
						t.Errorf("run %d: %s differs:\n%s", run, f.Name, udiff.Unified("first", "again", string(f.Data), string(g.Data)))
					}
				}
			}
		})
	}
}
