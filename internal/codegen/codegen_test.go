package codegen

import (
	"bytes"
	"context"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
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

// TestGolden pins the whole output for a small description that uses every
// feature once. Run with -update to rewrite testdata/codegen/small/.
func TestGolden(t *testing.T) {
	t.Parallel()
	res := generate(t, filepath.Join(repo, "testdata/codegen/small.yaml"), "small")
	dir := filepath.Join(repo, "testdata/codegen/small")
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
		t.Run(f.Name, func(t *testing.T) {
			want, err := os.ReadFile(filepath.Join(dir, f.Name+".golden"))
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(want, f.Data) {
				t.Errorf("%s differs from its golden file (run go test ./internal/codegen -run TestGolden -update):\n%s", f.Name, firstDiff(string(want), string(f.Data)))
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
	for _, path := range []string{"examples/orders/openapi.yaml", "../shared/corpus/tictactoe.yaml"} {
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

// TestCompiles generates packages inside the module (so the module's
// dependencies resolve) and runs go vet, which type-checks them.
func TestCompiles(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go vet")
	}
	specs := map[string]string{
		"orders":    "examples/orders/openapi.yaml",
		"petstore":  "../shared/corpus/petstore.yaml",
		"tictactoe": "../shared/corpus/tictactoe.yaml",
		"small":     "testdata/codegen/small.yaml",
	}
	var dirs []string
	for name, path := range specs {
		dir, err := os.MkdirTemp(".", "_vet_"+name+"_")
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { os.RemoveAll(dir) })
		files := generate(t, filepath.Join(repo, path), name).Files
		// Every schema the router uses must compile, or it would go unenforced.
		files = append(files, File{Name: "schemas_test.go", Data: []byte("package " + name + `

import "testing"

func TestSchemasCompile(t *testing.T) {
	if errs := SchemaErrors(); len(errs) > 0 {
		t.Fatal(errs)
	}
}
`)})
		if name == "small" {
			files = append(files, File{Name: "params_test.go", Data: []byte(smallParamsTest)})
		}
		writeFiles(t, dir, files)
		dirs = append(dirs, "./"+filepath.Base(dir))
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	for _, verb := range []string{"vet", "test"} {
		cmd := exec.CommandContext(ctx, "go", append([]string{verb}, dirs...)...)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("go %s %v: %v\n%s", verb, dirs, err, out)
		}
	}
}

func TestSwaggerRefused(t *testing.T) {
	t.Parallel()
	doc, err := spec.LoadBytes(context.Background(), "v2.yaml", []byte("swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths: {}\n"), spec.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := GoServer(doc, Options{}); err == nil || !strings.Contains(err.Error(), "Swagger 2.0") {
		t.Fatalf("want a Swagger 2.0 refusal, got %v", err)
	}
}

// smallParamsTest runs inside the generated small package: arrays arrive
// repeated (form, explode) or comma-separated (explode: false), defaults apply.
const smallParamsTest = `package small

import (
	"context"
	"net/http/httptest"
	"reflect"
	"testing"
)

type srv struct {
	Unimplemented
	got *ListPetsRequest
}

func (s srv) ListPets(_ context.Context, r ListPetsRequest) (ListPetsResponse, error) {
	*s.got = r
	return ListPets200Response{Body: []Pet{}}, nil
}

func TestArrays(t *testing.T) {
	var got ListPetsRequest
	h := NewHandler(srv{got: &got}, Options{})
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/pets?tags=a&tags=b&ids=1,2,3", nil))
	if rec.Code != 200 || !reflect.DeepEqual(got.Tags, []string{"a", "b"}) || !reflect.DeepEqual(got.IDs, []int{1, 2, 3}) || got.Limit != 10 {
		t.Fatalf("%d %s %+v", rec.Code, rec.Body, got)
	}
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/pets?ids=1,2,3,4", nil))
	if rec.Code != 400 {
		t.Fatalf("four ids (maxItems 3): %d %s", rec.Code, rec.Body)
	}
}
`
