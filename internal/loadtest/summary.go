package loadtest

import (
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	hdr "github.com/HdrHistogram/hdrhistogram-go"

	"github.com/sequere/sequere/internal/report"
)

// TrendStats are the aggregates the summary shows for every trend, in order
// (k6's summaryTrendStats plus p(99)).
var TrendStats = []string{"avg", "min", "med", "max", "p(90)", "p(95)", "p(99)"}

// Metric is one k6-shaped metric of a result: its type ("trend", "counter",
// "rate" or "gauge"), what it contains ("time", "data" or "default") and its
// aggregate values (trend times in milliseconds).
type Metric struct {
	Name     string
	Type     string
	Contains string
	Values   map[string]float64
	// Thresholds are the verdicts on this metric (with its tag filter).
	Thresholds []Verdict
	hist       *hdr.Histogram
}

// Summary is a result with its thresholds judged, as the summary, the JSON
// export and the report show it.
type Summary struct {
	Result   *Result
	Verdicts []Verdict
	Metrics  []Metric // sorted by name; tag-filtered submetrics follow their parent
}

// Summarize judges the thresholds and builds the metrics table.
func Summarize(res *Result, ts []Threshold) *Summary {
	s := &Summary{Result: res, Verdicts: Judge(ts, res)}
	names := []string{"checks", "data_received", "data_sent", "dropped_iterations", "http_req_duration",
		"http_req_failed", "http_req_send_lag", "http_req_service_duration", "http_reqs", "iterations", "vus", "vus_max"}
	subs := map[string][]string{}
	tagsOf := map[string]map[string]string{}
	for _, v := range s.Verdicts {
		if n := v.Name(); len(v.Tags) > 0 && !slices.Contains(subs[v.Metric], n) {
			subs[v.Metric] = append(subs[v.Metric], n)
			tagsOf[n] = v.Tags
		}
	}
	for _, name := range names {
		if name == "checks" && len(res.Checks) == 0 {
			continue
		}
		s.Metrics = append(s.Metrics, s.metric(name, name, nil))
		sort.Strings(subs[name])
		for _, sub := range subs[name] {
			s.Metrics = append(s.Metrics, s.metric(sub, name, tagsOf[sub]))
		}
	}
	return s
}

func (s *Summary) metric(display, name string, tags map[string]string) Metric {
	m := metricOf(name, tags, s.Result)
	m.Name = display
	for _, v := range s.Verdicts {
		if v.Name() == display {
			m.Thresholds = append(m.Thresholds, v)
		}
	}
	return m
}

// metricOf computes one metric, filtered by tags, from a result.
func metricOf(name string, tags map[string]string, res *Result) Metric {
	keep := matchKey(tags)
	secs := res.Scheduled.Seconds()
	if secs <= 0 {
		secs = math.NaN()
	}
	counter := func(n float64, contains string) Metric {
		rate := n / secs
		if math.IsNaN(rate) {
			rate = 0
		}
		return Metric{Type: "counter", Contains: contains, Values: map[string]float64{"count": n, "rate": rate}}
	}
	switch name {
	case "http_req_duration", "http_req_service_duration":
		a := Merge(res.Series, keep)
		h := a.Corrected
		if name == "http_req_service_duration" {
			h = a.Service
		}
		return trend(h)
	case "http_req_send_lag":
		return trend(res.Lag)
	case "http_req_failed":
		a := Merge(res.Series, keep)
		return rate(a.Failed, a.Count-a.Failed)
	case "http_reqs":
		return counter(float64(Merge(res.Series, keep).Count), "default")
	case "iterations":
		return counter(float64(res.Iterations), "default")
	case "dropped_iterations":
		return counter(float64(res.Dropped), "default")
	case "data_sent":
		return counter(float64(res.BytesSent), "data")
	case "data_received":
		return counter(float64(res.BytesRecv), "data")
	case "checks":
		var pass, fail int64
		for _, c := range res.Checks {
			if tags["check"] != "" && c.Name != tags["check"] {
				continue
			}
			pass += c.Passes
			fail += c.Fails
		}
		return rate(pass, fail)
	case "vus", "vus_max":
		v := float64(res.VUs)
		if name == "vus_max" && res.Model == "open" {
			v = float64(res.MaxInFlight)
		}
		return Metric{Type: "gauge", Contains: "default", Values: map[string]float64{"value": v, "min": v, "max": v}}
	}
	return Metric{Type: "counter", Contains: "default", Values: map[string]float64{}}
}

