package sdkgen

import (
	"bytes"
	"context"
	"flag"
	"go/format"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/sequere/sequere/internal/spec"
)

var update = flag.Bool("update", false, "rewrite golden files")

// repo is the repository root, from this package's directory.
const repo = "../.."

func load(t *testing.T, path string) *spec.Document {
	t.Helper()
	doc, err := spec.Load(context.Background(), path, spec.Options{})
	if err != nil {
		t.Fatalf("load %s: %v", path, err)
	}
	return doc
}

func generate(t *testing.T, path, pkg string) *Result {
	t.Helper()
	res, err := GoServer(load(t, path), Options{Package: pkg})
	if err != nil {
		t.Fatalf("generate %s: %v", path, err)
	}
	return res
}

func writeFiles(t *testing.T, dir string, files []File) {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if err := os.WriteFile(filepath.Join(dir, f.Name), f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestGolden pins the whole output for small descriptions: one that uses
// every feature once and the corpus's 3.1 tictactoe. Run with -update to
// rewrite testdata/sdkgen/NAME/.
func TestGolden(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ name, path string }{
		{"small", "testdata/sdkgen/small.yaml"},
		{"tictactoe", "../shared/corpus/tictactoe.yaml"},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := generate(t, filepath.Join(repo, c.path), c.name)
			dir := filepath.Join(repo, "testdata/sdkgen", c.name)
			if *update {
				if err := os.RemoveAll(dir); err != nil {
					t.Fatal(err)
				}
				var golden []File
				for _, f := range res.Files {
					golden = append(golden, File{Name: f.Name + ".golden", Data: f.Data})
				}
				writeFiles(t, dir, golden)
			}
			entries, err := os.ReadDir(dir)
			if err != nil {
				t.Fatal(err)
			}
			if len(entries) != len(res.Files) {
				t.Errorf("%d golden files, %d generated", len(entries), len(res.Files))
			}
			for _, f := range res.Files {
				want, err := os.ReadFile(filepath.Join(dir, f.Name+".golden"))
				if err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(want, f.Data) {
					t.Errorf("%s differs from its golden file (run go test ./internal/sdkgen -run TestGolden -update):\n%s", f.Name, firstDiff(string(want), string(f.Data)))
				}
			}
		})
	}
}

func firstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < len(al) && i < len(bl); i++ {
		if al[i] != bl[i] {
			return "line " + itoa(i+1) + ":\n- " + al[i] + "\n+ " + bl[i]
		}
	}
	return "lengths differ"
}

// TestDeterministic generates twice from two loads and wants identical bytes.
func TestDeterministic(t *testing.T) {
	t.Parallel()
	for _, path := range []string{"examples/orders/openapi.yaml", "../shared/corpus/tictactoe.yaml", "testdata/sdkgen/edge/edge31.yaml", "testdata/sdkgen/edge/swagger2.yaml"} {
		a := generate(t, filepath.Join(repo, path), "gen")
		b := generate(t, filepath.Join(repo, path), "gen")
		if len(a.Files) != len(b.Files) {
			t.Fatalf("%s: %d then %d files", path, len(a.Files), len(b.Files))
		}
		for i := range a.Files {
			if a.Files[i].Name != b.Files[i].Name || !bytes.Equal(a.Files[i].Data, b.Files[i].Data) {
				t.Errorf("%s: %s differs between runs", path, a.Files[i].Name)
			}
		}
	}
}

// TestCommittedOrdersStubs is the Go side of .ci/check-generated.sh.
func TestCommittedOrdersStubs(t *testing.T) {
	t.Parallel()
	res := generate(t, filepath.Join(repo, "examples/orders/openapi.yaml"), "gen")
	for _, f := range res.Files {
		got, err := os.ReadFile(filepath.Join(repo, "examples/orders/gen", f.Name))
		if err != nil || !bytes.Equal(got, f.Data) {
			t.Errorf("examples/orders/gen/%s is stale; regenerate with sequere generate server --lang go examples/orders/openapi.yaml -o examples/orders/gen --package gen", f.Name)
		}
	}
}

