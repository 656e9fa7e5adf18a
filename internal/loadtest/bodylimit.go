package loadtest

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"sync"
	"time"

	"github.com/valyala/fasthttp"
)

// limitTransport is fasthttp's round trip with the body read inside it, up
// to maxBody, the rest discarded so the connection stays usable. fasthttp's
// own way to bound a body without failing the request is to stream it, which
// costs four allocations per request for the closures that release the
// connection; an answer whose Content-Length is within the bound (almost
// every answer of a load test) is read straight into the pooled response
// instead, and only a larger or chunked one is streamed, into a pooled
// buffer. It also sets the connection's deadline once, for both directions.
type limitTransport struct {
	maxBody int
}

var errTooManyInterim = errors.New("more than 100 interim (1xx) responses")

func (t limitTransport) RoundTrip(hc *fasthttp.HostClient, req *fasthttp.Request, resp *fasthttp.Response) (retry bool, err error) {
	timeout := req.GetTimeOut()
	var deadline time.Time
	if timeout > 0 {
		deadline = time.Now().Add(timeout)
	}
	cc, err := hc.AcquireConn(timeout, req.ConnectionClose())
	if err != nil {
		return false, err
	}
	conn := cc.Conn()
	if err := conn.SetDeadline(deadline); err != nil {
		hc.CloseConn(cc)
		return true, err
	}
	bw := hc.AcquireWriter(conn)
	err = req.Write(bw)
	if err == nil {
		err = bw.Flush()
	}
	hc.ReleaseWriter(bw)
	if err != nil {
		hc.CloseConn(cc)
		var te interface{ Timeout() bool }
		if errors.As(err, &te) && te.Timeout() {
			err = fasthttp.ErrTimeout
		}
		return true, err
	}
	br := hc.AcquireReader(conn)
	err = t.read(br, req, resp)
	hc.ReleaseReader(br)
	if err != nil {
		hc.CloseConn(cc)
		return true, err
	}
	if req.ConnectionClose() || resp.ConnectionClose() || resp.Header.ContentLength() == -2 ||
		resp.StatusCode() == fasthttp.StatusSwitchingProtocols {
		hc.CloseConn(cc)
	} else {
		hc.ReleaseConn(cc)
	}
	return false, nil
}

// read reads the answer's header, after any interim ones, and its body up
// to t.maxBody.
func (t limitTransport) read(br *bufio.Reader, req *fasthttp.Request, resp *fasthttp.Response) error {
	resp.ResetBody()
	if err := resp.Header.Read(br); err != nil {
		return err
	}
	for n := 0; ; n++ {
		st := resp.StatusCode()
		if st < 100 || st > 199 || st == fasthttp.StatusSwitchingProtocols {
			break
		}
		if n >= 100 {
			return errTooManyInterim
		}
		if err := resp.Header.Read(br); err != nil {
			return err
		}
	}
	if st := resp.StatusCode(); req.Header.IsHead() || st < 200 || st == fasthttp.StatusNoContent || st == fasthttp.StatusNotModified {
		return nil
	}
	if cl := resp.Header.ContentLength(); cl >= 0 && cl <= t.maxBody {
		resp.StreamBody = false
		return resp.ReadBody(br, t.maxBody)
	}
	resp.StreamBody = true
	if err := resp.ReadBody(br, 0); err != nil {
		return err
	}
	buf := scratch.Get().(*bytes.Buffer)
	defer func() {
		if buf.Cap() <= maxKeptBody {
			scratch.Put(buf)
		}
	}()
	buf.Reset()
	s := resp.BodyStream()
	_, err := buf.ReadFrom(io.LimitReader(s, int64(t.maxBody)))
	if err == nil {
		_, err = io.Copy(io.Discard, s)
	}
	_ = resp.CloseBodyStream()
	resp.StreamBody = false
	if err != nil {
		return err
	}
	resp.SetBody(buf.Bytes())
	return nil
}

// scratch holds the buffers a streamed body is kept in until it is copied to
// the response.
var scratch = sync.Pool{New: func() any { return new(bytes.Buffer) }}
