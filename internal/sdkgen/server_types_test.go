package sdkgen

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sequere/sequere/internal/sdkgen/internal/desc"
	"github.com/sequere/sequere/internal/sdkgen/ir"
	"github.com/sequere/sequere/internal/spec"
)

// TestServerTypeExceptions pins the server's Go types where its model and the
// shared IR's disagree, so moving the server onto ir.Schema cannot silently
// change a stub: each case is a construct the IR expresses differently (a
// union, a map, an enum, a merged order) while the server keeps what it has
// always generated.
func TestServerTypeExceptions(t *testing.T) {
	for _, c := range []struct {
		name, schemas string
		want          []string // "Name kind base | field type tag; ..." for the types named
	}{
		{"empty properties is an empty struct, not a map",
			`E: {type: object, properties: {}}`,
			[]string{"E struct"}},
		{"an object with nothing declared is an empty struct",
			`O: {type: object}`,
			[]string{"O struct"}},
		{"a 3.1 type list is any, not a union",
			`L: {type: [string, integer]}`,
			[]string{"L alias any"}},
		{"a mixed-type enum is any, not an enum of its first value's type",
			`M: {enum: [a, 1]}`,
			[]string{"M alias any"}},
		{"a single inline allOf is its member, named after the owner",
			`W: {type: object, properties: {p: {allOf: [{type: object, properties: {x: {type: string}}}]}}}`,
			[]string{"W struct | P *WP json:\"p,omitempty\"", "WP struct | X *string json:\"x,omitempty\""}},
		{"a discriminated base keeps its own fields, not a union of its children",
			`Pet: {type: object, required: [kind], discriminator: {propertyName: kind}, properties: {kind: {type: string}, name: {type: string}}}
    Cat: {allOf: [{$ref: '#/components/schemas/Pet'}, {type: object, properties: {meow: {type: boolean}}}]}`,
			[]string{"Cat struct | Kind string json:\"kind\"; Name *string json:\"name,omitempty\"; Meow *bool json:\"meow,omitempty\"",
				"Pet struct | Kind string json:\"kind\"; Name *string json:\"name,omitempty\""}},
		{"allOf: the owner's properties come first and the first declaration wins",
			`A: {properties: {z: {type: string}}, allOf: [{$ref: '#/components/schemas/B'}]}
    B: {properties: {a: {type: integer}, z: {type: integer}}}`,
			[]string{"A struct | Z *string json:\"z,omitempty\"; A *int json:\"a,omitempty\"", "B struct | A *int json:\"a,omitempty\"; Z *int json:\"z,omitempty\""}},
		{"an alias cycle through arrays is broken by one defined type",
			`X: {type: array, items: {$ref: '#/components/schemas/Y'}}
    Y: {type: array, items: {$ref: '#/components/schemas/X'}}`,
			[]string{"X defined []Y", "Y alias []X"}},
		{"a discriminator without a mapping tags a variant by its component name, not its const",
			`U: {oneOf: [{$ref: '#/components/schemas/V'}], discriminator: {propertyName: t}}
    V: {type: object, properties: {t: {const: vee}}}`,
			[]string{"U union | V V tags \"V\"", "V struct | T *string json:\"t,omitempty\""}},
	} {
		t.Run(c.name, func(t *testing.T) {
			src := "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    " + c.schemas + "\n"
			api := buildSource(t, src)
			var got []string
			for _, ty := range api.Types {
				got = append(got, describeType(ty))
			}
			if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("types:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(c.want, "\n"))
			}
		})
	}
}

// buildSource is the server IR of a description given as text.
func buildSource(t *testing.T, src string) *API {
	t.Helper()
	doc, err := spec.LoadBytes(context.Background(), "t.yaml", []byte(src), spec.Options{})
	if err != nil {
		t.Fatal(err)
	}
	api, _, err := Build(doc, "api")
	if err != nil {
		t.Fatal(err)
	}
	return api
}

func describeType(t *Type) string {
	s := t.Name + " " + string(t.Kind)
	if t.Base != "" {
		s += " " + t.Base
	}
	var parts []string
	for _, f := range t.Fields {
		parts = append(parts, f.Name+" "+f.GoType+" "+f.Tag)
	}
	for _, v := range t.Variants {
		parts = append(parts, fmt.Sprintf("%s %s tags %s", v.Field, v.GoType, strings.Join(v.Tags, ",")))
	}
	if len(parts) > 0 {
		s += " | " + strings.Join(parts, "; ")
	}
	return s
}

// TestServerTypesReadNoSource builds the server's template data twice from
// the same IR, once with every ir.Schema's Source node cleared: the Go types
// of models, parameters, bodies, responses and headers must not change, so
// nothing but the embedded JSON Schema reads the description's nodes.
func TestServerTypesReadNoSource(t *testing.T) {
	for _, p := range []string{"examples/orders/openapi.yaml", "testdata/sdkgen/torture/openapi.yaml", "testdata/sdkgen/edge/edge30.yaml",
		"testdata/sdkgen/edge/edge31.yaml", "testdata/sdkgen/edge/swagger2.yaml"} {
		t.Run(p, func(t *testing.T) {
			doc, err := spec.Load(context.Background(), filepath.Join(repo, p), spec.Options{})
			if err != nil {
				t.Fatal(err)
			}
			doc, err = doc.UpgradeToV3(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			describe := func(clear bool) string {
				shared, err := ir.BuildWritten(doc)
				if err != nil {
					t.Fatal(err)
				}
				if clear {
					clearSources(shared)
				}
				api, _, err := fromIR(doc, shared, "api")
				if err != nil {
					t.Fatal(err)
				}
				return describeGoTypes(api)
			}
			want, got := describe(false), describe(true)
			if got != want {
				t.Errorf("types differ without Source nodes:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}

func clearSources(api *ir.API) {
	clear := func(s *ir.Schema) {
		ir.Walk(s, func(s *ir.Schema) { s.Source = desc.Node{} })
	}
	for _, ty := range api.Types {
		clear(ty.Schema)
	}
	for _, op := range api.Operations {
		for _, p := range op.Params {
			clear(p.Schema)
		}
		if op.Body != nil {
			for _, c := range op.Body.Contents {
				clear(c.Schema)
			}
		}
		for _, r := range op.Responses {
			for _, c := range r.Contents {
				clear(c.Schema)
			}
			for _, h := range r.Headers {
				clear(h.Schema)
			}
		}
	}
}

// describeGoTypes is every Go type the server's template data holds.
func describeGoTypes(api *API) string {
	var b strings.Builder
	for _, ty := range api.Types {
		fmt.Fprintln(&b, describeType(ty))
	}
	for _, op := range api.Operations {
		fmt.Fprintf(&b, "%s:", op.Name)
		for _, p := range op.Params {
			fmt.Fprintf(&b, " %s %s %s default %q;", p.Field, p.GoType, p.Kind, p.Default)
		}
		if op.Body != nil {
			fmt.Fprintf(&b, " body %s", op.Body.GoType)
			for _, k := range op.Body.FormKinds {
				fmt.Fprintf(&b, " %s %s %v", k.Name, k.Kind, k.Array)
			}
		}
		for _, r := range op.Responses {
			fmt.Fprintf(&b, " %s %s", r.Status, r.BodyType)
			for _, h := range r.Headers {
				fmt.Fprintf(&b, " %s %s", h.Field, h.GoType)
			}
		}
		fmt.Fprintln(&b)
	}
	return b.String()
}
