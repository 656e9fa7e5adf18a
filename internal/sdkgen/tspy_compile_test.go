package sdkgen

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sequere/sequere/internal/sdkgen/sdktest"
)

// clientSpecs are the descriptions every client SDK must compile for: the
// seven corpus specs, the orders API, a mistyped enum and every pagination
// style (testdata/sdkgen/paging). big marks GitHub and Stripe: tsc takes
// one to two minutes on each and mypy --strict three to nine (measured on the
// shared 2-core machine), too long for go test ./..., so they run only with
// SEQUERE_SDK_ALL=1 (all specs) or SEQUERE_SDK_ALL=big (only these two), which
// .ci/run's own step after go test uses.
var clientSpecs = []struct {
	name, path string
	big        bool
}{
	{"petstore", "../shared/corpus/petstore.yaml", false},
	{"tictactoe", "../shared/corpus/tictactoe.yaml", false},
	{"orders", "examples/orders/openapi.yaml", false},
	{"asana", "../shared/corpus/asana.yaml", false},
	{"twilio", "../shared/corpus/twilio_api_v2010.yaml", false},
	{"digitalocean", "../shared/corpus/digitalocean/specification/DigitalOcean-public.v2.yaml", false},
	{"github", "../shared/corpus/github-api.github.com.yaml", true},
	{"stripe", "../shared/corpus/stripe-spec3.yaml", true},
	{"mistypedenum", "testdata/sdkgen/unseen/mistyped-enum.yaml", false},
	{"noproperties", "testdata/sdkgen/unseen/no-properties.yaml", false},
	{"paging", "testdata/sdkgen/paging/openapi.yaml", false},
	// names that are keywords or builtins in a target (None, Promise, class)
	{"stability", "testdata/sdkgen/stability/base.yaml", false},
	{"inheritedalias", "testdata/sdkgen/unseen/inherited-alias.yaml", false},
}

// wantSpec says whether a spec of clientSpecs compiles in this run.
func wantSpec(big bool) bool {
	switch os.Getenv("SEQUERE_SDK_ALL") {
	case "1":
		return true
	case "big":
		return big
	}
	return !big
}

// toolchain is sdktest.Toolchain, named for this package's many callers.
func toolchain(t *testing.T, env, what string) []string { return sdktest.Toolchain(t, env, what) }

func run(t *testing.T, dir string, argv ...string) {
	t.Helper()
	cmd := exec.CommandContext(context.Background(), argv[0], argv[1:]...)
	cmd.Dir = dir
	start := time.Now()
	out, err := cmd.CombinedOutput()
	if err != nil {
		text := string(out)
		if len(text) > 8000 {
			text = text[:8000] + "\n..."
		}
		t.Fatalf("%s: %v\n%s", strings.Join(argv, " "), err, text)
	}
	t.Logf("%s: %v", filepath.Base(argv[len(argv)-1]), time.Since(start).Round(time.Millisecond))
}

// writeTree writes files whose names contain directories.
func writeTree(t *testing.T, dir string, files []File) {
	t.Helper()
	for _, f := range files {
		path := filepath.Join(dir, filepath.FromSlash(f.Name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func generateClient(t *testing.T, path, lang, pkg string) *Result {
	t.Helper()
	res, err := Client(load(t, filepath.Join(repo, path)), lang, ClientOptions{Package: pkg})
	if err != nil {
		t.Fatalf("generate %s %s: %v", lang, path, err)
	}
	return res
}

// TestTypeScriptClientsCompile generates the TypeScript SDK of every spec and
// its README snippets and runs one `tsc --strict --noEmit` over all of them.
func TestTypeScriptClientsCompile(t *testing.T) {
	tsc := toolchain(t, "SEQUERE_TSC", "typescript's tsc")
	t.Parallel()
	root := t.TempDir()
	var include []string
	for _, s := range clientSpecs {
		if !wantSpec(s.big) {
			continue
		}
		start := time.Now()
		res := generateClient(t, s.path, "typescript", s.name+"-client")
		t.Logf("%s: generated %d files in %v", s.name, len(res.Files), time.Since(start).Round(time.Millisecond))
		dir := filepath.Join(root, s.name)
		writeTree(t, dir, res.Files)
		snippets := readmeBlocks(t, filepath.Join(dir, "README.md"), "ts")
		if len(snippets) == 0 {
			t.Errorf("%s: README has no TypeScript snippet", s.name)
		}
		for i, code := range snippets {
			writeTree(t, dir, []File{{Name: "readme" + string(rune('0'+i)) + ".ts", Data: []byte(code)}})
		}
		include = append(include, `"`+s.name+`/src/**/*.ts"`, `"`+s.name+`/readme*.ts"`)
	}
	config := `{"compilerOptions":{"target":"ES2022","module":"NodeNext","moduleResolution":"NodeNext","lib":["ES2022","DOM","DOM.Iterable"],` +
		`"strict":true,"noEmit":true,"skipLibCheck":true,"types":[]},"include":[` + strings.Join(include, ",") + `]}`
	writeTree(t, root, []File{{Name: "tsconfig.json", Data: []byte(config)}})
	run(t, root, append(tsc, "-p", "tsconfig.json")...)
}

// TestPythonClientsTypeCheck generates the Python SDK of every spec, runs one
// `mypy --strict` over all packages and imports each.
func TestPythonClientsTypeCheck(t *testing.T) {
	args := sdktest.MypyArgs(t)
	python := toolchain(t, "SEQUERE_PYTHON", "python3 with httpx")
	t.Parallel()
	root := t.TempDir()
	var imports []string
	for _, s := range clientSpecs {
		if !wantSpec(s.big) {
			continue
		}
		pkg := "sdk_" + s.name
		start := time.Now()
		res := generateClient(t, s.path, "python", pkg)
		t.Logf("%s: generated %d files in %v", s.name, len(res.Files), time.Since(start).Round(time.Millisecond))
		writeTree(t, root, res.Files)
		args = append(args, pkg)
		for i, code := range readmeBlocks(t, filepath.Join(root, "README.md"), "python") {
			name := "readme_" + pkg + string(rune('0'+i)) + ".py"
			writeTree(t, root, []File{{Name: name, Data: []byte(code)}})
			args = append(args, name)
		}
		imports = append(imports, pkg+".client", pkg+".webhooks")
	}
	run(t, root, args...)
	run(t, root, append(python, "-c", "import "+strings.Join(imports, ", "))...)
}

// readmeBlocks returns the fenced code blocks of lang in a README.
func readmeBlocks(t *testing.T, path, lang string) []string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	parts := strings.Split(string(data), "```"+lang+"\n")
	for _, p := range parts[1:] {
		if end := strings.Index(p, "```"); end >= 0 {
			out = append(out, p[:end])
		}
	}
	return out
}
