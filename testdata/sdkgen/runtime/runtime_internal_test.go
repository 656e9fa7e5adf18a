// Unit tests of the generated Go runtime, copied into a generated client
// package (package api) and run with go test by TestGoRuntime. Servers are
// httptest on 127.0.0.1; waits go through RetryPolicy.Sleep, which records.

package api

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"testing/iotest"
	"time"
)

func TestNextLink(t *testing.T) {
	for _, c := range []struct{ header, want string }{
		{"", ""},
		{`<https://a/p?page=2>; rel="next"`, "https://a/p?page=2"},
		{`<https://a/p?page=2>; rel=next`, "https://a/p?page=2"},
		{`<https://a/1>; rel="prev", <https://a/3>; rel="next"`, "https://a/3"},
		{`<https://a/1>; REL="NEXT"`, "https://a/1"},
		{`<https://a/1>; rel="prev next"`, "https://a/1"},
		{`<https://a/1>; rel="nextpage"`, ""},
		{`<https://a/1>; rel="next-archive"`, ""},
		{`<https://a/1>; title="next"`, ""},
		{`<https://a/1>; title="a, b; rel=next", <https://a/2>; rel="next"`, "https://a/2"},
		{`<https://a/1?x=1,2;y>; rel="next"`, "https://a/1?x=1,2;y"},
		{`<https://a/1>;rel="next";type="text/html"`, "https://a/1"},
		{"<https://a/1>; type=\"text/html\"; rel=\"last\", <https://a/9>;\n\trel=\"next\"", "https://a/9"},
		{`<https://a/1>; rel="last"; rel="next"`, ""},
		{`<https://a/1>; title*=UTF-8'de'n%c3%a4chstes; rel="next"`, "https://a/1"},
		{`<https://a/1>; title="say \"next\", rel=next"; rel="prev"`, ""},
		{`garbage, <https://a/2>; rel=next`, "https://a/2"},
		{`<https://a/2`, ""},
	} {
		h := http.Header{}
		if c.header != "" {
			h.Set("Link", c.header)
		}
		if got := nextLink(h); got != c.want {
			t.Errorf("Link: %s\ngot %q, want %q", c.header, got, c.want)
		}
	}
	h := http.Header{}
	h.Add("Link", `<https://a/1>; rel="prev"`)
	h.Add("Link", `<https://a/2>; rel="next"`)
	if got := nextLink(h); got != "https://a/2" {
		t.Errorf("second Link header: got %q", got)
	}
}

const sseText = "\uFEFF: a comment\r\n" +
	"event: greeting\r\n" +
	"data: first line\r\n" +
	"data:  second line, leading space kept\r\n" +
	"data\r\n" +
	"id: 7\r\n" +
	"retry: 1500\r\n" +
	"\r\n" +
	"data: é ünïcode ✓\n" +
	"retry: soon\n" +
	"unknown: field\n" +
	"\n" +
	": only a comment\n\n" +
	"event: empty-data-not-dispatched\n\n" +
	"id\r" +
	"data: cr only\r\r" +
	"data: at EOF without a blank line is discarded\n"

var sseWant = []Event{
	{Event: "greeting", Data: "first line\n second line, leading space kept\n", ID: "7", Retry: 1500},
	{Data: "é ünïcode ✓", ID: "7", Retry: 1500},
	{Data: "cr only", ID: "", Retry: 1500},
}

func readEvents(t *testing.T, r io.Reader) []Event {
	t.Helper()
	var got []Event
	for ev, err := range newEventStream(io.NopCloser(r)).All() {
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, ev)
	}
	return got
}

func sameEvents(a, b []Event) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestEventStreamFields(t *testing.T) {
	if got := readEvents(t, strings.NewReader(sseText)); !sameEvents(got, sseWant) {
		t.Fatalf("got %+v\nwant %+v", got, sseWant)
	}
	if got := readEvents(t, iotest.OneByteReader(strings.NewReader(sseText))); !sameEvents(got, sseWant) {
		t.Fatalf("one byte at a time: got %+v", got)
	}
}

