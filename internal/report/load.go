package report

import (
	"crypto/md5"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"time"
)

// LoadSummary is a load test's end-of-test data as the summaries show it:
// loadtest (or a k6 run read back) fills it, the writers here render it as
// k6's text layout or its --summary-export JSON.
type LoadSummary struct {
	TrendStats []string
	Verdicts   []LoadVerdict
	Metrics    []LoadMetric // sorted by name; tag-filtered submetrics follow their parent
	Checks     []LoadCheck
	Series     []LoadSeries // by operation, method and status
	Run        LoadRun
}

// LoadVerdict is one threshold judged. Name is the metric with its tag
// filter; Kind is the metric's ("trend", "rate", "counter"), which gives
// Value's unit.
type LoadVerdict struct {
	Name, Source, Agg, Kind string
	Value                   float64
	OK                      bool
}

// LoadMetric is one k6-shaped metric: its type ("trend", "counter", "rate"
// or "gauge"), what it contains ("time", "data" or "default") and its
// aggregates (trend times in milliseconds).
type LoadMetric struct {
	Name, Type, Contains string
	Values               map[string]float64
	Thresholds           []LoadVerdict
}

// LoadCheck counts the passes and fails of one named check.
type LoadCheck struct {
	Name          string
	Passes, Fails int64
}

// LoadSeries is one operation and status: its count, how many failed, and
// latency percentiles in milliseconds, from the intended start and
// (ServiceP99) from the send.
type LoadSeries struct {
	Operation                 string
	Status                    int
	Count, Failed             int64
	P50, P95, P99, ServiceP99 float64
}

// LoadRun is the generator's own verdict on the run.
type LoadRun struct {
	Model                      string // "open", "closed", or "" for a k6 run
	Elapsed, Scheduled         time.Duration
	TargetRate, Achieved       float64
	Started, Expected, Dropped int64
	VUs                        int64
	Stopped                    bool
	Aborted                    string
	Invalid                    []string
}

// k6 names groups and checks by the MD5 of their path; the root group's path
// is empty.
func k6ID(path string) string {
	sum := md5.Sum([]byte(path))
	return hex.EncodeToString(sum[:])
}

type exportCheck struct {
	Name   string `json:"name"`
	Path   string `json:"path"`
	ID     string `json:"id"`
	Passes int64  `json:"passes"`
	Fails  int64  `json:"fails"`
}

type exportGroup struct {
	Name   string                 `json:"name"`
	Path   string                 `json:"path"`
	ID     string                 `json:"id"`
	Groups map[string]any         `json:"groups"`
	Checks map[string]exportCheck `json:"checks"`
}

type exportOptions struct {
	SummaryTrendStats []string `json:"summaryTrendStats"`
	SummaryTimeUnit   string   `json:"summaryTimeUnit"`
	NoColor           bool     `json:"noColor"`
}

type exportState struct {
	IsStdOutTTY       bool    `json:"isStdOutTTY"`
	IsStdErrTTY       bool    `json:"isStdErrTTY"`
	TestRunDurationMs float64 `json:"testRunDurationMs"`
}

// exportRun is sequere's own verdict, beside k6's keys.
type exportRun struct {
	Model      string   `json:"model"`
	Valid      bool     `json:"valid"`
	Invalid    []string `json:"invalid"`
	TargetRate float64  `json:"targetRate,omitempty"`
	Achieved   float64  `json:"achievedRate"`
	Dropped    int64    `json:"droppedIterations"`
	Stopped    bool     `json:"stopped"`
	Aborted    string   `json:"aborted,omitempty"`
}

type export struct {
	RootGroup exportGroup               `json:"root_group"`
	Options   exportOptions             `json:"options"`
	State     exportState               `json:"state"`
	Metrics   map[string]map[string]any `json:"metrics"`
	Sequere   *exportRun                `json:"sequere,omitempty"`
}

// TTY says whether stdout and stderr are terminals, for the summary's state.
type TTY struct{ Out, Err bool }

