package loadtest

import (
	"context"
	"net/http"
	"testing"
	"time"
)

// BenchmarkClosedModel is the engine's cost per request against a loopback
// server, the scenario's request building included: allocs/op and B/op are
// the figures to watch (the machine's noise does not move them).
func BenchmarkClosedModel(b *testing.B) {
	srv := fastServer(b)
	sc := &Scenario{BaseURL: srv.URL, Operations: []Operation{{ID: "getThing", Method: "GET", Statuses: []string{"200"},
		Samples: []Request{{Target: "/things/1", Header: map[string]string{"Accept": "application/json"}}}}}}
	status := sc.StatusCheck()
	b.ReportAllocs()
	b.ResetTimer()
	res, err := Run(context.Background(), Options{Next: sc.Next(nil), VUs: 8, Duration: time.Hour, MaxRequests: int64(b.N), Now: time.Now,
		Check: func(op string, resp *http.Response, _ []byte, out []CheckResult) []CheckResult {
			return append(out, status(op, resp.StatusCode))
		}})
	if err != nil {
		b.Fatal(err)
	}
	if res.Completed < int64(b.N) {
		b.Fatalf("completed %d of %d", res.Completed, b.N)
	}
}
