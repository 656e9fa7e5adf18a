package metrics_test

import (
	"bytes"
	"math"
	"os"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"

	"github.com/sequere/sequere/examples/orders/metrics"
)

// The orders server's families, with the same buckets.
var buckets = []float64{.0005, .001, .0025, .005, .01, .025, .05, .1, .25, 1}

func newServerRegistry() (*metrics.Registry, *metrics.CounterVec, *metrics.HistogramVec) {
	r := metrics.NewRegistry()
	c := r.NewCounterVec("http_requests_total", "Requests served.", "code", "route")
	h := r.NewHistogramVec("http_request_duration_seconds", "Time to serve a request.", buckets, "route")
	r.Register(metrics.NewGoCollector())
	r.Register(metrics.NewProcessCollector())
	return r, c, h
}

func parse(t *testing.T, text []byte) map[string]*dto.MetricFamily {
	t.Helper()
	p := expfmt.NewTextParser(model.LegacyValidation)
	fs, err := p.TextToMetricFamilies(bytes.NewReader(text))
	if err != nil {
		t.Fatalf("Prometheus cannot parse the output: %v\n%s", err, text)
	}
	return fs
}

func labels(m *dto.Metric) map[string]string {
	out := map[string]string{}
	for _, l := range m.GetLabel() {
		out[l.GetName()] = l.GetValue()
	}
	return out
}

// TestPrometheusParsesEverything reads the whole output with Prometheus's own
// parser and checks the values after known updates, and the runtime and process
// families operators look for.
func TestPrometheusParsesEverything(t *testing.T) {
	r, c, h := newServerRegistry()
	route := "GET /v2/orders/{id} \"quoted\" back\\slash\nnewline"
	for range 3 {
		c.WithLabelValues("200", route).Inc()
	}
	c.WithLabelValues("404", "unmatched").Inc()
	for _, v := range []float64{0.0003, 0.0005, 0.004, 0.3, 2} {
		h.WithLabelValues(route).Observe(v)
	}
	var buf bytes.Buffer
	if err := r.WriteText(&buf); err != nil {
		t.Fatal(err)
	}
	fs := parse(t, buf.Bytes())

	reqs := fs["http_requests_total"]
	if reqs.GetType() != dto.MetricType_COUNTER || reqs.GetHelp() != "Requests served." || len(reqs.Metric) != 2 {
		t.Fatalf("http_requests_total: %v", reqs)
	}
	for _, m := range reqs.Metric {
		l := labels(m)
		want := map[string]float64{"200": 3, "404": 1}[l["code"]]
		if (l["route"] != route && l["route"] != "unmatched") || m.GetCounter().GetValue() != want {
			t.Errorf("http_requests_total %v = %v", l, m.GetCounter().GetValue())
		}
	}

	dur := fs["http_request_duration_seconds"]
	if dur.GetType() != dto.MetricType_HISTOGRAM || len(dur.Metric) != 1 || labels(dur.Metric[0])["route"] != route {
		t.Fatalf("http_request_duration_seconds: %v", dur)
	}
	hist := dur.Metric[0].GetHistogram()
	if hist.GetSampleCount() != 5 || math.Abs(hist.GetSampleSum()-2.3048) > 1e-12 {
		t.Errorf("count %d, sum %v", hist.GetSampleCount(), hist.GetSampleSum())
	}
	// The parser keeps the +Inf bucket.
	bounds := append(slices.Clone(buckets), math.Inf(1))
	wantCum := []uint64{2, 2, 2, 3, 3, 3, 3, 3, 3, 4, 5}
	if len(hist.Bucket) != len(bounds) {
		t.Fatalf("buckets: %v", hist.Bucket)
	}
	for i, b := range hist.Bucket {
		if b.GetUpperBound() != bounds[i] || b.GetCumulativeCount() != wantCum[i] {
			t.Errorf("bucket %d: le=%v %d, want le=%v %d", i, b.GetUpperBound(), b.GetCumulativeCount(), bounds[i], wantCum[i])
		}
	}

	types := map[string]dto.MetricType{
		"go_goroutines": dto.MetricType_GAUGE, "go_threads": dto.MetricType_GAUGE, "go_info": dto.MetricType_GAUGE,
		"go_memstats_alloc_bytes": dto.MetricType_GAUGE, "go_memstats_alloc_bytes_total": dto.MetricType_COUNTER,
		"go_memstats_heap_inuse_bytes": dto.MetricType_GAUGE, "go_memstats_sys_bytes": dto.MetricType_GAUGE,
		"go_memstats_mallocs_total": dto.MetricType_COUNTER, "go_gc_duration_seconds": dto.MetricType_SUMMARY,
		"go_sched_gomaxprocs_threads": dto.MetricType_GAUGE, "go_gc_gomemlimit_bytes": dto.MetricType_GAUGE,
		"process_cpu_seconds_total": dto.MetricType_COUNTER, "process_start_time_seconds": dto.MetricType_GAUGE,
		"process_max_fds": dto.MetricType_GAUGE,
	}
	if _, err := os.Stat("/proc/self/statm"); err == nil {
		types["process_resident_memory_bytes"] = dto.MetricType_GAUGE
		types["process_virtual_memory_bytes"] = dto.MetricType_GAUGE
		types["process_open_fds"] = dto.MetricType_GAUGE
	}
	for name, typ := range types {
		f := fs[name]
		if f == nil || f.GetType() != typ || len(f.Metric) != 1 {
			t.Errorf("%s: %v, want one %v", name, f, typ)
		}
	}
	value := func(name string) float64 { return fs[name].Metric[0].GetGauge().GetValue() }
	if v := labels(fs["go_info"].Metric[0])["version"]; v != runtime.Version() {
		t.Errorf("go_info version %q", v)
	}
	if v := value("go_goroutines"); v < 1 {
		t.Errorf("go_goroutines %v", v)
	}
	if v := value("go_memstats_heap_inuse_bytes"); v <= 0 {
		t.Errorf("go_memstats_heap_inuse_bytes %v", v)
	}
	if v := value("go_sched_gomaxprocs_threads"); v != float64(runtime.GOMAXPROCS(0)) {
		t.Errorf("go_sched_gomaxprocs_threads %v", v)
	}
	if q := fs["go_gc_duration_seconds"].Metric[0].GetSummary().GetQuantile(); len(q) != 5 || q[2].GetQuantile() != 0.5 {
		t.Errorf("go_gc_duration_seconds quantiles %v", q)
	}
	if fs["process_resident_memory_bytes"] != nil {
		if v := value("process_resident_memory_bytes"); v < 1<<20 || v > value("process_virtual_memory_bytes") {
			t.Errorf("resident %v, virtual %v", v, value("process_virtual_memory_bytes"))
		}
		if v := value("process_open_fds"); v < 3 || v > value("process_max_fds") {
			t.Errorf("process_open_fds %v", v)
		}
		// The test binary started within the last hour, give or take clock skew.
		if st, now := value("process_start_time_seconds"), float64(timeNow()); st > now+5 || st < now-3600 {
			t.Errorf("process_start_time_seconds %v, now %v", st, now)
		}
	}
	if v := fs["process_cpu_seconds_total"].Metric[0].GetCounter().GetValue(); v <= 0 {
		t.Errorf("process_cpu_seconds_total %v", v)
	}
}

