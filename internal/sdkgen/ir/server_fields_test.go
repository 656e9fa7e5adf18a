package ir

import (
	"context"
	"testing"

	"github.com/sequere/sequere/internal/spec"
)

// What the server emitter reads beyond the clients' needs: document order,
// parameter positions, explode as written, header order, `security: []`
// and the schema as written.
const serverFieldsSpec = `openapi: 3.0.3
info: {title: t, version: "1"}
security: [{key: []}]
components:
  securitySchemes:
    key: {type: apiKey, in: header, name: X-Key}
  schemas:
    Id: {type: string}
paths:
  /b/{id}:
    get:
      operationId: zeta
      security: []
      parameters:
        - {name: Accept, in: header, schema: {type: string}}
        - {name: id, in: path, required: true, schema: {$ref: '#/components/schemas/Id'}}
        - {name: tags, in: query, explode: false, schema: {type: array, items: {type: string}}}
        - {name: sort, in: query, schema: {type: string}}
      responses:
        "2xx":
          description: ok
          headers:
            Zed: {schema: {type: integer}}
            Alpha: {schema: {type: string}}
  /a:
    post:
      operationId: alpha
      responses:
        "204": {description: none}
    put:
      responses:
        "204": {description: none}
`

func TestServerFields(t *testing.T) {
	doc, err := spec.LoadBytes(context.Background(), "fields.yaml", []byte(serverFieldsSpec), spec.Options{})
	if err != nil {
		t.Fatal(err)
	}
	api, err := Build(doc)
	if err != nil {
		t.Fatal(err)
	}
	ops := map[string]*Operation{}
	for _, o := range api.Operations {
		ops[o.Name] = o
	}
	zeta, alpha, put := ops["Zeta"], ops["Alpha"], ops["PutA"]
	if zeta == nil || alpha == nil || put == nil {
		t.Fatalf("operations %v", ops)
	}
	for _, tc := range []struct {
		name      string
		got, want any
	}{
		{"zeta index", zeta.Index, 0},
		{"alpha index", alpha.Index, 1},
		{"put index", put.Index, 2},
		{"security [] written", zeta.SecurityWritten, true},
		{"security [] empty", len(zeta.Security), 0},
		{"root security written", alpha.SecurityWritten, true},
		{"root security applies", len(alpha.Security), 1},
		{"params without Accept", len(zeta.Params), 3},
		{"id index counts Accept", zeta.Params[0].Index, 1},
		{"sort index", zeta.Params[2].Index, 3},
		{"explode written", zeta.Params[1].ExplodeSet, true},
		{"explode false", zeta.Params[1].Explode, false},
		{"explode defaulted", zeta.Params[2].ExplodeSet, false},
		{"explode default for form", zeta.Params[2].Explode, true},
		{"ref source is the $ref", spec.RefOf(zeta.Params[0].Schema.Source.N), "#/components/schemas/Id"},
		{"response key as written", zeta.Responses[0].Key, "2xx"},
		{"response status", zeta.Responses[0].Status, "2XX"},
		{"headers sorted", zeta.Responses[0].Headers[0].Name, "Alpha"},
		{"header document order", zeta.Responses[0].Headers[0].Index, 1},
		{"no-schema header source", zeta.Responses[0].Headers[1].Schema.Source.Get("type").Value, "integer"},
	} {
		if tc.got != tc.want {
			t.Errorf("%s: got %v, want %v", tc.name, tc.got, tc.want)
		}
	}
	var id *Type
	for _, ty := range api.Types {
		if ty.Component == "Id" {
			id = ty
		}
	}
	if id == nil || id.Schema.Source.Get("type") == nil || id.Schema.Source.Get("type").Value != "string" {
		t.Errorf("component Id source: %+v", id)
	}
}

func TestNoSecurityWritten(t *testing.T) {
	doc, err := spec.LoadBytes(context.Background(), "none.yaml", []byte(`openapi: 3.1.0
info: {title: t, version: "1"}
paths:
  /x:
    get:
      responses: {"200": {description: ok}}
`), spec.Options{})
	if err != nil {
		t.Fatal(err)
	}
	api, err := Build(doc)
	if err != nil {
		t.Fatal(err)
	}
	if op := api.Operations[0]; op.SecurityWritten || op.Security != nil {
		t.Errorf("no security written: written=%v security=%v", op.SecurityWritten, op.Security)
	}
}