// A CR at the end of what has arrived must dispatch without waiting for the
// next byte: the reader below blocks forever after the first part.
func TestEventStreamDoesNotWaitAfterCR(t *testing.T) {
	pr, pw := io.Pipe()
	go func() { _, _ = pw.Write([]byte("data: a\r\r")) }()
	s := newEventStream(pr)
	defer pw.Close()
	type result struct {
		ev  Event
		err error
	}
	done := make(chan result, 1)
	go func() {
		ev, err := s.Next()
		done <- result{ev, err}
	}()
	select {
	case r := <-done:
		if r.err != nil || r.ev.Data != "a" {
			t.Fatalf("got %+v, %v", r.ev, r.err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("Next is still waiting for the byte after a CR")
	}
}

func TestEventStreamChunkBoundaries(t *testing.T) {
	var mu sync.Mutex
	split := 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		at := split
		mu.Unlock()
		w.Header().Set("Content-Type", "text/event-stream")
		_, _ = io.WriteString(w, sseText[:at])
		w.(http.Flusher).Flush()
		_, _ = io.WriteString(w, sseText[at:])
	}))
	defer srv.Close()
	for i := 1; i < len(sseText); i++ {
		mu.Lock()
		split = i
		mu.Unlock()
		resp, err := srv.Client().Get(srv.URL)
		if err != nil {
			t.Fatal(err)
		}
		if got := readEvents(t, resp.Body); !sameEvents(got, sseWant) {
			t.Fatalf("split at byte %d: got %+v", i, got)
		}
	}
}

func TestRetryAfter(t *testing.T) {
	now := time.Date(2015, 10, 21, 7, 28, 0, 0, time.UTC)
	for v, want := range map[string]time.Duration{
		"": -1, "7": 7 * time.Second, " 3 ": 3 * time.Second, "-1": -1, "soon": -1,
		"Wed, 21 Oct 2015 07:28:30 GMT": 30 * time.Second, "Wed, 21 Oct 2015 07:27:00 GMT": 0,
	} {
		h := http.Header{}
		if v != "" {
			h.Set("Retry-After", v)
		}
		if got := retryAfter(h, now); got != want {
			t.Errorf("Retry-After %q: got %v, want %v", v, got, want)
		}
	}
}

type sleeps struct {
	mu sync.Mutex
	d  []time.Duration
}

func (s *sleeps) sleep(_ context.Context, d time.Duration) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.d = append(s.d, d)
	return nil
}

func TestBackoffCappedAndJittered(t *testing.T) {
	var s sleeps
	p := RetryPolicy{MaxAttempts: 8, InitialDelay: 100 * time.Millisecond, MaxDelay: 300 * time.Millisecond, MaxRetryAfter: time.Minute, Sleep: s.sleep}
	distinct := map[time.Duration]bool{}
	for round := 0; round < 20; round++ {
		s.d = nil
		for attempt := 1; attempt <= 4; attempt++ {
			if err := p.wait(context.Background(), attempt, -1); err != nil {
				t.Fatal(err)
			}
		}
		for i, d := range s.d {
			full := min(100*time.Millisecond<<i, 300*time.Millisecond)
			if d < full/2 || d > full {
				t.Fatalf("wait %d is %v, want within [%v, %v]", i+1, d, full/2, full)
			}
			distinct[d] = true
		}
	}
	if len(distinct) < 10 {
		t.Errorf("waits are not jittered: %d distinct values in 80", len(distinct))
	}
	s.d = nil
	_ = p.wait(context.Background(), 1, 7*time.Second)
	_ = p.wait(context.Background(), 1, 2*time.Hour)
	if s.d[0] != 7*time.Second || s.d[1] != time.Minute {
		t.Errorf("Retry-After waits: %v, want [7s 1m0s]", s.d)
	}
}

