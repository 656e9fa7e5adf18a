package orders_test

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sequere/sequere/examples/orders"
	"github.com/sequere/sequere/examples/orders/client"
	"github.com/sequere/sequere/examples/orders/webhooks"
)

// faults sits between the generated client and the orders API on loopback:
// it fails the first two attempts at placing an order after the API has
// handled them (503, then 429 with Retry-After), and hands out one unusable
// token first, so the client must retry with one idempotency key and fetch a
// new token after a 401.
type faults struct {
	mu          sync.Mutex
	proxy       *httputil.ReverseProxy
	creates     int
	keys        []string
	tokens      int
	failedCalls int
}

func (f *faults) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	defer f.mu.Unlock()
	rec := httptest.NewRecorder()
	f.proxy.ServeHTTP(rec, r)
	switch {
	case r.Method == "POST" && r.URL.Path == "/oauth/token":
		f.tokens++
		if f.tokens == 1 {
			w.Header().Set("Content-Type", "application/json")
			io.WriteString(w, `{"access_token":"not-a-valid-token","token_type":"Bearer","expires_in":3600}`)
			return
		}
	case r.Method == "POST" && r.URL.Path == "/v2/orders" && r.Header.Get("X-Inject") == "yes":
		f.creates++
		f.keys = append(f.keys, r.Header.Get("Idempotency-Key"))
		switch f.creates {
		case 1:
			w.WriteHeader(http.StatusServiceUnavailable)
			return
		case 2:
			w.Header().Set("Retry-After", "2")
			w.WriteHeader(http.StatusTooManyRequests)
			return
		}
	}
	if rec.Code == http.StatusUnauthorized {
		f.failedCalls++
	}
	for k, v := range rec.Header() {
		w.Header()[k] = v
	}
	w.WriteHeader(rec.Code)
	w.Write(rec.Body.Bytes())
}

// startOrdersBehindFaults starts the orders API on loopback behind a proxy
// that injects the faults the client tests ask for; both stop with the test.
func startOrdersBehindFaults(t *testing.T) (*httptest.Server, *faults, orders.Seeded) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	listening := make(chan string, 1)
	var seed orders.Seeded
	done := make(chan error, 1)
	go func() {
		done <- orders.Serve(ctx, orders.Options{Addr: "127.0.0.1:0", RateLimit: 10000, Burst: 10000,
			Listening: func(addr string, s orders.Seeded) { seed = s; listening <- addr }})
	}()
	var addr string
	select {
	case addr = <-listening:
	case err := <-done:
		cancel()
		t.Fatalf("Serve: %v", err)
	case <-time.After(30 * time.Second):
		cancel()
		t.Fatal("the orders API did not start within 30s")
	}
	t.Cleanup(func() { cancel(); <-done })
	target, _ := url.Parse("http://" + addr)
	f := &faults{proxy: httputil.NewSingleHostReverseProxy(target)}
	front := httptest.NewServer(f)
	t.Cleanup(front.Close)
	return front, f, seed
}

