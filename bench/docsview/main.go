// Command docsview opens HTML pages in headless Chromium and reports how long
// until the first operation is visible, optionally writing screenshots; used
// by bench/docs-vs-redoc.sh. Any request a page makes beyond its own file is
// counted and reported.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/go-rod/rod"
	"github.com/go-rod/rod/lib/launcher"
	"github.com/go-rod/rod/lib/proto"
)

func main() {
	file := flag.String("file", "", "HTML file to open")
	sel := flag.String("selector", ".op h3", "CSS selector of the first operation")
	shot := flag.String("screenshot", "", "write a screenshot here (PNG)")
	theme := flag.String("theme", "", "light or dark: emulate prefers-color-scheme")
	width := flag.Int("width", 1280, "viewport width")
	height := flag.Int("height", 900, "viewport height")
	flag.Parse()
	bin := os.Getenv("SEQUERE_CHROMIUM")
	if bin == "" {
		bin = "/usr/bin/chromium"
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
	abs, err := filepath.Abs(*file)
	check(err)
	self := "file://" + abs
	external := 0
	router := page.HijackRequests()
	router.MustAdd("*", func(h *rod.Hijack) {
		if u := h.Request.URL().String(); u != self && !strings.HasPrefix(u, "data:") {
			external++
		}
		h.ContinueRequest(&proto.FetchContinueRequest{})
	})
	go router.Run()
	defer router.Stop()
	start := time.Now()
	check(page.Navigate(self))
	el, err := page.Timeout(120 * time.Second).Element(*sel)
	check(err)
	check(el.Timeout(120 * time.Second).WaitVisible())
	visible := time.Since(start)
	fmt.Printf("first_operation_visible_ms %d\nexternal_requests %d\n", visible.Milliseconds(), external)
	if *shot != "" {
		check(page.WaitLoad())
		png, err := page.Screenshot(false, &proto.PageCaptureScreenshot{Format: proto.PageCaptureScreenshotFormatPng})
		check(err)
		check(os.WriteFile(*shot, png, 0o644))
	}
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "docsview:", err)
		os.Exit(1)
	}
}
