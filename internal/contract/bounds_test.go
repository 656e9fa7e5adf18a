package contract

import (
	"net/http"
	"sync"
	"testing"
	"time"
)

// TestDurationIsAHardBound: a server that never answers holds every
// request until --timeout; --duration ends the run before that, and the
// requests it cut off are not blamed on the server.
func TestDurationIsAHardBound(t *testing.T) {
	t.Parallel()
	// "Never" is 3 s, so that the test server can close afterwards.
	hang := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodHead {
			select {
			case <-r.Context().Done():
			case <-time.After(3 * time.Second):
			}
		}
	})
	res := run(t, hang, func(o *Options) {
		o.Duration, o.Timeout, o.Workers = 300*time.Millisecond, time.Minute, 2
	})
	if res.Elapsed > 2500*time.Millisecond {
		t.Errorf("the run took %s; --duration 300ms and --timeout 1m", res.Elapsed)
	}
	if res.Stopped == "" {
		t.Error("the run does not say it stopped at --duration")
	}
	for _, f := range res.Failures {
		t.Errorf("a request cut off by --duration is a failure: %s: %s", f.Check, f.Summary())
	}
}

// TestRatePacesRequests: --rate spaces the requests of all workers; the
// server sees no two closer together than the pace allows, over a run.
func TestRatePacesRequests(t *testing.T) {
	t.Parallel()
	var mu sync.Mutex
	var seen []time.Time
	s := newPetServer()
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodHead {
			mu.Lock()
			seen = append(seen, time.Now())
			mu.Unlock()
		}
		s.ServeHTTP(w, r)
	})
	const n, rate = 11, 50.0 // 10 gaps of 20 ms
	res := run(t, h, func(o *Options) { o.Rate, o.MaxRequests, o.Workers = rate, n, 3 })
	if res.Requests != n || len(seen) != n {
		t.Fatalf("sent %d, server saw %d; want %d", res.Requests, len(seen), n)
	}
	// The pace is a floor: a loaded machine only spreads requests further.
	if span := seen[n-1].Sub(seen[0]); span < time.Duration(float64(n-1)/rate*float64(time.Second))*9/10 {
		t.Errorf("%d requests at --rate %g/s came within %s", n, rate, span)
	}
}
