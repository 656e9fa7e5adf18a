package loadtest

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"sort"
	"strings"
)

// ParseK6Summary reads the data k6 handed to handleSummary (written by the
// emitted script). It rejects what is not that shape rather than guess.
func ParseK6Summary(b []byte) (*K6Summary, error) {
	var s K6Summary
	if err := json.Unmarshal(b, &s); err != nil {
		return nil, fmt.Errorf("k6 summary: %w", err)
	}
	if s.Metrics == nil {
		return nil, fmt.Errorf("k6 summary: no metrics object")
	}
	for name, m := range s.Metrics {
		switch m.Type {
		case "trend", "counter", "rate", "gauge":
		default:
			return nil, fmt.Errorf("k6 summary: metric %q has type %q, want trend, counter, rate or gauge", name, m.Type)
		}
	}
	return &s, nil
}

// Failed reports whether any threshold in the k6 summary failed.
func (s *K6Summary) Failed() bool {
	for _, m := range s.Metrics {
		for _, t := range m.Thresholds {
			if !t.OK {
				return true
			}
		}
	}
	return false
}

// metrics converts the k6 summary to sequere's metric table.
func (s *K6Summary) metrics() []Metric {
	names := make([]string, 0, len(s.Metrics))
	for n := range s.Metrics {
		names = append(names, n)
	}
	sort.Strings(names)
	out := make([]Metric, 0, len(names))
	for _, n := range names {
		km := s.Metrics[n]
		m := Metric{Name: n, Type: km.Type, Contains: km.Contains, Values: map[string]float64{}}
		for k, v := range km.Values {
			if !math.IsNaN(v) && !math.IsInf(v, 0) {
				m.Values[k] = v
			}
		}
		srcs := make([]string, 0, len(km.Thresholds))
		for src := range km.Thresholds {
			srcs = append(srcs, src)
		}
		sort.Strings(srcs)
		for _, src := range srcs {
			m.Thresholds = append(m.Thresholds, Verdict{Threshold: Threshold{Metric: n, Source: src}, OK: km.Thresholds[src].OK, Value: math.NaN()})
		}
		out = append(out, m)
	}
	return out
}

// WriteK6Text writes a k6 run's summary in the same layout as the built-in
// engine's.
func WriteK6Text(w io.Writer, s *K6Summary) error {
	b := &strings.Builder{}
	ms := s.metrics()
	var anyTh bool
	for _, m := range ms {
		anyTh = anyTh || len(m.Thresholds) > 0
	}
	if anyTh {
		b.WriteString("\n  █ THRESHOLDS\n")
		for _, m := range ms {
			if len(m.Thresholds) == 0 {
				continue
			}
			fmt.Fprintf(b, "\n    %s\n", m.Name)
			for _, v := range m.Thresholds {
				fmt.Fprintf(b, "    %s '%s'\n", mark(v.OK), v.Source)
			}
		}
	}
	b.WriteString("\n\n  █ TOTAL RESULTS (k6)\n\n")
	for _, m := range ms {
		row(b, m.Name, metricLine(m, &Result{}))
	}
	for _, c := range s.RootGroup.Checks {
		fmt.Fprintf(b, "    %s %s (✓ %d / ✗ %d)\n", mark(c.Fails == 0), c.Name, c.Passes, c.Fails)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteK6Export writes a k6 run's summary as --summary-export does.
func WriteK6Export(w io.Writer, s *K6Summary, tty TTY) error {
	e := export{
		RootGroup: exportGroup{Name: "", Path: "", ID: k6ID(""), Groups: map[string]any{}, Checks: map[string]exportCheck{}},
		Options:   exportOptions{SummaryTrendStats: TrendStats},
		State:     exportState{IsStdOutTTY: tty.Out, IsStdErrTTY: tty.Err, TestRunDurationMs: s.State.TestRunDurationMs},
		Metrics:   map[string]map[string]any{},
	}
	for _, c := range s.RootGroup.Checks {
		path := "::" + c.Name
		e.RootGroup.Checks[c.Name] = exportCheck{Name: c.Name, Path: path, ID: k6ID(path), Passes: c.Passes, Fails: c.Fails}
	}
	for _, m := range s.metrics() {
		e.Metrics[m.Name] = legacyValues(m)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "    ")
	return enc.Encode(e)
}
