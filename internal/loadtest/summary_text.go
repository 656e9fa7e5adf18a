package loadtest

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
)

// metricGroups orders the summary's sections as k6's compact summary does.
var metricGroups = []struct {
	title string
	names []string
}{
	{"HTTP", []string{"http_req_duration", "http_req_service_duration", "http_req_failed", "http_reqs"}},
	{"EXECUTION", []string{"dropped_iterations", "http_req_send_lag", "iterations", "vus", "vus_max"}},
	{"NETWORK", []string{"data_received", "data_sent"}},
}

// WriteText writes the end-of-test summary in k6's layout: thresholds, checks,
// then the metrics by group, then sequere's own verdict on the generator.
func WriteText(w io.Writer, s *Summary) error {
	b := &strings.Builder{}
	res := s.Result
	if len(s.Verdicts) > 0 {
		b.WriteString("\n  █ THRESHOLDS\n")
		last := ""
		for _, v := range s.Verdicts {
			if v.Name() != last {
				fmt.Fprintf(b, "\n    %s\n", v.Name())
				last = v.Name()
			}
			fmt.Fprintf(b, "    %s '%s' %s=%s\n", mark(v.OK), v.Source, v.Agg, fmtValue(v.Metric, v.Agg, v.Value))
		}
	}
	b.WriteString("\n\n  █ TOTAL RESULTS\n\n")
	if len(res.Checks) > 0 {
		m := find(s.Metrics, "checks")
		total := m.Values["passes"] + m.Values["fails"]
		row(b, "checks_total", fmt.Sprintf("%-7s %s/s", trimFloat(total), rateString(total, res)))
		row(b, "checks_succeeded", fmt.Sprintf("%-7s %s out of %s", pct2(m.Values["rate"]), trimFloat(m.Values["passes"]), trimFloat(total)))
		row(b, "checks_failed", fmt.Sprintf("%-7s %s out of %s", pct2(1-m.Values["rate"]), trimFloat(m.Values["fails"]), trimFloat(total)))
		b.WriteString("\n")
		for _, c := range res.Checks {
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
				row(b, indent+label, metricLine(m, res))
			}
		}
		b.WriteString("\n")
	}
	writeOperations(b, res)
	writeVerdict(b, res)
	_, err := io.WriteString(w, b.String())
	return err
}

func writeOperations(b *strings.Builder, res *Result) {
	if len(res.Series) == 0 {
		return
	}
	b.WriteString("    BY OPERATION (latency from the intended start; service time in brackets)\n")
	for _, s := range res.Series {
		label := fmt.Sprintf("%s %s", s.Key.Operation, statusText(s.Key.Status))
		row(b, label, fmt.Sprintf("%-7d p(50)=%s p(95)=%s p(99)=%s [p(99)=%s]", s.Corrected.TotalCount(),
			fmtMillis(ms(s.Corrected.ValueAtQuantile(50))), fmtMillis(ms(s.Corrected.ValueAtQuantile(95))),
			fmtMillis(ms(s.Corrected.ValueAtQuantile(99))), fmtMillis(ms(s.Service.ValueAtQuantile(99)))))
	}
	b.WriteString("\n")
}

func statusText(code int) string {
	if code == 0 {
		return "error"
	}
	return strconv.Itoa(code)
}

func writeVerdict(b *strings.Builder, res *Result) {
	b.WriteString("\n  █ RUN\n\n")
	switch res.Model {
	case "open":
		fmt.Fprintf(b, "    open model: target %s/s, achieved %s/s over %s; %d of %d iterations started, %d dropped\n",
			trimFloat(res.TargetRate), trimFloat(res.Achieved), fmtDuration(res.Scheduled.Round(time.Millisecond)), res.Started, res.Expected, res.Dropped)
	default:
		fmt.Fprintf(b, "    closed model: %d VUs for %s; %d iterations\n", res.VUs, fmtDuration(res.Scheduled.Round(time.Millisecond)), res.Started)
	}
	if res.Stopped {
		why := "interrupted"
		if res.Aborted != "" {
			why = "aborted: " + res.Aborted
		}
		fmt.Fprintf(b, "    stopped early (%s): the figures are partial\n", why)
	}
	if res.Valid() {
		b.WriteString("    ✓ valid: the generator kept its schedule\n")
		return
	}
	b.WriteString("    ✗ INVALID: the figures describe the load generator, not the server\n")
	for _, why := range res.Invalid {
		fmt.Fprintf(b, "      ↳ %s\n", why)
	}
}

func find(ms []Metric, name string) Metric {
	for _, m := range ms {
		if m.Name == name {
			return m
		}
	}
	return Metric{Values: map[string]float64{}}
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

func metricLine(m Metric, res *Result) string {
	v := m.Values
	switch m.Type {
	case "trend":
		parts := make([]string, len(TrendStats))
		for i, st := range TrendStats {
			parts[i] = fmt.Sprintf("%s=%-8s", st, fmtMillis(v[st]))
		}
		return strings.TrimRight(strings.Join(parts, " "), " ")
	case "rate":
		return fmt.Sprintf("%-7s %s out of %s", pct2(v["rate"]), trimFloat(v["passes"]), trimFloat(v["passes"]+v["fails"]))
	case "gauge":
		return fmt.Sprintf("%-7s min=%s max=%s", trimFloat(v["value"]), trimFloat(v["min"]), trimFloat(v["max"]))
	}
	if m.Contains == "data" {
		return fmt.Sprintf("%-7s %s/s", fmtBytes(v["count"]), fmtBytes(v["rate"]))
	}
	return fmt.Sprintf("%-7s %s/s", trimFloat(v["count"]), strconv.FormatFloat(v["rate"], 'f', 6, 64))
}

func rateString(n float64, res *Result) string {
	if res.Scheduled <= 0 {
		return "0"
	}
	return strconv.FormatFloat(n/res.Scheduled.Seconds(), 'f', 6, 64)
}

func pct2(r float64) string { return strconv.FormatFloat(r*100, 'f', 2, 64) + "%" }

// fmtValue writes a threshold's value in its metric's unit.
func fmtValue(metric, agg string, v float64) string {
	switch metricOfKind(metric) {
	case "trend":
		return fmtMillis(v)
	case "rate":
		return pct2(v)
	}
	if agg == "rate" {
		return strconv.FormatFloat(v, 'f', 2, 64) + "/s"
	}
	return trimFloat(v)
}

func metricOfKind(name string) string {
	switch metricKinds[name].aggs {
	case trendAggs:
		return "trend"
	case "rate":
		return "rate"
	}
	return "counter"
}
