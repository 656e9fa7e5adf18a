package builtin_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/sequere/sequere/internal/lint"
	"github.com/sequere/sequere/internal/lint/builtin"
	"github.com/sequere/sequere/internal/report"
	"github.com/sequere/sequere/internal/spec"
)

var corpus = []struct {
	name  string
	path  string
	large bool
}{
	{"petstore", "petstore.yaml", false},
	{"tictactoe", "tictactoe.yaml", false},
	{"asana", "asana.yaml", false},
	{"twilio", "twilio_api_v2010.yaml", true},
	{"digitalocean", "digitalocean/specification/DigitalOcean-public.v2.yaml", true},
	{"github", "github-api.github.com.yaml", true},
	{"stripe", "stripe-spec3.yaml", true},
}

func corpusDir(t testing.TB) string {
	dir := filepath.Join("..", "..", "..", "..", "shared", "corpus")
	if _, err := os.Stat(dir); err != nil {
		t.Skip("corpus not available:", err)
	}
	return dir
}

// TestCorpus lints every corpus spec with every built-in ruleset: no error,
// no panic, and every finding located in a file of the description.
func TestCorpus(t *testing.T) {
	dir := corpusDir(t)
	for _, c := range corpus {
		if c.large && testing.Short() {
			continue
		}
		t.Run(c.name, func(t *testing.T) {
			doc, err := spec.Load(context.Background(), filepath.Join(dir, c.path), spec.Options{})
			if err != nil {
				t.Fatal(err)
			}
			for _, name := range builtin.Names() {
				rs, err := builtin.Load(name)
				if err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				start := time.Now()
				rep, err := lint.Run(context.Background(), doc, rs.For(doc.Name), builtin.Registry(), lint.Options{})
				if err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				files := map[string]bool{}
				for _, f := range doc.Files() {
					files[f] = true
				}
				counts := rep.Count()
				for _, f := range rep.Findings {
					if !files[f.Location.File] || f.Location.Line < 1 {
						t.Errorf("%s: finding %s at %v is outside the description", name, f.ID, f.Location)
					}
				}
				t.Logf("%s: %d rules, %d findings (%d errors, %d warnings) in %v", name, len(rep.Rules), len(rep.Findings), counts[report.Error], counts[report.Warn], time.Since(start))
			}
		})
	}
}

// BenchmarkLint measures lint.Run alone (the document is loaded once) with
// spectral:oas recommended on each corpus spec.
func BenchmarkLint(b *testing.B) {
	dir := corpusDir(b)
	rs, err := builtin.Load("spectral:oas")
	if err != nil {
		b.Fatal(err)
	}
	reg := builtin.Registry()
	for _, c := range corpus {
		b.Run(c.name, func(b *testing.B) {
			doc, err := spec.Load(context.Background(), filepath.Join(dir, c.path), spec.Options{})
			if err != nil {
				b.Fatal(err)
			}
			rules := rs.For(doc.Name)
			b.ResetTimer()
			for b.Loop() {
				if _, err := lint.Run(context.Background(), doc, rules, reg, lint.Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
