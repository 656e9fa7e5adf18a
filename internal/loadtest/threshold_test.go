package loadtest

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/sequere/sequere/internal/report"
)

func TestParseThreshold(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		in, name, agg, op string
		bound             float64
		abort             bool
		err               string
	}{
		{in: "http_req_duration: p(95)<28", name: "http_req_duration", agg: "p(95)", op: "<", bound: 28},
		{in: "http_req_duration{operation:getOrder}: p(99) < 50", name: "http_req_duration{operation:getOrder}", agg: "p(99)", op: "<", bound: 50},
		{in: "http_req_failed: rate<0.01; abortOnFail; delayAbortEval=5s", name: "http_req_failed", agg: "rate", op: "<", bound: 0.01, abort: true},
		{in: "checks: rate>0.99", name: "checks", agg: "rate", op: ">", bound: 0.99},
		{in: "http_reqs{status:200,method:GET}: count>=10", name: "http_reqs{method:GET,status:200}", agg: "count", op: ">=", bound: 10},
		{in: "http_req_duration: p(99.9)===3", name: "http_req_duration", agg: "p(99.9)", op: "==", bound: 3},
		{in: "http_req_duration p(95)<28", err: "want metric: expression"},
		{in: "latency: p(95)<28", err: "unknown metric"},
		{in: "http_req_failed: p(95)<28", err: "has no p(95)"},
		{in: "http_req_duration: p(95)<<28", err: "want aggregate operator number"},
		{in: "checks{operation:x}: rate>0.9", err: "cannot be filtered by tag"},
		{in: "http_req_duration{operation}: p(95)<28", err: "want {tag:value}"},
		{in: "http_req_duration: p(101)<28", err: "outside 0..100"},
		{in: "http_req_duration: p(95)<28; abortOnFial", err: "unknown option"},
	} {
		th, err := ParseThreshold(tc.in)
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("%q: error %v, want one containing %q", tc.in, err, tc.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%q: %v", tc.in, err)
			continue
		}
		if th.Name() != tc.name || th.Agg != tc.agg || th.Op != tc.op || th.Bound != tc.bound || th.AbortOnFail != tc.abort {
			t.Errorf("%q: got %s %s %s %v abort=%v", tc.in, th.Name(), th.Agg, th.Op, th.Bound, th.AbortOnFail)
		}
	}
}

// fakeResult is a result with known latencies: getOrder answers 200 in 10 ms
// (90 times) and getUser 500 in 100 ms (10 times).
func fakeResult() *Result {
	rec := newRecorder(time.Unix(0, 0), time.Second)
	t0 := time.Unix(0, 0)
	for i := range 100 {
		s := Sample{Operation: "getOrder", Method: "GET", Status: 200, Intended: t0, Dispatched: t0, Start: t0, End: t0.Add(10 * time.Millisecond),
			Checks: []CheckResult{{Name: "status is documented", OK: true}}}
		if i >= 90 {
			s.Operation, s.Status, s.Failed, s.End = "getUser", 500, true, t0.Add(100*time.Millisecond)
			s.Checks[0].OK = false
		}
		rec.record(&s)
	}
	series, checks, lag := rec.snapshot()
	return &Result{Model: "open", Scheduled: 10 * time.Second, Elapsed: 10 * time.Second, Started: 100, Completed: 100,
		Series: series, Checks: checks, Lag: lag, TargetRate: 10, Achieved: 10, Expected: 100}
}

func TestJudge(t *testing.T) {
	t.Parallel()
	res := fakeResult()
	for _, tc := range []struct {
		in string
		ok bool
	}{
		{"http_req_duration: p(95)<28", false},
		{"http_req_duration: p(90)<28", true},
		{"http_req_duration{operation:getOrder}: p(99)<11", true},
		{"http_req_duration{operation:getUser}: min>=99", true},
		{"http_req_failed: rate<0.01", false},
		{"http_req_failed: rate<=0.1", true},
		{"http_req_failed{status:200}: rate==0", true},
		{"checks: rate>0.99", false},
		{"checks: rate>0.85", true},
		{"http_reqs: count==100", true},
		{"http_reqs{expected_response:true}: count==90", true},
		{"http_reqs: rate>=10", true},
	} {
		th, err := ParseThreshold(tc.in)
		if err != nil {
			t.Fatal(err)
		}
		v := Judge([]Threshold{th}, res)[0]
		if v.OK != tc.ok {
			t.Errorf("%s: ok=%v (value %v), want %v", tc.in, v.OK, v.Value, tc.ok)
		}
	}
}

// TestExportShape holds --summary-export to k6's documented shape.
func TestExportShape(t *testing.T) {
	t.Parallel()
	th1, _ := ParseThreshold("http_req_duration: p(95)<28")
	th2, _ := ParseThreshold("http_req_duration{operation:getOrder}: p(99)<50")
	s := Summarize(fakeResult(), []Threshold{th1, th2})
	var buf bytes.Buffer
	if err := report.WriteLoadExport(&buf, s.Report(), report.TTY{}); err != nil {
		t.Fatal(err)
	}
	var got map[string]any
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"root_group", "options", "state", "metrics"} {
		if _, ok := got[k]; !ok {
			t.Errorf("no %q key", k)
		}
	}
	rg := got["root_group"].(map[string]any)
	if rg["id"] != "d41d8cd98f00b204e9800998ecf8427e" || rg["path"] != "" {
		t.Errorf("root_group %v", rg)
	}
	chk := rg["checks"].(map[string]any)["status is documented"].(map[string]any)
	if chk["path"] != "::status is documented" || chk["passes"] != 90.0 || chk["fails"] != 10.0 {
		t.Errorf("check %v", chk)
	}
	m := got["metrics"].(map[string]any)
	d := m["http_req_duration"].(map[string]any)
	for _, k := range []string{"avg", "min", "med", "max", "p(90)", "p(95)"} {
		if _, ok := d[k].(float64); !ok {
			t.Errorf("http_req_duration has no %s: %v", k, d)
		}
	}
	// true means the threshold failed, as k6 writes it.
	if d["thresholds"].(map[string]any)["p(95)<28"] != true {
		t.Errorf("http_req_duration thresholds %v", d["thresholds"])
	}
	sub := m["http_req_duration{operation:getOrder}"].(map[string]any)
	if sub["thresholds"].(map[string]any)["p(99)<50"] != false {
		t.Errorf("submetric %v", sub)
	}
	f := m["http_req_failed"].(map[string]any)
	if f["passes"] != 10.0 || f["fails"] != 90.0 || f["value"] != 0.1 {
		t.Errorf("http_req_failed %v", f)
	}
	if r := m["http_reqs"].(map[string]any); r["count"] != 100.0 || r["rate"] != 10.0 {
		t.Errorf("http_reqs %v", r)
	}
	if v := m["vus"].(map[string]any); v["value"] == nil || v["min"] == nil || v["max"] == nil {
		t.Errorf("vus %v", v)
	}
	var text bytes.Buffer
	if err := report.WriteLoadText(&text, s.Report()); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"█ THRESHOLDS", "✗ 'p(95)<28' p(95)=100.03ms", "✓ 'p(99)<50' p(99)=10.01ms", "http_req_duration...", "{ operation:getOrder }", "✗ status is documented", "✓ valid"} {
		if !strings.Contains(text.String(), want) {
			t.Errorf("summary text lacks %q:\n%s", want, text.String())
		}
	}
}
