package ratelimit_test

import (
	"net/http"
	"testing"
	"time"

	"github.com/sequere/sequere/examples/orders/ratelimit"
)

func TestBucket(t *testing.T) {
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	l := ratelimit.New(2, 3, func() time.Time { return now })
	for i, want := range []int{2, 1, 0} {
		d := l.Allow("a")
		if !d.Allowed || d.Remaining != want {
			t.Fatalf("request %d: %+v", i, d)
		}
	}
	d := l.Allow("a")
	if d.Allowed || d.RetryAfter != 500*time.Millisecond {
		t.Fatalf("over the burst: %+v", d)
	}
	h := http.Header{}
	d.SetHeaders(h)
	if h.Get("Retry-After") != "1" || h.Get("RateLimit-Limit") != "3" || h.Get("RateLimit-Remaining") != "0" || h.Get("RateLimit-Reset") != "2" {
		t.Fatalf("headers %v", h)
	}
	if !l.Allow("b").Allowed {
		t.Fatal("buckets are per key")
	}
	now = now.Add(500 * time.Millisecond)
	if d := l.Allow("a"); !d.Allowed {
		t.Fatalf("after refill: %+v", d)
	}
}