// TestSameTextAsClientGolang renders the server's own families after the same
// updates with client_golang, which this package replaces, and wants the same
// bytes.
func TestSameTextAsClientGolang(t *testing.T) {
	r := metrics.NewRegistry()
	c := r.NewCounterVec("http_requests_total", "Requests served.", "code", "route")
	h := r.NewHistogramVec("http_request_duration_seconds", "Time to serve a request.", buckets, "route")

	pr := prometheus.NewRegistry()
	pc := prometheus.NewCounterVec(prometheus.CounterOpts{Name: "http_requests_total", Help: "Requests served."}, []string{"code", "route"})
	ph := prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "http_request_duration_seconds", Help: "Time to serve a request.", Buckets: buckets}, []string{"route"})
	pr.MustRegister(pc, ph)

	routes := []string{"GET /v2/orders/{id}", "POST /v2/orders", `GET /a"b\c` + "\nd", "unmatched", "GET /v2/users/{id}/orders", "Zürich"}
	codes := []string{"200", "201", "404", "500", "304"}
	for i := range 2000 {
		route, code := routes[i%len(routes)], codes[(i/3)%len(codes)]
		v := float64(i%97) * float64(i%13) * 1e-4
		if i%101 == 0 {
			v = 1e6 + float64(i)
		}
		c.WithLabelValues(code, route).Inc()
		pc.WithLabelValues(code, route).Inc()
		h.WithLabelValues(route).Observe(v)
		ph.WithLabelValues(route).Observe(v)
	}
	c.WithLabelValues("200", "big").Add(1e7)
	pc.WithLabelValues("200", "big").Add(1e7)
	c.WithLabelValues("200", "frac").Add(0.1)
	pc.WithLabelValues("200", "frac").Add(0.1)

	var ours, theirs bytes.Buffer
	if err := r.WriteText(&ours); err != nil {
		t.Fatal(err)
	}
	fs, err := pr.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range fs {
		if _, err := expfmt.MetricFamilyToText(&theirs, f); err != nil {
			t.Fatal(err)
		}
	}
	if ours.String() != theirs.String() {
		t.Errorf("output differs from client_golang's\nours:\n%s\ntheirs:\n%s", ours.String(), theirs.String())
	}
}

