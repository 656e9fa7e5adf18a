package loadtest

import (
	"sort"
	"sync"
	"time"

	hdr "github.com/HdrHistogram/hdrhistogram-go"
)

// Latencies are recorded in microseconds from 1 µs to maxTrackable with three
// significant digits: 0.1% resolution at every magnitude.
const maxTrackable = int64(time.Hour / time.Microsecond)

func newHist() *hdr.Histogram { return hdr.New(1, maxTrackable, 3) }

func micros(d time.Duration) int64 {
	v := int64(d / time.Microsecond)
	if v < 1 {
		return 1
	}
	if v > maxTrackable {
		return maxTrackable
	}
	return v
}

// CheckResult is one named check on one response.
type CheckResult struct {
	Name string
	OK   bool
}

// Sample is one finished request.
type Sample struct {
	Operation string
	Method    string
	URL       string
	Status    int       // 0 when no response arrived
	Err       string    // transport error, "" with a response
	Intended  time.Time // when the schedule meant it to start
	// Dispatched is when the generator got to it; Start when it had a
	// connection and went on the wire.
	Dispatched time.Time
	Start      time.Time
	End        time.Time
	Failed     bool // transport error or a status outside 200-399, as k6's http_req_failed
	Checks     []CheckResult
}

// Corrected is the latency from the intended start.
func (s Sample) Corrected() time.Duration { return s.End.Sub(s.Intended) }

// Service is the latency from the actual send.
func (s Sample) Service() time.Duration { return s.End.Sub(s.Start) }

// Key names one series: an operation, a method and a status.
type Key struct {
	Operation string
	Method    string
	Status    int
}

// Series holds the histograms of one Key.
type Series struct {
	Key       Key
	Corrected *hdr.Histogram
	Service   *hdr.Histogram
	Failed    int64
}

// CheckCount counts passes and fails of one named check.
type CheckCount struct {
	Name   string
	Passes int64
	Fails  int64
}

// recorder aggregates samples. Memory is one pair of histograms per series,
// a bounded timeline and the check table, whatever the run's length.
type recorder struct {
	mu       sync.Mutex
	series   map[Key]*Series
	checks   map[string]*CheckCount
	lag      *hdr.Histogram
	timeline *timeline
}

func newRecorder(start time.Time, bucket time.Duration) *recorder {
	return &recorder{series: map[Key]*Series{}, checks: map[string]*CheckCount{}, lag: newHist(),
		timeline: newTimeline(start, bucket)}
}

func (r *recorder) record(s *Sample) {
	k := Key{Operation: s.Operation, Method: s.Method, Status: s.Status}
	corrected, service := micros(s.Corrected()), micros(s.Service())
	lag := micros(s.Dispatched.Sub(s.Intended))
	r.mu.Lock()
	defer r.mu.Unlock()
	se := r.series[k]
	if se == nil {
		se = &Series{Key: k, Corrected: newHist(), Service: newHist()}
		r.series[k] = se
	}
	_ = se.Corrected.RecordValue(corrected)
	_ = se.Service.RecordValue(service)
	if s.Failed {
		se.Failed++
	}
	_ = r.lag.RecordValue(lag)
	for _, c := range s.Checks {
		cc := r.checks[c.Name]
		if cc == nil {
			cc = &CheckCount{Name: c.Name}
			r.checks[c.Name] = cc
		}
		if c.OK {
			cc.Passes++
		} else {
			cc.Fails++
		}
	}
	r.timeline.add(s.End, corrected, service, s.Failed)
}

// snapshot copies the aggregates, sorted by key, for reporting while the run
// goes on.
func (r *recorder) snapshot() ([]*Series, []CheckCount, *hdr.Histogram) {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := make([]*Series, 0, len(r.series))
	for _, s := range r.series {
		out = append(out, &Series{Key: s.Key, Corrected: s.Corrected.Clone(), Service: s.Service.Clone(), Failed: s.Failed})
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i].Key, out[j].Key
		if a.Operation != b.Operation {
			return a.Operation < b.Operation
		}
		if a.Method != b.Method {
			return a.Method < b.Method
		}
		return a.Status < b.Status
	})
	checks := make([]CheckCount, 0, len(r.checks))
	for _, c := range r.checks {
		checks = append(checks, *c)
	}
	sort.Slice(checks, func(i, j int) bool { return checks[i].Name < checks[j].Name })
	return out, checks, r.lag.Clone()
}

