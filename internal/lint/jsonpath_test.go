package lint_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/sequere/sequere/internal/lint"
	"github.com/sequere/sequere/internal/lint/core"
	"github.com/sequere/sequere/internal/report"
)

const pathDoc = `openapi: 3.0.3
info: {title: T, version: "1"}
paths:
  /pets:
    get:
      parameters:
        - {name: limit, in: query}
      responses:
        "200": {description: ok}
    post:
      responses:
        "201": {description: created}
components:
  schemas:
    Pet:
      type: object
      default: {}
      nullable: true
      properties:
        tags:
          type: array
          default: []
          nullable: false
          items: {type: string}
    Plain:
      type: string
`

// TestPathDialect checks the jsonpath-plus features Spectral rulesets lean
// on: `^` and `~` anywhere in the path, and the @ variables in filters. The
// expected sets are what jsonpath-plus returns for the same document.
func TestPathDialect(t *testing.T) {
	t.Parallel()
	doc := load(t, pathDoc)
	tests := []struct {
		name, given string
		want        []string
	}{
		{"mid-path parent after a filter", "$..[?(@.type === 'array')].default^.nullable",
			[]string{"$.components.schemas.Pet.properties.tags.nullable"}},
		{"parent then property name", "$.paths[*][?(@.parameters)]^~", []string{"$.paths['/pets']"}},
		{"several parents then property name", "$.components.schemas[*].properties[*].items^^^~", []string{"$.components.schemas.Pet"}},
		{"parent of a top-level key is $", "$.paths^.components.schemas[*]",
			[]string{"$.components.schemas.Pet", "$.components.schemas.Plain"}},
		{"parent of nothing is nothing", "$.nope^.components", nil},
		{"parent after .. includes where .. starts", "$.components..default^.type",
			[]string{"$.components.schemas.Pet.properties.tags.type", "$.components.schemas.Pet.type"}},
		{"parent after .. in the middle", "$.components.schemas.Pet..default^.nullable",
			[]string{"$.components.schemas.Pet.nullable", "$.components.schemas.Pet.properties.tags.nullable"}},
		{"trailing parents", "$.paths[*][*].responses^^", []string{"$.paths['/pets']"}},
		{"tilde ends the path, as in jsonpath-plus", "$.paths~.ignored", []string{"$.paths"}},
		{"@property", "$.paths[*][?(@property === 'post')]", []string{"$.paths['/pets'].post"}},
		{"@parentProperty", "$.paths[*][*][?(@parentProperty === 'get')]", []string{"$.paths['/pets'].get.parameters", "$.paths['/pets'].get.responses"}},
		// As in jsonpath-plus and nimma, @parent is the parent of the node
		// being filtered, so one level above @'s holder.
		{"@parent", "$..properties[?(@parent.type === 'object')]", []string{"$.components.schemas.Pet.properties.tags"}},
		{"@parent of a top-level filter is undefined", "$[?(@parent === undefined && @property === 'info')]", []string{"$.info"}},
		{"@path", `$..[?(@path === "$['components']['schemas']['Plain']")]`, []string{"$.components.schemas.Plain"}},
		{"@path with match", "$.components.schemas[?(@path.match(/Pe/))]", []string{"$.components.schemas.Pet"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := rule("r", tt.given, "", "undefined", nil)
			rep, err := lint.Run(context.Background(), doc, []*lint.Rule{r}, core.Functions(), lint.Options{})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, f := range rep.Findings {
				got = append(got, report.JSONPath(f.Path))
			}
			slices.Sort(got)
			if !slices.Equal(got, tt.want) {
				t.Errorf("%s matched\n  %s\nwant\n  %s", tt.given, strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
		})
	}
}

func TestPathErrors(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct{ src, want string }{
		{"$.a^^.b", "climbs above $"},
		{"$..^.b", "empty name"},
		{"$.a^~", "`~` at offset 4 after this `^` is not supported"},
		{"$.a^..b", "`..` right after this `^` is not supported"},
		{"$.paths[", "unclosed"},
	} {
		if _, err := lint.ParsePath(tt.src); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("ParsePath(%q) = %v, want an error containing %q", tt.src, err, tt.want)
		}
	}
}
