package metrics

import (
	"encoding/binary"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"
)

// vec maps label values to series. Lookups load an immutable map through an
// atomic pointer, so the request path takes no lock; a new series copies the
// map under mu, which happens once per label combination.
type vec[S any] struct {
	name, help string
	labels     []string // as declared
	order      []int    // indices of labels sorted by name, the order they are written in
	mu         sync.Mutex
	series     atomic.Pointer[map[string]*entry[S]]
	make       func() *S
}

type entry[S any] struct {
	labels []Label // sorted by name
	s      *S
}

func newVec[S any](name, help string, labels []string, reserved string, mk func() *S) *vec[S] {
	if !validMetricName(name) {
		panic("metrics: invalid metric name " + name)
	}
	if !utf8.ValidString(help) {
		panic("metrics: help of " + name + " is not UTF-8")
	}
	for i, l := range labels {
		if !validLabelName(l) || l == reserved || slices.Contains(labels[:i], l) {
			panic("metrics: invalid or repeated label name " + l + " for " + name)
		}
	}
	v := &vec[S]{name: name, help: help, labels: slices.Clone(labels), make: mk}
	v.order = make([]int, len(labels))
	for i := range v.order {
		v.order[i] = i
	}
	slices.SortFunc(v.order, func(a, b int) int { return strings.Compare(labels[a], labels[b]) })
	m := map[string]*entry[S]{}
	v.series.Store(&m)
	return v
}

// get returns the series for values, creating it on first use. The key
// length-prefixes each value so that no two lists of values share one.
func (v *vec[S]) get(values []string) *S {
	if len(values) != len(v.labels) {
		panic("metrics: " + v.name + " takes " + strconv.Itoa(len(v.labels)) + " label values, got " + strconv.Itoa(len(values)))
	}
	var buf [128]byte
	key := buf[:0]
	for _, s := range values {
		key = binary.AppendUvarint(key, uint64(len(s)))
		key = append(key, s...)
	}
	if e, ok := (*v.series.Load())[string(key)]; ok {
		return e.s
	}
	return v.add(string(key), values)
}

func (v *vec[S]) add(key string, values []string) *S {
	v.mu.Lock()
	defer v.mu.Unlock()
	old := *v.series.Load()
	if e, ok := old[key]; ok {
		return e.s
	}
	e := &entry[S]{labels: make([]Label, len(values)), s: v.make()}
	for i, j := range v.order {
		// The exposition format is UTF-8; a stray byte in a path must not break a scrape.
		e.labels[i] = Label{Name: v.labels[j], Value: strings.ToValidUTF8(values[j], "\uFFFD")}
	}
	m := make(map[string]*entry[S], len(old)+1)
	for k, x := range old {
		m[k] = x
	}
	m[key] = e
	v.series.Store(&m)
	return e.s
}

func (v *vec[S]) entries() []*entry[S] {
	m := *v.series.Load()
	out := make([]*entry[S], 0, len(m))
	for _, e := range m {
		out = append(out, e)
	}
	return out
}

// Counter only goes up. Whole increments, the usual case, are one atomic add;
// fractional ones go to a separate float accumulated by compare-and-swap.
type Counter struct {
	whole atomic.Uint64
	frac  atomic.Uint64 // float64 bits
}

// Inc adds one.
func (c *Counter) Inc() { c.whole.Add(1) }

// Add adds v, which must not be negative.
func (c *Counter) Add(v float64) {
	if v < 0 {
		panic("metrics: counters cannot decrease")
	}
	if u := uint64(v); float64(u) == v && v < 1<<63 {
		c.whole.Add(u)
		return
	}
	addFloat(&c.frac, v)
}

// Value returns the current count.
func (c *Counter) Value() float64 {
	return float64(c.whole.Load()) + math.Float64frombits(c.frac.Load())
}

func addFloat(bits *atomic.Uint64, v float64) {
	for {
		old := bits.Load()
		if bits.CompareAndSwap(old, math.Float64bits(math.Float64frombits(old)+v)) {
			return
		}
	}
}

