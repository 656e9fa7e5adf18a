package cli

import (
	"context"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sequere/sequere/internal/iox"
)

func TestMockFlags(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		args    []string
		wantErr string
		check   func(*MockOptions) bool
	}{
		{"defaults", []string{"api.yaml"}, "", func(o *MockOptions) bool {
			return o.Spec == "api.yaml" && o.Host == "127.0.0.1" && o.Port == 4010 && o.Validate && o.CORS && o.LogFormat == "text"
		}},
		{"modes", []string{"api.yaml", "-p", "0", "--dynamic", "--seed", "7", "--stateful", "--cors=false", "--log-format", "json", "--validate-request=false"}, "", func(o *MockOptions) bool {
			return o.Port == 0 && o.Dynamic && o.Seed == 7 && o.Stateful && !o.CORS && o.LogFormat == "json" && !o.Validate
		}},
		{"proxy errors", []string{"api.yaml", "--proxy", "http://127.0.0.1:1", "--errors"}, "", func(o *MockOptions) bool { return o.Errors && o.Proxy != "" }},
		{"errors without proxy", []string{"api.yaml", "--errors"}, "--errors only applies with --proxy", nil},
		{"bad log format", []string{"api.yaml", "--log-format", "xml"}, "--log-format", nil},
		{"bad port", []string{"api.yaml", "--port", "70000"}, "--port", nil},
		{"no spec", nil, "accepts 1 arg", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			io, _, _ := iox.Test("")
			var got *MockOptions
			cmd := NewMockCmd(&Factory{IO: io, Now: time.Now}, func(_ context.Context, o *MockOptions) error { got = o; return nil })
			cmd.SetArgs(append([]string{}, tt.args...)) // never nil: cobra reads os.Args (go test flags) for a nil slice
			cmd.SetOut(io.Out)
			cmd.SetErr(io.Err)
			err := cmd.Execute()
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err %v, want %q", err, tt.wantErr)
				}
				if code := ExitCode(context.Background(), err); code != ExitInput && !strings.Contains(err.Error(), "arg") {
					t.Errorf("exit code %d, want %d", code, ExitInput)
				}
				return
			}
			if err != nil || !tt.check(got) {
				t.Fatalf("err %v, options %+v", err, got)
			}
		})
	}
}

// The real command: serve, answer, reload on change (keeping the last good
// description on a broken edit), then shut down gracefully on cancel.
func TestMockServesReloadsAndStops(t *testing.T) {
	dir := t.TempDir()
	specPath := filepath.Join(dir, "api.yaml")
	write := func(s string) {
		if err := os.WriteFile(specPath, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	const v1 = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      responses:\n        '200':\n          content:\n            application/json:\n              example: {v: 1}\n"
	write(v1)
	streams, _, errOut := iox.Test("")
	var mu sync.Mutex
	syncErr := &lockedWriter{w: errOut, mu: &mu}
	streams.Err = syncErr
	f := &Factory{IO: streams, Now: time.Now}
	ctx, cancel := context.WithCancel(context.Background())
	addrc := make(chan string, 1)
	done := make(chan error, 1)
	o := &MockOptions{Spec: specPath, Host: "127.0.0.1", Port: 0, Validate: true, CORS: true, Watch: true, LogFormat: "text",
		WatchEvery: 20 * time.Millisecond, shutdownWait: 5 * time.Second, ready: func(a string) { addrc <- a }}
	go func() { done <- runMock(ctx, f, o) }()
	addr := <-addrc
	get := func() string {
		resp, err := http.Get(addr + "/a")
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return string(b)
	}
	if got := get(); got != `{"v":1}` {
		t.Fatalf("first answer %s", got)
	}
	waitFor := func(want string) {
		deadline := time.Now().Add(5 * time.Second)
		for time.Now().Before(deadline) {
			mu.Lock()
			s := errOut.String()
			mu.Unlock()
			if strings.Contains(s, want) {
				return
			}
			time.Sleep(10 * time.Millisecond)
		}
		t.Fatalf("log never said %q:\n%s", want, errOut.String())
	}
	write(strings.Replace(v1, "{v: 1}", "{v: 2}", 1))
	waitFor("reloaded")
	if got := get(); got != `{"v":2}` {
		t.Fatalf("after reload %s", got)
	}
	write("openapi: 3.0.3\npaths: [")
	waitFor("reload failed")
	if got := get(); got != `{"v":2}` {
		t.Fatalf("a broken edit replaced the last good description: %s", got)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("shutdown: %v", err)
	}
	waitFor("GET /a GET /a 200 valid")
	waitFor("stopped")
}

type lockedWriter struct {
	w  io.Writer
	mu *sync.Mutex
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}
