package loadtest

import (
	"net"
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
