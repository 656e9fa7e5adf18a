package oasfunc

import (
	"testing"

	"github.com/sequere/sequere/internal/spec"
)

// BenchmarkCompileDocumentSchema measures what every `sequere lint` run paid
// once before oas2-schema/oas3-schema could validate anything.
func BenchmarkCompileDocumentSchema(b *testing.B) { benchDocumentSchema(b, compileDocumentSchema) }

// BenchmarkDecodeDocumentSchema measures what a lint run pays instead:
// rebuilding the compiled schema from its embedded snapshot.
func BenchmarkDecodeDocumentSchema(b *testing.B) { benchDocumentSchema(b, decodeDocumentSchema) }

func benchDocumentSchema(b *testing.B, build func(spec.Version) (*docSchema, error)) {
	for _, v := range []spec.Version{spec.V20, spec.V30, spec.V31} {
		b.Run(v.String(), func(b *testing.B) {
			for b.Loop() {
				if _, err := build(v); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