// Point is one bucket of the timeline: requests that finished in it and their
// latency percentiles in milliseconds.
type Point struct {
	Offset    time.Duration // from the run's start to the bucket's start
	Width     time.Duration
	Requests  int64
	Failed    int64
	Corrected [3]float64 // p50, p95, p99
	Service   [3]float64
}

// maxPoints bounds the timeline; past it, neighbouring buckets merge.
const maxPoints = 720

type timeline struct {
	start     time.Time
	width     time.Duration
	points    []Point
	cur       Point
	corrected *hdr.Histogram
	service   *hdr.Histogram
}

func newTimeline(start time.Time, width time.Duration) *timeline {
	return &timeline{start: start, width: width, cur: Point{Width: width},
		corrected: hdr.New(1, maxTrackable, 2), service: hdr.New(1, maxTrackable, 2)}
}

func (t *timeline) add(end time.Time, corrected, service int64, failed bool) {
	t.flush(end)
	t.cur.Requests++
	if failed {
		t.cur.Failed++
	}
	_ = t.corrected.RecordValue(corrected)
	_ = t.service.RecordValue(service)
}

// flush closes every bucket that ends before now.
func (t *timeline) flush(now time.Time) {
	for now.Sub(t.start) >= t.cur.Offset+t.width {
		t.close()
	}
}

func (t *timeline) close() {
	p := t.cur
	p.Width = t.width
	if p.Requests > 0 {
		p.Corrected = percentiles3(t.corrected)
		p.Service = percentiles3(t.service)
	}
	t.points = append(t.points, p)
	t.corrected.Reset()
	t.service.Reset()
	t.cur = Point{Offset: p.Offset + t.width, Width: t.width}
	if len(t.points) >= maxPoints {
		t.coarsen()
	}
}

// coarsen halves the timeline by merging neighbours: counts add up and each
// percentile keeps the higher of the two, so a stall never disappears from a
// long run's plot.
func (t *timeline) coarsen() {
	merged := t.points[:0]
	for i := 0; i+1 < len(t.points); i += 2 {
		a, b := t.points[i], t.points[i+1]
		a.Width += b.Width
		a.Requests += b.Requests
		a.Failed += b.Failed
		for j := range a.Corrected {
			a.Corrected[j] = max(a.Corrected[j], b.Corrected[j])
			a.Service[j] = max(a.Service[j], b.Service[j])
		}
		merged = append(merged, a)
	}
	if len(t.points)%2 == 1 {
		merged = append(merged, t.points[len(t.points)-1])
	}
	t.points = merged
	t.width *= 2
	t.cur.Offset = t.points[len(t.points)-1].Offset + t.points[len(t.points)-1].Width
}

func percentiles3(h *hdr.Histogram) [3]float64 {
	return [3]float64{Millis(h.ValueAtQuantile(50)), Millis(h.ValueAtQuantile(95)), Millis(h.ValueAtQuantile(99))}
}

// Millis converts microseconds (the histograms' unit) to milliseconds.
func Millis(us int64) float64 { return float64(us) / 1000 }

func (r *recorder) points(now time.Time) []Point {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.timeline.flush(now)
	out := append([]Point(nil), r.timeline.points...)
	if r.timeline.cur.Requests > 0 {
		p := r.timeline.cur
		p.Corrected = percentiles3(r.timeline.corrected)
		p.Service = percentiles3(r.timeline.service)
		p.Width = now.Sub(r.timeline.start) - p.Offset
		if p.Width > 0 {
			out = append(out, p)
		}
	}
	return out
}
