package loadtest

import (
	"context"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// A server that never answers: each request fails at --timeout, and the run
// still ends (the client takes the deadline; nothing else would stop it).
func TestTimeoutFailsAHungRequest(t *testing.T) {
	t.Parallel()
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(http.ResponseWriter, *http.Request) { <-release }))
	t.Cleanup(srv.Close)
	t.Cleanup(func() { close(release) }) // runs first: the handlers return, then Close
	res, err := Run(context.Background(), Options{Next: getter(srv.URL), VUs: 1, Duration: 10 * time.Second,
		MaxRequests: 2, Timeout: 50 * time.Millisecond, Now: time.Now})
	if err != nil {
		t.Fatal(err)
	}
	all := Merge(res.Series, nil)
	if all.Count != 2 || all.Failed != 2 {
		t.Fatalf("%d requests, %d failed; want 2 and 2 (each cut at the 50 ms timeout)", all.Count, all.Failed)
	}
	if got := time.Duration(all.Service.Max()) * time.Microsecond; got > 5*time.Second {
		t.Errorf("a request took %v; the 50 ms timeout did not apply", got)
	}
}

// The body is read up to MaxBody and the rest discarded, so the connection
// stays usable; a header the server repeats reaches the check as two values,
// on every request of the reused exchange.
func TestBodyLimitAndRepeatedHeaders(t *testing.T) {
	t.Parallel()
	big := strings.Repeat("x", 1<<20)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Add("X-Twice", "a")
		w.Header().Add("X-Twice", "b")
		_, _ = w.Write([]byte(big))
	}))
	t.Cleanup(srv.Close)
	var mu sync.Mutex
	var lens []int
	var twice [][]string
	check := func(_ string, resp *http.Response, body []byte, out []CheckResult) []CheckResult {
		mu.Lock()
		defer mu.Unlock()
		lens = append(lens, len(body))
		twice = append(twice, slices.Clone(resp.Header["X-Twice"]))
		return out
	}
	res, err := Run(context.Background(), Options{Next: getter(srv.URL), Check: check, VUs: 1, Duration: 10 * time.Second,
		MaxRequests: 3, MaxBody: 1024, Now: time.Now})
	if err != nil {
		t.Fatal(err)
	}
	if all := Merge(res.Series, nil); all.Count != 3 || all.Failed != 0 {
		t.Fatalf("%d requests, %d failed; want 3 and 0", all.Count, all.Failed)
	}
	for i := range lens {
		if lens[i] != 1024 {
			t.Errorf("request %d: check saw %d body bytes, want MaxBody 1024", i, lens[i])
		}
		if !slices.Equal(twice[i], []string{"a", "b"}) {
			t.Errorf("request %d: X-Twice %q, want [a b]", i, twice[i])
		}
	}
}
