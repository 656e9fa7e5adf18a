package loadtest

import (
	"encoding/json"
	"fmt"
	"math"
	"sort"
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

// handleSummaryMetric is a metric as k6 hands it to handleSummary(data).
type handleSummaryMetric struct {
	Type       string                       `json:"type"`
	Contains   string                       `json:"contains"`
	Values     map[string]float64           `json:"values"`
	Thresholds map[string]struct{ OK bool } `json:"thresholds,omitempty"`
}

// K6Summary is the data k6 passes to handleSummary, which the emitted script
// writes to a file for --engine k6 to read back.
type K6Summary struct {
	RootGroup struct {
		Checks []struct {
			Name   string `json:"name"`
			Passes int64  `json:"passes"`
			Fails  int64  `json:"fails"`
		} `json:"checks"`
	} `json:"root_group"`
	State struct {
		TestRunDurationMs float64 `json:"testRunDurationMs"`
	} `json:"state"`
	Metrics map[string]handleSummaryMetric `json:"metrics"`
}
