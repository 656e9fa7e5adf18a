package loadtest

import (
	"bufio"
	"bytes"
	"context"
	"net"
	"net/http"
	"runtime"
	"sync"
	"testing"
	"time"
)

// BenchmarkClosedModel is the engine's cost per request against a loopback
// server, the scenario's request building included: allocs/op and B/op are
// the figures to watch (the machine's noise does not move them). The server
// is net/http in the same process, whose own allocations are counted too;
// BenchmarkIteration leaves them out.
func BenchmarkClosedModel(b *testing.B) {
	srv := fastServer(b)
	runClosed(b, srv.URL, b.N)
}

// BenchmarkIteration is one whole iteration of the closed model as `sequere
// load` runs it (the plan's request, the status check, the recording)
// against a server that answers from a canned buffer and allocates nothing,
// so allocs/op and B/op are the engine's alone.
func BenchmarkIteration(b *testing.B) {
	addr := cannedServer(b)
	runClosed(b, "http://"+addr, b.N)
}

// The engine's allocations per request stay in single digits: they are what
// the GC has to keep up with at a hundred thousand requests a second.
func TestIterationAllocations(t *testing.T) {
	if testing.Short() {
		t.Skip("a few thousand loopback requests")
	}
	addr := cannedServer(t)
	runClosed(t, "http://"+addr, 200) // warm the pools and connections
	const n = 4000
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	runClosed(t, "http://"+addr, n)
	runtime.ReadMemStats(&after)
	perReq := float64(after.Mallocs-before.Mallocs) / n
	t.Logf("%.2f allocations per request", perReq)
	if perReq > maxAllocsPerRequest {
		t.Errorf("%.2f allocations per request, want at most %d", perReq, maxAllocsPerRequest)
	}
}

// maxAllocsPerRequest bounds TestIterationAllocations; the run's fixed costs
// (goroutines, histograms, the result) are spread over its requests.
const maxAllocsPerRequest = 2

func runClosed(tb testing.TB, base string, n int) {
	tb.Helper()
	sc := &Scenario{BaseURL: base, Operations: []Operation{{ID: "getThing", Method: "GET", Statuses: []string{"200"},
		Samples: []Request{{Target: "/things/1", Header: map[string]string{"Accept": "application/json"}}}}}}
	status := sc.StatusCheck()
	if b, ok := tb.(*testing.B); ok {
		b.ReportAllocs()
		b.ResetTimer()
	}
	res, err := Run(context.Background(), Options{Next: sc.Next(nil), VUs: 8, Duration: time.Hour, MaxRequests: int64(n), Now: time.Now,
		Check: func(op string, resp *http.Response, _ []byte, out []CheckResult) []CheckResult {
			return append(out, status(op, resp.StatusCode))
		}})
	if err != nil {
		tb.Fatal(err)
	}
	if res.Completed < int64(n) {
		tb.Fatalf("completed %d of %d", res.Completed, n)
	}
}

// cannedServer answers every bodiless request on a connection with the same
// bytes, reading only up to each request's blank line.
func cannedServer(tb testing.TB) string {
	tb.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatal(err)
	}
	answer := []byte("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 11\r\n\r\n{\"ok\":true}")
	var wg sync.WaitGroup
	tb.Cleanup(func() { ln.Close(); wg.Wait() })
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			wg.Add(1)
			go func() {
				defer wg.Done()
				defer c.Close()
				br := bufio.NewReader(c)
				for {
					line, err := br.ReadSlice('\n')
					if err != nil {
						return
					}
					if len(bytes.TrimRight(line, "\r\n")) > 0 {
						continue
					}
					if _, err := c.Write(answer); err != nil {
						return
					}
				}
			}()
		}
	}()
	return ln.Addr().String()
}