// CounterVec is a family of counters told apart by label values.
type CounterVec struct{ v *vec[Counter] }

// registerVec claims v's name in r and collects v as one family of type typ,
// fill setting each series' value from its metric.
func registerVec[S any](r *Registry, v *vec[S], typ Type, fill func(*S, *Series)) {
	r.claim(v.name)
	r.Register(CollectorFunc(func() []Family {
		es := v.entries()
		f := Family{Name: v.name, Help: v.help, Type: typ, Series: make([]Series, len(es))}
		for i, e := range es {
			f.Series[i] = Series{Labels: e.labels}
			fill(e.s, &f.Series[i])
		}
		return []Family{f}
	}))
}

// NewCounterVec creates and registers a counter family. It panics on an invalid
// or already registered name, as registering is done once at start-up.
func (r *Registry) NewCounterVec(name, help string, labels ...string) *CounterVec {
	v := newVec(name, help, labels, "", func() *Counter { return new(Counter) })
	registerVec(r, v, CounterType, func(c *Counter, s *Series) { s.Value = c.Value() })
	return &CounterVec{v}
}

// WithLabelValues returns the counter for values, given in the order of the labels.
func (c *CounterVec) WithLabelValues(values ...string) *Counter { return c.v.get(values) }

// Histogram counts observations in buckets. Each bucket, the one past the
// last bound included, is counted separately with an atomic add; the cumulative
// counts and the total are derived when collecting, so _count always equals the
// +Inf bucket. The sum is a separate atomic and may lag by the observations in
// flight during a scrape.
type Histogram struct {
	bounds []float64 // shared with the vector, read only
	counts []atomic.Uint64
	sum    atomic.Uint64 // float64 bits
}

// Observe records v.
func (h *Histogram) Observe(v float64) {
	// Buckets are few; a linear scan beats a binary search here. NaN lands in +Inf.
	i := 0
	for i < len(h.bounds) && !(v <= h.bounds[i]) {
		i++
	}
	h.counts[i].Add(1)
	addFloat(&h.sum, v)
}

// Value returns the histogram's state.
func (h *Histogram) Value() *HistogramValue {
	hv := &HistogramValue{Buckets: make([]Bucket, len(h.bounds)), Sum: math.Float64frombits(h.sum.Load())}
	var n uint64
	for i, b := range h.bounds {
		n += h.counts[i].Load()
		hv.Buckets[i] = Bucket{UpperBound: b, Count: n}
	}
	hv.Count = n + h.counts[len(h.bounds)].Load()
	return hv
}

// HistogramVec is a family of histograms with the same buckets, told apart by
// label values.
type HistogramVec struct{ v *vec[Histogram] }

// NewHistogramVec creates and registers a histogram family with the given upper
// bounds, which must be increasing; +Inf is implied and dropped if given.
func (r *Registry) NewHistogramVec(name, help string, buckets []float64, labels ...string) *HistogramVec {
	bounds := slices.Clone(buckets)
	if n := len(bounds); n > 0 && math.IsInf(bounds[n-1], 1) {
		bounds = bounds[:n-1]
	}
	if len(bounds) == 0 || !sort.Float64sAreSorted(bounds) || slices.ContainsFunc(bounds, math.IsNaN) || len(slices.Compact(slices.Clone(bounds))) != len(bounds) {
		panic("metrics: buckets of " + name + " must be increasing")
	}
	v := newVec(name, help, labels, "le", func() *Histogram {
		return &Histogram{bounds: bounds, counts: make([]atomic.Uint64, len(bounds)+1)}
	})
	registerVec(r, v, HistogramType, func(h *Histogram, s *Series) { s.Histogram = h.Value() })
	return &HistogramVec{v}
}

// WithLabelValues returns the histogram for values, given in the order of the labels.
func (h *HistogramVec) WithLabelValues(values ...string) *Histogram { return h.v.get(values) }
