package cli

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/go-rod/rod"
	"github.com/go-rod/rod/lib/launcher"
	"github.com/go-rod/rod/lib/proto"

	"github.com/sequere/sequere/internal/iox"
)

// The --serve tests drive the served page in Debian's headless Chromium
// (SEQUERE_CHROMIUM, from .ci/setup.d/chromium.sh): skipped locally without
// it, a failure under CI=true.

func docsChromium(t *testing.T) *rod.Browser {
	t.Helper()
	bin := os.Getenv("SEQUERE_CHROMIUM")
	if bin == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("SEQUERE_CHROMIUM is not set: headless Chromium is required in CI (.ci/setup.d/chromium.sh)")
		}
		t.Skip("SEQUERE_CHROMIUM not set: headless Chromium not available")
	}
	// Not t.TempDir: Chromium may still be writing its profile when the
	// test's own cleanup runs.
	dir, err := os.MkdirTemp("", "sequere-docs-chromium-")
	if err != nil {
		t.Fatal(err)
	}
	l := launcher.New().Bin(bin).Headless(true).NoSandbox(true).Leakless(false).UserDataDir(dir).
		Set("disable-gpu").Set("no-first-run").Set("disable-background-networking").Set("disable-component-update")
	u, err := l.Launch()
	if err != nil {
		t.Fatalf("starting Chromium: %v", err)
	}
	b := rod.New().ControlURL(u)
	if err := b.Connect(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		b.Close()
		l.Kill()
		l.Cleanup()
		os.RemoveAll(dir)
	})
	return b
}

const liveSpec = `openapi: 3.0.3
info: {title: TITLE, version: "1"}
servers: [{url: "https://api.example.invalid"}]
paths:
  /pets:
    get:
      operationId: listPets
      summary: List pets
      responses:
        "200":
          description: the pets
          content:
            application/json:
              schema: {type: array, items: {type: object, properties: {name: {type: string}}}}
              example: [{name: Rex}]
`

// serveDocsForTest runs `sequere docs --serve` on a spec file until the test
// ends and returns the docs and mock URLs.
func serveDocsForTest(t *testing.T, specPath string, mockToo bool) (docsURL, mockURL string) {
	t.Helper()
	streams, _, errOut := iox.Test("")
	var mu sync.Mutex
	streams.Err = &lockedWriter{w: errOut, mu: &mu}
	f := &Factory{IO: streams, Now: time.Now}
	ctx, cancel := context.WithCancel(context.Background())
	urls := make(chan [2]string, 1)
	done := make(chan error, 1)
	o := &DocsOptions{Spec: specPath, Output: "-", Serve: true, Port: 0, Mock: mockToo, WatchEvery: 20 * time.Millisecond,
		ready: func(d, m string) { urls <- [2]string{d, m} }}
	go func() { done <- runDocs(ctx, f, o) }()
	select {
	case u := <-urls:
		docsURL, mockURL = u[0], u[1]
	case err := <-done:
		t.Fatalf("docs --serve ended before serving: %v", err)
	case <-time.After(30 * time.Second):
		t.Fatal("docs --serve did not start within 30 s")
	}
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("docs --serve shutdown: %v", err)
		}
	})
	return docsURL, mockURL
}

func writeSpec(t *testing.T, path, title string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(strings.Replace(liveSpec, "TITLE", title, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
}

func pageText(t *testing.T, p *rod.Page, js string) string {
	t.Helper()
	v, err := p.Eval(js)
	if err != nil {
		t.Fatalf("eval %s: %v", js, err)
	}
	return v.Value.String()
}

// TestDocsServeLiveReload: an open page reloads itself with the new content
// when the spec file changes. The test waits on browser events (the event
// stream's response, then the reload's load event), never on a clock.
func TestDocsServeLiveReload(t *testing.T) {
	b := docsChromium(t)
	specPath := filepath.Join(t.TempDir(), "api.yaml")
	writeSpec(t, specPath, "Live One")
	docsURL, _ := serveDocsForTest(t, specPath, false)
	page, err := b.Page(proto.TargetCreateTarget{})
	if err != nil {
		t.Fatal(err)
	}
	page = page.Timeout(60 * time.Second)
	if err := (proto.NetworkEnable{}).Call(page); err != nil {
		t.Fatal(err)
	}
	connected := make(chan struct{})
	go page.EachEvent(func(e *proto.NetworkResponseReceived) bool {
		if strings.Contains(e.Response.URL, reloadPath) {
			close(connected)
			return true
		}
		return false
	})()
	if err := page.Navigate(docsURL); err != nil {
		t.Fatal(err)
	}
	select {
	case <-connected:
	case <-time.After(60 * time.Second):
		t.Fatal("the page never opened its live-reload stream")
	}
	if got := pageText(t, page, `() => document.querySelector("h1").textContent`); got != "Live One" {
		t.Fatalf("first load shows %q", got)
	}
	reloaded := page.WaitNavigation(proto.PageLifecycleEventNameLoad)
	writeSpec(t, specPath, "Live Two")
	reloaded()
	if got := pageText(t, page, `() => document.querySelector("h1").textContent`); got != "Live Two" {
		t.Fatalf("after the edit the page shows %q, want the new title", got)
	}
}

// TestDocsServeMock: with --mock, try-it offers the started mock first and a
// request sent from the page's form gets the mock's 200.
func TestDocsServeMock(t *testing.T) {
	b := docsChromium(t)
	specPath := filepath.Join(t.TempDir(), "api.yaml")
	writeSpec(t, specPath, "Mocked")
	docsURL, mockURL := serveDocsForTest(t, specPath, true)
	if !strings.HasPrefix(mockURL, "http://127.0.0.1:") {
		t.Fatalf("mock URL %q", mockURL)
	}
	page, err := b.Page(proto.TargetCreateTarget{})
	if err != nil {
		t.Fatal(err)
	}
	page = page.Timeout(60 * time.Second)
	if err := page.Navigate(docsURL); err != nil {
		t.Fatal(err)
	}
	if err := page.WaitLoad(); err != nil {
		t.Fatal(err)
	}
	open, err := page.Element("#op-listPets .tryb")
	if err != nil {
		t.Fatal(err)
	}
	if err := open.ScrollIntoView(); err != nil {
		t.Fatal(err)
	}
	if err := open.Click(proto.InputMouseButtonLeft, 1); err != nil {
		t.Fatal(err)
	}
	if got := pageText(t, page, `() => document.querySelector("#op-listPets form select[name=server]").value`); got != mockURL {
		t.Fatalf("try-it's default server is %q, want the started mock %q", got, mockURL)
	}
	send, err := page.Element("#op-listPets form button[type=submit]")
	if err != nil {
		t.Fatal(err)
	}
	if err := send.Click(proto.InputMouseButtonLeft, 1); err != nil {
		t.Fatal(err)
	}
	status, err := page.Element("#op-listPets .out [data-status]")
	if err != nil {
		t.Fatalf("no response shown: %v", err)
	}
	if got, _ := status.Attribute("data-status"); got == nil || *got != "200" {
		t.Fatalf("try-it against the mock: status %v, want 200: %s", got,
			pageText(t, page, `() => document.querySelector("#op-listPets .out").textContent`))
	}
	if body := pageText(t, page, `() => document.querySelector("#op-listPets .out").textContent`); !strings.Contains(body, "Rex") {
		t.Errorf("the mock's answer is not shown: %s", body)
	}
}
