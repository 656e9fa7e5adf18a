package loadtest

import (
	"bytes"
	"context"
	"errors"
	"io"
	"math"
	"net"
	"net/http"
	"net/url"
	"sync"
	"time"

	"github.com/valyala/fasthttp"
)

// fastTransport is the engine's default client. net/http hands every request
// to a connection's write goroutine and its answer back from a read goroutine,
// and allocates about seventy objects doing it; fasthttp writes and reads on
// the calling goroutine with pooled buffers, which is what lets one generator
// keep up with a server on the same two cores. It speaks HTTP/1.1 (with TLS
// for https), as the net/http transport it replaces was configured to.
type fastTransport struct {
	client *fasthttp.Client
	// slots bounds the requests on the wire to Options.Connections; a
	// request waiting for one is the generator's wait, so the service time
	// starts once it has one, as net/http's GotConn marked it.
	slots chan struct{}
	conns liveConns
}

func newFastTransport(ctx context.Context, conc, limit int, maxBody int64) *fastTransport {
	t := &fastTransport{}
	t.conns.m = map[*trackedConn]struct{}{}
	maxConns := conc
	if limit > 0 {
		t.slots = make(chan struct{}, limit)
		maxConns = limit
	}
	d := &net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}
	t.client = &fasthttp.Client{
		Name:            "sequere-load",
		MaxConnsPerHost: maxConns,
		// As with net/http's LIFO pool: connections a burst opened beyond
		// the working set sit idle and close, so the pool follows the
		// requests in flight. fasthttp borrows its buffers per request, so
		// an idle connection holds no buffer at all.
		MaxIdleConnDuration: idleConnTimeout,
		ConnPoolStrategy:    fasthttp.LIFO,
		// One retry of an idempotent request whose reused connection the
		// server had closed, as net/http does; more would hide failures.
		MaxIdemponentCallAttempts: 2,
		DisablePathNormalizing:    true,
		Transport:                 limitTransport{maxBody: int(min(maxBody, math.MaxInt32))},
		Dial: func(addr string) (net.Conn, error) {
			c, err := d.DialContext(ctx, "tcp", addr)
			if err != nil {
				return nil, err
			}
			tc := &trackedConn{set: &t.conns}
			tc.countingConn = countingConn{c, &tc.count}
			if !t.conns.add(tc) {
				c.Close()
				return nil, context.Canceled
			}
			return tc, nil
		},
	}
	return t
}

// abort fails every request on the wire at once (fasthttp takes no context):
// closing their connections ends a blocked read now instead of at its
// deadline, so a cancelled run stops within its grace.
func (t *fastTransport) abort() { t.conns.closeAll() }

func (t *fastTransport) close() {
	t.client.CloseIdleConnections()
	t.conns.closeAll()
}

// liveConns are the transport's open connections. Each counts its own bytes,
// so the requests on different connections never write a shared counter;
// a connection's count joins gone when it closes.
type liveConns struct {
	mu     sync.Mutex
	m      map[*trackedConn]struct{}
	closed bool
	gone   byteCounter
}

// bytes are the bytes sent and received so far on all the connections.
func (s *liveConns) bytes() (sent, received int64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	sent, received = s.gone.sent.Load(), s.gone.received.Load()
	for c := range s.m {
		sent += c.count.sent.Load()
		received += c.count.received.Load()
	}
	return sent, received
}

func (s *liveConns) add(c *trackedConn) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return false
	}
	s.m[c] = struct{}{}
	return true
}

func (s *liveConns) remove(c *trackedConn) {
	s.mu.Lock()
	delete(s.m, c)
	s.gone.sent.Add(c.count.sent.Load())
	s.gone.received.Add(c.count.received.Load())
	s.mu.Unlock()
}

func (s *liveConns) closeAll() {
	s.mu.Lock()
	s.closed = true
	conns := make([]*trackedConn, 0, len(s.m))
	for c := range s.m {
		conns = append(conns, c)
	}
	s.mu.Unlock()
	for _, c := range conns {
		c.Close()
	}
}

type trackedConn struct {
	countingConn
	count byteCounter
	set   *liveConns
	once  sync.Once
}

