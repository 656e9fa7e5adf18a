package loadtest

import (
	"fmt"
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Threshold is one k6 threshold: a metric (with an optional tag filter), an
// expression over one of its aggregates, and whether failing it stops the run.
type Threshold struct {
	Metric string
	Tags   map[string]string // {operation:getOrder}; nil for the whole metric
	Source string            // the expression as written: p(95)<28
	Agg    string            // avg, min, max, med, p(95), count, rate, value
	Op     string            // <, <=, >, >=, ==, !=
	Bound  float64
	// AbortOnFail stops the run as soon as the threshold fails, once
	// DelayAbortEval has passed.
	AbortOnFail    bool
	DelayAbortEval time.Duration
}

// Verdict is a threshold judged against a result.
type Verdict struct {
	Threshold
	Value float64
	OK    bool
}

// Name is the metric with its tag filter as k6 writes it:
// http_req_duration{operation:getOrder}.
func (t Threshold) Name() string {
	if len(t.Tags) == 0 {
		return t.Metric
	}
	keys := make([]string, 0, len(t.Tags))
	for k := range t.Tags {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = k + ":" + t.Tags[k]
	}
	return t.Metric + "{" + strings.Join(parts, ",") + "}"
}

var (
	exprRe   = regexp.MustCompile(`^\s*(avg|min|max|med|count|rate|value|p\(\s*(\d+(?:\.\d+)?)\s*\))\s*(<=|>=|===|==|!=|<|>)\s*(-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)\s*$`)
	metricRe = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)
)

// metricKinds are the metrics a threshold can name, with the aggregates each
// offers and the tags it can be filtered by.
var metricKinds = map[string]struct {
	aggs string
	tags string
}{
	"http_req_duration":         {trendAggs, requestTags},
	"http_req_service_duration": {trendAggs, requestTags},
	"http_req_failed":           {"rate", requestTags},
	"http_reqs":                 {"count rate", requestTags},
	"checks":                    {"rate", "check"},
	"iterations":                {"count rate", ""},
	"dropped_iterations":        {"count rate", ""},
	"data_sent":                 {"count rate", ""},
	"data_received":             {"count rate", ""},
	"http_req_send_lag":         {trendAggs, ""},
	"vus":                       {"value min max", ""},
	"vus_max":                   {"value min max", ""},
}

const (
	trendAggs   = "avg min max med p"
	requestTags = "operation method status expected_response"
)

// ParseThreshold reads `metric{tag:value}: expr[; abortOnFail][; delayAbortEval=10s]`.
func ParseThreshold(s string) (Threshold, error) {
	var t Threshold
	head, rest, ok := splitMetric(s)
	if !ok {
		return t, fmt.Errorf("threshold %q: want metric: expression, such as http_req_duration: p(95)<28", s)
	}
	name, tags, err := parseMetricName(head)
	if err != nil {
		return t, fmt.Errorf("threshold %q: %w", s, err)
	}
	t.Metric, t.Tags = name, tags
	parts := strings.Split(rest, ";")
	t.Source = strings.TrimSpace(parts[0])
	m := exprRe.FindStringSubmatch(t.Source)
	if m == nil {
		return t, fmt.Errorf("threshold %q: expression %q: want aggregate operator number, such as p(95)<28 or rate<0.01", s, t.Source)
	}
	t.Agg, t.Op = m[1], m[3]
	if t.Op == "===" {
		t.Op = "=="
	}
	if m[2] != "" {
		p, _ := strconv.ParseFloat(m[2], 64)
		if p < 0 || p > 100 {
			return t, fmt.Errorf("threshold %q: percentile %s is outside 0..100", s, m[2])
		}
		t.Agg = "p(" + m[2] + ")"
	}
	t.Bound, _ = strconv.ParseFloat(m[4], 64)
	kind := metricKinds[t.Metric]
	agg := t.Agg
	if strings.HasPrefix(agg, "p(") {
		agg = "p"
	}
	if !strings.Contains(" "+kind.aggs+" ", " "+agg+" ") {
		return t, fmt.Errorf("threshold %q: %s has no %s (it has: %s)", s, t.Metric, t.Agg, kind.aggs)
	}
	for k := range t.Tags {
		if !strings.Contains(" "+kind.tags+" ", " "+k+" ") {
			return t, fmt.Errorf("threshold %q: %s cannot be filtered by tag %q (tags: %s)", s, t.Metric, k, orNone(kind.tags))
		}
	}
	for _, opt := range parts[1:] {
		opt = strings.TrimSpace(opt)
		key, val, _ := strings.Cut(opt, "=")
		switch strings.TrimSpace(key) {
		case "abortOnFail":
			t.AbortOnFail = val == "" || val == "true"
		case "delayAbortEval":
			d, err := time.ParseDuration(strings.TrimSpace(val))
			if err != nil || d < 0 {
				return t, fmt.Errorf("threshold %q: delayAbortEval wants a duration such as 10s", s)
			}
			t.DelayAbortEval = d
		default:
			return t, fmt.Errorf("threshold %q: unknown option %q (abortOnFail, delayAbortEval=DURATION)", s, opt)
		}
	}
	return t, nil
}

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}

