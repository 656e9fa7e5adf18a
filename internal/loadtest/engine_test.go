package loadtest

import (
	"context"
	"math/rand/v2"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"sync"
	"testing"
	"time"
)

func getter(url string) NextFunc {
	return func(ctx context.Context, _ *rand.Rand, t *Turn) (*http.Request, string, error) {
		if t.Step > 0 {
			return nil, "", nil
		}
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
		return req, "getThing", err
	}
}

func fastServer(t testing.TB) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(`{"ok":true}`))
	}))
	t.Cleanup(srv.Close)
	return srv
}

// stallingServer holds every request for 200 ms once a second, as a server
// does in a stop-the-world pause: the first request after each second takes
// the lock and keeps it; the others queue behind it.
func stallingServer(t *testing.T) *httptest.Server {
	t.Helper()
	var mu sync.RWMutex
	var gate sync.Mutex
	var last time.Time
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		gate.Lock()
		stall := time.Since(last) >= time.Second
		if stall {
			last = time.Now()
			mu.Lock()
		}
		gate.Unlock()
		if stall {
			time.Sleep(200 * time.Millisecond) // the server's pause, not the test's timing
			mu.Unlock()
		} else {
			mu.RLock()
			//nolint:staticcheck // an empty critical section waits out a pause
			mu.RUnlock()
		}
		_, _ = w.Write([]byte("ok"))
	}))
	t.Cleanup(srv.Close)
	return srv
}

func pct(h interface{ ValueAtQuantile(float64) int64 }, q float64) time.Duration {
	return time.Duration(h.ValueAtQuantile(q)) * time.Microsecond
}

func TestCoordinatedOmissionCorrected(t *testing.T) {
	t.Parallel()
	srv := stallingServer(t)
	p := Constant(200, 3*time.Second)
	// One connection, as wrk -c1: while the server stalls, the requests the
	// schedule calls for wait in the client. Their service time is short once
	// they get the connection; their latency from the intended start is not.
	res, err := Run(context.Background(), Options{Next: getter(srv.URL), Rate: &p, Connections: 1, Now: time.Now})
	if err != nil {
		t.Fatal(err)
	}
	all := Merge(res.Series, nil)
	corrected, service := pct(all.Corrected, 99), pct(all.Service, 99)
	t.Logf("p99 corrected %v, uncorrected %v, requests %d, invalid %v", corrected, service, all.Count, res.Invalid)
	if corrected < 100*time.Millisecond {
		t.Errorf("corrected p99 %v does not show the 200 ms stalls", corrected)
	}
	if service > 50*time.Millisecond {
		t.Errorf("uncorrected p99 %v shows the stalls; it should measure only the time on the wire", service)
	}
	if all.Count < 590 {
		t.Errorf("%d requests completed, want the 600 scheduled", all.Count)
	}
}

func TestAccuracyAt2000PerSecond(t *testing.T) {
	if os.Getenv("SEQUERE_TIMING_ALONE") == "1" {
		t.Skip("a timing test: .ci/run runs it on its own after go test ./..., where no other test shares the cores")
	}
	if testing.Short() {
		t.Skip("10 s at 2,000 req/s; runs without -short")
	}
	srv := fastServer(t)
	p := Constant(2000, 10*time.Second)
	res, err := Run(context.Background(), Options{Next: getter(srv.URL), Rate: &p, Now: time.Now})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("achieved %.1f/s, started %d, completed %d, lag p99 %v, invalid %v", res.Achieved, res.Started, res.Completed, pct(res.Lag, 99), res.Invalid)
	if !res.Valid() {
		t.Errorf("run marked invalid: %v", res.Invalid)
	}
	if res.Achieved < 1980 || res.Achieved > 2020 {
		t.Errorf("achieved %.1f/s, want within 1%% of 2000/s", res.Achieved)
	}
	if res.Completed < 19800 {
		t.Errorf("completed %d, want at least 19,800 of 20,000", res.Completed)
	}
}

