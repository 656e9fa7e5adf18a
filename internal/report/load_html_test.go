package report_test

import (
	"time"

	"github.com/sequere/sequere/internal/loadtest"
	"github.com/sequere/sequere/internal/report"
)

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
