package server_test

import (
	"bytes"
	"encoding/json"
	"log/slog"
	"strings"
	"sync"
	"testing"

	"github.com/sequere/sequere/examples/orders/server"
	"github.com/sequere/sequere/examples/orders/store/storetest"
)

// lockedBuffer collects log lines written from the server's goroutines.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}
func (l *lockedBuffer) String() string { l.mu.Lock(); defer l.mu.Unlock(); return l.b.String() }

// Every request is one JSON log record with its route pattern, and no credential
// ever reaches the log.
func TestStructuredLogs(t *testing.T) {
	var buf lockedBuffer
	e := newEnv(t, storetest.Backends(t)[0], withConfig(func(c *server.Config) { c.Logger = slog.New(slog.NewJSONHandler(&buf, nil)) }))
	ada := e.bearer(e.seed.Ada)
	e.call("GET", "/v2/orders/"+e.seed.Orders[0], "", "auth", ada)
	e.call("GET", "/v2/orders/"+e.seed.Orders[0], "", "auth", "Bearer forged.token.value")
	e.call("GET", "/nowhere", "")

	var requests []map[string]any
	for _, line := range strings.Split(strings.TrimSpace(buf.String()), "\n") {
		var rec map[string]any
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatalf("not a JSON record: %q", line)
		}
		if rec["msg"] == "request" {
			requests = append(requests, rec)
		}
	}
	want := []struct {
		status float64
		route  string
	}{{200, "POST /oauth/token"}, {200, "GET /v2/orders/{id}"}, {401, "unmatched"}, {404, "unmatched"}}
	if len(requests) != len(want) {
		t.Fatalf("%d request records, want %d:\n%s", len(requests), len(want), buf.String())
	}
	for i, w := range want {
		r := requests[i]
		if r["status"] != w.status || r["route"] != w.route || r["method"] == nil || r["path"] == nil || r["duration"] == nil {
			t.Errorf("record %d: %v, want status %v route %s", i, r, w.status, w.route)
		}
	}
	for _, secret := range []string{strings.TrimPrefix(ada, "Bearer "), "forged.token.value", e.seed.Ada.Secret} {
		if strings.Contains(buf.String(), secret) {
			t.Fatalf("a credential reached the log:\n%s", buf.String())
		}
	}
}
