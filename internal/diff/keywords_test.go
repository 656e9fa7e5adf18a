package diff

import (
	"context"
	"strings"
	"testing"

	"github.com/sequere/sequere/internal/spec"
)

func itemSpec(item string) string {
	return `openapi: 3.1.0
info: {title: t, version: 1.0.0}
paths:
  /items:
    post:
      requestBody:
        content:
          application/json:
            schema: {$ref: '#/components/schemas/Item'}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Item'}
components:
  schemas:
    Item:
` + indent(item, "      ")
}

func indent(s, by string) string {
	return by + strings.ReplaceAll(strings.TrimRight(s, "\n"), "\n", "\n"+by) + "\n"
}

// TestMalformedKeywords: keyword values of the wrong shape are compared as
// far as they make sense and never panic; a well-formed value on the other
// side still reports the keyword as added or removed.
func TestMalformedKeywords(t *testing.T) {
	t.Parallel()
	cases := []struct{ bad, good, want string }{
		{"prefixItems: 3", "prefixItems: [{type: string}]", "schema-prefix-items-added"},
		{"dependentRequired: [a]", "dependentRequired: {a: [b]}", "schema-dependent-required-added"},
		{"dependentSchemas: x", "dependentSchemas: {a: {required: [b]}}", "schema-dependent-schema-added"},
		{"patternProperties: [1]", "patternProperties: {'^x': {type: string}}", "schema-pattern-property-added"},
		{"not: 5", "not: {type: string}", "schema-not-changed"},
		{"x-extensible-enum: {a: 1}", "x-extensible-enum: [a]", "schema-extensible-enum-value-added"},
		{"contentEncoding: [a]", "contentEncoding: base64", "schema-content-encoding-changed"},
		{"if: true", "if: {required: [a]}", "schema-if-added"},
	}
	ctx := context.Background()
	for _, c := range cases {
		t.Run(c.want, func(t *testing.T) {
			t.Parallel()
			b, err := spec.LoadBytes(ctx, "base.yaml", []byte(itemSpec("type: object\n"+c.bad)), spec.Options{})
			if err != nil {
				t.Fatal(err)
			}
			r, err := spec.LoadBytes(ctx, "revision.yaml", []byte(itemSpec("type: object\n"+c.good)), spec.Options{})
			if err != nil {
				t.Fatal(err)
			}
			for _, pair := range [][2]*spec.Document{{b, r}, {r, b}} {
				if _, err := Compare(ctx, pair[0], pair[1], Options{}); err != nil {
					t.Fatal(err)
				}
			}
			res, _ := Compare(ctx, b, r, Options{})
			var ids []string
			for _, ch := range res.Changes {
				ids = append(ids, ch.Check.ID)
			}
			if !strings.Contains(strings.Join(ids, " "), c.want) {
				t.Errorf("got %v, want %s among them", ids, c.want)
			}
		})
	}
}
