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
	"github.com/sequere/sequere/internal/sdkgen/ir"
	"github.com/sequere/sequere/internal/sdkgen/sdktest"
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

// TestGoSampleCompiles builds the Go samples of the sample specs' pages
// against the Go client `sequere generate client --lang go` writes for each,
// each sample the body of a main function. It runs the Go toolchain, so it is
// skipped with -short.
func TestGoSampleCompiles(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: compiles a generated client")
	}
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go toolchain")
	}
	for _, s := range sampleSpecs {
		t.Run(s.name, func(t *testing.T) {
			dir := t.TempDir()
			var files []sdkgen.File
			n := 0
			for _, code := range sdkAndSamples(t, s.path, "go", sdkgen.ClientOptions{Module: "example.com/api"}, dir, "", "Go") {
				n++
				imports := "\t\"context\"\n\t\"fmt\"\n\t\"log\"\n"
				if strings.Contains(code, "os.Getenv") {
					imports += "\t\"os\"\n"
				}
				if strings.Contains(code, "time.") {
					imports += "\t\"time\"\n"
				}
				src := "package main\n\nimport (\n" + imports + "\n\tapi \"example.com/api\"\n)\n\nfunc main() {\n" + code + "\n}\n"
				files = append(files, sdkgen.File{Name: "samples/s" + strconv.Itoa(n) + "/main.go", Data: []byte(src)})
			}
			writeFiles(t, dir, files)
			cmd := exec.Command(goBin, "vet", "./samples/...")
			cmd.Dir = dir
			cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOPROXY=off", "GOWORK=off")
			if out, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("the %d Go samples do not compile against the generated client: %v\n%s", n, err, out)
			}
		})
	}
}

// samplesOf is the code of every lang sample on a page, unescaped.
func samplesOf(page, lang string) []string {
	var out []string
	for _, m := range sampleRe.FindAllStringSubmatch(page, -1) {
		if m[1] == lang {
			out = append(out, html.UnescapeString(m[2]))
		}
	}
	return out
}