func TestGeneratedGoClientEndToEnd(t *testing.T) {
	ctx := context.Background()
	front, f, seed := startOrdersBehindFaults(t)

	var waits []time.Duration
	c := client.New(
		client.WithBaseURL(front.URL),
		client.WithOauth2ClientCredentials(seed.Ada.ClientID, seed.Ada.Secret, "orders:read", "orders:write"),
		client.WithOauth2TokenURL("/oauth/token"),
		client.WithTimeout(20*time.Second),
		client.WithRetry(client.RetryPolicy{MaxAttempts: 4, InitialDelay: time.Millisecond, MaxDelay: 10 * time.Millisecond, MaxRetryAfter: time.Minute,
			Sleep: func(_ context.Context, d time.Duration) error { waits = append(waits, d); return nil }}),
	)
	// The first call gets the unusable token, is refused with 401, and
	// succeeds with a fresh token; later calls reuse the cached one.
	if _, err := c.GetOrder(ctx, &client.GetOrderRequest{ID: client.OrderID(seed.Orders[0])}); err != nil {
		t.Fatalf("GetOrder after refreshing the token: %v", err)
	}
	if f.tokens != 2 || f.failedCalls != 1 {
		t.Errorf("token fetches %d, 401s %d: want 2 fetches (the unusable token, then a fresh one) and one 401", f.tokens, f.failedCalls)
	}
	item := client.OrderItem{SKU: "SKU-1", Quantity: 2, UnitPrice: client.Money{Amount: 1250, Currency: "EUR"}}

	created, err := c.CreateOrder(ctx, &client.CreateOrderRequest{Body: client.NewOrder{Items: []client.OrderItem{item}, Note: client.Ptr("first")}},
		client.WithRequestHeader("X-Inject", "yes"))
	if err != nil {
		t.Fatalf("CreateOrder through a 503 and a 429: %v", err)
	}
	if f.creates != 3 || f.keys[0] == "" || f.keys[0] != f.keys[1] || f.keys[1] != f.keys[2] {
		t.Fatalf("want 3 attempts with one idempotency key, got %d: %q", f.creates, f.keys)
	}
	if len(waits) != 2 || waits[1] != 2*time.Second {
		t.Errorf("backoff waits %v: the second must honour Retry-After: 2", waits)
	}
	id := created.Body.ID

	got, err := c.GetOrder(ctx, &client.GetOrderRequest{ID: id})
	if err != nil {
		t.Fatal(err)
	}
	if got.Body.ID != id || got.Body.Items[0].SKU != "SKU-1" {
		t.Fatalf("GetOrder: %+v", got.Body)
	}
	etag := got.Header.Get("ETag")
	upd, err := c.UpdateOrder(ctx, &client.UpdateOrderRequest{ID: id, IfMatch: client.EntityTag(etag),
		Body: client.OrderPatch{Note: client.NewNullable("changed")}})
	if err != nil {
		t.Fatalf("UpdateOrder with If-Match: %v", err)
	}
	if n, _ := upd.Body.Note.Get(); n != "changed" {
		t.Errorf("note after update: %+v", upd.Body.Note)
	}
	_, err = c.UpdateOrder(ctx, &client.UpdateOrderRequest{ID: id, IfMatch: client.EntityTag(etag), Body: client.OrderPatch{Note: client.NewNullable("stale")}})
	var stale *client.APIError
	if !errors.As(err, &stale) || stale.StatusCode != http.StatusPreconditionFailed {
		t.Errorf("a stale If-Match: want a 412 APIError, got %v", err)
	}

	for range 11 {
		if _, err := c.CreateOrder(ctx, &client.CreateOrderRequest{Body: client.NewOrder{Items: []client.OrderItem{item}}}); err != nil {
			t.Fatal(err)
		}
	}
	want := len(seed.Orders) + 12
	count := 0
	limit := int32(5)
	for o, err := range c.ListUserOrdersAll(ctx, &client.ListUserOrdersRequest{ID: client.UserID(seed.Ada.UserID), Limit: &limit}) {
		if err != nil {
			t.Fatal(err)
		}
		if o.UserID != client.UserID(seed.Ada.UserID) {
			t.Fatalf("someone else's order %+v", o)
		}
		count++
	}
	if f.tokens != 2 {
		t.Errorf("the cached token was not reused: %d fetches", f.tokens)
	}
	if count != want {
		t.Errorf("the iterator gave %d orders, want %d", count, want)
	}

	_, err = c.CreateOrder(ctx, &client.CreateOrderRequest{Body: client.NewOrder{Items: []client.OrderItem{}}})
	var apiErr *client.APIError
	if !errors.As(err, &apiErr) || apiErr.Problem == nil {
		t.Fatalf("an empty order: want a problem, got %v", err)
	}
	fields := apiErr.Problem.FieldErrors()
	if apiErr.StatusCode/100 != 4 || len(fields) == 0 || !strings.Contains(fields[0].Field, "items") {
		t.Errorf("problem %d %+v, field errors %+v", apiErr.StatusCode, apiErr.Problem, fields)
	}
	if _, typed := apiErr.Value.(*client.ProblemModel); !typed {
		t.Errorf("the documented error schema is not the typed Value: %T", apiErr.Value)
	}

	payload, _ := json.Marshal(map[string]any{"id": "evt_1", "type": "order.created", "created_at": "2026-12-03T07:00:00Z",
		"data": map[string]any{"order": json.RawMessage(mustJSON(t, created.Body))}})
	now := time.Now()
	sig := webhooks.Sign("whsec_test", now, payload)
	if err := client.VerifyWebhookSignature("whsec_test", sig, payload, now, 5*time.Minute); err != nil {
		t.Errorf("a signature made by the orders API does not verify: %v", err)
	}
	if err := client.VerifyWebhookSignature("whsec_test", sig, append(payload, ' '), now, 5*time.Minute); err == nil {
		t.Error("a changed body verifies")
	}
	if err := client.VerifyWebhookSignature("whsec_test", sig, payload, now.Add(time.Hour), 5*time.Minute); err == nil {
		t.Error("a stale signature verifies")
	}
	ev, err := client.ParseOrderCreatedWebhook(payload)
	if err != nil || ev.Data.Order.ID != id {
		t.Errorf("webhook payload: %v %+v", err, ev)
	}
}

func mustJSON(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
