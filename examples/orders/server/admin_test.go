package server_test

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/sequere/sequere/examples/orders/metrics"
	"github.com/sequere/sequere/examples/orders/store/storetest"
	"github.com/sequere/sequere/examples/orders/webhooks"
)

func TestUsers(t *testing.T) {
	each(t, func(t *testing.T, b storetest.Backend) {
		e := newEnv(t, b)
		admin := e.bearer(e.seed.Admin)
		r := e.call("POST", "/v2/users", `{"email":"carol@example.com","name":"Carol"}`, "auth", admin)
		u := r.json(t)
		if r.code != 201 || u["role"] != "customer" || r.header.Get("Location") != "/v2/users/"+u["id"].(string) || r.header.Get("ETag") == "" {
			t.Fatalf("create: %d %v %s", r.code, r.header, r.body)
		}
		wantProblem(t, e.call("POST", "/v2/users", `{"email":"carol@example.com","name":"Carol"}`, "auth", admin), 409, "conflict")
		wantProblem(t, e.call("POST", "/v2/users", `{"email":"not-an-email","name":""}`, "auth", admin), 400, "validation")
		wantProblem(t, e.call("POST", "/v2/users", `{"email":"d@example.com","name":"D"}`, "auth", e.bearer(e.seed.Ada)), 403, "forbidden")

		path := r.header.Get("Location")
		got := e.call("GET", path, "", "auth", admin)
		if got.code != 200 || got.header.Get("ETag") != r.header.Get("ETag") {
			t.Fatalf("get: %d %v", got.code, got.header)
		}
		if r := e.call("GET", path, "", "auth", admin, "If-None-Match", got.header.Get("ETag")); r.code != 304 {
			t.Fatalf("If-None-Match: %d", r.code)
		}
		// Ada reads herself.
		if r := e.call("GET", "/v2/users/"+e.seed.Ada.UserID, "", "auth", e.bearer(e.seed.Ada)); r.code != 200 {
			t.Fatalf("self: %d", r.code)
		}
		wantProblem(t, e.call("DELETE", "/v2/users/"+e.seed.Ada.UserID, "", "auth", admin), 409, "conflict")
		if r := e.call("DELETE", path, "", "auth", admin); r.code != 204 {
			t.Fatalf("delete: %d %s", r.code, r.body)
		}
		wantProblem(t, e.call("GET", path, "", "auth", admin), 404, "not-found")
		wantProblem(t, e.call("DELETE", path, "", "auth", admin), 404, "not-found")
	})
}

// flaky answers 503 to its first `fail` requests and 204 afterwards.
type flaky struct {
	fail   int32
	hits   atomic.Int32
	mu     sync.Mutex
	bodies []string
}