// compiled are the descriptions whose generated packages TestCompiles checks.
var compiled = []struct{ name, path string }{
	{"orders", "examples/orders/openapi.yaml"},
	{"petstore", "../shared/corpus/petstore.yaml"},
	{"tictactoe", "../shared/corpus/tictactoe.yaml"},
	{"asana", "../shared/corpus/asana.yaml"},
	{"small", "testdata/sdkgen/small.yaml"},
	{"edge30", "testdata/sdkgen/edge/edge30.yaml"},
	{"edge31", "testdata/sdkgen/edge/edge31.yaml"},
	{"swagger2", "testdata/sdkgen/edge/swagger2.yaml"},
	{"nooperations", "testdata/sdkgen/unseen/no-operations.yaml"},
	{"timeparams", "testdata/sdkgen/unseen/time-params.yaml"},
	{"timebody", "testdata/sdkgen/unseen/time-body.yaml"},
}

// TestCompiles generates packages into one directory inside the module (so
// the module's go.mod resolves their dependencies and the build cache is
// shared with the rest of the repository), checks they are gofmt-clean, runs
// go vet on them, which type-checks them, and then one test binary (one link,
// not one per package): every schema the routers use must compile, and the
// behaviour tests of testdata/sdkgen/behaviour pass against the generated code.
func TestCompiles(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go vet and go test")
	}
	t.Parallel()
	root, err := os.MkdirTemp(".", "_vet_")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(root) })
	importRoot := "github.com/sequere/sequere/internal/sdkgen/" + filepath.Base(root) + "/"
	var check strings.Builder
	check.WriteString("package check\n\nimport (\n\t\"testing\"\n\n")
	for _, c := range compiled {
		files := generate(t, filepath.Join(repo, c.path), c.name).Files
		for _, f := range files {
			if strings.HasSuffix(f.Name, ".go") && !bytes.Equal(mustFormat(t, f.Data), f.Data) {
				t.Errorf("%s/%s is not gofmt-clean", c.name, f.Name)
			}
		}
		writeFiles(t, filepath.Join(root, c.name), files)
		check.WriteString("\t\"" + importRoot + c.name + "\"\n")
	}
	// Every schema a router uses must compile, or it would go unenforced.
	check.WriteString(")\n\nfunc TestSchemasCompile(t *testing.T) {\n\tfor name, errs := range map[string][]error{\n")
	for _, c := range compiled {
		check.WriteString("\t\t\"" + c.name + "\": " + c.name + ".SchemaErrors(),\n")
	}
	check.WriteString("\t} {\n\t\tif len(errs) > 0 {\n\t\t\tt.Errorf(\"%s: %v\", name, errs)\n\t\t}\n\t}\n}\n")
	checkFiles := []File{{Name: "schemas_test.go", Data: []byte(check.String())}}
	behaviour, err := filepath.Glob(filepath.Join(repo, "testdata/sdkgen/behaviour/*_test.go"))
	if err != nil || len(behaviour) == 0 {
		t.Fatalf("no behaviour tests: %v", err)
	}
	for _, path := range behaviour {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		src = bytes.ReplaceAll(src, []byte(`"generated/`), []byte(`"`+importRoot))
		checkFiles = append(checkFiles, File{Name: filepath.Base(path), Data: src})
	}
	writeFiles(t, filepath.Join(root, "check"), checkFiles)

	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	// Wildcards skip directories named _*, so every package is listed.
	vet := []string{"vet"}
	for _, c := range compiled {
		vet = append(vet, "./"+filepath.Join(filepath.Base(root), c.name))
	}
	// go vet ran already, so the test binary skips go test's own vet pass.
	for _, args := range [][]string{vet, {"test", "-vet=off", "./" + filepath.Join(filepath.Base(root), "check")}} {
		start := time.Now()
		cmd := exec.CommandContext(ctx, "go", args...)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("go %v: %v\n%s", args, err, out)
		}
		t.Logf("go %s: %v", strings.Join(args, " "), time.Since(start).Round(time.Millisecond))
	}
}

