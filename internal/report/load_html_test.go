package report_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/sequere/sequere/internal/loadtest"
	"github.com/sequere/sequere/internal/report"
)

// TestLoadReportGolden pins the HTML report byte for byte for one fixed
// result; -update rewrites testdata/load/report.html.
func TestLoadReportGolden(t *testing.T) {
	t.Parallel()
	var b bytes.Buffer
	if err := report.WriteLoadHTML(&b, goldenReportSummary().HTMLReport(), goldenReportMeta()); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join("testdata", "load", "report.html")
	if f := flag.Lookup("update"); f != nil && f.Value.String() == "true" {
		if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b.Bytes(), want) {
		t.Errorf("the report differs from %s (run with -update if the change is meant)", path)
	}
}

func goldenReportMeta() report.LoadMeta {
	return report.LoadMeta{Spec: "openapi.yaml", BaseURL: "http://127.0.0.1:8080", Engine: "built-in",
		Now: time.Date(2026, 12, 4, 15, 30, 0, 0, time.UTC)}
}

// goldenReportSummary is the summaries' fixture with a timeline: a stall in
// the third second shows as a corrected spike the service time lacks.
func goldenReportSummary() *loadtest.Summary {
	s := goldenSummary()
	for i := range 8 {
		p := loadtest.Point{Offset: time.Duration(i) * 250 * time.Millisecond, Width: 250 * time.Millisecond, Requests: int64(10 + i), Failed: int64(i % 3),
			Corrected: [3]float64{2 + float64(i)/4, 5, 9.5}, Service: [3]float64{1.5, 4, 7.25}}
		if i == 3 {
			p.Corrected = [3]float64{40, 180, 201}
		}
		s.Result.Timeline = append(s.Result.Timeline, p)
	}
	return s
}
