package spec

import (
	"context"
	"testing"
	"time"

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
		// A hang is a bug too, but the fuzzer only notices it as a stalled
		// worker and fails without saving the input; a deadline turns it into
		// a failure with the input recorded.
		type result struct {
			d   *Document
			err error
		}
		done := make(chan result, 1)
		go func() {
			d, err := LoadBytes(context.Background(), "fuzz.yaml", data, Options{})
			done <- result{d, err}
		}()
		var r result
		select {
		case r = <-done:
		case <-time.After(10 * time.Second):
			t.Fatalf("LoadBytes did not return within 10 s on %q", data)
		}
		d, err := r.d, r.err
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
