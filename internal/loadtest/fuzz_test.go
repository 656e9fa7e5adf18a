package loadtest

import (
	"bytes"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/valyala/fasthttp"

	"github.com/sequere/sequere/internal/report"
)

// FuzzParseK6Summary feeds what an external k6 writes back through the
// parser and the printers: an error is fine, a panic is not.
func FuzzParseK6Summary(f *testing.F) {
	f.Add([]byte(`{"metrics":{"http_reqs":{"type":"counter","contains":"default","values":{"count":3,"rate":1}}}}`))
	f.Add([]byte(`{"root_group":{"checks":[{"name":"a","passes":1,"fails":0}]},"metrics":{"http_req_duration":{"type":"trend","contains":"time","values":{"p(95)":1e308},"thresholds":{"p(95)<28":{"ok":false}}}}}`))
	f.Add([]byte(`{"metrics":{"x":{"type":"gauge"}}}`))
	f.Add([]byte(`[]`))
	f.Fuzz(func(t *testing.T, b []byte) {
		s, err := ParseK6Summary(b)
		if err != nil {
			return
		}
		var out bytes.Buffer
		_ = report.WriteK6Text(&out, s.Report())
		_ = report.WriteLoadExport(&out, s.Report(), report.TTY{})
		_ = s.Failed()
	})
}

// FuzzParseTokenResponse feeds what a token endpoint answers.
func FuzzParseTokenResponse(f *testing.F) {
	f.Add([]byte(`{"access_token":"abc","token_type":"Bearer","expires_in":3600}`))
	f.Add([]byte(`{"access_token":"","token_type":"mac"}`))
	f.Add([]byte(`not json`))
	f.Fuzz(func(t *testing.T, b []byte) {
		tok, err := ParseTokenResponse(b)
		if err == nil && tok.AccessToken == "" {
			t.Fatal("no error and no token")
		}
	})
}

// FuzzThreshold feeds threshold expressions as a user writes them.
func FuzzThreshold(f *testing.F) {
	for _, s := range []string{"http_req_duration: p(95)<28", "http_req_duration{operation:getOrder}: p(99)<50; abortOnFail",
		"checks: rate>0.99", "http_req_failed: rate<0.01; delayAbortEval=10s", "x{:}: p(", "http_reqs{a:b}}: count>1"} {
		f.Add(s)
	}
	res := fakeResult()
	f.Fuzz(func(t *testing.T, s string) {
		th, err := ParseThreshold(s)
		if err != nil {
			return
		}
		_ = Judge([]Threshold{th}, res)
		_ = th.Name()
	})
}

// rawConn is a connection whose peer has already sent raw and closed: reads
// return those bytes, then EOF, so a round trip can never wait on it.
type rawConn struct {
	r *bytes.Reader
}

func (c *rawConn) Read(p []byte) (int, error)       { return c.r.Read(p) }
func (c *rawConn) Write(p []byte) (int, error)      { return len(p), nil }
func (c *rawConn) Close() error                     { return nil }
func (c *rawConn) LocalAddr() net.Addr              { return &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 1} }
func (c *rawConn) RemoteAddr() net.Addr             { return &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 2} }
func (c *rawConn) SetDeadline(time.Time) error      { return nil }
func (c *rawConn) SetReadDeadline(time.Time) error  { return nil }
func (c *rawConn) SetWriteDeadline(time.Time) error { return nil }

// FuzzLimitTransport feeds what a server sends, status line, headers and
// body as raw bytes, through the load engine's round trip: an error is
// fine, a panic or a hang is not, and a body never exceeds the cap whatever
// Content-Length or chunking claims.
func FuzzLimitTransport(f *testing.F) {
	for _, seed := range []string{
		"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 11\r\n\r\n{\"ok\":true}",
		"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n" + strings.Repeat("x", 100),
		"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nabc",
		"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n40\r\n" + strings.Repeat("y", 64) + "\r\n40\r\n" + strings.Repeat("z", 64) + "\r\n0\r\n\r\n",
		"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
		"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\nHTTP/1.1 201 Created\r\nContent-Length: 2\r\n\r\n{}",
		"HTTP/1.1 204 No Content\r\nContent-Length: 7\r\n\r\nignored",
		"HTTP/1.1 304 Not Modified\r\n\r\n",
		"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n\r\n",
		"HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n" + strings.Repeat("w", 300),
		"HTTP/1.1 200 OK\r\nContent-Length: -3\r\n\r\nabc",
		"HTTP/1.1 200 OK\r\nContent-Length: 99999999999999999999\r\n\r\n",
		"HTTP/1.0 999 Weird\r\nX: \x00\r\n\r\n",
		"garbage",
		"",
	} {
		f.Add([]byte(seed), false)
	}
	f.Add([]byte("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n"), true)
	const maxBody = 64
	f.Fuzz(func(t *testing.T, raw []byte, head bool) {
		hc := &fasthttp.HostClient{
			Addr:                      "fuzz.test:80",
			Transport:                 limitTransport{maxBody: maxBody},
			MaxIdemponentCallAttempts: 1,
			Dial:                      func(string) (net.Conn, error) { return &rawConn{r: bytes.NewReader(raw)}, nil },
		}
		req, resp := fasthttp.AcquireRequest(), fasthttp.AcquireResponse()
		defer fasthttp.ReleaseRequest(req)
		defer fasthttp.ReleaseResponse(resp)
		req.SetRequestURI("http://fuzz.test/pets")
		if head {
			req.Header.SetMethod(fasthttp.MethodHead)
		}
		done := make(chan error, 1)
		go func() { done <- hc.DoTimeout(req, resp, time.Second) }()
		select {
		case err := <-done:
			if err == nil && len(resp.Body()) > maxBody {
				t.Fatalf("a %d-byte body passed the %d-byte cap", len(resp.Body()), maxBody)
			}
		case <-time.After(5 * time.Second):
			t.Fatal("the round trip did not end on a connection that had nothing more to send")
		}
	})
}
