package webhooks_test

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/sequere/sequere/examples/orders/store"
	"github.com/sequere/sequere/examples/orders/store/storetest"
	"github.com/sequere/sequere/examples/orders/webhooks"
)

// clock is a settable time source shared by the store and the dispatcher.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) Add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

// receiver fails the first `fail` requests with 503, then answers 204. It counts the
// requests whose signature verifies.
type receiver struct {
	fail   int32
	hits   atomic.Int32
	forged atomic.Int32
	secret string
	clock  *clock
}

func (r *receiver) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	body, _ := io.ReadAll(req.Body)
	if webhooks.Verify(r.secret, req.Header.Get(webhooks.SignatureHeader), body, r.clock.Now(), 5*time.Minute) != nil {
		r.forged.Add(1)
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	if n := r.hits.Add(1); n <= r.fail {
		w.WriteHeader(http.StatusServiceUnavailable)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func setup(t *testing.T, s *store.Store, c *clock, fail int32) (*receiver, *httptest.Server, store.Endpoint) {
	t.Helper()
	rcv := &receiver{fail: fail, secret: "whsec_0123456789abcdefghijklmn", clock: c}
	srv := httptest.NewTLSServer(rcv)
	t.Cleanup(srv.Close)
	ep, err := s.CreateEndpoint(context.Background(), store.Endpoint{URL: srv.URL, Secret: rcv.secret, Events: []string{"order.created"}})
	if err != nil {
		t.Fatal(err)
	}
	u, _ := s.CreateUser(context.Background(), store.User{Email: "w@example.com", Name: "W"})
	now := s.Now()
	o := store.Order{ID: store.NewID("ord"), UserID: u.ID, Status: store.StatusPending, Items: []store.Item{{SKU: "A", Quantity: 1, UnitPrice: store.Money{Amount: 1, Currency: "EUR"}}},
		Total: store.Money{Amount: 1, Currency: "EUR"}, Version: 1, CreatedAt: now, UpdatedAt: now}
	ev := []store.Event{{ID: store.NewID("evt"), Type: "order.created", Payload: []byte(`{"type":"order.created"}`)},
		{ID: store.NewID("evt"), Type: "order.paid", Payload: []byte(`{"type":"order.paid"}`)}}
	if _, err := s.CreateOrder(context.Background(), o, nil, ev); err != nil {
		t.Fatal(err)
	}
	return rcv, srv, ep
}

func dispatcher(s *store.Store, c *clock, srv *httptest.Server) *webhooks.Dispatcher {
	return &webhooks.Dispatcher{Store: s, Client: srv.Client(), Now: c.Now, Rand: func() float64 { return 0.5 }, Policy: webhooks.DefaultPolicy}
}

func TestRetryUntilDelivered(t *testing.T) {
	storetest.Run(t, func(t *testing.T, b storetest.Backend) {
		ctx := context.Background()
		c := &clock{t: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
		s := storetest.Open(t, b, c.Now)
		rcv, srv, ep := setup(t, s, c, 3)
		d := dispatcher(s, c, srv)
		for attempt := int32(1); attempt <= 4; attempt++ {
			if n, err := d.RunOnce(ctx); err != nil || n != 1 {
				t.Fatalf("attempt %d: tried %d, %v", attempt, n, err)
			}
			if got := rcv.hits.Load(); got != attempt {
				t.Fatalf("after attempt %d the receiver saw %d requests", attempt, got)
			}
			// Not due again before the backoff has passed.
			if n, _ := d.RunOnce(ctx); n != 0 {
				t.Fatalf("attempt %d: retried before the backoff", attempt)
			}
			c.Add(webhooks.DefaultPolicy.Max)
		}
		if n, _ := d.RunOnce(ctx); n != 0 || rcv.hits.Load() != 4 || rcv.forged.Load() != 0 {
			t.Fatalf("delivered again after success: hits %d forged %d", rcv.hits.Load(), rcv.forged.Load())
		}
		log, _, err := s.ListDeliveries(ctx, ep.ID, 10, "")
		if err != nil || len(log) != 1 {
			t.Fatalf("deliveries %v %v (only order.created is subscribed)", log, err)
		}
		if log[0].Status != store.DeliverySucceeded || log[0].Attempts != 4 || log[0].LastStatusCode != 204 {
			t.Fatalf("delivery %+v", log[0])
		}
		attempts, _ := s.Attempts(ctx, log[0].ID)
		var codes []int
		for _, a := range attempts {
			codes = append(codes, a.StatusCode)
		}
		if len(codes) != 4 || codes[0] != 503 || codes[2] != 503 || codes[3] != 204 {
			t.Fatalf("attempt log %v", codes)
		}
		// Replay queues a fresh delivery that goes out once more.
		if _, err := s.Replay(ctx, log[0].ID); err != nil {
			t.Fatal(err)
		}
		if n, _ := d.RunOnce(ctx); n != 1 || rcv.hits.Load() != 5 {
			t.Fatalf("replay: tried %d, hits %d", n, rcv.hits.Load())
		}
	})
}

func TestRestartLosesNothing(t *testing.T) {
	storetest.Run(t, func(t *testing.T, b storetest.Backend) {
		ctx := context.Background()
		c := &clock{t: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
		s, err := store.Open(ctx, b.DSN, c.Now)
		if err != nil {
			t.Fatal(err)
		}
		rcv, srv, ep := setup(t, s, c, 1)
		if n, err := dispatcher(s, c, srv).RunOnce(ctx); n != 1 || err != nil {
			t.Fatalf("first attempt: %d %v", n, err)
		}
		// The process dies in the middle of the next attempt: claimed, never recorded.
		c.Add(webhooks.DefaultPolicy.Max)
		if claimed, err := s.ClaimDue(ctx, c.Now(), time.Minute, 10); err != nil || len(claimed) != 1 {
			t.Fatalf("claim: %v %v", claimed, err)
		}
		s.Close()

		s2 := storetest.Open(t, b, c.Now)
		d := dispatcher(s2, c, srv)
		if n, _ := d.RunOnce(ctx); n != 0 {
			t.Fatal("a leased delivery was sent again before its lease ran out")
		}
		c.Add(2 * time.Minute)
		if n, err := d.RunOnce(ctx); n != 1 || err != nil {
			t.Fatalf("after restart: %d %v", n, err)
		}
		log, _, _ := s2.ListDeliveries(ctx, ep.ID, 10, "")
		if len(log) != 1 || log[0].Status != store.DeliverySucceeded || rcv.hits.Load() != 2 {
			t.Fatalf("after restart: %+v hits %d", log, rcv.hits.Load())
		}
	})
}

func TestGiveUpAtHorizon(t *testing.T) {
	ctx := context.Background()
	c := &clock{t: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	b := storetest.Backends(t)[0]
	s := storetest.Open(t, b, c.Now)
	rcv, srv, ep := setup(t, s, c, 1000)
	d := dispatcher(s, c, srv)
	d.Policy = webhooks.Policy{Base: time.Minute, Max: time.Hour, Horizon: 3 * time.Hour}
	for range 20 {
		d.RunOnce(ctx)
		c.Add(time.Hour)
	}
	log, _, _ := s.ListDeliveries(ctx, ep.ID, 10, "")
	if len(log) != 1 || log[0].Status != store.DeliveryFailed {
		t.Fatalf("%+v", log)
	}
	if hits := rcv.hits.Load(); hits < 3 || hits > 6 {
		t.Fatalf("%d attempts within a 3h horizon", hits)
	}
}

func TestSignature(t *testing.T) {
	now := time.Unix(1_800_000_000, 0)
	body := []byte(`{"a":1}`)
	h := webhooks.Sign("s3cret", now, body)
	if h != "t=1800000000,v1="+h[len("t=1800000000,v1="):] || webhooks.Verify("s3cret", h, body, now, time.Minute) != nil {
		t.Fatalf("round trip: %s", h)
	}
	for name, err := range map[string]error{
		"other secret": webhooks.Verify("other", h, body, now, time.Minute),
		"other body":   webhooks.Verify("s3cret", h, []byte(`{"a":2}`), now, time.Minute),
		"stale":        webhooks.Verify("s3cret", h, body, now.Add(time.Hour), time.Minute),
		"garbage":      webhooks.Verify("s3cret", "v1=00", body, now, time.Minute),
	} {
		if err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}
