package builtin_test

import (
	"context"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/sequere/sequere/internal/lint"
	"github.com/sequere/sequere/internal/lint/builtin"
	"github.com/sequere/sequere/internal/lint/ruleset"
	"github.com/sequere/sequere/internal/spec"
)

// A YAML alias stands for its anchored content: a document with aliases
// lints like the same document with each alias written out, the same rules
// at the same paths (Spectral reads YAML the same way).
func TestAliasesLintLikeCopies(t *testing.T) {
	const aliased = `openapi: 3.0.3
info: {title: T, version: "1"}
paths:
  /a:
    get:
      responses:
        "200": &ok
          description: ""
          content:
            application/json:
              schema: &thing
                type: object
                properties:
                  Bad_Name: {type: string, example: 12}
              example: {Bad_Name: 3}
  /b:
    get:
      responses:
        "200": *ok
    post:
      requestBody:
        content:
          application/json:
            schema: *thing
      responses:
        "201": *ok
`
	const copied = `openapi: 3.0.3
info: {title: T, version: "1"}
paths:
  /a:
    get:
      responses:
        "200":
          description: ""
          content:
            application/json:
              schema:
                type: object
                properties:
                  Bad_Name: {type: string, example: 12}
              example: {Bad_Name: 3}
  /b:
    get:
      responses:
        "200":
          description: ""
          content:
            application/json:
              schema:
                type: object
                properties:
                  Bad_Name: {type: string, example: 12}
              example: {Bad_Name: 3}
    post:
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                Bad_Name: {type: string, example: 12}
      responses:
        "201":
          description: ""
          content:
            application/json:
              schema:
                type: object
                properties:
                  Bad_Name: {type: string, example: 12}
              example: {Bad_Name: 3}
`
	for _, cfg := range configs {
		t.Run(cfg.name, func(t *testing.T) {
			a, b := lintKeys(t, cfg.src, aliased), lintKeys(t, cfg.src, copied)
			if !slices.ContainsFunc(b, func(k string) bool { return strings.Contains(k, "['/b'].post") }) {
				t.Fatal("the written-out document has no finding under /b post; the test would prove nothing")
			}
			if !slices.Equal(a, b) {
				t.Errorf("with aliases:\n%s\nwritten out:\n%s", strings.Join(a, "\n"), strings.Join(b, "\n"))
			}
		})
	}
}

// An alias bomb (each level aliases the one below twice) of thirty levels is
// refused when loaded (spec bounds alias expansion for every command); one
// just below that bound is linted to the end and still reports what the
// first routes reach.
func TestAliasBombEnds(t *testing.T) {
	bomb := func(levels int) string {
		var b strings.Builder
		b.WriteString("openapi: 3.0.3\ninfo: {title: T, version: \"1\"}\npaths: {}\ncomponents:\n  schemas:\n    L0: &l0 {type: object, properties: {Bad_Name: {type: string}}}\n")
		for i := 1; i <= levels; i++ {
			b.WriteString("    L" + itoa(i) + ": &l" + itoa(i) + " {type: object, properties: {a: *l" + itoa(i-1) + ", b: *l" + itoa(i-1) + "}}\n")
		}
		return b.String()
	}
	if _, err := spec.LoadBytes(context.Background(), "api.yaml", []byte(bomb(30)), spec.Options{}); err == nil || !strings.Contains(err.Error(), "excessive YAML aliasing") {
		t.Fatalf("a 2^30 alias bomb loaded: %v", err)
	}
	keys := lintKeys(t, "extends: [[sequere, all]]\n", bomb(12))
	if len(keys) == 0 {
		t.Fatal("no findings")
	}
}

func itoa(i int) string { return strconv.Itoa(i) }

func lintKeys(t *testing.T, rulesetSrc, doc string) []string {
	t.Helper()
	d, err := spec.LoadBytes(context.Background(), "api.yaml", []byte(doc), spec.Options{})
	if err != nil {
		t.Fatal(err)
	}
	rs, err := ruleset.ReadBytes("rules.yaml", []byte(rulesetSrc), builtin.Options())
	if err != nil {
		t.Fatal(err)
	}
	rep, err := lint.Run(context.Background(), d, rs.For(d.Name), builtin.Registry(), lint.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var keys []string
	for _, f := range rep.Findings {
		keys = append(keys, f.ID+" "+f.JSONPath()+" "+f.Message)
	}
	slices.Sort(keys)
	return slices.Compact(keys)
}
