package report_test

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"github.com/sequere/sequere/internal/report"
)

// chromiumPath finds headless Chromium: $SEQUERE_CHROMIUM (set by
// .ci/setup.d), else chromium on PATH. Absent, the test skips locally and
// fails under CI=true.
func chromiumPath(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("SEQUERE_CHROMIUM"); p != "" {
		return p
	}
	if p, err := exec.LookPath("chromium"); err == nil {
		return p
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("Chromium is required under CI (.ci/setup.d/load.sh installs it); set SEQUERE_CHROMIUM")
	}
	t.Skip("no Chromium: install Debian's chromium or set SEQUERE_CHROMIUM to run the report test")
	return ""
}

func TestReportInChromium(t *testing.T) {
	t.Parallel()
	bin := chromiumPath(t)
	path := filepath.Join(t.TempDir(), "report.html")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	err = report.WriteLoadHTML(f, goldenReportSummary().HTMLReport(), goldenReportMeta())
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		t.Fatal(err)
	}

	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(bin), chromedp.NoSandbox, chromedp.DisableGPU)
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancel()
	var mu sync.Mutex
	var requested []string
	ctx, cancel := chromedp.NewContext(actx, chromedp.WithListener(func(ev any) {
		if e, ok := ev.(*network.EventRequestWillBeSent); ok {
			mu.Lock()
			requested = append(requested, e.Request.URL)
			mu.Unlock()
		}
	}))
	defer cancel()
	if err := chromedp.Do(ctx, chromedp.Navigate("file://"+path), chromedp.WaitReady("body")); err != nil {
		t.Fatal(err)
	}
	count := func(sel string) int {
		n, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll(`+"`"+sel+"`"+`).length`))
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	plots, series, bars, rows := count("svg.plot"), count("svg.plot polyline.series"), count("#latency-histogram rect.bar"), count("#operations tr")
	validity, err := chromedp.Run(ctx, chromedp.Text("#validity"))
	if err != nil {
		t.Fatal(err)
	}
	thresholds, err := chromedp.Run(ctx, chromedp.Text("#thresholds"))
	if err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	defer mu.Unlock()
	for _, u := range requested {
		if !strings.HasPrefix(u, "file://") && !strings.HasPrefix(u, "data:") {
			t.Errorf("the report requested %s: it must be self-contained", u)
		}
	}
	if plots != 3 || series != 8 || bars == 0 || rows < 2 {
		t.Errorf("plots %d (want 3), series %d (want 8), histogram bars %d, operation rows %d", plots, series, bars, rows)
	}
	if !strings.Contains(thresholds, "p(95)<28") || !strings.Contains(thresholds, "fail") {
		t.Errorf("threshold verdicts %q: the 200 ms stalls should fail p(95)<28", thresholds)
	}
	if validity == "" {
		t.Error("no validity verdict")
	}
}
