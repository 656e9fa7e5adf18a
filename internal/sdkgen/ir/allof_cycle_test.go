package ir

import (
	"context"
	"testing"

	"github.com/sequere/sequere/internal/spec"
)

// A scalar whose allOf members carry no type, or name the schema itself,
// once sent the allOf merge into defining its owner again until the stack
// ran out (found by FuzzBuild in internal/docs). Each must build as a plain
// scalar.
func TestAllOfOwnerIsNotDefinedAgain(t *testing.T) {
	for name, schema := range map[string]string{
		"untyped member": `{type: string, allOf: [{description: d}]}`,
		"member is self": `{type: string, allOf: [{$ref: '#/components/schemas/S'}]}`,
		"unknown type":   `{type: t, allOf: [{ref: '#/components/schemas/S'}]}`,
	} {
		t.Run(name, func(t *testing.T) {
			src := `openapi: 3.1.0
info: {title: t, version: "1"}
paths:
  /s:
    get:
      responses:
        "200": {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/S'}}}}
components:
  schemas:
    S: ` + schema + "\n"
			doc, err := spec.LoadBytes(context.Background(), "s.yaml", []byte(src), spec.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if _, err := Build(doc); err != nil {
				t.Fatal(err)
			}
		})
	}
}
