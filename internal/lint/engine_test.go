package lint_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/sequere/sequere/internal/lint"
	"github.com/sequere/sequere/internal/lint/core"
	"github.com/sequere/sequere/internal/report"
	"github.com/sequere/sequere/internal/spec"
)

const engineDoc = `openapi: 3.0.3
info:
  title: T
  version: "1"
paths:
  /pets:
    get:
      operationId: listPets
      responses:
        "200":
          $ref: '#/components/responses/Pets'
    post:
      description: make
      responses:
        "201":
          $ref: '#/components/responses/Pets'
  /pets/{id}:
    x-lint-ignore: operation-description
    get:
      responses:
        "404":
          description: nope
components:
  responses:
    Pets:
      description: ""
      content:
        application/json:
          schema:
            $ref: '#/components/schemas/Pet'
  schemas:
    Pet:
      type: object
      properties:
        name: {type: string}
        kids:
          type: array
          items:
            $ref: '#/components/schemas/Pet'
`

func load(t *testing.T, src string) *spec.Document {
	t.Helper()
	doc, err := spec.LoadBytes(context.Background(), "api.yaml", []byte(src), spec.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func rule(id, given, field, fn string, opts map[string]any) *lint.Rule {
	return &lint.Rule{ID: id, Severity: report.Warn, Resolved: true, Given: []string{given},
		Then: []lint.Then{{Field: field, Function: fn, FunctionOptions: opts}}}
}

func brief(rep *report.Report) string {
	var b strings.Builder
	for _, f := range rep.Findings {
		fmt.Fprintf(&b, "%s %d:%d %s %s\n", f.ID, f.Location.Line, f.Location.Col, report.JSONPath(f.Path), f.Message)
	}
	return b.String()
}

func TestEngine(t *testing.T) {
	t.Parallel()
	doc := load(t, engineDoc)
	tests := []struct {
		name string
		rule *lint.Rule
		want string
	}{
		{"field missing reports closest", rule("operation-description", "$.paths[*][get,post]", "description", "truthy", nil),
			"operation-description 7:5 $.paths['/pets'].get `description` property must be truthy\n"},
		{"shared component reported once at its own place", rule("response-description", "$.paths[*][*].responses[*]", "description", "truthy", nil),
			"response-description 26:7 $.components.responses.Pets.description `description` property must be truthy\n"},
		{"filter with @property", rule("no-200", "$.paths[*][*].responses[?(@property === '404')]", "", "falsy", nil),
			"no-200 21:9 $.paths['/pets/{id}'].get.responses['404'] `404` property must be falsy\n"},
		{"keys", rule("path-keys", "$.paths", "@key", "pattern", map[string]any{"notMatch": "\\{"}),
			"path-keys 17:3 $.paths['/pets/{id}'] `/pets/{id}` property must not match the pattern \"\\{\"\n"},
		{"tilde", rule("path-tilde", "$.paths[*]~", "", "pattern", map[string]any{"match": "^/pets$"}),
			"path-tilde 17:3 $.paths['/pets/{id}'] `/pets/{id}` property must match the pattern \"^/pets$\"\n"},
		{"recursive descent through a cycle", rule("types", "$..[?(@.type === 'array')]", "items", "falsy", nil),
			"types 38:11 $.components.schemas.Pet.properties.kids.items `items` property must be falsy\n"},
		{"unresolved sees $ref", &lint.Rule{ID: "refs", Severity: report.Error, Given: []string{"$..[?(@property === '$ref')]"},
			Then: []lint.Then{{Function: "pattern", FunctionOptions: map[string]any{"match": "^#/components/schemas/"}}}},
			"refs 11:11 $.paths['/pets'].get.responses['200'].$ref `$ref` property must match the pattern \"^#/components/schemas/\"\n" +
				"refs 16:11 $.paths['/pets'].post.responses['201'].$ref `$ref` property must match the pattern \"^#/components/schemas/\"\n"},
		{"message template", &lint.Rule{ID: "msg", Message: "{{property}} at {{path}}: {{error}} ({{value}})", Resolved: true,
			Given: []string{"$.info"}, Then: []lint.Then{{Field: "title", Function: "falsy"}}},
			"msg 3:3 $.info.title title at #/info/title: `title` property must be falsy (\"T\")\n"},
		{"formats exclude", &lint.Rule{ID: "v2", Formats: []lint.Format{lint.OAS2}, Resolved: true, Given: []string{"$"}, Then: []lint.Then{{Field: "swagger", Function: "truthy"}}}, ""},
		{"root given", rule("info-contact", "$", "info.contact", "truthy", nil),
			"info-contact 2:1 $.info `contact` property must be truthy\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep, err := lint.Run(context.Background(), doc, []*lint.Rule{tt.rule}, core.Functions(), lint.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if got := brief(rep); got != tt.want {
				t.Errorf("got:\n%s\nwant:\n%s", got, tt.want)
			}
		})
	}
}
