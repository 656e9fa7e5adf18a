package builtin_test

import (
	"cmp"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/sequere/sequere/internal/lint"
	"github.com/sequere/sequere/internal/lint/builtin"
	"github.com/sequere/sequere/internal/lint/ruleset"
	"github.com/sequere/sequere/internal/report"
	"github.com/sequere/sequere/internal/spec"
)

var corpus = []struct {
	name   string
	path   string
	large  bool // seconds to load and lint: skipped under -short
	golden bool // small enough for a reviewable golden file per ruleset
}{
	{"petstore", "petstore.yaml", false, true},
	{"tictactoe", "tictactoe.yaml", false, true},
	{"asana", "asana.yaml", false, false},
	{"twilio", "twilio_api_v2010.yaml", true, false},
	{"digitalocean", "digitalocean/specification/DigitalOcean-public.v2.yaml", true, false},
	{"github", "github-api.github.com.yaml", true, false},
	{"stripe", "stripe-spec3.yaml", true, false},
}

func corpusDir(t testing.TB) string {
	dir := filepath.Join("..", "..", "..", "..", "shared", "corpus")
	if _, err := os.Stat(dir); err != nil {
		t.Skip("corpus not available:", err)
	}
	return dir
}

// configs are the built-in rulesets as a user can ask for them: spectral:oas
// with its recommended rules and with all of them, owasp and sequere (every
// rule of those two is recommended).
var configs = []struct{ name, src string }{
	{"spectral-oas", "extends: [[spectral:oas, recommended]]\n"},
	{"spectral-oas-all", "extends: [[spectral:oas, all]]\n"},
	{"owasp", "extends: [[owasp, all]]\n"},
	{"sequere", "extends: [[sequere, all]]\n"},
}

var update = flag.Bool("update", false, "rewrite the corpus golden files")

const goldenDir = "../../../testdata/lint/corpus"

// TestCorpus lints every corpus spec with every built-in ruleset: no error,
// no panic, and every finding located in a file of the description. Every
// spec matches its digest of the JSON output, the small specs also their
// goldens. The large specs take seconds each,
// so they run in parallel and not at all under -short.
func TestCorpus(t *testing.T) {
	t.Parallel()
	dir := corpusDir(t)
	for _, c := range corpus {
		if c.large && testing.Short() {
			continue
		}
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			doc, err := spec.Load(context.Background(), filepath.Join(dir, c.path), spec.Options{})
			if err != nil {
				t.Fatal(err)
			}
			files := map[string]bool{}
			for _, f := range doc.Files() {
				files[f] = true
			}
			for _, cfg := range configs {
				rs, err := ruleset.ReadBytes(cfg.name+".yaml", []byte(cfg.src), builtin.Options())
				if err != nil {
					t.Fatalf("%s: %v", cfg.name, err)
				}
				start := time.Now()
				rep, err := lint.Run(context.Background(), doc, rs.For(doc.Name), builtin.Registry(), lint.Options{})
				if err != nil {
					t.Fatalf("%s: %v", cfg.name, err)
				}
				counts := rep.Count()
				for _, f := range rep.Findings {
					if !files[f.Location.File] || f.Location.Line < 1 {
						t.Errorf("%s: finding %s at %v is outside the description", cfg.name, f.ID, f.Location)
					}
				}
				t.Logf("%s: %d rules, %d findings (%d errors, %d warnings) in %v", cfg.name, len(rep.Rules), len(rep.Findings), counts[report.Error], counts[report.Warn], time.Since(start))
				if c.golden {
					checkGolden(t, filepath.Join(goldenDir, c.name+"."+cfg.name+".golden"), rep)
				}
				checkDigest(t, filepath.Join(goldenDir, c.name+"."+cfg.name+".digest"), rep, dir)
			}
		})
	}
}

