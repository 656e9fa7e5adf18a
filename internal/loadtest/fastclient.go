package loadtest

import (
	"bytes"
	"context"
	"errors"
	"io"
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
	slots   chan struct{}
	counter *byteCounter
	conns   liveConns
}

func newFastTransport(ctx context.Context, conc, limit int) *fastTransport {
	t := &fastTransport{counter: &byteCounter{}}
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
		StreamResponseBody:        true,
		DisablePathNormalizing:    true,
		Dial: func(addr string) (net.Conn, error) {
			c, err := d.DialContext(ctx, "tcp", addr)
			if err != nil {
				return nil, err
			}
			tc := &trackedConn{countingConn: countingConn{c, t.counter}, set: &t.conns}
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

// liveConns are the transport's open connections.
type liveConns struct {
	mu     sync.Mutex
	m      map[*trackedConn]struct{}
	closed bool
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
	set  *liveConns
	once sync.Once
}

func (c *trackedConn) Close() error {
	c.once.Do(func() { c.set.remove(c) })
	return c.Conn.Close()
}

// exchange is one goroutine's reusable request and answer. The http.Response
// and its Header handed to checks and flows are reused too: they are valid
// until the goroutine's next request, as Turn documents.
type exchange struct {
	req    fasthttp.Request
	resp   fasthttp.Response
	answer http.Response
	header http.Header
	// last keeps each header's previous value slice: a server repeats most
	// of its headers verbatim, and reusing them saves their allocations.
	last map[string][]string
	// url and uri cache the request URI of the last sample sent, which
	// the samples share by pointer.
	url *url.URL
	uri string
}

func newExchange() *exchange {
	return &exchange{header: http.Header{}, last: map[string][]string{}}
}

var errNoURL = errors.New("request without a URL")

// roundTrip sends req with fasthttp, reads up to maxBody of the answer into
// body and fills x.answer. gotConn is called once the request has a slot.
func (t *fastTransport) roundTrip(ctx context.Context, x *exchange, req *http.Request, deadline time.Time,
	body *bytes.Buffer, maxBody int64, gotConn func()) (*http.Response, error) {
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
	}
	gotConn()
	fr := &x.req
	fr.Reset()
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
	if req.Body != nil && req.Body != http.NoBody {
		_, err := io.Copy(fr.BodyWriter(), req.Body)
		req.Body.Close()
		if err != nil {
			return nil, err
		}
	}
	resp := &x.resp
	resp.Reset()
	if err := t.client.DoDeadline(fr, resp, deadline); err != nil {
		return nil, err
	}
	defer resp.CloseBodyStream()
	if s := resp.BodyStream(); s != nil {
		lim := io.LimitedReader{R: s, N: maxBody}
		if _, err := body.ReadFrom(&lim); err != nil {
			return nil, err
		}
		if lim.N <= 0 {
			if _, err := io.Copy(io.Discard, s); err != nil {
				return nil, err
			}
		}
	} else {
		b := resp.Body()
		body.Write(b[:min(int64(len(b)), maxBody)])
	}
	x.fillHeader()
	x.answer = http.Response{Status: http.StatusText(resp.StatusCode()), StatusCode: resp.StatusCode(),
		Proto: "HTTP/1.1", ProtoMajor: 1, ProtoMinor: 1, Header: x.header, Body: http.NoBody,
		ContentLength: int64(resp.Header.ContentLength()), Request: req}
	return &x.answer, nil
}

func (x *exchange) fillHeader() {
	h := x.header
	clear(h)
	for k, v := range x.resp.Header.All() {
		if vs, ok := h[string(k)]; ok {
			h[string(k)] = append(vs[:len(vs):len(vs)], string(v))
			continue
		}
		if vs, ok := x.last[string(k)]; ok && vs[0] == string(v) {
			h[string(k)] = vs
			continue
		}
		key := http.CanonicalHeaderKey(string(k))
		vs := []string{string(v)}
		if len(x.last) < 64 {
			x.last[key] = vs
		} else if _, ok := x.last[key]; ok {
			x.last[key] = vs
		}
		h[key] = vs
	}
}
