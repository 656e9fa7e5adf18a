package server_test

import (
	"strings"
	"testing"

	"github.com/sequere/sequere/examples/orders/store/storetest"
)

// Malformed requests get a problem document and never a 5xx.
func TestMalformedRequests(t *testing.T) {
	e := newEnv(t, storetest.Backends(t)[0])
	ada := e.bearer(e.seed.Ada)
	order := "/v2/orders/" + e.seed.Orders[0]
	huge := `{"items":[{"sku":"A","quantity":1,"unit_price":{"amount":1,"currency":"EUR"}}],"note":"` + strings.Repeat("x", 2<<20) + `"}`
	tests := []struct {
		name, method, path, body string
		headers                  []string
	}{
		{"not-json", "POST", "/v2/orders", "{", []string{"Idempotency-Key", "malformed-01"}},
		{"wrong-content-type", "POST", "/v2/orders", newOrderBody, []string{"Idempotency-Key", "malformed-02", "Content-Type", "text/plain"}},
		{"too-large", "POST", "/v2/orders", huge, []string{"Idempotency-Key", "malformed-03"}},
		{"array-body", "POST", "/v2/orders", `[]`, []string{"Idempotency-Key", "malformed-04"}},
		{"bad-key", "POST", "/v2/orders", newOrderBody, []string{"Idempotency-Key", "no spaces allowed"}},
		{"patch-not-json", "PATCH", order, "nope", []string{"If-Match", `"v1"`, "Content-Type", "application/merge-patch+json"}},
		{"patch-empty", "PATCH", order, "{}", []string{"If-Match", `"v1"`, "Content-Type", "application/merge-patch+json"}},
		{"patch-bad-etag", "PATCH", order, `{"note":"x"}`, []string{"If-Match", "v1", "Content-Type", "application/merge-patch+json"}},
		{"limit-text", "GET", "/v2/users/" + e.seed.Ada.UserID + "/orders?limit=lots", "", nil},
		{"limit-huge", "GET", "/v2/users/" + e.seed.Ada.UserID + "/orders?limit=100000000000000000000", "", nil},
		{"cursor-junk", "GET", "/v2/users/" + e.seed.Ada.UserID + "/orders?cursor=Zm9v", "", nil},
		{"pay-unknown-method", "POST", order + "/pay", `{"method":"barter"}`, nil},
		{"cancel-bad-reason", "POST", order + "/cancel", `{"reason":"bored"}`, nil},
		{"wrong-method", "PUT", order, "{}", nil},
		{"traversal", "GET", "/v2/orders/..%2f..%2fetc%2fpasswd", "", nil},
		{"token-json", "POST", "/oauth/token", `{"grant_type":"client_credentials"}`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := e.call(tt.method, tt.path, tt.body, append([]string{"auth", ada}, tt.headers...)...)
			if r.code < 400 || r.code >= 500 {
				t.Fatalf("status %d: %s", r.code, r.body)
			}
			if ct := r.header.Get("Content-Type"); ct != "application/problem+json" {
				t.Fatalf("Content-Type %q: %s", ct, r.body)
			}
			if p := r.json(t); p["status"] != float64(r.code) || p["type"] == "" {
				t.Fatalf("problem %v for a %d", p, r.code)
			}
		})
	}
}
