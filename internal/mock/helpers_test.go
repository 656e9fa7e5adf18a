package mock

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sequere/sequere/internal/spec"
)

const corpus = "../../../shared/corpus"

var (
	docsMu sync.Mutex
	docs   = map[string]*spec.Document{}
)

// load reads a spec once per test binary; big corpus files are shared.
func load(t testing.TB, path string) *spec.Document {
	t.Helper()
	docsMu.Lock()
	defer docsMu.Unlock()
	if d, ok := docs[path]; ok {
		return d
	}
	if _, err := os.Stat(path); err != nil {
		t.Skipf("fixture %s not available: %v", path, err)
	}
	d, err := spec.Load(context.Background(), path, spec.Options{})
	if err != nil {
		t.Fatalf("load %s: %v", path, err)
	}
	docs[path] = d
	return d
}

func fixture(name string) string { return filepath.Join("..", "..", "testdata", "mock", name) }

// start serves doc on a real loopback listener.
type testServer = httptest.Server

func start(t testing.TB, doc *spec.Document, o Options) *httptest.Server {
	t.Helper()
	if o.Now == nil {
		o.Now = func() time.Time { return time.Unix(0, 0) }
	}
	s, err := New(doc, o)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s)
	t.Cleanup(ts.Close)
	return ts
}

type reply struct {
	status int
	header http.Header
	body   string
}

func (r reply) json(t testing.TB) any {
	t.Helper()
	var v any
	if err := json.Unmarshal([]byte(r.body), &v); err != nil {
		t.Fatalf("body is not JSON: %v\n%s", err, r.body)
	}
	return v
}

// problemOf decodes a problem+json answer and checks its required members.
func (r reply) problem(t testing.TB) problem {
	t.Helper()
	if ct := r.header.Get("Content-Type"); ct != "application/problem+json" {
		t.Fatalf("Content-Type = %q, want application/problem+json; body %s", ct, r.body)
	}
	var p problem
	if err := json.Unmarshal([]byte(r.body), &p); err != nil {
		t.Fatal(err)
	}
	if p.Type == "" || p.Title == "" || p.Status != r.status {
		t.Fatalf("incomplete problem: %+v (HTTP %d)", p, r.status)
	}
	return p
}

// call sends one request; headers are "Name: value" strings.
func call(t testing.TB, ts *httptest.Server, method, path, body string, headers ...string) reply {
	t.Helper()
	var rd io.Reader
	if body != "" {
		rd = strings.NewReader(body)
	}
	req, err := http.NewRequest(method, ts.URL+path, rd)
	if err != nil {
		t.Fatal(err)
	}
	if body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	for _, h := range headers {
		k, v, _ := strings.Cut(h, ":")
		req.Header.Set(k, strings.TrimSpace(v))
	}
	resp, err := ts.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return reply{resp.StatusCode, resp.Header, string(b)}
}

func pointers(p problem) []string {
	var out []string
	for _, e := range p.Errors {
		out = append(out, e.Pointer)
	}
	return out
}