func mustFormat(t *testing.T, src []byte) []byte {
	t.Helper()
	out, err := format.Source(src)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestSwagger2: a 2.0 description is upgraded, not refused: the body
// parameter becomes the request body, definitions become components and
// x-nullable a Nullable field.
func TestSwagger2(t *testing.T) {
	t.Parallel()
	doc, err := spec.LoadBytes(context.Background(), "v2.yaml", []byte(`swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /things/{id}:
    put:
      operationId: putThing
      parameters:
        - {name: id, in: path, required: true, type: integer}
        - {name: thing, in: body, required: true, schema: {$ref: '#/definitions/Thing'}}
      responses:
        '200': {description: ok, schema: {$ref: '#/definitions/Thing'}}
definitions:
  Thing: {type: object, properties: {name: {type: string, x-nullable: true}}}
`), spec.Options{})
	if err != nil {
		t.Fatal(err)
	}
	res, err := GoServer(doc, Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, f := range res.Files {
		got[f.Name] = string(f.Data)
	}
	for file, want := range map[string]string{
		"models.go":    "Name Nullable[string] `json:\"name,omitzero\"`",
		"server.go":    "Body Thing\n",
		"router.go":    `"PUT /things/{id}"`,
		"schemas.json": `"$ref": "#/components/schemas/Thing"`,
	} {
		if !strings.Contains(got[file], want) {
			t.Errorf("%s lacks %q", file, want)
		}
	}
}

// TestTemplatesOverride: a template in the override replaces the embedded one
// of the same name, the others stay embedded, and an override that replaces
// nothing is refused.
func TestTemplatesOverride(t *testing.T) {
	t.Parallel()
	doc := load(t, filepath.Join(repo, "testdata/sdkgen/small.yaml"))
	plain, err := GoServer(doc, Options{Package: "small"})
	if err != nil {
		t.Fatal(err)
	}
	custom, err := GoServer(doc, Options{Package: "small", Templates: fstest.MapFS{
		"server.go.tmpl": {Data: []byte("// Custom server for {{.Title}}: {{len .Operations}} operations.\n\npackage {{.Package}}\n")},
		"README.md":      {Data: []byte("not a template")},
	}})
	if err != nil {
		t.Fatal(err)
	}
	for i, f := range custom.Files {
		switch {
		case f.Name == "server.go":
			if want := "// Custom server for Small: 6 operations.\n\npackage small\n"; string(f.Data) != want {
				t.Errorf("server.go = %q, want %q", f.Data, want)
			}
		case !bytes.Equal(f.Data, plain.Files[i].Data):
			t.Errorf("%s changed though only server.go was overridden", f.Name)
		}
	}
	_, err = GoServer(doc, Options{Templates: fstest.MapFS{"model.go.tmpl": {Data: []byte("package x\n")}}})
	if err == nil || !strings.Contains(err.Error(), "model.go.tmpl overrides none") {
		t.Errorf("a misspelt override: %v", err)
	}
	_, err = GoServer(doc, Options{Templates: fstest.MapFS{"models.go.tmpl": {Data: []byte("package {{.Package}\n")}}})
	if err == nil || !strings.Contains(err.Error(), "models.go.tmpl") {
		t.Errorf("a broken override: %v", err)
	}
}

// TestServerWarningsNamePositions: every warning of the server generator
// starts with the file:line:col of what it is about.
func TestServerWarningsNamePositions(t *testing.T) {
	path := filepath.Join(repo, "testdata/sdkgen/unseen/server-warnings.yaml")
	res := generate(t, path, "gen")
	for _, want := range []string{
		path + `:23:13: Thing: property "" cannot be named`,
		path + `:11:64: parameters with style deepObject are read as plain text: listThings filter`,
	} {
		found := false
		for _, w := range res.Warnings {
			found = found || strings.HasPrefix(w, want)
		}
		if !found {
			t.Errorf("no warning starts %q; got %q", want, res.Warnings)
		}
	}
}
