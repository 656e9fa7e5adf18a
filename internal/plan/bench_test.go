package plan

import (
	"context"
	"testing"

	"github.com/sequere/sequere/internal/spec"
)

// BenchmarkInputs generates every operation's example inputs and one random
// input of a corpus description: what the examples and fuzzing phases ask
// of the generator, examples checked against their schemas included.
func BenchmarkInputs(b *testing.B) {
	for _, name := range []string{"petstore.yaml", "digitalocean/specification/DigitalOcean-public.v2.yaml", "github-api.github.com.yaml"} {
		b.Run(name, func(b *testing.B) {
			doc, err := spec.Load(context.Background(), "../../../shared/corpus/"+name, spec.Options{})
			if err != nil {
				b.Skip(err)
			}
			p, err := Build(doc, Selection{})
			if err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			seed := uint64(0)
			for b.Loop() {
				for _, op := range p.Ops {
					_ = p.Examples(op)
					seed++
					_ = p.Random(op, seed)
				}
			}
		})
	}
}
