package server_test

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/sequere/sequere/examples/orders/server"
	"github.com/sequere/sequere/examples/orders/store/storetest"
)

// BenchmarkGetOrder measures the server's own cost of GET /v2/orders/{id} (bearer
// token verification, SQLite read, JSON, middleware) without the network.
func BenchmarkGetOrder(b *testing.B) {
	e := newEnv(b, storetest.Backend{Name: "sqlite", DSN: b.TempDir() + "/bench.db"},
		withConfig(func(c *server.Config) { c.RateLimit, c.Burst = 1e9, 1e9 }))
	h := e.api.Handler()
	tok := e.bearer(e.seed.Ada)
	path := "/v2/orders/" + e.seed.Orders[0]
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		req := httptest.NewRequest("GET", path, nil)
		req.Header.Set("Authorization", tok)
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK {
			b.Fatalf("status %d", rec.Code)
		}
	}
}