func TestUnreachableRateIsInvalid(t *testing.T) {
	t.Parallel()
	srv := fastServer(t)
	p := Constant(500_000, time.Second)
	res, err := Run(context.Background(), Options{Next: getter(srv.URL), Rate: &p, MaxInFlight: 20, Now: time.Now})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("achieved %.0f/s, dropped %d, invalid %v", res.Achieved, res.Dropped, res.Invalid)
	if res.Valid() {
		t.Fatalf("500,000 req/s with 20 in-flight slots was reported valid (achieved %.0f/s)", res.Achieved)
	}
}

func TestClosedModel(t *testing.T) {
	t.Parallel()
	srv := fastServer(t)
	res, err := Run(context.Background(), Options{Next: getter(srv.URL), VUs: 4, Duration: 300 * time.Millisecond,
		MaxRequests: 400, Now: time.Now})
	if err != nil {
		t.Fatal(err)
	}
	if res.Completed == 0 || res.Started > 400+4 {
		t.Fatalf("closed model: started %d, completed %d; want some, at most the bound", res.Started, res.Completed)
	}
	if res.VUs != 4 || res.Model != "closed" {
		t.Errorf("VUs %d model %s", res.VUs, res.Model)
	}
}

func TestCancelStopsWithinASecond(t *testing.T) {
	t.Parallel()
	block := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-block:
		case <-r.Context().Done():
		}
	}))
	defer srv.Close()
	defer close(block)
	p := Constant(50, time.Minute)
	ctx, cancel := context.WithCancel(context.Background())
	var once sync.Once
	began := time.Now()
	res, err := Run(ctx, Options{Next: getter(srv.URL), Rate: &p, Now: time.Now, Observe: nil,
		Tick: func(l Live) string { once.Do(cancel); return "" }})
	if err != nil {
		t.Fatal(err)
	}
	if took := time.Since(began); took > 2500*time.Millisecond {
		t.Errorf("run took %v after cancellation at about 1 s", took)
	}
	if !res.Stopped || res.Started == 0 {
		t.Errorf("stopped %v, started %d: want a partial result", res.Stopped, res.Started)
	}
}

// --connections is a bound on the TCP connections the server sees, in both
// models, however many VUs or in-flight requests want one.
func TestConnectionsBound(t *testing.T) {
	t.Parallel()
	closed := func(next NextFunc) Options {
		return Options{Next: next, VUs: 12, Duration: 20 * time.Second, MaxRequests: 300}
	}
	open := func(next NextFunc) Options {
		p := Constant(800, time.Second)
		return Options{Next: next, Rate: &p, MaxInFlight: 50}
	}
	for _, tc := range []struct {
		name  string
		opts  func(NextFunc) Options
		limit int
	}{
		{"closed model, 12 VUs", closed, 3},
		{"open model, 800/s", open, 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			var mu sync.Mutex
			var openConns, most int
			srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
				time.Sleep(2 * time.Millisecond) // long enough for the requests to pile up
				_, _ = w.Write([]byte(`{}`))
			}))
			srv.Config.ConnState = func(_ net.Conn, st http.ConnState) {
				mu.Lock()
				defer mu.Unlock()
				switch st {
				case http.StateNew:
					openConns++
					most = max(most, openConns)
				case http.StateClosed, http.StateHijacked:
					openConns--
				}
			}
			srv.Start()
			t.Cleanup(srv.Close)
			o := tc.opts(getter(srv.URL))
			o.Connections, o.Now = tc.limit, time.Now
			res, err := Run(context.Background(), o)
			if err != nil {
				t.Fatal(err)
			}
			mu.Lock()
			defer mu.Unlock()
			if most > tc.limit {
				t.Errorf("the server saw %d connections at once, over the bound of %d", most, tc.limit)
			}
			if most < tc.limit {
				t.Errorf("the server saw at most %d connections; the test wants the %d allowed in use", most, tc.limit)
			}
			if all := Merge(res.Series, nil); all.Count == 0 || all.Failed != 0 {
				t.Errorf("%d requests, %d failed; want some and none", all.Count, all.Failed)
			}
		})
	}
}
