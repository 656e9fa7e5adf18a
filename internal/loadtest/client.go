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

// NewClient is an HTTP/1.1 client that keeps up to conns connections alive
// per host, opens at most limit per host (0: no limit) and counts the bytes
// they carry.
func NewClient(conns, limit int) (*http.Client, *byteCounter) {
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
		IdleConnTimeout:     90 * time.Second,
		DisableCompression:  true,
	}
	return &http.Client{Transport: tr, Timeout: 60 * time.Second,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}, bc
}
