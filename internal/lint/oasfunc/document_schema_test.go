package oasfunc

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/sequere/sequere/internal/lint"
	"github.com/sequere/sequere/internal/spec"
)

// TestDocumentSchemaSplit: validating the large members apart reports what
// one whole-document validation reports, for errors at the root, inside the
// split members and on a member that is not a mapping (not split).
func TestDocumentSchemaSplit(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, doc string }{
		{"3.0", `openapi: 3.0.3
info: {title: t}
bogus: 1
paths:
  /a:
    get:
      responses: {'200': {description: ok}}
      wrong: true
  nopath: {}
components:
  schemas:
    A: {type: object, properties: {x: {type: 12}}}
  wrongSection: {}
`},
		{"3.0 paths not a mapping", "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: [1]\ncomponents: {schemas: {A: 3}}\n"},
		{"2.0", `swagger: "2.0"
info: {title: t, version: '1'}
paths:
  /a: {get: {responses: {'200': {}}}}
definitions:
  A: {type: object, required: 3}
parameters:
  p: {name: p, in: nowhere}
responses:
  r: {}
`},
		{"3.1 (not split)", "openapi: 3.1.0\ninfo: {title: t}\npaths: {/a: {get: {responses: {'200': {}}}}}\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := spec.LoadBytes(context.Background(), "t.yaml", []byte(tc.doc), spec.Options{})
			if err != nil {
				t.Fatal(err)
			}
			got := render(DocumentSchema(lint.Call{Doc: doc, Target: lint.Target{Node: doc.Root, File: doc.Name}}))
			s, err := documentSchema(doc.Version)
			if err != nil {
				t.Fatal(err)
			}
			var want []string
			if err := s.whole.Validate(toValue(doc.Root)); err != nil {
				want = render(violations(err, nil))
			}
			if len(want) == 0 {
				t.Fatal("the fixture should have schema errors")
			}
			if !slices.Equal(got, want) {
				t.Errorf("split validation:\n%s\nwhole document:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
		})
	}
}

func render(vs []lint.Violation) []string {
	var out []string
	for _, v := range vs {
		out = append(out, strings.Join(v.Path, "/")+": "+v.Message)
	}
	slices.Sort(out)
	return out
}
