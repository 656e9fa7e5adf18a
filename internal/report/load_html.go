package report

import (
	"bytes"
	"fmt"
	"html/template"
	"io"
	"math"
	"time"
)

// LoadReport is what the HTML report shows beyond the summary: the run's
// timeline, every request together, and the distribution of their corrected
// latency. loadtest fills it from its histograms.
type LoadReport struct {
	Summary  *LoadSummary
	Timeline []LoadPoint
	Total    LoadSeries // every operation and status merged
	// Latency is the corrected latency's distribution in µs, ascending;
	// LatencyTop (its p99.9) bounds the plotted range so one outlier does
	// not flatten the plot.
	Latency    []LoadBar
	LatencyTop int64
}

// LoadPoint is one bucket of the timeline: percentiles p50, p95, p99 in
// milliseconds, from the intended start (Corrected) and from the send.
type LoadPoint struct {
	Offset, Width      time.Duration
	Requests, Failed   int64
	Corrected, Service [3]float64
}

// LoadBar counts the latencies from From (µs) up to the next bar's From.
type LoadBar struct {
	From, Count int64
}

// LoadMeta names what was loaded, for the report's header.
type LoadMeta struct {
	Spec    string
	BaseURL string
	Engine  string
	Now     time.Time
}

type loadReportRow struct {
	Operation, Status  string
	Count, Failed      int64
	C50, C95, C99, S99 string
}

type loadVerdictRow struct {
	Name, Source, Value string
	OK                  bool
}

// WriteLoadHTML writes one self-contained HTML file: no script, no external
// stylesheet, font or image; every plot is inline SVG.
func WriteLoadHTML(w io.Writer, r *LoadReport, meta LoadMeta) error {
	s := r.Summary
	var xs []float64
	var c50, c95, c99, s50, s95, s99, rps, eps []float64
	for _, p := range r.Timeline {
		x := (p.Offset + p.Width/2).Seconds()
		xs = append(xs, x)
		c50, c95, c99 = append(c50, p.Corrected[0]), append(c95, p.Corrected[1]), append(c99, p.Corrected[2])
		s50, s95, s99 = append(s50, p.Service[0]), append(s95, p.Service[1]), append(s99, p.Service[2])
		secs := math.Max(p.Width.Seconds(), 1e-9)
		rps, eps = append(rps, float64(p.Requests)/secs), append(eps, float64(p.Failed)/secs)
	}
	latency := lineChart("latency-over-time", "Latency over time", "seconds since start", "ms", []plotLine{
		{Name: "p99 corrected", Color: "#b3261e", X: xs, Y: c99},
		{Name: "p95 corrected", Color: "#e8710a", X: xs, Y: c95},
		{Name: "p50 corrected", Color: "#1a73e8", X: xs, Y: c50},
		{Name: "p99 service", Color: "#b3261e", Dash: true, X: xs, Y: s99},
		{Name: "p95 service", Color: "#e8710a", Dash: true, X: xs, Y: s95},
		{Name: "p50 service", Color: "#1a73e8", Dash: true, X: xs, Y: s50},
	}, false)
	throughput := lineChart("throughput-over-time", "Throughput and errors over time", "seconds since start", "requests per second", []plotLine{
		{Name: "responses/s", Color: "#188038", X: xs, Y: rps},
		{Name: "errors/s", Color: "#b3261e", X: xs, Y: eps},
	}, false)
	hx, hy := histogramBins(r.Latency, r.LatencyTop, 40)
	histogram := lineChart("latency-histogram", "Latency histogram", "latency from the intended start (ms)", "requests",
		[]plotLine{{Name: "requests", Color: "#1a73e8", X: hx, Y: hy}}, true)
	var rows []loadReportRow
	for _, se := range s.Series {
		rows = append(rows, loadReportRow{Operation: se.Operation, Status: StatusText(se.Status), Count: se.Count, Failed: se.Failed,
			C50: FormatMillis(se.P50), C95: FormatMillis(se.P95), C99: FormatMillis(se.P99), S99: FormatMillis(se.ServiceP99)})
	}
	var verdicts []loadVerdictRow
	failed := false
	for _, v := range s.Verdicts {
		verdicts = append(verdicts, loadVerdictRow{Name: v.Name, Source: v.Source, Value: v.Agg + "=" + FormatValue(v.Kind, v.Agg, v.Value), OK: v.OK})
		failed = failed || !v.OK
	}
	var text bytes.Buffer
	_ = WriteLoadText(&text, s)
	run := s.Run
	return loadReportTemplate.Execute(w, map[string]any{
		"Meta": meta, "Run": run, "Valid": len(run.Invalid) == 0, "Verdicts": verdicts, "Failed": failed, "Rows": rows, "Checks": s.Checks,
		"Latency": template.HTML(latency), "Throughput": template.HTML(throughput), "Histogram": template.HTML(histogram),
		"P95": FormatMillis(r.Total.P95), "P99": FormatMillis(r.Total.P99), "S99": FormatMillis(r.Total.ServiceP99),
		"Count": r.Total.Count, "Errors": r.Total.Failed,
		"Target": TrimFloat(run.TargetRate), "Achieved": TrimFloat(run.Achieved), "Duration": FormatDuration(run.Scheduled.Round(time.Millisecond)),
		"Text": text.String(), "When": meta.Now.UTC().Format(time.RFC3339),
	})
}

// histogramBins spreads the distribution over n equal bins up to top; the
// last bin holds the rest.
func histogramBins(bars []LoadBar, top int64, n int) ([]float64, []float64) {
	if len(bars) == 0 {
		return nil, nil
	}
	width := math.Max(float64(top)/float64(n), 1)
	xs, ys := make([]float64, n), make([]float64, n)
	for i := range n {
		xs[i] = (float64(i) + 0.5) * width / 1000
	}
	for _, bar := range bars {
		if bar.Count == 0 {
			continue
		}
		i := min(int(float64(bar.From)/width), n-1)
		ys[i] += float64(bar.Count)
	}
	return xs, ys
}