// writeFiles writes generated files (names with directories) under dir.
func writeFiles(t *testing.T, dir string, files []sdkgen.File) {
	t.Helper()
	for _, f := range files {
		p := filepath.Join(dir, filepath.FromSlash(f.Name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func runTool(t *testing.T, dir string, what string, argv ...string) {
	t.Helper()
	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		text := string(out)
		if len(text) > 8000 {
			text = text[:8000] + "\n..."
		}
		t.Fatalf("%s: %s: %v\n%s", what, strings.Join(argv, " "), err, text)
	}
}

// sampleSpecs are the descriptions whose samples are compiled against their
// generated SDKs; auth-kinds has one operation per kind of security scheme.
var sampleSpecs = []struct{ name, path string }{
	{"petstore", "../../../shared/corpus/petstore.yaml"},
	{"orders", "../../examples/orders/openapi.yaml"},
	{"auth-kinds", "testdata/auth-kinds.yaml"},
	{"dates", "testdata/dates.yaml"},
}

// sdkAndSamples writes the lang SDK `sequere generate client` makes for the
// description at path into dir/sub and returns the page's samples in the
// tab named tab.
func sdkAndSamples(t *testing.T, path, lang string, opts sdkgen.ClientOptions, dir, sub, tab string) []string {
	t.Helper()
	doc := loadCorpus(t, path)
	res, err := sdkgen.Client(doc, lang, opts)
	if err != nil {
		t.Fatal(err)
	}
	var files []sdkgen.File
	for _, f := range res.Files {
		if !strings.HasSuffix(f.Name, "_test.go") {
			files = append(files, f)
		}
	}
	writeFiles(t, filepath.Join(dir, sub), files)
	samples := samplesOf(string(build(t, doc, Options{})), tab)
	if len(samples) == 0 {
		t.Fatalf("no %s sample on the page", tab)
	}
	return samples
}

// TestTypeScriptSamplesCompile runs tsc --strict --noEmit over every
// TypeScript sample of the sampleSpecs pages, each a module importing
// the TypeScript SDK `sequere generate client` writes (mapped by its package
// name onto the generated sources).
func TestTypeScriptSamplesCompile(t *testing.T) {
	tsc := sdktest.Toolchain(t, "SEQUERE_TSC", "typescript's tsc")
	for _, s := range sampleSpecs {
		t.Run(s.name, func(t *testing.T) {
			dir := t.TempDir()
			samples := sdkAndSamples(t, s.path, "typescript", sdkgen.ClientOptions{}, dir, "sdk", "TypeScript")
			pkg := importTSRe.FindStringSubmatch(samples[0])
			if pkg == nil {
				t.Fatalf("the sample imports no package:\n%s", samples[0])
			}
			files := []sdkgen.File{
				{Name: "package.json", Data: []byte(`{"type":"module"}`)},
				// The samples read secrets from process.env; @types/node is not installed.
				{Name: "env.d.ts", Data: []byte("declare const process: { env: Record<string, string | undefined> };\n")},
				{Name: "tsconfig.json", Data: []byte(`{"compilerOptions":{"target":"ES2022","module":"NodeNext","moduleResolution":"NodeNext",` +
					`"lib":["ES2022","DOM","DOM.Iterable"],"strict":true,"noEmit":true,"skipLibCheck":true,"types":[],` +
					`"paths":{` + strconv.Quote(pkg[1]) + `:["./sdk/src/index.ts"]}},"include":["env.d.ts","samples/*.ts"]}`)},
			}
			for i, code := range samples {
				files = append(files, sdkgen.File{Name: "samples/s" + strconv.Itoa(i) + ".ts", Data: []byte(code + "\n")})
			}
			writeFiles(t, dir, files)
			runTool(t, dir, "the "+strconv.Itoa(len(samples))+" TypeScript samples do not compile against the generated SDK",
				append(tsc, "-p", "tsconfig.json")...)
		})
	}
}

// TestPythonSamplesTypeCheck runs mypy --strict over every Python sample of
// the sampleSpecs pages beside the Python SDK `sequere generate
// client` writes.
func TestPythonSamplesTypeCheck(t *testing.T) {
	mypy := sdktest.MypyArgs(t)
	for _, s := range sampleSpecs {
		t.Run(s.name, func(t *testing.T) {
			dir := t.TempDir()
			samples := sdkAndSamples(t, s.path, "python", sdkgen.ClientOptions{}, dir, "", "Python")
			args := append([]string{}, mypy...)
			for i, code := range samples {
				name := "sample_" + strconv.Itoa(i) + ".py"
				writeFiles(t, dir, []sdkgen.File{{Name: name, Data: []byte(code + "\n")}})
				args = append(args, name)
			}
			runTool(t, dir, "the "+strconv.Itoa(len(samples))+" Python samples do not type-check against the generated SDK", args...)
		})
	}
}

// TestSamplesShowEachCredential: for every kind of security scheme, each of
// the four samples of the operation that requires it shows where the secret
// goes, read from the environment (curl double-quotes it so the shell
// expands it).
func TestSamplesShowEachCredential(t *testing.T) {
	page := string(build(t, loadCorpus(t, "testdata/auth-kinds.yaml"), Options{}))
	want := map[string]map[string]string{
		"withBearer":    {"curl": `-H "Authorization: Bearer $API_TOKEN"`, "TypeScript": `"bearerAuth": { kind: "bearer", token: process.env.API_TOKEN`, "Python": `"bearerAuth": Bearer(os.environ.get("API_TOKEN"`, "Go": `api.WithBearerAuthToken(os.Getenv("API_TOKEN"))`},
		"withBasic":     {"curl": `-u "$API_USER:$API_PASSWORD"`, "TypeScript": `"basicAuth": { kind: "basic", username: process.env.API_USER`, "Python": `"basicAuth": Basic(os.environ.get("API_USER", ""), os.environ.get("API_PASSWORD"`, "Go": `api.WithBasicAuthBasic(os.Getenv("API_USER"), os.Getenv("API_PASSWORD"))`},
		"withHeaderKey": {"curl": `-H "X-API-Key: $API_KEY"`, "TypeScript": `"headerKey": { kind: "apiKey", key: process.env.API_KEY`, "Python": `"headerKey": ApiKey(os.environ.get("API_KEY"`, "Go": `api.WithHeaderKey(os.Getenv("API_KEY"))`},
		"withQueryKey":  {"curl": `"https://api.example.com/query?api_key=$API_KEY"`, "TypeScript": `"queryKey": { kind: "apiKey"`, "Python": `"queryKey": ApiKey(`, "Go": `api.WithQueryKey(os.Getenv("API_KEY"))`},
		"withCookieKey": {"curl": `-H "Cookie: session=$API_KEY"`, "TypeScript": `"cookieKey": { kind: "apiKey"`, "Python": `"cookieKey": ApiKey(`, "Go": `api.WithCookieKey(os.Getenv("API_KEY"))`},
		"withOAuth":     {"curl": `-H "Authorization: Bearer $API_TOKEN"`, "TypeScript": `"oauth": { kind: "bearer"`, "Python": `"oauth": Bearer(`, "Go": `api.WithOauthToken(os.Getenv("API_TOKEN"))`},
	}
	allRe := regexp.MustCompile(`(?s)<p class="tabname">(curl|TypeScript|Python|Go)</p><pre class="sample" tabindex="0"><code>(.*?)</code></pre>`)
	for _, sec := range strings.Split(page, `<section class="op" id="op-`)[1:] {
		var op string
		for id := range want {
			if strings.Contains(sec, "client."+id+"(") || strings.Contains(sec, "c."+strings.ToUpper(id[:1])+id[1:]+"(") {
				op = id
			}
		}
		if op == "" {
			continue
		}
		for _, m := range allRe.FindAllStringSubmatch(sec, -1) {
			if code := html.UnescapeString(m[2]); !strings.Contains(code, want[op][m[1]]) {
				t.Errorf("%s: the %s sample lacks %s:\n%s", op, m[1], want[op][m[1]], code)
			}
			delete(want[op], m[1])
		}
		if len(want[op]) > 0 {
			t.Errorf("%s: no %v sample", op, want[op])
		}
		delete(want, op)
	}
	for op := range want {
		t.Errorf("no samples found for %s", op)
	}
}

// TestDateLiterals: a date or date-time example becomes the constructor of
// the type each client takes, the instant and offset kept; an example that is
// not one gets a fixed date rather than text that would not compile.
func TestDateLiterals(t *testing.T) {
	dt, d := &ir.Schema{Kind: ir.KindString, Format: "date-time"}, &ir.Schema{Kind: ir.KindString, Format: "date"}
	for _, c := range []struct {
		s         *ir.Schema
		json      string
		goLit, py string
	}{
		{dt, `"2026-12-03T07:00:00.123456789+01:00"`, `time.Date(2026, time.December, 3, 7, 0, 0, 123456789, time.FixedZone("", 3600))`, `datetime.datetime.fromisoformat("2026-12-03T07:00:00.123456+01:00")`},
		{dt, `"2024-02-29T12:00:00Z"`, `time.Date(2024, time.February, 29, 12, 0, 0, 0, time.UTC)`, `datetime.datetime.fromisoformat("2024-02-29T12:00:00Z")`},
		{dt, `"since"`, `time.Date(2024, time.February, 29, 12, 0, 0, 0, time.UTC)`, `datetime.datetime.fromisoformat("2024-02-29T12:00:00Z")`},
		{d, `"2023-07-04"`, `api.Date{Year: 2023, Month: time.July, Day: 4}`, `datetime.date.fromisoformat("2023-07-04")`},
		{&ir.Schema{Kind: ir.KindString}, `"x"`, `"x"`, ``},
		{&ir.Schema{Kind: ir.KindInteger, Format: "int64"}, `10`, `10`, ``},
	} {
		if got := goLiteral(c.s, c.json); got != c.goLit {
			t.Errorf("goLiteral(%s, %s) = %s, want %s", c.s.Format, c.json, got, c.goLit)
		}
		if got := pyDateLiteral(c.s, c.json); got != c.py {
			t.Errorf("pyDateLiteral(%s, %s) = %s, want %s", c.s.Format, c.json, got, c.py)
		}
	}
}
