package cli

import (
	"bufio"
	"context"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/sequere/sequere/internal/iox"
)

const echoSpec = `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /a:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json:
              example: {v: 1}
    post:
      requestBody:
        content:
          application/json:
            schema: {type: object, required: [n], properties: {n: {type: integer}}}
      responses:
        '200':
          description: ok
          content:
            application/json:
              example: {posted: 1}
`

// startPost sends the headers of a POST with Expect: 100-continue and waits
// for the 100 Continue the server sends when the handler starts reading the
// body: from then on the request is in flight, whatever happens to the
// listener or the description. The caller sends the returned body.
func startPost(t *testing.T, conn net.Conn, br *bufio.Reader) (body string) {
	t.Helper()
	body = `{"n": 12345}`
	req := "POST /a HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nExpect: 100-continue\r\nContent-Length: " +
		strconv.Itoa(len(body)) + "\r\n\r\n"
	if _, err := io.WriteString(conn, req); err != nil {
		t.Fatal(err)
	}
	resp, err := http.ReadResponse(br, nil)
	if err != nil || resp.StatusCode != http.StatusContinue {
		t.Fatalf("no 100 Continue: %v %v", resp, err)
	}
	return body
}

func readResponse(t *testing.T, br *bufio.Reader) (int, string) {
	t.Helper()
	resp, err := http.ReadResponse(br, nil)
	if err != nil {
		t.Fatalf("reading the response: %v", err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// A reload under --watch swaps the description without touching open
// connections: a request whose body is still arriving when the reload
// happens is answered, and the same keep-alive connection then gets the new
// description's answers.
func TestMockWatchKeepsConnections(t *testing.T) {
	dir := t.TempDir()
	specPath := filepath.Join(dir, "api.yaml")
	if err := os.WriteFile(specPath, []byte(echoSpec), 0o644); err != nil {
		t.Fatal(err)
	}
	streams, _, errOut := iox.Test("")
	var mu sync.Mutex
	streams.Err = &lockedWriter{w: errOut, mu: &mu}
	f := &Factory{IO: streams, Now: time.Now}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	addrc := make(chan string, 1)
	done := make(chan error, 1)
	o := &MockOptions{Spec: specPath, Host: "127.0.0.1", Validate: true, CORS: true, Watch: true, LogFormat: "text",
		WatchEvery: 20 * time.Millisecond, shutdownWait: 5 * time.Second, ready: func(a string) { addrc <- a }}
	go func() { done <- runMock(ctx, f, o) }()
	addr := strings.TrimPrefix(<-addrc, "http://")

	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	_ = conn.SetDeadline(time.Now().Add(20 * time.Second))
	br := bufio.NewReader(conn)
	rest := startPost(t, conn, br)
	if err := os.WriteFile(specPath, []byte(strings.ReplaceAll(echoSpec, ": 1}", ": 2}")), 0o644); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(10 * time.Second)
	for {
		mu.Lock()
		reloaded := strings.Contains(errOut.String(), "reloaded")
		mu.Unlock()
		if reloaded {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("no reload:\n%s", errOut.String())
		}
		time.Sleep(10 * time.Millisecond)
	}
	if _, err := io.WriteString(conn, rest); err != nil {
		t.Fatal(err)
	}
	if code, body := readResponse(t, br); code != 200 || !strings.Contains(body, `"posted"`) {
		t.Fatalf("in-flight request across the reload: %d %s", code, body)
	}
	if _, err := io.WriteString(conn, "GET /a HTTP/1.1\r\nHost: x\r\n\r\n"); err != nil {
		t.Fatalf("the keep-alive connection was closed by the reload: %v", err)
	}
	if code, body := readResponse(t, br); code != 200 || body != `{"v":2}` {
		t.Fatalf("same connection after the reload: %d %s", code, body)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}

var listening = regexp.MustCompile(`on http://(127\.0\.0\.1:\d+)`)

// SIGTERM on the real process: the listener closes, the request in flight
// is still answered, and the process exits 0 after logging "stopped".
func TestMockSIGTERMGraceful(t *testing.T) {
	bin, err := exec.LookPath("sequere")
	if err != nil {
		t.Skip("the sequere test command is not on PATH")
	}
	specPath := filepath.Join(t.TempDir(), "api.yaml")
	if err := os.WriteFile(specPath, []byte(echoSpec), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "mock", specPath, "--port", "0")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { _ = cmd.Process.Kill() }()
	lines := bufio.NewScanner(stderr)
	var addr string
	var log strings.Builder
	for addr == "" && lines.Scan() {
		log.WriteString(lines.Text() + "\n")
		if m := listening.FindStringSubmatch(lines.Text()); m != nil {
			addr = m[1]
		}
	}
	if addr == "" {
		t.Fatalf("the server never said where it listens:\n%s", log.String())
	}
	rest := make(chan string, 1)
	go func() {
		for lines.Scan() {
			log.WriteString(lines.Text() + "\n")
		}
		rest <- log.String()
	}()

	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	_ = conn.SetDeadline(time.Now().Add(20 * time.Second))
	br := bufio.NewReader(conn)
	tail := startPost(t, conn, br)
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	// The signal has been handled once new connections are refused.
	deadline := time.Now().Add(10 * time.Second)
	for {
		c, err := net.DialTimeout("tcp", addr, time.Second)
		if err != nil {
			break
		}
		c.Close()
		if time.Now().After(deadline) {
			t.Fatal("still accepting connections 10 s after SIGTERM")
		}
		time.Sleep(10 * time.Millisecond)
	}
	if _, err := io.WriteString(conn, tail); err != nil {
		t.Fatal(err)
	}
	if code, body := readResponse(t, br); code != 200 || !strings.Contains(body, `"posted"`) {
		t.Fatalf("in-flight request during shutdown: %d %s", code, body)
	}
	// The log ends when the process does; Wait only after reading it all.
	out := <-rest
	if err := cmd.Wait(); err != nil {
		t.Fatalf("exit after SIGTERM: %v\n%s", err, out)
	}
	if !strings.Contains(out, "sequere mock: stopped") || !strings.Contains(out, "POST /a") {
		t.Errorf("log:\n%s", out)
	}
}
