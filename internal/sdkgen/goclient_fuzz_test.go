package sdkgen

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/sequere/sequere/internal/spec"
)

// FuzzGoClient generates a Go client from arbitrary descriptions: the
// generator must never panic, and what it writes must parse as Go. Seeds
// are small descriptions with every hard case; go/format is skipped (it is
// most of the time and not under test), parsing is kept.
func FuzzGoClient(f *testing.F) {
	torture, err := os.ReadFile(filepath.Join(repo, "testdata/sdkgen/torture/openapi.yaml"))
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{
		string(torture),
		"openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths: {/a: {get: {parameters: [{name: limit, in: query, schema: {type: integer}}, {name: cursor, in: query, schema: {type: string}}], responses: {'200': {description: ok, content: {application/json: {schema: {type: object, properties: {data: {type: array, items: {$ref: '#/components/schemas/A'}}, next_cursor: {type: string, nullable: true}}}}}}}}}}\ncomponents: {schemas: {A: {type: object, nullable: true, properties: {a: {$ref: '#/components/schemas/A'}}}}}\n",
		"openapi: 3.1.0\ninfo: {title: t, version: '1'}\ncomponents: {schemas: {A: {$ref: '#/components/schemas/B'}, B: {$ref: '#/components/schemas/A'}, C: {not: {type: string}}, D: {enum: [{a: 1}]}, E: {type: [string, integer, 'null', object, array]}}}\n",
		"swagger: '2.0'\ninfo: {title: t, version: '1'}\nsecurityDefinitions: {k: {type: apiKey, in: query, name: key}, b: {type: basic}}\nsecurity: [{k: []}]\npaths: {/a/{id}: {post: {consumes: [multipart/form-data], parameters: [{name: id, in: path, required: true, type: string}, {name: f, in: formData, type: file}], responses: {'201': {description: ok}}}}}\n",
		"openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths: {/e: {get: {responses: {'200': {description: ok, content: {text/event-stream: {schema: {type: string}}}}, default: {description: err, content: {application/problem+json: {schema: {type: object}}}}}}}}\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := spec.LoadBytes(context.Background(), "fuzz.yaml", data, spec.Options{})
		if err != nil {
			return
		}
		res, err := Client(doc, "go", ClientOptions{Package: "api", Module: "example.test/api", skipFormat: true})
		checkFuzzed(t, res, err)
	})
}
