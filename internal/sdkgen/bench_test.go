package sdkgen

import (
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sequere/sequere/examples/orders/gen"
	"github.com/sequere/sequere/internal/spec"
)

// BenchmarkGenerate measures IR, templates and gofmt; loading is outside the loop.
func BenchmarkGenerate(b *testing.B) {
	for _, c := range []struct{ name, path string }{
		{"orders", "examples/orders/openapi.yaml"},
		{"stripe", "../shared/corpus/stripe-spec3.yaml"},
	} {
		b.Run(c.name, func(b *testing.B) {
			doc, err := spec.Load(b.Context(), filepath.Join(repo, c.path), spec.Options{})
			if err != nil {
				b.Skip(err)
			}
			b.ReportAllocs()
			for b.Loop() {
				if _, err := GoServer(doc, Options{Package: "gen"}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkClient measures the IR and each client emitter (formatting
// included); loading is outside the loop. Stripe is the goal: every
// language under 3 s end to end.
func BenchmarkClient(b *testing.B) {
	for _, c := range []struct{ name, path string }{
		{"orders", "examples/orders/openapi.yaml"},
		{"stripe", "../shared/corpus/stripe-spec3.yaml"},
	} {
		doc, err := spec.Load(b.Context(), filepath.Join(repo, c.path), spec.Options{})
		if err != nil {
			b.Logf("%s: %v", c.name, err)
			continue
		}
		for _, lang := range ClientLanguages() {
			b.Run(c.name+"/"+lang, func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					if _, err := Client(doc, lang, ClientOptions{Package: "api", Module: "example.test/api"}); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// BenchmarkRouter is the generated router's cost per request (decode,
// validate, encode) for the orders API's hottest read and a create.
func BenchmarkRouter(b *testing.B) {
	h := gen.NewHandler(&fake{}, gen.Options{})
	b.Run("GET /v2/orders/{id}", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest("GET", order, nil))
			if rec.Code != 200 {
				b.Fatal(rec.Code)
			}
		}
	})
	b.Run("POST /v2/orders", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			req := httptest.NewRequest("POST", "/v2/orders", strings.NewReader(newBody))
			req.Header.Set("Content-Type", "application/json")
			req.Header.Set("Idempotency-Key", "key-12345678")
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			if rec.Code != 201 {
				b.Fatal(rec.Code)
			}
		}
	})
}
