package ir

import (
	"context"
	"reflect"
	"testing"

	"github.com/sequere/sequere/internal/spec"
)

// What the Go server decides its types from: the schemas as written, where
// the IR's own model differs (a discriminated base, allOf parts, mixed enums,
// mappings), linked so that one schema object is one *Written.
const writtenSpec = `openapi: 3.0.3
info: {title: t, version: "1"}
paths:
  /pets:
    get:
      parameters:
        - {name: kind, in: query, schema: {$ref: '#/components/schemas/Kind'}}
      responses:
        "200":
          description: ok
          content:
            application/json: {schema: {$ref: '#/components/schemas/Pet'}}
components:
  schemas:
    Pet:
      type: object
      required: [kind]
      discriminator: {propertyName: kind, mapping: {kitty: Cat, nope: '#/components/schemas/Nope'}}
      properties: {kind: {type: string}, name: {type: string, nullable: true}}
    Cat:
      allOf: [{$ref: '#/components/schemas/Pet'}, {properties: {meow: {type: boolean}}}]
    Kind: {enum: [a, 1, true, ~], default: a}
    Empty: {type: object, properties: {}}
    Open: {type: object, additionalProperties: true}
    Pair: {oneOf: [{$ref: '#/components/schemas/Kind'}, {type: 'null'}]}
`

func TestWritten(t *testing.T) {
	doc, err := spec.LoadBytes(context.Background(), "written.yaml", []byte(writtenSpec), spec.Options{})
	if err != nil {
		t.Fatal(err)
	}
	api, err := BuildWritten(doc)
	if err != nil {
		t.Fatal(err)
	}
	comps := map[string]*Written{}
	var order []string
	for _, c := range api.WrittenSchemas {
		comps[c.Name] = c.Schema
		order = append(order, c.Name)
	}
	pet, cat, kind := comps["Pet"], comps["Cat"], comps["Kind"]
	op := api.Operations[0]
	param := op.Params[0].Schema.Written
	body := op.Responses[0].Contents[0].Schema.Written
	var petType *Type
	for _, ty := range api.Types {
		if ty.Component == "Pet" {
			petType = ty
		}
	}
	propNames := func(w *Written) []string {
		var out []string
		for _, p := range w.Properties {
			out = append(out, p.Name)
		}
		return out
	}
	plain, err := Build(doc)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name      string
		got, want any
	}{
		{"Build keeps no Written", plain.WrittenSchemas == nil && plain.Types[0].Schema.Written == nil, true},
		{"components in document order", order, []string{"Pet", "Cat", "Kind", "Empty", "Open", "Pair"}},
		{"the IR makes the base a union", petType.Schema.Kind, KindUnion},
		{"its Written is the same object as the component's", petType.Schema.Written == pet, true},
		{"the base keeps its own properties", propNames(pet), []string{"kind", "name"}},
		{"required as written", pet.Required, []string{"kind"}},
		{"3.0 nullable", pet.Properties[1].Schema.Null, true},
		{"a $ref links to its target", body.Target == pet, true},
		{"ref name", body.RefName, "Pet"},
		{"allOf parts kept apart", len(cat.AllOf), 2},
		{"allOf member ref", cat.AllOf[0].Target == pet, true},
		{"allOf part's own properties", propNames(cat.AllOf[1]), []string{"meow"}},
		{"allOf part typed by its properties", cat.AllOf[1].Types, []string{"object"}},
		{"bare mapping name resolved", pet.Mapping[0].Target == cat, true},
		{"mapping key", pet.Mapping[0].Key, "kitty"},
		{"unresolvable mapping says why", pet.Mapping[1].Target == nil && pet.Mapping[1].Err != "", true},
		{"mixed enum kept as written", kind.Enum, []WrittenValue{{true, "!!str", "a"}, {true, "!!int", "1"}, {true, "!!bool", "true"}, {true, "!!null", "~"}}},
		{"untyped enum has no type", len(kind.Types), 0},
		{"scalar default", *kind.Default, WrittenValue{true, "!!str", "a"}},
		{"a parameter's ref", param.Target == kind, true},
		{"empty properties written", comps["Empty"].HasProperties && len(comps["Empty"].Properties) == 0, true},
		{"additionalProperties: true is written but has no schema", comps["Open"].HasAdditional && comps["Open"].Additional == nil, true},
		{"null pair", comps["Pair"].NullPair == comps["Pair"].OneOf[0], true},
	} {
		if !reflect.DeepEqual(c.got, c.want) {
			t.Errorf("%s: got %v, want %v", c.name, c.got, c.want)
		}
	}
}
