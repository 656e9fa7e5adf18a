package contract

import (
	"bufio"
	"bytes"
	"context"
	"net/http"
	"testing"
	"time"

	"github.com/sequere/sequere/internal/plan"
)

// rawDoer answers every request with the same raw HTTP/1.1 response, parsed
// the way the transport parses a server's bytes.
type rawDoer struct{ raw []byte }

func (d rawDoer) Do(req *http.Request) (*http.Response, error) {
	return http.ReadResponse(bufio.NewReader(bytes.NewReader(d.raw)), req)
}

// FuzzResponse sends a whole run's requests (every phase, the stateful
// chains, pagination, the protocol checks) to a "server" that answers each
// with the fuzzed bytes: status line, headers (wrong Content-Length, odd
// content types, duplicate ETags) and body (invalid or deeply nested JSON).
// A hostile server must give failures, never a panic or a hang.
func FuzzResponse(f *testing.F) {
	p := notesPlan(f)
	for _, seed := range []string{
		"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 11\r\n\r\n{\"ok\":true}",
		"HTTP/1.1 201 Created\r\nLocation: /notes/n1\r\nETag: \"v1\"\r\nContent-Type: application/json\r\n\r\n{\"id\":\"n1\",\"text\":\"a\",\"owner\":\"ada\"}",
		"HTTP/1.1 429 Too Many Requests\r\nRetry-After: soon\r\nRateLimit-Limit: -1\r\nContent-Type: application/problem+json\r\n\r\n{\"status\":\"429\",\"type\":7}",
		"HTTP/1.1 304 Not Modified\r\nETag: W/\"x\"\r\nContent-Length: 5\r\n\r\nabc",
		"HTTP/1.1 200 OK\r\nContent-Type: application/json; charset=\"\r\n\r\n" + string(bytes.Repeat([]byte("["), 20000)),
		"HTTP/1.1 404 Not Found\r\nContent-Type: application/problem+json\r\nContent-Length: 100000\r\n\r\n{}",
		"HTTP/1.1 999 Weird\r\nContent-Type: */*\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
		"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n{\"data\":[{\"id\":1},{\"id\":1}],\"next_cursor\":\"c\"}",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		d := rawDoer{raw}
		o := Options{Plan: p, BaseURL: "http://fuzz.test", Client: d, Seed: 1, MaxExamples: 2, MaxRequests: 60,
			Timeout: time.Second, MaxBody: 1 << 16, MaxResponseTime: time.Hour,
			Auth:  plan.NewAuth(p, plan.Credentials{Bearer: "ada-token"}, d, "http://fuzz.test"),
			Other: plan.NewAuth(p, plan.Credentials{Bearer: "bob-token"}, d, "http://fuzz.test")}
		res, err := Run(ctx, o)
		if ctx.Err() != nil {
			t.Fatalf("the run did not end within 10 s: %v", err)
		}
		if err != nil {
			return // an unparsable answer to the preflight: one clear error
		}
		for _, fl := range res.Failures {
			_ = fl.Summary()
		}
	})
}
