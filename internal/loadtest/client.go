package loadtest

import (
	"context"
	"net"
	"net/http"
	"sync/atomic"
	"time"
)

// byteCounter counts the bytes that cross the wire, headers and TLS included,
// for data_sent and data_received.
type byteCounter struct{ sent, received atomic.Int64 }

type countingConn struct {
	net.Conn
	c *byteCounter
}

func (c countingConn) Read(p []byte) (int, error) {
	n, err := c.Conn.Read(p)
	c.c.received.Add(int64(n))
	return n, err
}

func (c countingConn) Write(p []byte) (int, error) {
	n, err := c.Conn.Write(p)
	c.c.sent.Add(int64(n))
	return n, err
}

// idleConnTimeout is how long a connection no request needed stays open.
const idleConnTimeout = 3 * time.Second

// NewTransport is an HTTP/1.1 transport that keeps up to conns connections
// alive per host, opens at most limit per host (0: no limit) and counts the
// bytes they carry. The engine calls its RoundTrip itself: http.Client's
// redirect bookkeeping copies every request's headers, and the load never
// follows redirects.
func NewTransport(conns, limit int) (*http.Transport, *byteCounter) {
	bc := &byteCounter{}
	d := &net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}
	tr := &http.Transport{
		DialContext: func(ctx context.Context, network, addr string) (net.Conn, error) {
			c, err := d.DialContext(ctx, network, addr)
			if err != nil {
				return nil, err
			}
			return countingConn{c, bc}, nil
		},
		MaxIdleConns:        conns,
		MaxIdleConnsPerHost: conns,
		MaxConnsPerHost:     limit,
		// Connections are reused last-in first-out, so the ones a burst
		// opened beyond the working set sit idle and close after this: the
		// pool (two goroutines and two buffers each) follows the requests
		// in flight instead of keeping the run's worst moment.
		IdleConnTimeout:    idleConnTimeout,
		DisableCompression: true,
	}
	return tr, bc
}
