package cli

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/sequere/sequere/internal/iox"
)

const helloSpec = `openapi: 3.0.3
info: {title: hello, version: "1"}
paths:
  /hello:
    get:
      operationId: getHello
      responses:
        '200': {description: ok}
`

// TestLoadInterrupted cancels the run as SIGINT does, from the server once
// it has seen 20 requests: the summary and the report are still written,
// marked partial, within a second, and the exit code is 130.
func TestLoadInterrupted(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var seen atomic.Int64
	var cancelledAt atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		if seen.Add(1) == 20 {
			cancelledAt.Store(time.Now().UnixNano())
			cancel()
		}
	}))
	defer srv.Close()
	dir := t.TempDir()
	spec := filepath.Join(dir, "api.yaml")
	if err := os.WriteFile(spec, []byte(helloSpec), 0o644); err != nil {
		t.Fatal(err)
	}
	s, out, errOut := iox.Test("")
	report := filepath.Join(dir, "report.html")
	code := Main(ctx, []string{"load", spec, "--base-url", srv.URL, "--rate", "50/s", "--duration", "1m", "--report", report}, s)
	took := time.Since(time.Unix(0, cancelledAt.Load()))
	if code != ExitInterrupted {
		t.Errorf("exit %d, want 130\n%s", code, errOut)
	}
	if took > time.Second {
		t.Errorf("stopped %v after the interrupt, want under a second", took)
	}
	if !strings.Contains(out.String(), "stopped early (interrupted)") || !strings.Contains(out.String(), "http_reqs") {
		t.Errorf("no partial summary:\n%s", out)
	}
	if b, err := os.ReadFile(report); err != nil || !strings.Contains(string(b), "stopped early") {
		t.Errorf("no partial report: %v", err)
	}
}