// WriteLoadExport writes the summary (of the built-in engine or a k6 run
// read back) as `k6 run --summary-export` does: trend
// values flat under each metric, rate metrics as passes/fails/value, and each
// threshold mapped to true when it FAILED (k6's documented inversion).
func WriteLoadExport(w io.Writer, s *LoadSummary, tty TTY) error {
	res := &s.Run
	e := export{
		RootGroup: exportGroup{Name: "", Path: "", ID: k6ID(""), Groups: map[string]any{}, Checks: map[string]exportCheck{}},
		Options:   exportOptions{SummaryTrendStats: s.TrendStats},
		State:     exportState{IsStdOutTTY: tty.Out, IsStdErrTTY: tty.Err, TestRunDurationMs: float64(res.Elapsed.Microseconds()) / 1000},
		Metrics:   map[string]map[string]any{},
	}
	// A k6 run read back has no verdict of the generator's own.
	if res.Model != "" {
		e.Sequere = &exportRun{Model: res.Model, Valid: len(res.Invalid) == 0, Invalid: nonNil(res.Invalid), TargetRate: res.TargetRate,
			Achieved: res.Achieved, Dropped: res.Dropped, Stopped: res.Stopped, Aborted: res.Aborted}
	}
	for _, c := range s.Checks {
		path := "::" + c.Name
		e.RootGroup.Checks[c.Name] = exportCheck{Name: c.Name, Path: path, ID: k6ID(path), Passes: c.Passes, Fails: c.Fails}
	}
	for _, m := range s.Metrics {
		e.Metrics[m.Name] = legacyValues(m)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "    ")
	return enc.Encode(e)
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func legacyValues(m LoadMetric) map[string]any {
	out := map[string]any{}
	for k, v := range m.Values {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			v = 0
		}
		out[k] = v
	}
	if m.Type == "rate" {
		out["value"] = out["rate"]
		delete(out, "rate")
	}
	if len(m.Thresholds) > 0 {
		th := map[string]bool{}
		for _, v := range m.Thresholds {
			th[v.Source] = !v.OK
		}
		out["thresholds"] = th
	}
	return out
}

// metricGroups orders the summary's sections as k6's compact summary does.
var metricGroups = []struct {
	title string
	names []string
}{
	{"HTTP", []string{"http_req_duration", "http_req_service_duration", "http_req_failed", "http_reqs"}},
	{"EXECUTION", []string{"dropped_iterations", "http_req_send_lag", "iterations", "vus", "vus_max"}},
	{"NETWORK", []string{"data_received", "data_sent"}},
}

// WriteLoadText writes the end-of-test summary in k6's layout: thresholds, checks,
// then the metrics by group, then sequere's own verdict on the generator.
func WriteLoadText(w io.Writer, s *LoadSummary) error {
	b := &strings.Builder{}
	res := &s.Run
	if len(s.Verdicts) > 0 {
		b.WriteString("\n  █ THRESHOLDS\n")
		last := ""
		for _, v := range s.Verdicts {
			if v.Name != last {
				fmt.Fprintf(b, "\n    %s\n", v.Name)
				last = v.Name
			}
			fmt.Fprintf(b, "    %s '%s' %s=%s\n", mark(v.OK), v.Source, v.Agg, FormatValue(v.Kind, v.Agg, v.Value))
		}
	}
	b.WriteString("\n\n  █ TOTAL RESULTS\n\n")
	if len(s.Checks) > 0 {
		m := find(s.Metrics, "checks")
		total := m.Values["passes"] + m.Values["fails"]
		row(b, "checks_total", fmt.Sprintf("%-7s %s/s", TrimFloat(total), rateString(total, res)))
		row(b, "checks_succeeded", fmt.Sprintf("%-7s %s out of %s", pct2(m.Values["rate"]), TrimFloat(m.Values["passes"]), TrimFloat(total)))
		row(b, "checks_failed", fmt.Sprintf("%-7s %s out of %s", pct2(1-m.Values["rate"]), TrimFloat(m.Values["fails"]), TrimFloat(total)))
		b.WriteString("\n")
		for _, c := range s.Checks {
			if c.Fails == 0 {
				fmt.Fprintf(b, "    ✓ %s\n", c.Name)
			} else {
				fmt.Fprintf(b, "    ✗ %s\n      ↳  %s — ✓ %d / ✗ %d\n", c.Name, pct2(float64(c.Passes)/float64(c.Passes+c.Fails)), c.Passes, c.Fails)
			}
		}
		b.WriteString("\n")
	}
	for _, g := range metricGroups {
		fmt.Fprintf(b, "    %s\n", g.title)
		for _, name := range g.names {
			for _, m := range s.Metrics {
				if m.Name != name && !strings.HasPrefix(m.Name, name+"{") {
					continue
				}
				label := m.Name
				indent := ""
				if m.Name != name {
					label, indent = "{ "+strings.TrimSuffix(strings.TrimPrefix(m.Name, name+"{"), "}")+" }", "  "
				}
				row(b, indent+label, metricLine(m, s.TrendStats))
			}
		}
		b.WriteString("\n")
	}
	writeOperations(b, s)
	writeVerdict(b, res)
	_, err := io.WriteString(w, b.String())
	return err
}

