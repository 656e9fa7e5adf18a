package builtin_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sequere/sequere/internal/lint"
	"github.com/sequere/sequere/internal/lint/builtin"
	"github.com/sequere/sequere/internal/spec"
)

// BenchmarkExampleRules measures the example-validation rules alone on a
// freshly loaded document each time, so the schema compile they share is
// paid on every iteration as it is in a real run.
func BenchmarkExampleRules(b *testing.B) {
	dir := corpusDir(b)
	rs, err := builtin.Load("spectral:oas")
	if err != nil {
		b.Fatal(err)
	}
	reg := builtin.Registry()
	for _, c := range corpus {
		b.Run(c.name, func(b *testing.B) {
			path := filepath.Join(dir, c.path)
			var rules []*lint.Rule
			for _, r := range rs.For(path) {
				if strings.HasSuffix(r.ID, "-example") {
					rules = append(rules, r)
				}
			}
			for b.Loop() {
				b.StopTimer()
				doc, err := spec.Load(context.Background(), path, spec.Options{})
				if err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				if _, err := lint.Run(context.Background(), doc, rules, reg, lint.Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
