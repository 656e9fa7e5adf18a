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

// BenchmarkServeHTTPCorpus measures validated requests on real descriptions:
// the rows of bench/mock-throughput.sh, handler alone. Each spec is compiled
// only when its case is selected.
func BenchmarkServeHTTPCorpus(b *testing.B) {
	const twilioAcc = "/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
	form := map[string]string{"Content-Type": "application/x-www-form-urlencoded"}
	cases := []struct {
		name, spec     string
		method, target string
		body, auth     string
		headers        map[string]string
		want           int
	}{
		{"twilio-get-query", "twilio_api_v2010.yaml", "GET", twilioAcc + "/Calls.json?PageSize=10", "", "Basic QUMxMjM6dG9r", nil, 200},
		{"twilio-post-form", "twilio_api_v2010.yaml", "POST", twilioAcc + "/Messages.json", "To=%2B15558675310&From=%2B15017122661&Body=hello", "Basic QUMxMjM6dG9r", form, 201},
		{"asana-post-json", "asana.yaml", "POST", "/tags", `{"data":{"name":"Stuff to buy","color":"light-green","workspace":"12345"}}`, "Bearer tok", map[string]string{"Content-Type": "application/json"}, 201},
		{"github-post-json", "github-api.github.com.yaml", "POST", "/repos/octo/hello/issues", `{"title":"Found a bug","body":"It broke","labels":["bug"]}`, "", map[string]string{"Content-Type": "application/json"}, 201},
		{"stripe-post-form", "stripe-spec3.yaml", "POST", "/v1/customers", "description=hello&email=a%40b.co&metadata[order]=6735", "Bearer sk_test_123", form, 200},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			h, err := New(load(b, corpus+"/"+c.spec), Options{})
			if err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			for b.Loop() {
				req := httptest.NewRequest(c.method, c.target, strings.NewReader(c.body))
				req.Header.Set("Authorization", c.auth)
				for k, v := range c.headers {
					req.Header.Set(k, v)
				}
				w := httptest.NewRecorder()
				h.ServeHTTP(w, req)
				if w.Code != c.want {
					b.Fatalf("status %d: %s", w.Code, w.Body)
				}
			}
		})
	}
}