// Close folds the connection's count into the set's once nothing more can
// cross it.
func (c *trackedConn) Close() error {
	err := c.Conn.Close()
	c.once.Do(func() { c.set.remove(c) })
	return err
}

// exchange is one goroutine's reusable request and answer. The http.Response
// and its Header handed to checks and flows are reused too: they are valid
// until the goroutine's next request, as Turn documents.
type exchange struct {
	req    fasthttp.Request
	resp   fasthttp.Response
	answer http.Response
	header http.Header
	// last keeps, by the name as fasthttp spells it, each header's
	// canonical name and previous value slice: a server repeats most of its
	// headers verbatim, and reusing both saves their allocations.
	last map[string]lastHeader
	// url and uri cache the request URI of the last sample sent, which
	// the samples share by pointer.
	url *url.URL
	uri string
	// built is the bodiless request req was last encoded from: sent again,
	// as a request that never varies is, it goes as it is.
	built *http.Request
}

type lastHeader struct {
	key    string
	values []string
}

func newExchange() *exchange {
	return &exchange{header: http.Header{}, last: map[string]lastHeader{}}
}

var errNoURL = errors.New("request without a URL")

// roundTrip sends req with fasthttp, copies the answer's body (up to the
// transport's bound) into body and fills x.answer. gotConn is called once the request has a slot;
// without a bound on the connections there is no wait, and it is not called.
func (t *fastTransport) roundTrip(ctx context.Context, x *exchange, req *http.Request, deadline time.Time,
	body *bytes.Buffer, gotConn func()) (*http.Response, error) {
	if req.URL == nil {
		return nil, errNoURL
	}
	if t.slots != nil {
		select {
		case t.slots <- struct{}{}:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
		defer func() { <-t.slots }()
		gotConn()
	}
	fr := &x.req
	if req != x.built {
		if err := x.encode(req); err != nil {
			return nil, err
		}
	}
	resp := &x.resp
	resp.Reset()
	if err := t.client.DoDeadline(fr, resp, deadline); err != nil {
		x.built = nil
		return nil, err
	}
	body.Write(resp.Body())
	x.fillHeader()
	x.answer = http.Response{Status: http.StatusText(resp.StatusCode()), StatusCode: resp.StatusCode(),
		Proto: "HTTP/1.1", ProtoMajor: 1, ProtoMinor: 1, Header: x.header, Body: http.NoBody,
		ContentLength: int64(resp.Header.ContentLength()), Request: req}
	return &x.answer, nil
}

// encode builds x.req from req; a bodiless req is remembered as built.
func (x *exchange) encode(req *http.Request) error {
	fr := &x.req
	fr.Reset()
	x.built = nil
	if req.URL != x.url {
		x.url, x.uri = req.URL, req.URL.String()
	}
	fr.SetRequestURI(x.uri)
	fr.Header.SetMethod(req.Method)
	if req.Host != "" && req.Host != req.URL.Host {
		fr.Header.SetHost(req.Host)
	}
	for k, vs := range req.Header {
		for _, v := range vs {
			fr.Header.Add(k, v)
		}
	}
	if req.Body == nil || req.Body == http.NoBody {
		x.built = req
		return nil
	}
	_, err := io.Copy(fr.BodyWriter(), req.Body)
	req.Body.Close()
	return err
}

// fillHeader copies the answer's headers into x.header. The map's keys and
// value slices come from x.last when the server repeats itself, so a
// response like the one before costs no allocation.
func (x *exchange) fillHeader() {
	h := x.header
	clear(h)
	for k, v := range x.resp.Header.All() {
		last, known := x.last[string(k)]
		if !known {
			last.key = http.CanonicalHeaderKey(string(k))
		}
		if vs, ok := h[last.key]; ok {
			h[last.key] = append(vs[:len(vs):len(vs)], string(v))
			continue
		}
		if !known || last.values[0] != string(v) {
			last.values = []string{string(v)}
			if known || len(x.last) < 64 {
				x.last[string(k)] = last
			}
		}
		h[last.key] = last.values
	}
}