func (f *flaky) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	b, _ := io.ReadAll(r.Body)
	f.mu.Lock()
	f.bodies = append(f.bodies, string(b))
	f.mu.Unlock()
	if f.hits.Add(1) <= f.fail {
		w.WriteHeader(http.StatusServiceUnavailable)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func TestWebhooks(t *testing.T) {
	each(t, func(t *testing.T, b storetest.Backend) {
		var mu sync.Mutex
		clock := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
		now := func() time.Time { mu.Lock(); defer mu.Unlock(); return clock }
		advance := func(d time.Duration) { mu.Lock(); clock = clock.Add(d); mu.Unlock() }
		e := newEnv(t, b, withClock(now))
		admin := e.bearer(e.seed.Admin)
		rcv := &flaky{fail: 3}
		hook := httptest.NewTLSServer(rcv)
		defer hook.Close()

		wantProblem(t, e.call("POST", "/v2/webhook-endpoints", `{"url":"http://insecure.example","events":["order.created"]}`, "auth", admin), 400, "validation")
		r := e.call("POST", "/v2/webhook-endpoints", `{"url":"`+hook.URL+`","events":["order.created","order.paid"],"description":"test"}`, "auth", admin)
		ep := r.json(t)
		if r.code != 201 || !strings.HasPrefix(ep["secret"].(string), "whsec_") {
			t.Fatalf("create endpoint: %d %s", r.code, r.body)
		}
		epPath := r.header.Get("Location")
		if r := e.call("GET", epPath, "", "auth", admin); r.code != 200 || r.json(t)["secret"] != nil {
			t.Fatalf("get endpoint shows the secret or fails: %d %s", r.code, r.body)
		}
		if r := e.call("GET", "/v2/webhook-endpoints?limit=10", "", "auth", admin); len(r.json(t)["data"].([]any)) != 1 {
			t.Fatalf("list endpoints: %s", r.body)
		}

		if r := e.call("POST", "/v2/orders", newOrderBody, "auth", e.bearer(e.seed.Ada), "Idempotency-Key", "webhook-0001"); r.code != 201 {
			t.Fatalf("order: %d %s", r.code, r.body)
		}
		d := &webhooks.Dispatcher{Store: e.store, Client: hook.Client(), Now: now, Rand: func() float64 { return 0 }}
		for attempt := int32(1); attempt <= 4; attempt++ {
			if n, err := d.RunOnce(context.Background()); n != 1 || err != nil {
				t.Fatalf("attempt %d: %d %v", attempt, n, err)
			}
			if rcv.hits.Load() != attempt {
				t.Fatalf("after attempt %d the receiver had %d requests", attempt, rcv.hits.Load())
			}
			advance(webhooks.DefaultPolicy.Max)
		}
		if !strings.Contains(rcv.bodies[3], `"type":"order.created"`) || rcv.bodies[0] != rcv.bodies[3] {
			t.Fatalf("event bodies differ between attempts: %s", rcv.bodies)
		}
		r = e.call("GET", epPath+"/deliveries", "", "auth", admin)
		log := r.json(t)["data"].([]any)
		if len(log) != 1 {
			t.Fatalf("delivery log %s", r.body)
		}
		dl := log[0].(map[string]any)
		if dl["status"] != "succeeded" || dl["attempts"] != 4.0 || dl["response_status"] != 204.0 || dl["next_attempt_at"] != nil {
			t.Fatalf("delivery %v", dl)
		}
		replay := dl["_links"].(map[string]any)["replay"].(map[string]any)["href"].(string)
		if r := e.call("POST", replay, "", "auth", admin); r.code != 202 || r.json(t)["status"] != "pending" {
			t.Fatalf("replay: %d %s", r.code, r.body)
		}
		if n, _ := d.RunOnce(context.Background()); n != 1 || rcv.hits.Load() != 5 {
			t.Fatalf("replayed delivery not sent: %d, hits %d", n, rcv.hits.Load())
		}
		if r := e.call("DELETE", epPath, "", "auth", admin); r.code != 204 {
			t.Fatalf("delete endpoint: %d", r.code)
		}
		wantProblem(t, e.call("GET", epPath+"/deliveries", "", "auth", admin), 404, "not-found")
	})
}

func TestOperations(t *testing.T) {
	e := newEnv(t, storetest.Backends(t)[0])
	if r := e.call("GET", "/healthz", ""); r.code != 200 || string(r.body) != "{\"status\":\"ok\"}\n" {
		t.Fatalf("healthz: %d %s", r.code, r.body)
	}
	if r := e.call("GET", "/readyz", ""); r.code != 200 || r.json(t)["status"] != "ready" {
		t.Fatalf("readyz: %d %s", r.code, r.body)
	}
	e.api.SetReady(false)
	wantProblem(t, e.call("GET", "/readyz", ""), 503, "unavailable")
	e.api.SetReady(true)

	wantProblem(t, e.call("GET", "/metrics", ""), 401, "unauthorized")
	wantProblem(t, e.call("GET", "/metrics", "", "auth", e.bearer(e.seed.Admin)), 401, "unauthorized")
	wantProblem(t, e.call("GET", "/metrics", "", "auth", "Key "+e.seed.Ada.APIKey), 403, "forbidden")
	r := e.call("GET", "/metrics", "", "auth", "Key "+e.seed.Admin.APIKey)
	if r.code != 200 || !strings.Contains(string(r.body), `http_requests_total{code="200",route="GET /healthz"} 1`) {
		t.Fatalf("metrics: %d\n%s", r.code, r.body)
	}
	// The spec's media type carries the exposition format version, which scrapers read.
	if ct := r.header.Get("Content-Type"); ct != metrics.ContentType {
		t.Errorf("metrics Content-Type %q, want %q", ct, metrics.ContentType)
	}
	for _, family := range []string{"http_request_duration_seconds histogram", "go_goroutines gauge", "process_cpu_seconds_total counter"} {
		if !strings.Contains(string(r.body), "\n# TYPE "+family+"\n") {
			t.Errorf("metrics lack %s:\n%s", family, r.body)
		}
	}
}
