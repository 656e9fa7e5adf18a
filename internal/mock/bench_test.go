package mock

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// BenchmarkServeHTTP measures the handler alone (no network) with validation on.
func BenchmarkServeHTTP(b *testing.B) {
	doc := load(b, fixture("shop.yaml"))
	srv, err := New(doc, Options{})
	if err != nil {
		b.Fatal(err)
	}
	pet, err := New(load(b, corpus+"/petstore.yaml"), Options{})
	if err != nil {
		b.Fatal(err)
	}
	cases := []struct {
		name    string
		h       http.Handler
		method  string
		target  string
		body    string
		headers map[string]string
	}{
		{"petstore-get-item", pet, "GET", "/pets/12", "", nil},
		{"petstore-list-query", pet, "GET", "/v1/pets?limit=10", "", nil},
		{"petstore-post-body", pet, "POST", "/pets", `{"id":1,"name":"Rex","tag":"dog"}`, map[string]string{"Content-Type": "application/json"}},
		{"petstore-invalid-422", pet, "GET", "/pets?limit=abc", "", nil},
		{"shop-search-7-params", srv, "GET", "/search?q=ab&limit=5&tags=a&tags=b&ids=1,2,3&filter[min]=3", "", map[string]string{"X-Trace": "3fa85f64-5717-4562-b3fc-2c963f66afa6"}},
		{"shop-dynamic", srv, "GET", "/products/1", "", map[string]string{"Prefer": "dynamic=true"}},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				req := httptest.NewRequest(c.method, c.target, strings.NewReader(c.body))
				for k, v := range c.headers {
					req.Header.Set(k, v)
				}
				w := httptest.NewRecorder()
				c.h.ServeHTTP(w, req)
				if w.Code >= 500 {
					b.Fatal(w.Code)
				}
			}
		})
	}
}

func BenchmarkLoadGitHub(b *testing.B) {
	doc := load(b, corpus+"/github-api.github.com.yaml")
	for b.Loop() {
		if _, err := New(doc, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
