package sdkgen

import (
	"context"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sequere/sequere/internal/spec"
)

// FuzzGoServer generates server stubs from arbitrary descriptions: the server
// builder must never panic, and what it writes must parse as Go. Seeds are the
// orders API, the torture spec and the small descriptions in
// testdata/fuzz/FuzzGoServer (alias cycles, path affixes, parameter styles,
// forms, response headers, Swagger 2.0). go/format is skipped, parsing kept.
func FuzzGoServer(f *testing.F) {
	for _, p := range []string{"examples/orders/openapi.yaml", "testdata/sdkgen/torture/openapi.yaml"} {
		data, err := os.ReadFile(filepath.Join(repo, p))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := spec.LoadBytes(context.Background(), "fuzz.yaml", data, spec.Options{})
		if err != nil {
			return
		}
		res, err := GoServer(doc, Options{Package: "api", skipFormat: true})
		checkFuzzed(t, res, err)
	})
}

// checkFuzzed fails on what a fuzzed description must never cause: an
// internal error (a recovered panic) or a .go file that does not parse. Any
// other error is the generator refusing bad input, which is fine.
func checkFuzzed(t *testing.T, res *Result, err error) {
	t.Helper()
	if err != nil {
		if strings.Contains(err.Error(), "internal error") {
			t.Fatal(err)
		}
		return
	}
	fset := token.NewFileSet()
	for _, file := range res.Files {
		if strings.HasSuffix(file.Name, ".go") {
			if _, err := parser.ParseFile(fset, file.Name, file.Data, parser.SkipObjectResolution); err != nil {
				t.Fatalf("%s does not parse: %v", file.Name, err)
			}
		}
	}
}
