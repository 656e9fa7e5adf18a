// Package metrics is the orders API's Prometheus instrumentation: counter and
// histogram vectors, the Go runtime and process families that operators expect,
// and a renderer for the text exposition format 0.0.4.
//
// It replaces github.com/prometheus/client_golang because the orders example is
// linked into the one sequere binary, and Go runs every linked package's init on
// every command. client_golang pulls in procfs, expvar, runtime/metrics and
// protobuf (client_model, timestamppb and their registries), whose initializers
// cost every invocation, `sequere lint petstore.yaml` included, about 3.5 ms of
// wall time and 4 ms of CPU (bench/starttime, release build: 35.5 -> 32.1 ms wall
// median with the metrics stubbed out). This package has no package-level state
// beyond constants, so it costs nothing until a server is started. A test keeps
// those imports out of cmd/sequere.
//
// Every Registry is independent (tests run servers side by side). The request path
// (WithLabelValues, Inc, Observe) takes no lock once a series exists: series are
// found in a copy-on-write map behind an atomic pointer and updated with atomics.
package metrics

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
)

// ContentType is the media type of WriteText's output.
const ContentType = "text/plain; version=0.0.4; charset=utf-8"

// Type is a metric family's type, as written on its # TYPE line.
type Type string

const (
	CounterType   Type = "counter"
	GaugeType     Type = "gauge"
	HistogramType Type = "histogram"
	SummaryType   Type = "summary"
)

// Family is one metric name with its help, type and series, as a Collector
// reports it.
type Family struct {
	Name   string
	Help   string
	Type   Type
	Series []Series
}

// Label is one name="value" pair.
type Label struct{ Name, Value string }

// Series is one labelled sample of a family. Counters and gauges use Value;
// histograms use Histogram and summaries Summary.
type Series struct {
	Labels    []Label
	Value     float64
	Histogram *HistogramValue
	Summary   *SummaryValue
}

// HistogramValue is a histogram's state. Buckets hold cumulative counts in
// ascending order of upper bound, without the +Inf bucket, which is Count.
type HistogramValue struct {
	Buckets []Bucket
	Count   uint64
	Sum     float64
}

// Bucket is the number of observations less than or equal to UpperBound.
type Bucket struct {
	UpperBound float64
	Count      uint64
}

// SummaryValue is a summary's state: precomputed quantiles, count and sum.
type SummaryValue struct {
	Quantiles []Quantile
	Count     uint64
	Sum       float64
}

// Quantile is the value at quantile Q (0 <= Q <= 1).
type Quantile struct{ Q, Value float64 }

// Collector reports families when the registry is rendered. Collect may be called
// concurrently with itself and with updates.
type Collector interface {
	Collect() []Family
}

// CollectorFunc adapts a function to Collector.
type CollectorFunc func() []Family

func (f CollectorFunc) Collect() []Family { return f() }

// Registry holds the collectors of one server.
type Registry struct {
	mu         sync.Mutex
	collectors []Collector
	names      map[string]bool // families of the vectors created here, to refuse duplicates early
}

// NewRegistry returns an empty registry.
func NewRegistry() *Registry { return &Registry{names: map[string]bool{}} }

// Register adds a collector. Duplicate family names between collectors are
// reported by WriteText, since a collector's names are known only when it runs.
func (r *Registry) Register(c Collector) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.collectors = append(r.collectors, c)
}

func (r *Registry) claim(name string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.names[name] {
		panic("metrics: " + name + " is already registered")
	}
	r.names[name] = true
}

// Gather collects every family, sorted by name, each with its series sorted by
// label values. Families without series are left out, as client_golang does.
func (r *Registry) Gather() ([]Family, error) {
	r.mu.Lock()
	collectors := slices.Clone(r.collectors)
	r.mu.Unlock()
	var out []Family
	seen := map[string]bool{}
	for _, c := range collectors {
		for _, f := range c.Collect() {
			if err := validate(f); err != nil {
				return nil, err
			}
			if seen[f.Name] {
				return nil, fmt.Errorf("metrics: family %s is collected twice", f.Name)
			}
			seen[f.Name] = true
			if len(f.Series) == 0 {
				continue
			}
			f.Series = slices.Clone(f.Series)
			for i := range f.Series {
				f.Series[i].Labels = sortedLabels(f.Series[i].Labels)
			}
			slices.SortStableFunc(f.Series, func(a, b Series) int { return compareLabels(a.Labels, b.Labels) })
			out = append(out, f)
		}
	}
	slices.SortFunc(out, func(a, b Family) int { return strings.Compare(a.Name, b.Name) })
	return out, nil
}

// WriteText renders every family in the text exposition format 0.0.4. Nothing is
// written if collecting fails.
func (r *Registry) WriteText(w io.Writer) error {
	families, err := r.Gather()
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	var buf []byte
	for _, f := range families {
		buf = AppendFamily(buf[:0], f)
		if _, err := bw.Write(buf); err != nil {
			return err
		}
	}
	return bw.Flush()
}

func sortedLabels(ls []Label) []Label {
	if slices.IsSortedFunc(ls, compareLabelNames) {
		return ls
	}
	ls = slices.Clone(ls)
	slices.SortFunc(ls, compareLabelNames)
	return ls
}

func compareLabelNames(a, b Label) int { return strings.Compare(a.Name, b.Name) }

// compareLabels orders series of one family, whose labels are sorted by name:
// name by name, then value by value, shorter first.
func compareLabels(a, b []Label) int {
	for i := range min(len(a), len(b)) {
		if c := strings.Compare(a[i].Name, b[i].Name); c != 0 {
			return c
		}
		if c := strings.Compare(a[i].Value, b[i].Value); c != 0 {
			return c
		}
	}
	return len(a) - len(b)
}

func validate(f Family) error {
	if !validMetricName(f.Name) {
		return fmt.Errorf("metrics: invalid metric name %q", f.Name)
	}
	if !utf8.ValidString(f.Help) {
		return fmt.Errorf("metrics: help of %s is not UTF-8", f.Name)
	}
	switch f.Type {
	case CounterType, GaugeType, HistogramType, SummaryType:
	default:
		return fmt.Errorf("metrics: %s has unknown type %q", f.Name, f.Type)
	}
	for _, s := range f.Series {
		for i, l := range s.Labels {
			if !validLabelName(l.Name) {
				return fmt.Errorf("metrics: %s has invalid label name %q", f.Name, l.Name)
			}
			if (f.Type == HistogramType && l.Name == "le") || (f.Type == SummaryType && l.Name == "quantile") {
				return fmt.Errorf("metrics: %s uses the reserved label %s", f.Name, l.Name)
			}
			if !utf8.ValidString(l.Value) {
				return fmt.Errorf("metrics: %s label %s is not UTF-8", f.Name, l.Name)
			}
			for _, o := range s.Labels[:i] {
				if o.Name == l.Name {
					return fmt.Errorf("metrics: %s repeats label %s", f.Name, l.Name)
				}
			}
		}
		switch {
		case f.Type == HistogramType && s.Histogram == nil, f.Type == SummaryType && s.Summary == nil:
			return fmt.Errorf("metrics: %s series lacks its %s value", f.Name, f.Type)
		}
	}
	return nil
}

func validMetricName(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c == '_' || c == ':' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || i > 0 && '0' <= c && c <= '9') {
			return false
		}
	}
	return true
}

// validLabelName also refuses the __ prefix, which Prometheus keeps for itself.
func validLabelName(s string) bool {
	return validMetricName(s) && !strings.Contains(s, ":") && !strings.HasPrefix(s, "__")
}
