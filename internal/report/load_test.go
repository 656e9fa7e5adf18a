package report_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"

	hdr "github.com/HdrHistogram/hdrhistogram-go"

	"github.com/sequere/sequere/internal/loadtest"
	"github.com/sequere/sequere/internal/report"
)

// TestLoadSummaryGolden pins the load summaries byte for byte: the text in
// k6's layout and the --summary-export JSON, of the built-in engine and of a
// k6 run read back. -update rewrites the files.
func TestLoadSummaryGolden(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		file  string
		write func(*bytes.Buffer) error
	}{
		{"load-summary.txt", func(b *bytes.Buffer) error { return report.WriteLoadText(b, goldenSummary().Report()) }},
		{"load-summary.json", func(b *bytes.Buffer) error {
			return report.WriteLoadExport(b, goldenSummary().Report(), report.TTY{Out: true})
		}},
		{"report.html", func(b *bytes.Buffer) error {
			return report.WriteLoadHTML(b, goldenReportSummary().HTMLReport(), goldenReportMeta())
		}},
		{"load-plan.txt", func(b *bytes.Buffer) error { return report.WriteLoadPlan(b, goldenPlan()) }},
		{"load-start.txt", func(b *bytes.Buffer) error {
			return report.WriteLoadStart(b, report.LoadStart{Operations: 3, Spec: "petstore.yaml", BaseURL: "http://127.0.0.1:4010", Model: "50/s for 1m0s"})
		}},
		{"k6-summary.txt", func(b *bytes.Buffer) error { return report.WriteK6Text(b, goldenK6Summary().Report()) }},
		{"k6-summary.json", func(b *bytes.Buffer) error {
			return report.WriteLoadExport(b, goldenK6Summary().Report(), report.TTY{})
		}},
	} {
		t.Run(tc.file, func(t *testing.T) {
			t.Parallel()
			var b bytes.Buffer
			if err := tc.write(&b); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("testdata", "load", tc.file)
			if f := flag.Lookup("update"); f != nil && f.Value.String() == "true" {
				if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(b.Bytes(), want) {
				t.Errorf("%s differs from the golden file:\n%s\nwant:\n%s", tc.file, b.String(), want)
			}
		})
	}
}

func goldenSummary() *loadtest.Summary {
	series := func(op string, status int, failed int64, ms ...int64) *loadtest.Series {
		s := &loadtest.Series{Key: loadtest.Key{Operation: op, Method: "GET", Status: status}, Corrected: hdr.New(1, 3_600_000_000, 3), Service: hdr.New(1, 3_600_000_000, 3), Failed: failed}
		for _, v := range ms {
			_ = s.Corrected.RecordValue(v * 1000)
			_ = s.Service.RecordValue(v * 800)
		}
		return s
	}
	lag := hdr.New(1, 3_600_000_000, 3)
	for _, v := range []int64{5, 40, 300} {
		_ = lag.RecordValue(v)
	}
	res := &loadtest.Result{Model: "open", Scheduled: 10 * time.Second, Elapsed: 10 * time.Second, Started: 100, Completed: 100, Iterations: 100,
		Series: []*loadtest.Series{series("getOrder", 200, 0, 3, 4, 5, 9, 12), series("getUser", 500, 2, 80, 120)},
		Checks: []loadtest.CheckCount{{Name: "getOrder status is documented", Passes: 5}, {Name: "getUser status is documented", Fails: 2}},
		Lag:    lag, TargetRate: 10, Achieved: 9.5, Expected: 100, Dropped: 5, VUs: 3, MaxInFlight: 50, BytesSent: 12345, BytesRecv: 987654,
		Invalid: []string{"5 of 105 iterations dropped"}}
	var ts []loadtest.Threshold
	for _, src := range []string{"http_req_duration: p(95)<28", "http_req_duration{operation:getOrder}: p(99)<50", "checks: rate>0.99", "http_req_failed: rate<0.01"} {
		th, err := loadtest.ParseThreshold(src)
		if err != nil {
			panic(err)
		}
		ts = append(ts, th)
	}
	return loadtest.Summarize(res, ts)
}

func goldenK6Summary() *loadtest.K6Summary {
	k, err := loadtest.ParseK6Summary([]byte(`{"root_group":{"checks":[{"name":"getOrder status is documented","passes":9,"fails":1}]},
		"state":{"testRunDurationMs":2000},
		"metrics":{"http_reqs":{"type":"counter","contains":"default","values":{"count":10,"rate":5}},
		"http_req_duration":{"type":"trend","contains":"time","values":{"avg":1.5,"min":1,"med":1.2,"max":3,"p(90)":2,"p(95)":2.5,"p(99)":3},"thresholds":{"p(95)<28":{"ok":true}}},
		"data_sent":{"type":"counter","contains":"data","values":{"count":2048,"rate":1024}},
		"http_req_failed":{"type":"rate","contains":"default","values":{"rate":0.1,"passes":1,"fails":9},"thresholds":{"rate<0.01":{"ok":false}}}}}`))
	if err != nil {
		panic(err)
	}
	return k
}

func goldenPlan() *report.LoadPlan {
	return &report.LoadPlan{Spec: "openapi.yaml", Model: "200/s for 30s",
		Operations: []report.LoadPlanOperation{
			{ID: "createThing", Method: "POST", Path: "/things", Weight: 1, Requests: 2, Statuses: []string{"201", "4XX"}, Example: "/things"},
			{ID: "getThing", Method: "GET", Path: "/things/{id}", Weight: 3, Requests: 1, Statuses: []string{"200", "404"}, Example: "/things/sequere-flow0-0"},
			{ID: "deleteThing", Method: "DELETE", Path: "/things/{id}", Weight: 1, Statuses: []string{"204"}},
		},
		Flows:      []report.LoadPlanFlow{{Name: "createThing-getThing-deleteThing", Bindings: []string{"path:id from $response.body#/id"}}},
		Data:       &report.LoadPlanData{File: "things.csv", Rows: 2, PerVU: true, Feeds: []string{"createThing"}},
		Skipped:    []string{"listThings: needs credentials (--bearer, --api-key, --client-id/--client-secret or --header)"},
		Thresholds: []report.LoadPlanThreshold{{Name: "http_req_duration{operation:getThing}", Source: "p(95)<28"}},
	}
}
