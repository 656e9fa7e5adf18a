package loadtest

import (
	"fmt"
	"io"
	"time"

	"github.com/sequere/sequere/internal/report"
)

// Progress shows a run as it goes: on a terminal one line redrawn every
// second, in a pipe a plain line every ten seconds.
type Progress struct {
	W        io.Writer
	TTY      bool
	Planned  time.Duration
	lastLine time.Duration
}

// Due reports whether Update would draw now.
func (p *Progress) Due(l Live) bool { return p.TTY || l.Elapsed-p.lastLine >= 10*time.Second }

// Update draws the live state; res is a snapshot taken at the same moment.
func (p *Progress) Update(l Live, res *Result) {
	if !p.Due(l) {
		return
	}
	p.lastLine = l.Elapsed
	all := Merge(res.Series, nil)
	p95 := Millis(all.Corrected.ValueAtQuantile(95))
	line := fmt.Sprintf("%s/%s", report.FormatDuration(l.Elapsed.Round(time.Second)), report.FormatDuration(p.Planned))
	if l.Target > 0 {
		line += fmt.Sprintf("  rate %s/s (target %s/s)", report.TrimFloat(lastRate(res)), report.TrimFloat(l.Target))
	} else {
		line += fmt.Sprintf("  rate %s/s", report.TrimFloat(lastRate(res)))
	}
	line += fmt.Sprintf("  p95 %s  errors %d/%d  in flight %d", report.FormatMillis(p95), all.Failed, all.Count, l.InFlight)
	if l.Dropped > 0 {
		line += fmt.Sprintf("  dropped %d", l.Dropped)
	}
	if p.TTY {
		fmt.Fprintf(p.W, "\r\033[K%s", line)
	} else {
		fmt.Fprintln(p.W, line)
	}
}

// Done ends the terminal's progress line.
func (p *Progress) Done() {
	if p.TTY {
		fmt.Fprint(p.W, "\r\033[K")
	}
}

// lastRate is the throughput of the last complete timeline bucket.
func lastRate(res *Result) float64 {
	for i := len(res.Timeline) - 1; i >= 0; i-- {
		pt := res.Timeline[i]
		if pt.Width >= time.Second/2 {
			return float64(pt.Requests) / pt.Width.Seconds()
		}
	}
	return 0
}

// AbortCheck returns the reason the first abortOnFail threshold that fails
// stops the run, or "".
func AbortCheck(ts []Threshold, l Live, res *Result) string {
	for _, v := range Judge(ts, res) {
		if v.AbortOnFail && !v.OK && l.Elapsed >= v.DelayAbortEval {
			return fmt.Sprintf("threshold %s '%s' failed (%s=%s) with abortOnFail", v.Name(), v.Source, v.Agg, report.FormatValue(MetricKind(v.Metric), v.Agg, v.Value))
		}
	}
	return ""
}
