package mock

import (
	"fmt"
	"io"
	"sync"
	"time"
)

// entry is one request's log line.
type entry struct {
	method, path, op string
	status           int
	valid            string
	violations       []fieldError
	note             string
	latency          time.Duration
}

// logger serialises lines from concurrent requests.
type logger struct {
	mu   sync.Mutex
	w    io.Writer
	json bool
	buf  []byte
}

func newLogger(w io.Writer, asJSON bool) *logger { return &logger{w: w, json: asJSON} }

func (l *logger) write(at time.Time, e entry) {
	if l == nil || l.w == nil {
		return
	}
	op := e.op
	if op == "" {
		op = "-"
	}
	valid := e.valid
	if valid == "" {
		valid = "-"
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	l.buf = l.buf[:0]
	if l.json {
		line := struct {
			Time       string       `json:"time"`
			Method     string       `json:"method"`
			Path       string       `json:"path"`
			Operation  string       `json:"operation,omitempty"`
			Status     int          `json:"status"`
			Validation string       `json:"validation,omitempty"`
			Violations []fieldError `json:"violations,omitempty"`
			LatencyMS  float64      `json:"latency_ms"`
			Note       string       `json:"note,omitempty"`
		}{at.UTC().Format(time.RFC3339Nano), e.method, e.path, e.op, e.status, e.valid, e.violations,
			float64(e.latency.Microseconds()) / 1000, e.note}
		b, _ := marshal(line)
		l.buf = append(append(l.buf, b...), '\n')
	} else {
		l.buf = fmt.Appendf(l.buf, "%s %s %s %s %d %s %.3fms", at.UTC().Format(time.RFC3339), e.method, e.path, op, e.status, valid,
			float64(e.latency.Microseconds())/1000)
		for _, v := range e.violations {
			l.buf = fmt.Appendf(l.buf, " [%s: %s]", v.Pointer, v.Detail)
		}
		if e.note != "" {
			l.buf = append(l.buf, ' ')
			l.buf = append(l.buf, e.note...)
		}
		l.buf = append(l.buf, '\n')
	}
	_, _ = l.w.Write(l.buf)
}
