package docs

import (
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/sequere/sequere/internal/sdkgen"
)

var (
	sampleRe   = regexp.MustCompile(`(?s)<p class="tabname">(TypeScript|Python|Go)</p><pre class="sample" tabindex="0"><code>(.*?)</code></pre>`)
	tsCallRe   = regexp.MustCompile(`await client\.(\w+)\(`)
	tsKeyRe    = regexp.MustCompile(`(?m)^  (\w+): `)
	pyCallRe   = regexp.MustCompile(`client\.(\w+)\(`)
	pyArgRe    = regexp.MustCompile(`(?m)^        (\w+)=`)
	goCallRe   = regexp.MustCompile(`c\.(\w+)\(context\.Background\(\)(?:, &api\.(\w+)\{)?`)
	goFieldRe  = regexp.MustCompile(`(?m)^\t(\w+): `)
	importTSRe = regexp.MustCompile(`from "([^"]+)"`)
	importPyRe = regexp.MustCompile(`from (\w+) import (?:(\w+), )?Client`)
)

// generated is every file of one generated client, concatenated, each after
// a "== NAME" line.
func generated(t *testing.T, path, lang string) string {
	t.Helper()
	res, err := sdkgen.Client(loadCorpus(t, path), lang, sdkgen.ClientOptions{})
	if err != nil {
		t.Fatalf("generate client --lang %s: %v", lang, err)
	}
	var b strings.Builder
	for _, f := range res.Files {
		b.WriteString("== " + f.Name + "\n")
		b.Write(f.Data)
		b.WriteByte('\n')
	}
	return b.String()
}

// TestSamplesCallTheGeneratedSDK: every TypeScript, Python and Go sample on
// the petstore and orders pages calls a method the generated client has,
// with argument names its request types have, from the package it is.
func TestSamplesCallTheGeneratedSDK(t *testing.T) {
	for _, path := range []string{"../../../shared/corpus/petstore.yaml", "../../examples/orders/openapi.yaml"} {
		t.Run(path, func(t *testing.T) {
			page := string(build(t, loadCorpus(t, path), Options{}))
			ts, py, goCode := generated(t, path, "typescript"), generated(t, path, "python"), generated(t, path, "go")
			tsPkg := regexp.MustCompile(`"name":\s*"([^"]+)"`).FindStringSubmatch(ts)
			seen := map[string]int{}
			for _, m := range sampleRe.FindAllStringSubmatch(page, -1) {
				lang, code := m[1], html.UnescapeString(m[2])
				seen[lang]++
				switch lang {
				case "TypeScript":
					call := tsCallRe.FindStringSubmatch(code)
					if call == nil {
						t.Fatalf("TypeScript sample calls no SDK method:\n%s", code)
					}
					if !regexp.MustCompile(`(?m)^  (?:async )?` + call[1] + `\(`).MatchString(ts) {
						t.Errorf("TypeScript sample calls client.%s, which the generated client lacks", call[1])
					}
					if imp := importTSRe.FindStringSubmatch(code); tsPkg == nil || imp == nil || imp[1] != tsPkg[1] {
						t.Errorf("TypeScript sample imports %v, the package is %v", imp, tsPkg)
					}
					for _, k := range tsKeyRe.FindAllStringSubmatch(code[strings.Index(code, "await client"):], -1) {
						if k[1] != "body" && !regexp.MustCompile(`\b`+k[1]+`\??: `).MatchString(ts) {
							t.Errorf("TypeScript sample passes %s to %s; no such request member", k[1], call[1])
						}
					}
				case "Python":
					call := pyCallRe.FindStringSubmatch(code)
					if call == nil {
						t.Fatalf("Python sample calls no SDK method:\n%s", code)
					}
					if !strings.Contains(py, "    def "+call[1]+"(self") {
						t.Errorf("Python sample calls client.%s, which the generated client lacks", call[1])
					}
					if imp := importPyRe.FindStringSubmatch(code); imp == nil || !strings.Contains(py, "== "+imp[1]+"/__init__.py\n") {
						t.Errorf("Python sample imports %v, which is not the generated package", imp)
					}
					if imp := importPyRe.FindStringSubmatch(code); imp != nil && imp[2] != "" && !strings.Contains(py, "import "+imp[2]+" as "+imp[2]+"\n") {
						t.Errorf("Python sample imports credential %s, which the package does not export", imp[2])
					}
					for _, a := range pyArgRe.FindAllStringSubmatch(code, -1) {
						if a[1] != "body" && !regexp.MustCompile(`\b`+a[1]+`: `).MatchString(py) {
							t.Errorf("Python sample passes %s= to %s; no such keyword", a[1], call[1])
						}
					}
				case "Go":
					call := goCallRe.FindStringSubmatch(code)
					if call == nil {
						t.Fatalf("Go sample calls no SDK method:\n%s", code)
					}
					if !strings.Contains(goCode, "func (c *Client) "+call[1]+"(ctx context.Context") {
						t.Errorf("Go sample calls c.%s, which the generated client lacks", call[1])
					}
					if call[2] == "" {
						continue
					}
					i := strings.Index(goCode, "type "+call[2]+" struct {")
					if i < 0 {
						t.Errorf("Go sample builds api.%s, which the generated client lacks", call[2])
						continue
					}
					decl := goCode[i : i+strings.Index(goCode[i:], "\n}")]
					for _, f := range goFieldRe.FindAllStringSubmatch(code, -1) {
						if !regexp.MustCompile(`(?m)^\t` + f[1] + ` `).MatchString(decl) {
							t.Errorf("Go sample sets %s.%s; no such field:\n%s", call[2], f[1], decl)
						}
					}
				}
			}
			for _, lang := range []string{"TypeScript", "Python", "Go"} {
				if seen[lang] == 0 {
					t.Errorf("no %s sample on the page", lang)
				}
			}
		})
	}
}

// TestGoSampleCompiles builds the Go samples of the orders page against the
// Go client `sequere generate client --lang go` writes for it, each as the
// body of a main function. It runs the Go toolchain, so it is skipped with
// -short.
func TestGoSampleCompiles(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: compiles a generated client")
	}
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go toolchain")
	}
	const path = "../../examples/orders/openapi.yaml"
	res, err := sdkgen.Client(loadCorpus(t, path), "go", sdkgen.ClientOptions{Module: "example.com/orders/api"})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, f := range res.Files {
		if strings.HasSuffix(f.Name, "_test.go") {
			continue
		}
		p := filepath.Join(dir, f.Name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	page := string(build(t, loadCorpus(t, path), Options{}))
	n := 0
	for _, m := range sampleRe.FindAllStringSubmatch(page, -1) {
		if m[1] != "Go" {
			continue
		}
		n++
		code := html.UnescapeString(m[2])
		src := "package main\n\nimport (\n\t\"context\"\n\t\"fmt\"\n\t\"log\"\n\n\tapi \"example.com/orders/api\"\n)\n\nfunc main() {\n" + code + "\n}\n"
		p := filepath.Join(dir, "samples", "s"+strconv.Itoa(n), "main.go")
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if n == 0 {
		t.Fatal("no Go sample on the orders page")
	}
	cmd := exec.Command(goBin, "vet", "./samples/...")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOPROXY=off", "GOWORK=off")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("the %d Go samples do not compile against the generated client: %v\n%s", n, err, out)
	}
}
