package sdkgen

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

func genGoClient(t *testing.T, path, module string) *Result {
	t.Helper()
	res, err := Client(load(t, path), "go", ClientOptions{Package: "api", Module: module})
	if err != nil {
		t.Fatalf("generate client %s: %v", path, err)
	}
	return res
}

// TestGoClientCorpus generates a Go client for every corpus description and
// the orders API and type-checks it as the compiler would (go/types over
// export data: vetting the largest takes minutes on two cores, so
// TestGoClientVet builds and vets the small ones with the real toolchain).
func TestGoClientCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("generates the large corpus descriptions")
	}
	t.Parallel()
	paths := []string{filepath.Join(repo, "examples/orders/openapi.yaml"), filepath.Join(repo, "testdata/sdkgen/stability/base.yaml")}
	for _, p := range []string{"petstore.yaml", "tictactoe.yaml", "asana.yaml", "twilio_api_v2010.yaml",
		"digitalocean/specification/DigitalOcean-public.v2.yaml", "github-api.github.com.yaml", "stripe-spec3.yaml"} {
		paths = append(paths, filepath.Join(repo, "../shared/corpus", p))
	}
	for _, path := range paths {
		t.Run(filepath.Base(path), func(t *testing.T) {
			t.Parallel()
			start := time.Now()
			res := genGoClient(t, path, "example.test/api")
			generated := time.Since(start)
			var pkgFiles []File
			for _, f := range res.Files {
				if !strings.HasSuffix(f.Name, "_test.go") {
					pkgFiles = append(pkgFiles, f)
				}
			}
			start = time.Now()
			typeCheck(t, "api", pkgFiles)
			t.Logf("generated in %v, type-checked in %v, %d warnings", generated.Round(time.Millisecond), time.Since(start).Round(time.Millisecond), len(res.Warnings))
		})
	}
}

// TestGoClientVet runs go build and go vet (examples and README snippets
// included) on the clients of the small descriptions. SEQUERE_VET_ALL=1
// vets every corpus client (minutes).
func TestGoClientVet(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the go toolchain")
	}
	t.Parallel()
	paths := []string{filepath.Join(repo, "examples/orders/openapi.yaml"), filepath.Join(repo, "testdata/sdkgen/torture/openapi.yaml"),
		filepath.Join(repo, "../shared/corpus/petstore.yaml"), filepath.Join(repo, "../shared/corpus/tictactoe.yaml"),
		filepath.Join(repo, "testdata/sdkgen/unseen/mistyped-enum.yaml"), filepath.Join(repo, "testdata/sdkgen/paging/openapi.yaml"), filepath.Join(repo, "testdata/sdkgen/unseen/go-names.yaml")}
	if os.Getenv("SEQUERE_VET_ALL") == "1" {
		for _, p := range []string{"asana.yaml", "twilio_api_v2010.yaml", "digitalocean/specification/DigitalOcean-public.v2.yaml",
			"github-api.github.com.yaml", "stripe-spec3.yaml"} {
			paths = append(paths, filepath.Join(repo, "../shared/corpus", p))
		}
	}
	dir := t.TempDir()
	var mods []string
	for i, path := range paths {
		name := "c" + itoa(i)
		writeFiles(t, filepath.Join(dir, name), genGoClient(t, path, "example.test/"+name).Files)
		mods = append(mods, "./"+name)
	}
	work := "go 1.24\n\nuse (\n\t" + strings.Join(mods, "\n\t") + "\n)\n"
	if err := os.WriteFile(filepath.Join(dir, "go.work"), []byte(work), 0o644); err != nil {
		t.Fatal(err)
	}
	var pkgs []string
	for _, m := range mods {
		pkgs = append(pkgs, "example.test/"+strings.TrimPrefix(m, "./"))
	}
	for _, args := range [][]string{append([]string{"vet"}, pkgs...), append([]string{"test", "-run", "^$"}, pkgs...)} {
		cmd := exec.Command("go", args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GOFLAGS=", "GOWORK="+filepath.Join(dir, "go.work"))
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("go %s: %v\n%s", args[0], err, out)
		}
	}
	staticcheck(t, dir, pkgs)
}

// staticcheck runs staticcheck when STATICCHECK names the binary (CI installs
// it with .ci/setup.d/staticcheck.sh); locally it is skipped, in CI required.
func staticcheck(t *testing.T, dir string, pkgs []string) {
	bin := os.Getenv("STATICCHECK")
	if bin == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("STATICCHECK is not set in CI (.ci/setup.d/staticcheck.sh installs it)")
		}
		t.Log("staticcheck skipped: STATICCHECK is not set")
		return
	}
	cmd := exec.Command(bin, pkgs...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=", "GOWORK="+filepath.Join(dir, "go.work"))
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("staticcheck: %v\n%s", err, out)
	}
}

