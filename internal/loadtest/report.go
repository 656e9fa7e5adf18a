package loadtest

import (
	"github.com/sequere/sequere/internal/report"
)

// HTMLReport is the summary with what only the HTML report plots: the
// timeline and the distribution of every request's corrected latency.
func (s *Summary) HTMLReport() *report.LoadReport {
	res := s.Result
	out := &report.LoadReport{Summary: s.Report()}
	for _, p := range res.Timeline {
		out.Timeline = append(out.Timeline, report.LoadPoint{Offset: p.Offset, Width: p.Width, Requests: p.Requests, Failed: p.Failed,
			Corrected: p.Corrected, Service: p.Service})
	}
	all := Merge(res.Series, nil)
	out.Total = report.LoadSeries{Count: all.Count, Failed: all.Failed, P95: Millis(all.Corrected.ValueAtQuantile(95)),
		P99: Millis(all.Corrected.ValueAtQuantile(99)), ServiceP99: Millis(all.Service.ValueAtQuantile(99))}
	if all.Corrected.TotalCount() > 0 {
		out.LatencyTop = all.Corrected.ValueAtQuantile(99.9)
		for _, bar := range all.Corrected.Distribution() {
			if bar.Count > 0 {
				out.Latency = append(out.Latency, report.LoadBar{From: bar.From, Count: bar.Count})
			}
		}
	}
	return out
}
