package oasfunc

import (
	"testing"

	"github.com/sequere/sequere/internal/spec"
)

// BenchmarkCompileDocumentSchema measures what every `sequere lint` run pays
// once before oas2-schema/oas3-schema can validate anything.
func BenchmarkCompileDocumentSchema(b *testing.B) {
	for _, v := range []spec.Version{spec.V20, spec.V30, spec.V31} {
		b.Run(v.String(), func(b *testing.B) {
			for b.Loop() {
				if _, err := compileDocumentSchema(v); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkDecodeDocumentSchema measures what a lint run pays instead:
// rebuilding the compiled schema from its embedded snapshot.
func BenchmarkDecodeDocumentSchema(b *testing.B) {
	for _, v := range []spec.Version{spec.V20, spec.V30, spec.V31} {
		b.Run(v.String(), func(b *testing.B) {
			for b.Loop() {
				if _, err := decodeDocumentSchema(v); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