// checkGolden compares a report with its golden file, one finding a line:
// position, severity, rule, message and JSON path.
func checkGolden(t *testing.T, golden string, rep *report.Report) {
	t.Helper()
	// Report.Sort leaves findings at one place with one message in the
	// engine's order, which parallel rule application may vary; the JSON
	// path settles it.
	slices.SortStableFunc(rep.Findings, func(a, b report.Finding) int {
		return cmp.Or(
			strings.Compare(a.Location.File, b.Location.File),
			cmp.Compare(a.Location.Line, b.Location.Line),
			cmp.Compare(a.Location.Col, b.Location.Col),
			strings.Compare(a.ID, b.ID),
			strings.Compare(a.Message, b.Message),
			strings.Compare(report.JSONPath(a.Path), report.JSONPath(b.Path)),
		)
	})
	var b strings.Builder
	for _, f := range rep.Findings {
		fmt.Fprintf(&b, "%d:%d %s %s %s [%s]\n", f.Location.Line, f.Location.Col, f.Severity, f.ID, f.Message, report.JSONPath(f.Path))
	}
	if *update {
		if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if got := b.String(); got != string(want) {
		t.Errorf("%s differs (run with -update and review the diff):\n got:\n%s\nwant:\n%s", golden, got, want)
	}
}

// BenchmarkLint measures lint.Run alone (the document is loaded once) with
// spectral:oas recommended on each corpus spec.
func BenchmarkLint(b *testing.B) {
	benchLint(b, func(*lint.Rule) bool { return true }, false)
}

// BenchmarkExampleRules measures the example-validation rules alone on a
// freshly loaded document each time, so the schema compile they share is
// paid on every iteration as it is in a real run.
func BenchmarkExampleRules(b *testing.B) {
	benchLint(b, func(r *lint.Rule) bool { return strings.HasSuffix(r.ID, "-example") }, true)
}

// benchLint times lint.Run with the spectral:oas rules that keep selects on
// every corpus spec; with fresh, each iteration lints a newly loaded
// document (loading is not timed), so nothing memoized per document carries
// over.
func benchLint(b *testing.B, keep func(*lint.Rule) bool, fresh bool) {
	dir := corpusDir(b)
	rs, err := builtin.Load("spectral:oas")
	if err != nil {
		b.Fatal(err)
	}
	reg := builtin.Registry()
	for _, c := range corpus {
		b.Run(c.name, func(b *testing.B) {
			path := filepath.Join(dir, c.path)
			load := func() *spec.Document {
				doc, err := spec.Load(context.Background(), path, spec.Options{})
				if err != nil {
					b.Fatal(err)
				}
				return doc
			}
			doc := load()
			var rules []*lint.Rule
			for _, r := range rs.For(doc.Name) {
				if keep(r) {
					rules = append(rules, r)
				}
			}
			b.ResetTimer()
			for b.Loop() {
				if fresh {
					b.StopTimer()
					doc = load()
					b.StartTimer()
				}
				if _, err := lint.Run(context.Background(), doc, rules, reg, lint.Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestDocLinks: every built-in rule links to its own docs page, which exists.
func TestDocLinks(t *testing.T) {
	t.Parallel()
	rs, err := builtin.Load("spectral:oas")
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), ".spectral.yaml")
	if err := os.WriteFile(file, []byte("extends: [[spectral:oas, all], [owasp, all], [sequere, all]]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	user, err := builtin.Load(file)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range append(rs.Rules, user.Rules...) {
		if r.DocURL == "" {
			continue
		}
		page, ok := strings.CutPrefix(r.DocURL, "https://github.com/sequere/sequere/blob/main/")
		if !ok {
			t.Errorf("%s: doc URL %s is outside the repository", r.ID, r.DocURL)
			continue
		}
		if _, err := os.Stat(filepath.Join("..", "..", "..", page)); err != nil {
			t.Errorf("%s: doc URL %s names no page: %v", r.ID, r.DocURL, err)
		}
	}
}
