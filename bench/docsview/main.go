// Command docsview opens HTML pages in headless Chromium and reports how long
// until the first operation is visible, optionally writing screenshots; used
// by bench/docs-vs-redoc.sh. Any request a page makes beyond its own origin
// is counted and reported (and answered with an error, so a page that needs a
// CDN shows it by never becoming visible rather than by being slow).
//
// With -serve the file is served from a loopback HTTP server at "/" and at
// every other path (a single-page application's routes): Redoc 3, which
// `redocly build-docs` writes, routes by location.pathname and renders
// nothing useful under file://.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"time"

	"github.com/go-rod/rod"
	"github.com/go-rod/rod/lib/launcher"
	"github.com/go-rod/rod/lib/proto"
)

func main() {
	file := flag.String("file", "", "HTML file to open")
	sel := flag.String("selector", ".op h3", "CSS selector of the first operation")
	serve := flag.Bool("serve", false, "serve the file over loopback HTTP instead of opening file://")
	path := flag.String("path", "/", "with -serve: the URL path to open (a route of the page)")
	text := flag.String("text", "", "regular expression (case-insensitive) the first operation element's text must match")
	probe := flag.String("eval", "", "JavaScript expression printed after the operation is visible")
	timeout := flag.Duration("timeout", 120*time.Second, "give up after this long")
	shot := flag.String("screenshot", "", "write a screenshot here (PNG)")
	theme := flag.String("theme", "", "light or dark: emulate prefers-color-scheme")
	width := flag.Int("width", 1280, "viewport width")
	height := flag.Int("height", 900, "viewport height")
	flag.Parse()
	bin := os.Getenv("SEQUERE_CHROMIUM")
	if bin == "" {
		bin = "/usr/bin/chromium"
	}
	abs, err := filepath.Abs(*file)
	check(err)
	self := "file://" + abs
	origin := self
	if *serve {
		body, err := os.ReadFile(abs)
		check(err)
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		check(err)
		srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.URL.Path == "/favicon.ico" {
				http.NotFound(w, r)
				return
			}
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			_, _ = w.Write(body)
		})}
		go func() { _ = srv.Serve(ln) }()
		defer srv.Close()
		origin = "http://" + ln.Addr().String()
		self = origin + *path
	}
	dir, err := os.MkdirTemp("", "docsview-")
	check(err)
	defer os.RemoveAll(dir)
	u, err := launcher.New().Bin(bin).Headless(true).NoSandbox(true).Leakless(false).UserDataDir(dir).
		Set("disable-gpu").Set("disable-quic").Set("no-first-run").Set("disable-background-networking").
		Set("disable-component-update").Set("disable-sync").Launch()
	check(err)
	b := rod.New().ControlURL(u)
	check(b.Connect())
	defer b.Close()
	page, err := b.Page(proto.TargetCreateTarget{})
	check(err)
	check(page.SetViewport(&proto.EmulationSetDeviceMetricsOverride{Width: *width, Height: *height, DeviceScaleFactor: 1}))
	if *theme != "" {
		check(proto.EmulationSetEmulatedMedia{Features: []*proto.EmulationMediaFeature{{Name: "prefers-color-scheme", Value: *theme}}}.Call(page))
	}
	var external atomic.Int64
	var firstExternal atomic.Value
	router := page.HijackRequests()
	router.MustAdd("*", func(h *rod.Hijack) {
		u := h.Request.URL().String()
		if strings.HasPrefix(u, origin) || strings.HasPrefix(u, "data:") || u == self {
			h.ContinueRequest(&proto.FetchContinueRequest{})
			return
		}
		if external.Add(1) == 1 {
			firstExternal.Store(u)
		}
		h.Response.Fail(proto.NetworkErrorReasonBlockedByClient)
	})
	go router.Run()
	defer router.Stop()
	// The moment is taken inside the page: a script installed before the
	// page's own checks, on every animation frame, for the first element
	// that matches and has a layout box, and records performance.now() (ms
	// since navigation start) at the frame after, when it is painted. Polling
	// from outside would wait for the parser to yield and overstate it.
	selJSON, _ := json.Marshal(*sel)
	textJSON, _ := json.Marshal(*text)
	_, err = page.EvalOnNewDocument(`(() => {
  const sel = ` + string(selJSON) + `, re = ` + string(textJSON) + ` ? new RegExp(` + string(textJSON) + `, "i") : null;
  const shown = (el) => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0; };
  const find = () => {
    for (const el of document.querySelectorAll(sel)) {
      if ((!re || re.test(el.innerText)) && shown(el)) return el;
      if (!re) return null;
    }
    return null;
  };
  const tick = () => {
    if (find()) { requestAnimationFrame(() => { window.__firstVisible = performance.now(); }); return; }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`)
	check(err)
	check(page.Navigate(self))
	p := page.Timeout(*timeout)
	if err := p.Wait(rod.Eval(`() => window.__firstVisible !== undefined`)); err != nil {
		report(external.Load(), firstExternal.Load())
		check(fmt.Errorf("no visible %q within %s: %w", *sel, *timeout, err))
	}
	v, err := page.Eval(`() => window.__firstVisible`)
	check(err)
	fmt.Printf("first_operation_visible_ms %d\n", int(v.Value.Num()))
	if *probe != "" {
		r, err := page.Eval("() => Promise.resolve(" + *probe + ").then(String)")
		check(err)
		fmt.Printf("eval %s\n", r.Value.Str())
	}
	if *shot != "" {
		check(page.WaitLoad())
		png, err := page.Screenshot(false, &proto.PageCaptureScreenshot{Format: proto.PageCaptureScreenshotFormatPng})
		check(err)
		check(os.WriteFile(*shot, png, 0o644))
	}
	report(external.Load(), firstExternal.Load())
}

func report(external int64, first any) {
	fmt.Printf("external_requests %d\n", external)
	if first != nil {
		fmt.Printf("first_external %s\n", first)
	}
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "docsview:", err)
		os.Exit(1)
	}
}
