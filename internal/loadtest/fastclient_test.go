package loadtest

import (
	"context"
	"net/http"
	"net/http/httptest"
	"slices"
	"strconv"
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
	threeRequests(t, srv.URL, check)
	for i := range lens {
		if lens[i] != 1024 {
			t.Errorf("request %d: check saw %d body bytes, want MaxBody 1024", i, lens[i])
		}
		if !slices.Equal(twice[i], []string{"a", "b"}) {
			t.Errorf("request %d: X-Twice %q, want [a b]", i, twice[i])
		}
	}
}

// Every framing of a body is cut at MaxBody, and the connection is reused
// after it: the rest of the body was read off it, or the next request would
// read it as its answer.
func TestBodyLimitEveryFraming(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name    string
		size    int
		chunked bool
		want    int
	}{
		{"length within the bound", 100, false, 100},
		{"length at the bound", 1024, false, 1024},
		{"length over the bound", 5000, false, 1024},
		{"chunked within the bound", 100, true, 100},
		{"chunked over the bound", 70000, true, 1024},
		{"empty", 0, false, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			body := strings.Repeat("y", tc.size)
			var mu sync.Mutex
			conns := map[string]bool{}
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				mu.Lock()
				conns[r.RemoteAddr] = true
				mu.Unlock()
				if tc.chunked {
					w.(http.Flusher).Flush() // headers out without a length: chunked
				} else {
					w.Header().Set("Content-Length", strconv.Itoa(len(body)))
				}
				_, _ = w.Write([]byte(body))
			}))
			t.Cleanup(srv.Close)
			var lens []int
			check := func(_ string, _ *http.Response, b []byte, out []CheckResult) []CheckResult {
				lens = append(lens, len(b))
				return out
			}
			threeRequests(t, srv.URL, check)
			if !slices.Equal(lens, []int{tc.want, tc.want, tc.want}) {
				t.Errorf("the check saw bodies of %v bytes, want %d each", lens, tc.want)
			}
			if len(conns) != 1 {
				t.Errorf("%d connections for 3 requests, want the one reused", len(conns))
			}
		})
	}
}

// threeRequests sends three requests one after the other on one VU with a
// 1 KiB body bound; none may fail.
func threeRequests(t *testing.T, url string, check CheckFunc) {
	t.Helper()
	res, err := Run(context.Background(), Options{Next: getter(url), Check: check, VUs: 1, Duration: 10 * time.Second,
		MaxRequests: 3, MaxBody: 1024, Now: time.Now})
	if err != nil {
		t.Fatal(err)
	}
	if all := Merge(res.Series, nil); all.Count != 3 || all.Failed != 0 {
		t.Fatalf("%d requests, %d failed; want 3 and 0", all.Count, all.Failed)
	}
}
