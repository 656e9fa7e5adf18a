package plan

import (
	"encoding/json"
	"strings"
	"testing"
)

// The plan's schemas reach the validator through their kin: refs, in the
// dialect of the description's version, with 3.0's nullable as a type list
// and a null enum member.
func TestPlanConforms(t *testing.T) {
	const v30 = `openapi: 3.0.3
info: {title: t, version: "1"}
paths:
  /pets:
    post:
      requestBody:
        content:
          application/json:
            schema: {$ref: '#/components/schemas/Pet'}
      responses: {"200": {description: ok}}
components:
  schemas:
    Pet:
      type: object
      required: [name]
      properties:
        name: {type: string}
        age: {type: integer, minimum: 0, exclusiveMinimum: true}
        kind: {type: string, enum: [cat, dog], nullable: true}
        owner: {$ref: '#/components/schemas/Owner'}
    Owner:
      type: object
      required: [id]
      properties:
        id: {type: string, format: uuid}
`
	v31 := strings.Replace(strings.Replace(v30, "openapi: 3.0.3", "openapi: 3.1.0", 1),
		"minimum: 0, exclusiveMinimum: true", "exclusiveMinimum: 0", 1)
	v31 = strings.Replace(v31, "{type: string, enum: [cat, dog], nullable: true}", "{type: [string, 'null'], enum: [cat, dog, null]}", 1)
	for _, src := range []struct{ name, doc string }{{"3.0", v30}, {"3.1", v31}} {
		p, err := Build(loadYAML(t, src.doc), Selection{})
		if err != nil {
			t.Fatal(err)
		}
		schema := p.Ops[0].Body.Media[0].Schema
		for _, tt := range []struct {
			value string
			want  bool
		}{
			{`{"name":"Rex","age":1,"kind":"dog"}`, true},
			{`{"name":"Rex","kind":null}`, true},
			{`{"age":1}`, false},
			{`{"name":"Rex","age":0}`, false},
			{`{"name":"Rex","kind":"cow"}`, false},
			{`{"name":"Rex","owner":{"id":"3fa85f64-5717-4562-b3fc-2c963f66afa6"}}`, true},
			{`{"name":"Rex","owner":{"id":"not-a-uuid"}}`, false},
			{`{"name":"Rex","owner":{}}`, false},
		} {
			dec := json.NewDecoder(strings.NewReader(tt.value))
			dec.UseNumber()
			var v any
			if err := dec.Decode(&v); err != nil {
				t.Fatal(err)
			}
			if got := p.conforms(schema, v); got != tt.want {
				t.Errorf("%s: conforms(%s) = %v, want %v", src.name, tt.value, got, tt.want)
			}
		}
	}
}
