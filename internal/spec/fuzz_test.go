package spec

import (
	"context"
	"testing"

	yaml "github.com/pb33f/go-yaml"
)

// FuzzLoad feeds arbitrary bytes to the loader. Seeds live in
// testdata/fuzz/FuzzLoad (go test's own corpus directory) and cover YAML, JSON,
// refs, cycles and broken documents.
func FuzzLoad(f *testing.F) {
	for _, s := range []string{
		"openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths: {}\n",
		"swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths: {/a: {get: {responses: {'200': {description: ok}}}}}\n",
		`{"openapi":"3.1.0","info":{"title":"t","version":"1"},"paths":{"/a":{"$ref":"#/paths/~1a"}}}`,
		"openapi: 3.1.0\ncomponents: {schemas: {A: {$ref: '#/components/schemas/B'}, B: {$ref: '#/components/schemas/A'}}}\n",
		"openapi: 3.0.0\npaths:\n  /x:\n    get:\n      responses:\n        '200': {$ref: '#/nope'}\n",
		"openapi: &a 3.0.0\nx: *a\n",
		"- 1\n- 2\n",
		"openapi: [",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := LoadBytes(context.Background(), "fuzz.yaml", data, Options{})
		if err != nil {
			if !IsInputError(err) {
				t.Fatalf("error %T is not an input error: %v", err, err)
			}
			return
		}
		if d.Root == nil || d.Root.Kind != yaml.MappingNode || d.Version == 0 {
			t.Fatalf("document without a mapping root or version: %+v", d)
		}
		for _, op := range d.Operations() {
			_ = d.Locate(op.Pointer)
		}
		for _, s := range d.Schemas() {
			_ = d.Locate(s.Pointer)
		}
	})
}
