package sdkgen

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestCorpus generates a server for every description of the shared corpus
// and type-checks it with go/types against the export data of its imports.
// Linking or vetting the large ones (GitHub, Stripe, DigitalOcean) costs 15 to
// 20 s each on two cores, too much for every CI run; type-checking is what
// fails when the generator writes code that does not compile, and gofmt (which
// GoServer runs) what fails on bad syntax. TestCompiles vets and runs the
// small ones.
func TestCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("generates the large corpus descriptions")
	}
	t.Parallel()
	for _, path := range []string{
		"petstore.yaml", "tictactoe.yaml", "asana.yaml", "twilio_api_v2010.yaml",
		"digitalocean/specification/DigitalOcean-public.v2.yaml", "github-api.github.com.yaml", "stripe-spec3.yaml",
	} {
		t.Run(path, func(t *testing.T) {
			t.Parallel()
			start := time.Now()
			res := generate(t, filepath.Join(repo, "../shared/corpus", path), "api")
			generated := time.Since(start)
			if len(res.Files) != 6 {
				t.Errorf("%d files", len(res.Files))
			}
			start = time.Now()
			typeCheck(t, "api", res.Files)
			t.Logf("generated in %v, type-checked in %v, %d warnings", generated.Round(time.Millisecond), time.Since(start).Round(time.Millisecond), len(res.Warnings))
			if len(res.Warnings) > 0 {
				t.Logf("first warning: %s", res.Warnings[0])
			}
		})
	}
}

// typeCheck type-checks a generated package as the compiler would.
func typeCheck(t *testing.T, pkg string, files []File) {
	t.Helper()
	fset := token.NewFileSet()
	var asts []*ast.File
	imports := map[string]bool{}
	for _, f := range files {
		if !strings.HasSuffix(f.Name, ".go") {
			continue
		}
		af, err := parser.ParseFile(fset, f.Name, f.Data, parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		for _, imp := range af.Imports {
			p, _ := strconv.Unquote(imp.Path.Value)
			imports[p] = true
		}
		asts = append(asts, af)
	}
	var errs []string
	conf := types.Config{Importer: exportImporter(t, fset, imports), Error: func(err error) {
		if len(errs) < 10 {
			errs = append(errs, err.Error())
		}
	}}
	if _, err := conf.Check(pkg, fset, asts, nil); err != nil {
		t.Fatalf("generated code does not type-check:\n%s", strings.Join(errs, "\n"))
	}
}

var exportFiles struct {
	sync.Mutex
	m map[string]string // import path -> export data file
}

// exportImporter imports from the build cache's export data, which
// `go list -export` fills (once; later runs are cache hits).
func exportImporter(t *testing.T, fset *token.FileSet, imports map[string]bool) types.Importer {
	t.Helper()
	exportFiles.Lock()
	defer exportFiles.Unlock()
	if exportFiles.m == nil {
		exportFiles.m = map[string]string{}
	}
	var missing []string
	for p := range imports {
		if _, ok := exportFiles.m[p]; !ok {
			missing = append(missing, p)
		}
	}
	if len(missing) > 0 {
		sort.Strings(missing)
		out, err := exec.Command("go", append([]string{"list", "-export", "-deps", "-f", "{{.ImportPath}}\t{{.Export}}"}, missing...)...).Output()
		if err != nil {
			t.Fatalf("go list -export %v: %v", missing, err)
		}
		for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
			if p, file, ok := strings.Cut(line, "\t"); ok {
				exportFiles.m[p] = file
			}
		}
	}
	m := exportFiles.m
	return importer.ForCompiler(fset, "gc", func(path string) (io.ReadCloser, error) {
		file, ok := m[path]
		if !ok || file == "" {
			return nil, os.ErrNotExist
		}
		return os.Open(file)
	})
}