// splitMetric cuts at the colon that ends the metric name, after any tag
// filter (tag values contain colons).
func splitMetric(s string) (string, string, bool) {
	from := 0
	if i := strings.IndexByte(s, '}'); i >= 0 {
		from = i
	}
	i := strings.IndexByte(s[from:], ':')
	if i < 0 {
		return "", "", false
	}
	return strings.TrimSpace(s[:from+i]), s[from+i+1:], true
}

func parseMetricName(head string) (string, map[string]string, error) {
	name, filter, hasFilter := strings.Cut(head, "{")
	name = strings.TrimSpace(name)
	if !metricRe.MatchString(name) {
		return "", nil, fmt.Errorf("%q is not a metric name", name)
	}
	if _, ok := metricKinds[name]; !ok {
		known := make([]string, 0, len(metricKinds))
		for k := range metricKinds {
			known = append(known, k)
		}
		sort.Strings(known)
		return "", nil, fmt.Errorf("unknown metric %q (known: %s)", name, strings.Join(known, ", "))
	}
	if !hasFilter {
		return name, nil, nil
	}
	filter, ok := strings.CutSuffix(strings.TrimSpace(filter), "}")
	if !ok {
		return "", nil, fmt.Errorf("tag filter of %s has no closing }", name)
	}
	tags := map[string]string{}
	for _, kv := range strings.Split(filter, ",") {
		k, v, ok := strings.Cut(kv, ":")
		k, v = strings.TrimSpace(k), strings.TrimSpace(v)
		if !ok || k == "" || v == "" {
			return "", nil, fmt.Errorf("tag filter %q: want {tag:value}", kv)
		}
		tags[k] = v
	}
	return name, tags, nil
}

// Judge evaluates thresholds against a result.
func Judge(ts []Threshold, res *Result) []Verdict {
	out := make([]Verdict, len(ts))
	for i, t := range ts {
		v := valueOf(t, res)
		out[i] = Verdict{Threshold: t, Value: v, OK: compare(v, t.Op, t.Bound)}
	}
	return out
}

func compare(v float64, op string, bound float64) bool {
	if math.IsNaN(v) {
		return false
	}
	switch op {
	case "<":
		return v < bound
	case "<=":
		return v <= bound
	case ">":
		return v > bound
	case ">=":
		return v >= bound
	case "==":
		return v == bound
	case "!=":
		return v != bound
	}
	return false
}

// Failed reports whether any verdict failed.
func Failed(vs []Verdict) bool {
	for _, v := range vs {
		if !v.OK {
			return true
		}
	}
	return false
}

// matchKey applies a request tag filter to a series key.
func matchKey(tags map[string]string) func(Key) bool {
	if len(tags) == 0 {
		return nil
	}
	return func(k Key) bool {
		for tag, want := range tags {
			var got string
			switch tag {
			case "operation":
				got = k.Operation
			case "method":
				got = k.Method
			case "status":
				got = strconv.Itoa(k.Status)
			case "expected_response":
				got = strconv.FormatBool(k.Status >= 200 && k.Status <= 399)
			}
			if !strings.EqualFold(got, want) {
				return false
			}
		}
		return true
	}
}

// MetricKind is a metric's kind as FormatValue takes it.
func MetricKind(name string) string {
	switch metricKinds[name].aggs {
	case trendAggs:
		return "trend"
	case "rate":
		return "rate"
	}
	return "counter"
}
