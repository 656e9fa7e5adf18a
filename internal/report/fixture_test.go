package report

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/report/golden/*.golden from the current output")

// testdataDir is the shared testdata tree for this package.
var testdataDir = filepath.Join("..", "..", "testdata", "report")

// goldenOptions are the options every golden file is rendered with. BaseDir
// matches the fixture's absolute paths so relativisation is exercised.
var goldenOptions = Options{BaseDir: "/work/api"}

// fixture is the one findings input every formatter renders. It is built in
// an unsorted order on purpose, and covers: several files (one with a space,
// one outside BaseDir, one source without findings), every severity, a diff
// finding with a Base location, a rule missing from the catalogue, an unknown
// position, an explicit fingerprint, and messages with characters each format
// must escape (| , : % < > ` ' " newlines, and a terminal escape).
func fixture() *Report {
	r := &Report{
		Tool:    "sequere lint",
		Version: "1.2.3",
		Sources: []string{"/work/api/openapi.yaml", "/work/api/components/pets.yaml", "/work/api/my specs/legacy.yaml", "/work/api/clean.yaml"},
		Rules: []Rule{
			{ID: "operation-operationId", Severity: Error, Description: "Operations must have an operationId.", DocURL: "https://sequere.dev/rules/operation-operationId", Ruleset: "spectral:oas"},
			{ID: "operation-description", Severity: Warn, Description: "Operations should have a description.", Ruleset: "spectral:oas"},
			{ID: "info-contact", Severity: Info, Description: "Info object should contain a contact.", Ruleset: "spectral:oas"},
			{ID: "path-keys-no-trailing-slash", Severity: Hint, Description: "Path keys should not end with a slash."},
			{ID: "response-removed", Severity: Error, Description: "A response was removed (breaking change).", Ruleset: "sequere:diff"},
		},
		Findings: []Finding{
			{
				ID: "operation-description", Severity: Warn,
				Message:  "Operation `GET /pets` should have a description | summary",
				Path:     []string{"paths", "/pets", "get"},
				Location: Location{File: "/work/api/openapi.yaml", Line: 12, Col: 7, EndLine: 20, EndCol: 9},
			},
			{
				ID: "operation-operationId", Severity: Error,
				Message:  `Operation must have "operationId"; found <none>, 100% sure: yes`,
				Path:     []string{"paths", "/pets/{petId}", "delete"},
				Location: Location{File: "/work/api/openapi.yaml", Line: 40, Col: 5, EndLine: 44, EndCol: 30},
				DocURL:   "https://sequere.dev/rules/operation-operationId",
			},
			{
				ID: "info-contact", Severity: Info,
				Message:  "Info object should contain `contact` object.",
				Path:     []string{"info"},
				Location: Location{File: "/work/api/openapi.yaml", Line: 3, Col: 1},
			},
			{
				ID: "path-keys-no-trailing-slash", Severity: Hint,
				Message:  "Path `/pets/` should not end with a slash,\nsee the docs\r\n& more\x1b[31m",
				Path:     []string{"paths", "/pets/"},
				Location: Location{File: "/work/api/my specs/legacy.yaml", Line: 7, Col: 3, EndLine: 7, EndCol: 10},
			},
			{
				ID: "response-removed", Severity: Error,
				Message:     "Response '200' was removed from GET /pets/{petId}",
				Path:        []string{"paths", "/pets/{petId}", "get", "responses", "200"},
				Location:    Location{File: "/work/api/openapi.yaml", Line: 61, Col: 11, EndLine: 70, EndCol: 1},
				Base:        &Location{File: "/work/api/base/openapi.yaml", Line: 58, Col: 11, EndLine: 66, EndCol: 1},
				Fingerprint: "custom-fp-0001",
			},
			{
				ID: "x-pascal-case", Severity: Warn,
				Message:  "Schema name 'Pet's' is not PascalCase: a:b,c",
				Path:     []string{"components", "schemas", "Pet's"},
				Location: Location{File: "../shared/schemas.yaml"},
			},
			{
				ID: "operation-description", Severity: Warn,
				Message:  "Operation should have a description.",
				Path:     []string{"paths", "/owners", "post"},
				Location: Location{File: "/work/api/components/pets.yaml", Line: 2, Col: 1, EndLine: 9, EndCol: 4},
			},
		},
	}
	r.Stamp()
	return r
}

// render runs one formatter and fails the test on error.
func render(t *testing.T, f Formatter, r *Report, o Options) string {
	t.Helper()
	var buf bytes.Buffer
	if err := f.Write(&buf, r, o); err != nil {
		t.Fatalf("%s: Write: %v", f.Name(), err)
	}
	return buf.String()
}

func TestGolden(t *testing.T) {
	for _, f := range Formatters() {
		t.Run(f.Name(), func(t *testing.T) {
			in := fixture()
			got := render(t, f, in, goldenOptions)
			if !reflect.DeepEqual(in, fixture()) {
				t.Errorf("%s modified the report it rendered", f.Name())
			}
			path := filepath.Join(testdataDir, "golden", f.Name()+".golden")
			if *update {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run `go test ./internal/report -update` to create it)", err)
			}
			if got != string(want) {
				t.Errorf("%s output differs from %s\n%s", f.Name(), path, firstDiff(string(want), got))
			}
		})
	}
}

// firstDiff points at the first differing line, which is what one needs to
// read a golden failure without an external diff tool.
func firstDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < max(len(wl), len(gl)); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return fmt.Sprintf("line %d:\n  want: %q\n  got:  %q", i+1, w, g)
		}
	}
	return "(difference in line endings)"
}