// TestGoClientDeterministic generates twice and compares the bytes.
func TestGoClientDeterministic(t *testing.T) {
	path := filepath.Join(repo, "examples/orders/openapi.yaml")
	a, b := genGoClient(t, path, "example.test/api"), genGoClient(t, path, "example.test/api")
	if len(a.Files) != len(b.Files) {
		t.Fatal("different file sets")
	}
	for i := range a.Files {
		if a.Files[i].Name != b.Files[i].Name || !bytes.Equal(a.Files[i].Data, b.Files[i].Data) {
			t.Errorf("%s differs between two runs", a.Files[i].Name)
		}
	}
}

// TestGoClientModelTypes pins the Go types of the torture models that carry
// formats and readOnly/writeOnly members: a field declared as a string again,
// or a readOnly member required, fails here before any round trip runs.
func TestGoClientModelTypes(t *testing.T) {
	var models string
	for _, f := range genGoClient(t, filepath.Join(repo, "testdata/sdkgen/torture/openapi.yaml"), "").Files {
		if f.Name == "models.go" {
			models = strings.Join(strings.Fields(string(f.Data)), " ") // gofmt's alignment aside
		}
	}
	for _, want := range []string{
		"At time.Time `json:\"at\"`",
		"On *Date `json:\"on,omitzero\"`",
		"Maybe Nullable[time.Time] `json:\"maybe,omitzero\"`",
		"History []time.Time `json:\"history,omitzero\"`",
		"Holidays map[string]Date `json:\"holidays,omitzero\"`",
		"CreatedAt time.Time `json:\"created_at\"`",
		"ID *string `json:\"id,omitzero\"`",             // readOnly and required: not required of a request
		"Password *string `json:\"password,omitzero\"`", // writeOnly and required: not required of a response
		"Ref *LedgerRef `json:\"ref,omitzero\"`",        // a readOnly named type
		"func (v Ledger) WithoutReadOnly() Ledger {",
		"v.Entries = withoutReadOnlyEach(v.Entries, func(e Entry) Entry { return e.WithoutReadOnly() })",
	} {
		if !strings.Contains(models, strings.Join(strings.Fields(want), " ")) {
			t.Errorf("models.go lacks %q", want)
		}
	}
}

// TestClientModelsDocumentDefaultsAndTypeConsts: a default is documented in
// every language (and only documented: the server applies it), and a const is
// typed as its literal (TypeScript, Python) or named by a constant (Go).
func TestClientModelsDocumentDefaultsAndTypeConsts(t *testing.T) {
	spec := "testdata/sdkgen/torture/openapi.yaml"
	for _, tc := range []struct {
		lang, file string
		want       []string
	}{
		{"go", "models.go", []string{
			"// Default: true.\n\tGood *bool", "// Default: \"eu\".\n\tRegion *string",
			"CircleKindConst int64 = 1", "AccountKindConst string = \"account\"",
			"// Always 1 (CircleKindConst); encoding fills it in when left zero.\n\tKind int64",
			"if v.Kind == 0 {\n\t\tv.Kind = CircleKindConst\n\t}",
		}},
		{"typescript", "src/models.ts", []string{
			"  /**\n   * @default true\n   */\n  good?: boolean;", "   * @default \"eu\"\n   */\n  region?: string;",
			"  kind: 1;\n", "  kind?: \"account\";\n", "out[\"kind\"] = ((v[\"kind\"] ?? 1) as rt.JSONValue);",
		}},
		{"python", "torture/models.py", []string{
			"    good: bool | rt.Unset = rt.UNSET\n    \"\"\"Default: true.\"\"\"\n",
			"    region: str | rt.Unset = rt.UNSET\n    \"\"\"Default: \"eu\".\"\"\"\n",
			"    kind: t.Literal[1] = 1\n", "    kind: t.Literal[\"account\"] | rt.Unset = rt.UNSET\n",
		}},
	} {
		t.Run(tc.lang, func(t *testing.T) {
			var res *Result
			if tc.lang == "go" {
				res = genGoClient(t, filepath.Join(repo, spec), "")
			} else {
				res = generateClient(t, spec, tc.lang, "torture")
			}
			var text string
			for _, f := range res.Files {
				if f.Name == tc.file {
					text = string(f.Data)
				}
			}
			if tc.lang == "go" {
				text = regexp.MustCompile(` +`).ReplaceAllString(text, " ") // gofmt's alignment aside
			}
			for _, w := range tc.want {
				if !strings.Contains(text, w) {
					t.Errorf("%s lacks %q", tc.file, w)
				}
			}
		})
	}
}