// server answers with codes in turn (the last one repeated) and logs requests.
type server struct {
	*httptest.Server
	mu   sync.Mutex
	log  []*http.Request
	code func(n int) int
}

func newServer(t *testing.T, code func(n int) int) *server {
	s := &server{code: code}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.log = append(s.log, r)
		n := len(s.log)
		s.mu.Unlock()
		if r.URL.Path == "/drop" {
			hj, _ := w.(http.Hijacker)
			conn, _, _ := hj.Hijack()
			conn.Close()
			return
		}
		w.WriteHeader(s.code(n))
	}))
	t.Cleanup(s.Close)
	return s
}

func (s *server) count() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.log)
}

func call(c *Client, method, path string, idempotent bool, idemHeader string, opts ...CallOption) error {
	r := c.newRequest(method, path, idempotent, opts)
	r.idemHeader = idemHeader
	_, _, err := c.do(context.Background(), r)
	return err
}

func TestRetries(t *testing.T) {
	var s sleeps
	policy := RetryPolicy{MaxAttempts: 3, InitialDelay: time.Millisecond, MaxDelay: time.Millisecond, Sleep: s.sleep}
	for code, want := range map[int]int{408: 3, 429: 3, 500: 3, 502: 3, 503: 3, 400: 1, 404: 1, 409: 1, 422: 1} {
		srv := newServer(t, func(int) int { return code })
		c := New(WithBaseURL(srv.URL), WithRetry(policy))
		var apiErr *APIError
		if err := call(c, "GET", "/x", true, ""); !errors.As(err, &apiErr) {
			t.Fatalf("%d: got %v, want an *APIError", code, err)
		}
		if srv.count() != want {
			t.Errorf("status %d: %d attempts, want %d", code, srv.count(), want)
		}
	}

	srv := newServer(t, func(n int) int { return map[bool]int{true: 201, false: 503}[n%3 == 0] })
	c := New(WithBaseURL(srv.URL), WithRetry(policy))
	if err := call(c, "POST", "/orders", false, ""); err == nil || srv.count() != 1 {
		t.Fatalf("POST without a key: %v after %d attempts, want one failed attempt", err, srv.count())
	}
	if err := call(c, "POST", "/orders", false, "Idempotency-Key"); err != nil {
		t.Fatalf("POST with a key: %v", err)
	}
	keys := []string{srv.log[1].Header.Get("Idempotency-Key"), srv.log[2].Header.Get("Idempotency-Key")}
	if keys[0] == "" || keys[0] != keys[1] {
		t.Errorf("idempotency keys across retries: %q", keys)
	}
	if err := call(c, "POST", "/orders", false, "Idempotency-Key", WithoutIdempotencyKey()); err == nil {
		t.Error("POST with the key turned off was retried into success")
	}

	off := newServer(t, func(int) int { return 503 })
	if err := call(New(WithBaseURL(off.URL), WithRetry(policy), WithoutRetries()), "GET", "/x", true, ""); err == nil || off.count() != 1 {
		t.Errorf("WithoutRetries: %v after %d attempts", err, off.count())
	}
	if err := call(New(WithBaseURL(off.URL), WithRetry(policy)), "GET", "/x", true, "", WithCallRetry(RetryPolicy{MaxAttempts: 1})); err == nil || off.count() != 2 {
		t.Errorf("WithCallRetry attempts 1: %v after %d attempts in all", err, off.count())
	}

	drop := newServer(t, func(int) int { return 200 })
	s.d = nil
	if err := call(New(WithBaseURL(drop.URL), WithRetry(policy)), "GET", "/drop", true, ""); err == nil || drop.count() != 3 || len(s.d) != 2 {
		t.Errorf("connection errors: %v after %d attempts and %d waits, want an error after 3 and 2", err, drop.count(), len(s.d))
	}
}
