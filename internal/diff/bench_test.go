package diff

import (
	"context"
	"os"
	"testing"

	"github.com/sequere/sequere/internal/spec"
)

// BenchmarkStripe compares the two Stripe versions of the corpus (loading
// excluded): the pair the speed target is set on.
func BenchmarkStripe(b *testing.B) {
	const dir = "../../../shared/corpus/history/"
	if _, err := os.Stat(dir + "stripe-spec3-v376.yaml"); err != nil {
		b.Skip("corpus not present")
	}
	ctx := context.Background()
	base, err := spec.Load(ctx, dir+"stripe-spec3-v376.yaml", spec.Options{})
	if err != nil {
		b.Fatal(err)
	}
	rev, err := spec.Load(ctx, dir+"stripe-spec3-v524.yaml", spec.Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		res, err := Compare(ctx, base, rev, Options{})
		if err != nil {
			b.Fatal(err)
		}
		_ = res.Report(false)
	}
}
