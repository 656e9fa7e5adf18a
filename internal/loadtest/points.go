package loadtest

import (
	"bufio"
	"io"
	"strconv"
	"sync"
	"time"
	"unicode/utf8"
)

// PointWriter writes metric samples as NDJSON in the layout of
// `k6 run --out json`: a Metric line the first time a metric appears, then
// one Point line per sample, times in milliseconds.
type PointWriter struct {
	mu         sync.Mutex
	w          *bufio.Writer
	declared   map[string]bool
	thresholds map[string][]string
	buf        []byte
	err        error
}

// NewPointWriter writes to w; thresholds are listed on their metric's line.
func NewPointWriter(w io.Writer, ts []Threshold) *PointWriter {
	th := map[string][]string{}
	for _, t := range ts {
		th[t.Metric] = append(th[t.Metric], t.Source)
	}
	return &PointWriter{w: bufio.NewWriterSize(w, 64<<10), declared: map[string]bool{}, thresholds: th}
}

var pointKinds = map[string][2]string{
	"http_reqs":                 {"counter", "default"},
	"http_req_duration":         {"trend", "time"},
	"http_req_service_duration": {"trend", "time"},
	"http_req_failed":           {"rate", "default"},
	"checks":                    {"rate", "default"},
	"iterations":                {"counter", "default"},
}

// Observe writes one finished request's points; it is an Options.Observe.
func (p *PointWriter) Observe(s *Sample) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.err != nil {
		return
	}
	tags := p.tags(s)
	failed := 0.0
	if s.Failed {
		failed = 1
	}
	p.point("http_reqs", s.End, 1, tags, "")
	p.point("http_req_duration", s.End, msf(s.Corrected()), tags, "")
	p.point("http_req_service_duration", s.End, msf(s.Service()), tags, "")
	p.point("http_req_failed", s.End, failed, tags, "")
	for _, c := range s.Checks {
		v := 0.0
		if c.OK {
			v = 1
		}
		p.point("checks", s.End, v, tags, c.Name)
	}
	p.point("iterations", s.End, 1, `"scenario":"load"`, "")
}

func msf(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

func (p *PointWriter) tags(s *Sample) string {
	b := []byte(`"expected_response":"`)
	b = strconv.AppendBool(b, !s.Failed)
	b = append(b, '"')
	b = append(b, `,"method":`...)
	b = appendJSONString(b, s.Method)
	b = append(b, `,"name":`...)
	b = appendJSONString(b, s.Operation)
	b = append(b, `,"operation":`...)
	b = appendJSONString(b, s.Operation)
	b = append(b, `,"scenario":"load","status":`...)
	b = appendJSONString(b, strconv.Itoa(s.Status))
	b = append(b, `,"url":`...)
	b = appendJSONString(b, s.URL)
	if s.Err != "" {
		b = append(b, `,"error":`...)
		b = appendJSONString(b, s.Err)
	}
	return string(b)
}

func (p *PointWriter) point(metric string, at time.Time, v float64, tags, check string) {
	if !p.declared[metric] {
		p.declared[metric] = true
		kind := pointKinds[metric]
		b := append(p.buf[:0], `{"type":"Metric","data":{"name":`...)
		b = appendJSONString(b, metric)
		b = append(b, `,"type":"`...)
		b = append(b, kind[0]...)
		b = append(b, `","contains":"`...)
		b = append(b, kind[1]...)
		b = append(b, `","thresholds":[`...)
		for i, t := range p.thresholds[metric] {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendJSONString(b, t)
		}
		b = append(b, `],"submetrics":null},"metric":`...)
		b = appendJSONString(b, metric)
		b = append(b, "}\n"...)
		p.write(b)
	}
	b := append(p.buf[:0], `{"type":"Point","data":{"time":"`...)
	b = at.AppendFormat(b, time.RFC3339Nano)
	b = append(b, `","value":`...)
	b = strconv.AppendFloat(b, v, 'f', -1, 64)
	b = append(b, `,"tags":{`...)
	if check != "" {
		b = append(b, `"check":`...)
		b = appendJSONString(b, check)
		b = append(b, ',')
	}
	b = append(b, tags...)
	b = append(b, `}},"metric":`...)
	b = appendJSONString(b, metric)
	b = append(b, "}\n"...)
	p.write(b)
}

func (p *PointWriter) write(b []byte) {
	p.buf = b
	if _, err := p.w.Write(b); err != nil && p.err == nil {
		p.err = err
	}
}

// Close flushes and reports the first write error.
func (p *PointWriter) Close() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if err := p.w.Flush(); err != nil && p.err == nil {
		p.err = err
	}
	return p.err
}

// appendJSONString quotes s as a JSON string (strconv.Quote's \x escapes are
// not JSON).
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b = append(b, '\\', byte(r))
		case r < 0x20 || r == 0x2028 || r == 0x2029:
			b = append(b, '\\', 'u', hex[r>>12&0xf], hex[r>>8&0xf], hex[r>>4&0xf], hex[r&0xf])
		case r == utf8.RuneError:
			b = append(b, "\\ufffd"...)
		default:
			b = utf8.AppendRune(b, r)
		}
	}
	return append(b, '"')
}