var loadReportTemplate = template.Must(template.New("load-report").Funcs(template.FuncMap{
	"pct": func(a, b int64) string {
		if b == 0 {
			return "0%"
		}
		return fmt.Sprintf("%.2f%%", float64(a)/float64(b)*100)
	},
}).Parse(`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Load test: {{.Meta.Spec}}</title>
<style>
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#202124;background:#f8f9fa}
main{max-width:920px;margin:0 auto;padding:24px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:16px;margin:28px 0 8px}
.sub{color:#5f6368;margin:0 0 16px}
.cards{display:flex;flex-wrap:wrap;gap:10px}
.card{background:#fff;border:1px solid #dadce0;border-radius:8px;padding:10px 14px;min-width:120px}
.card b{display:block;font-size:20px}.card span{color:#5f6368;font-size:12px}
.verdict{border-radius:8px;padding:10px 14px;margin:16px 0;font-weight:600}
.ok{background:#e6f4ea;color:#137333}.bad{background:#fce8e6;color:#a50e0e}
.verdict ul{margin:6px 0 0;font-weight:400}
section{background:#fff;border:1px solid #dadce0;border-radius:8px;padding:12px 16px;margin-top:12px}
section h2{margin:4px 0 8px}h2 .ok,h2 .bad{background:none}
table{border-collapse:collapse;width:100%}th,td{text-align:right;padding:4px 8px;border-bottom:1px solid #eee;font-variant-numeric:tabular-nums}
th:first-child,td:first-child,th:nth-child(2),td:nth-child(2){text-align:left}
td.pass{color:#137333}td.fail{color:#a50e0e;font-weight:600}
.plot .grid{stroke:#eee}.plot .axisline{stroke:#9aa0a6}.plot .tick,.plot .legend{font-size:11px;fill:#5f6368}.plot .axis{font-size:12px;fill:#3c4043}
pre{font:12px/1.4 ui-monospace,Menlo,Consolas,monospace;overflow:auto;background:#fff;border:1px solid #dadce0;border-radius:8px;padding:12px}
.note{color:#5f6368;font-size:12px}
</style></head>
<body><main>
<h1>Load test of {{.Meta.Spec}}</h1>
<p class="sub">{{.Meta.BaseURL}} · {{.Meta.Engine}} engine · {{.Run.Model}} model · {{.Duration}} · {{.When}}</p>
<div class="cards">
<div class="card"><b>{{.P95}}</b><span>p95 latency (corrected)</span></div>
<div class="card"><b>{{.P99}}</b><span>p99 latency (corrected)</span></div>
<div class="card"><b>{{.S99}}</b><span>p99 service time</span></div>
<div class="card"><b>{{.Count}}</b><span>requests</span></div>
<div class="card"><b>{{pct .Errors .Count}}</b><span>failed (status ≥ 400 or no answer)</span></div>
{{if eq .Run.Model "open"}}<div class="card"><b>{{.Achieved}}/s</b><span>achieved of {{.Target}}/s target</span></div>{{end}}
</div>
{{if .Valid}}<div class="verdict ok" id="validity">Valid: the generator kept its schedule{{if .Run.Stopped}} (stopped early: partial figures){{end}}.</div>
{{else}}<div class="verdict bad" id="validity">Invalid: these figures describe the load generator, not the server.<ul>{{range .Run.Invalid}}<li>{{.}}</li>{{end}}</ul></div>{{end}}
{{if .Verdicts}}<section id="thresholds"><h2>Thresholds {{if .Failed}}<span class="bad">— failed</span>{{else}}<span class="ok">— passed</span>{{end}}</h2>
<table><tr><th>metric</th><th>threshold</th><th>value</th><th>verdict</th></tr>
{{range .Verdicts}}<tr><td>{{.Name}}</td><td>{{.Source}}</td><td>{{.Value}}</td>{{if .OK}}<td class="pass">✓ pass</td>{{else}}<td class="fail">✗ fail</td>{{end}}</tr>{{end}}
</table></section>{{end}}
<section><h2>Latency over time</h2>{{.Latency}}
<p class="note">Solid: latency from each request's intended start (coordinated omission corrected). Dashed: service time from the moment the request had a connection. A gap between them is time requests waited on the client's side.</p></section>
<section><h2>Throughput and errors over time</h2>{{.Throughput}}</section>
<section><h2>Latency histogram</h2>{{.Histogram}}</section>
<section id="operations"><h2>Per operation</h2>
<table><tr><th>operation</th><th>status</th><th>requests</th><th>failed</th><th>p50</th><th>p95</th><th>p99</th><th>p99 service</th></tr>
{{range .Rows}}<tr><td>{{.Operation}}</td><td>{{.Status}}</td><td>{{.Count}}</td><td>{{.Failed}}</td><td>{{.C50}}</td><td>{{.C95}}</td><td>{{.C99}}</td><td>{{.S99}}</td></tr>{{end}}
</table></section>
{{if .Checks}}<section id="checks"><h2>Checks</h2>
<table><tr><th>check</th><th></th><th>passes</th><th>fails</th></tr>
{{range .Checks}}<tr><td>{{.Name}}</td><td></td><td>{{.Passes}}</td>{{if .Fails}}<td class="fail">{{.Fails}}</td>{{else}}<td>0</td>{{end}}</tr>{{end}}
</table></section>{{end}}
<h2>Summary</h2>
<pre>{{.Text}}</pre>
</main></body></html>
`))