// TestConcurrentUpdatesAndScrapes is meant for -race: updates from many
// goroutines, new series among them, while scrapes run, and no update lost.
func TestConcurrentUpdatesAndScrapes(t *testing.T) {
	r, c, h := newServerRegistry()
	const workers, each = 8, 2000
	routes := []string{"a", "b", "c", "d"}
	var wg sync.WaitGroup
	done := make(chan struct{})
	scraped := make(chan error, 1)
	go func() {
		var err error
		for n := 0; ; n++ {
			select {
			case <-done:
				scraped <- err
				return
			default:
			}
			var buf bytes.Buffer
			if e := r.WriteText(&buf); e != nil && err == nil {
				err = e
			}
			p := expfmt.NewTextParser(model.LegacyValidation)
			if _, e := p.TextToMetricFamilies(&buf); e != nil && err == nil {
				err = e
			}
		}
	}()
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range each {
				route := routes[(w+i)%len(routes)]
				c.WithLabelValues("200", route).Inc()
				h.WithLabelValues(route).Observe(0.001)
				if i%500 == 0 { // one new series per worker while others update and scrape
					c.WithLabelValues("500", route+string(rune('0'+w))).Inc()
				}
			}
		}()
	}
	wg.Wait()
	close(done)
	if err := <-scraped; err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := r.WriteText(&buf); err != nil {
		t.Fatal(err)
	}
	fs := parse(t, buf.Bytes())
	var total float64
	for _, m := range fs["http_requests_total"].Metric {
		total += m.GetCounter().GetValue()
	}
	var observed, sum float64
	for _, m := range fs["http_request_duration_seconds"].Metric {
		observed += float64(m.GetHistogram().GetSampleCount())
		sum += m.GetHistogram().GetSampleSum()
	}
	if want := float64(workers * (each + each/500)); total != want {
		t.Errorf("counted %v, want %v", total, want)
	}
	if want := float64(workers * each); observed != want || math.Abs(sum-want*0.001) > 1e-6 {
		t.Errorf("observed %v (sum %v), want %v", observed, sum, want)
	}
	if n := strings.Count(buf.String(), "http_requests_total{"); n != len(routes)+workers {
		t.Errorf("%d counter series", n)
	}
}

// The request path allocates nothing once a series exists.
func TestHotPathDoesNotAllocate(t *testing.T) {
	if testing.CoverMode() != "" || raceEnabled {
		t.Skip("instrumentation allocates")
	}
	_, c, h := newServerRegistry()
	code, route := "200", "GET /v2/orders/{id}"
	c.WithLabelValues(code, route).Inc()
	h.WithLabelValues(route).Observe(0.001)
	if n := testing.AllocsPerRun(1000, func() {
		c.WithLabelValues(code, route).Inc()
		h.WithLabelValues(route).Observe(0.001)
	}); n != 0 {
		t.Errorf("%v allocations per request", n)
	}
}

func BenchmarkRequestPath(b *testing.B) {
	_, c, h := newServerRegistry()
	routes := []string{"GET /v2/orders/{id}", "POST /v2/orders", "GET /v2/users/{id}/orders", "GET /healthz"}
	b.ReportAllocs()
	b.RunParallel(func(pb *testing.PB) {
		i := 0
		for pb.Next() {
			route := routes[i%len(routes)]
			c.WithLabelValues("200", route).Inc()
			h.WithLabelValues(route).Observe(0.0007)
			i++
		}
	})
}

func BenchmarkWriteText(b *testing.B) {
	r, c, h := newServerRegistry()
	for i := range 40 {
		route := "GET /route/" + string(rune('a'+i%26)) + string(rune('a'+i/26))
		c.WithLabelValues("200", route).Inc()
		h.WithLabelValues(route).Observe(0.001)
	}
	b.ReportAllocs()
	var buf bytes.Buffer
	for b.Loop() {
		buf.Reset()
		if err := r.WriteText(&buf); err != nil {
			b.Fatal(err)
		}
	}
}

func timeNow() int64 { return time.Now().Unix() }
