package sdkgen

import (
	"context"
	"fmt"
	"strings"
	"testing"

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
			doc, err := spec.LoadBytes(context.Background(), "t.yaml", []byte(src), spec.Options{})
			if err != nil {
				t.Fatal(err)
			}
			api, _, err := Build(doc, "api")
			if err != nil {
				t.Fatal(err)
			}
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