// rate is a k6 rate metric: passes are the non-zero samples.
func rate(nonZero, zero int64) Metric {
	r := 0.0
	if n := nonZero + zero; n > 0 {
		r = float64(nonZero) / float64(n)
	}
	return Metric{Type: "rate", Contains: "default", Values: map[string]float64{"rate": r, "passes": float64(nonZero), "fails": float64(zero)}}
}

func trend(h *hdr.Histogram) Metric {
	m := Metric{Type: "trend", Contains: "time", Values: map[string]float64{}, hist: h}
	for _, st := range TrendStats {
		m.Values[st] = trendValue(h, st)
	}
	return m
}

func trendValue(h *hdr.Histogram, stat string) float64 {
	if h.TotalCount() == 0 {
		return 0
	}
	switch stat {
	case "avg":
		return h.Mean() / 1000
	case "min":
		return Millis(h.Min())
	case "max":
		return Millis(h.Max())
	case "med":
		return Millis(h.ValueAtQuantile(50))
	case "count":
		return float64(h.TotalCount())
	}
	if p, ok := strings.CutPrefix(stat, "p("); ok {
		q, err := strconv.ParseFloat(strings.TrimSuffix(p, ")"), 64)
		if err == nil {
			return Millis(h.ValueAtQuantile(q))
		}
	}
	return math.NaN()
}

// valueOf is the aggregate a threshold compares.
func valueOf(t Threshold, res *Result) float64 {
	m := metricOf(t.Metric, t.Tags, res)
	if m.hist != nil {
		return trendValue(m.hist, t.Agg)
	}
	if v, ok := m.Values[t.Agg]; ok {
		return v
	}
	return math.NaN()
}

// Report is the summary as internal/report renders it (text and JSON).
func (s *Summary) Report() *report.LoadSummary {
	res := s.Result
	out := &report.LoadSummary{TrendStats: TrendStats, Verdicts: reportVerdicts(s.Verdicts),
		Run: report.LoadRun{Model: res.Model, Elapsed: res.Elapsed, Scheduled: res.Scheduled, TargetRate: res.TargetRate, Achieved: res.Achieved,
			Started: res.Started, Expected: res.Expected, Dropped: res.Dropped, VUs: res.VUs, Stopped: res.Stopped, Aborted: res.Aborted, Invalid: res.Invalid}}
	for _, m := range s.Metrics {
		out.Metrics = append(out.Metrics, reportMetric(m))
	}
	for _, c := range res.Checks {
		out.Checks = append(out.Checks, report.LoadCheck{Name: c.Name, Passes: c.Passes, Fails: c.Fails})
	}
	for _, se := range res.Series {
		out.Series = append(out.Series, report.LoadSeries{Operation: se.Key.Operation, Status: se.Key.Status, Count: se.Corrected.TotalCount(), Failed: se.Failed,
			P50: Millis(se.Corrected.ValueAtQuantile(50)), P95: Millis(se.Corrected.ValueAtQuantile(95)),
			P99: Millis(se.Corrected.ValueAtQuantile(99)), ServiceP99: Millis(se.Service.ValueAtQuantile(99))})
	}
	return out
}

// Report is a k6 run's summary as internal/report renders it.
func (s *K6Summary) Report() *report.LoadSummary {
	out := &report.LoadSummary{TrendStats: TrendStats,
		Run: report.LoadRun{Elapsed: time.Duration(s.State.TestRunDurationMs * float64(time.Millisecond))}}
	for _, m := range s.metrics() {
		out.Metrics = append(out.Metrics, reportMetric(m))
	}
	for _, c := range s.RootGroup.Checks {
		out.Checks = append(out.Checks, report.LoadCheck{Name: c.Name, Passes: c.Passes, Fails: c.Fails})
	}
	return out
}

func reportMetric(m Metric) report.LoadMetric {
	return report.LoadMetric{Name: m.Name, Type: m.Type, Contains: m.Contains, Values: m.Values, Thresholds: reportVerdicts(m.Thresholds)}
}

func reportVerdicts(vs []Verdict) []report.LoadVerdict {
	var out []report.LoadVerdict
	for _, v := range vs {
		out = append(out, report.LoadVerdict{Name: v.Name(), Source: v.Source, Agg: v.Agg, Kind: MetricKind(v.Metric), Value: v.Value, OK: v.OK})
	}
	return out
}
