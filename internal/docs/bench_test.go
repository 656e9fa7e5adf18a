package docs

import (
	"context"
	"testing"

	"github.com/sequere/sequere/internal/spec"
)

func benchBuild(b *testing.B, name string) {
	ctx := context.Background()
	doc, err := spec.Load(ctx, "../../../shared/corpus/"+name, spec.Options{})
	if err != nil {
		b.Skipf("corpus: %v", err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Build(ctx, doc, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkBuildPetstore(b *testing.B) { benchBuild(b, "petstore.yaml") }
func BenchmarkBuildGitHub(b *testing.B)   { benchBuild(b, "github-api.github.com.yaml") }
func BenchmarkBuildStripe(b *testing.B)   { benchBuild(b, "stripe-spec3.yaml") }