func writeOperations(b *strings.Builder, s *LoadSummary) {
	if len(s.Series) == 0 {
		return
	}
	b.WriteString("    BY OPERATION (latency from the intended start; service time in brackets)\n")
	for _, se := range s.Series {
		label := fmt.Sprintf("%s %s", se.Operation, StatusText(se.Status))
		row(b, label, fmt.Sprintf("%-7d p(50)=%s p(95)=%s p(99)=%s [p(99)=%s]", se.Count,
			FormatMillis(se.P50), FormatMillis(se.P95), FormatMillis(se.P99), FormatMillis(se.ServiceP99)))
	}
	b.WriteString("\n")
}

func writeVerdict(b *strings.Builder, res *LoadRun) {
	b.WriteString("\n  █ RUN\n\n")
	switch res.Model {
	case "open":
		fmt.Fprintf(b, "    open model: target %s/s, achieved %s/s over %s; %d of %d iterations started, %d dropped\n",
			TrimFloat(res.TargetRate), TrimFloat(res.Achieved), FormatDuration(res.Scheduled.Round(time.Millisecond)), res.Started, res.Expected, res.Dropped)
	default:
		fmt.Fprintf(b, "    closed model: %d VUs for %s; %d iterations\n", res.VUs, FormatDuration(res.Scheduled.Round(time.Millisecond)), res.Started)
	}
	if res.Stopped {
		why := "interrupted"
		if res.Aborted != "" {
			why = "aborted: " + res.Aborted
		}
		fmt.Fprintf(b, "    stopped early (%s): the figures are partial\n", why)
	}
	if len(res.Invalid) == 0 {
		b.WriteString("    ✓ valid: the generator kept its schedule\n")
		return
	}
	b.WriteString("    ✗ INVALID: the figures describe the load generator, not the server\n")
	for _, why := range res.Invalid {
		fmt.Fprintf(b, "      ↳ %s\n", why)
	}
}

func find(ms []LoadMetric, name string) LoadMetric {
	for _, m := range ms {
		if m.Name == name {
			return m
		}
	}
	return LoadMetric{Values: map[string]float64{}}
}

func mark(ok bool) string {
	if ok {
		return "✓"
	}
	return "✗"
}

func row(b *strings.Builder, label, value string) {
	const width = 36
	dots := width - len([]rune(label))
	if dots < 3 {
		dots = 3
	}
	fmt.Fprintf(b, "    %s%s: %s\n", label, strings.Repeat(".", dots), value)
}

func metricLine(m LoadMetric, stats []string) string {
	v := m.Values
	switch m.Type {
	case "trend":
		parts := make([]string, len(stats))
		for i, st := range stats {
			parts[i] = fmt.Sprintf("%s=%-8s", st, FormatMillis(v[st]))
		}
		return strings.TrimRight(strings.Join(parts, " "), " ")
	case "rate":
		return fmt.Sprintf("%-7s %s out of %s", pct2(v["rate"]), TrimFloat(v["passes"]), TrimFloat(v["passes"]+v["fails"]))
	case "gauge":
		return fmt.Sprintf("%-7s min=%s max=%s", TrimFloat(v["value"]), TrimFloat(v["min"]), TrimFloat(v["max"]))
	}
	if m.Contains == "data" {
		return fmt.Sprintf("%-7s %s/s", FormatBytes(v["count"]), FormatBytes(v["rate"]))
	}
	return fmt.Sprintf("%-7s %s/s", TrimFloat(v["count"]), strconv.FormatFloat(v["rate"], 'f', 6, 64))
}

func rateString(n float64, res *LoadRun) string {
	if res.Scheduled <= 0 {
		return "0"
	}
	return strconv.FormatFloat(n/res.Scheduled.Seconds(), 'f', 6, 64)
}

func pct2(r float64) string { return strconv.FormatFloat(r*100, 'f', 2, 64) + "%" }

// WriteK6Text writes a k6 run's summary in the same layout as the built-in
// engine's.
func WriteK6Text(w io.Writer, s *LoadSummary) error {
	b := &strings.Builder{}
	ms := s.Metrics
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
		row(b, m.Name, metricLine(m, s.TrendStats))
	}
	for _, c := range s.Checks {
		fmt.Fprintf(b, "    %s %s (✓ %d / ✗ %d)\n", mark(c.Fails == 0), c.Name, c.Passes, c.Fails)
	}
	_, err := io.WriteString(w, b.String())
	return err
}
