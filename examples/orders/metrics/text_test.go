package metrics

import (
	"math"
	"strings"
	"testing"
)

func TestAppendFloat(t *testing.T) {
	for _, c := range []struct {
		in   float64
		want string
	}{
		{0, "0"}, {1, "1"}, {-1, "-1"}, {42, "42"}, {0.0005, "0.0005"}, {0.1, "0.1"}, {2.5, "2.5"},
		{1e21, "1e+21"}, {1e-7, "1e-07"}, {1.5e6, "1.5e+06"}, {123456, "123456"}, {1234567, "1.234567e+06"},
		{math.MaxInt64, "9.223372036854776e+18"}, {math.MaxUint64, "1.8446744073709552e+19"},
		{math.Copysign(0, -1), "-0"}, {math.Inf(1), "+Inf"}, {math.Inf(-1), "-Inf"}, {math.NaN(), "NaN"},
	} {
		if got := string(appendFloat(nil, c.in)); got != c.want {
			t.Errorf("appendFloat(%v) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestAppendFamily(t *testing.T) {
	for _, c := range []struct {
		name string
		f    Family
		want string
	}{
		{"gauge without labels", Family{Name: "up", Help: "Is it up.", Type: GaugeType, Series: []Series{{Value: 1}}},
			"# HELP up Is it up.\n# TYPE up gauge\nup 1\n"},
		{"help escapes backslash and newline but not quotes", Family{Name: "x", Help: "a \"b\" c\\d\ne", Type: GaugeType, Series: []Series{{Value: 0}}},
			"# HELP x a \"b\" c\\\\d\\ne\n# TYPE x gauge\nx 0\n"},
		{"empty help", Family{Name: "x", Type: CounterType, Series: []Series{{Value: 3}}},
			"# HELP x \n# TYPE x counter\nx 3\n"},
		{"label values escape backslash, quote and newline", Family{Name: "c_total", Help: "h", Type: CounterType,
			Series: []Series{{Labels: []Label{{"code", "200"}, {"route", "GET /a\"b\\c\nd"}}, Value: 7}}},
			"# HELP c_total h\n# TYPE c_total counter\nc_total{code=\"200\",route=\"GET /a\\\"b\\\\c\\nd\"} 7\n"},
		{"unicode label value", Family{Name: "g", Help: "h", Type: GaugeType, Series: []Series{{Labels: []Label{{"city", "Zürich ☃"}}, Value: -2.5}}},
			"# HELP g h\n# TYPE g gauge\ng{city=\"Zürich ☃\"} -2.5\n"},
		{"histogram", Family{Name: "d_seconds", Help: "h", Type: HistogramType, Series: []Series{{Labels: []Label{{"route", "r"}},
			Histogram: &HistogramValue{Buckets: []Bucket{{0.0005, 1}, {1, 2}}, Count: 3, Sum: 1e21}}}},
			"# HELP d_seconds h\n# TYPE d_seconds histogram\n" +
				"d_seconds_bucket{route=\"r\",le=\"0.0005\"} 1\n" +
				"d_seconds_bucket{route=\"r\",le=\"1\"} 2\n" +
				"d_seconds_bucket{route=\"r\",le=\"+Inf\"} 3\n" +
				"d_seconds_sum{route=\"r\"} 1e+21\n" +
				"d_seconds_count{route=\"r\"} 3\n"},
		{"histogram without labels and an explicit +Inf bucket", Family{Name: "d", Help: "h", Type: HistogramType, Series: []Series{{
			Histogram: &HistogramValue{Buckets: []Bucket{{2.5, 0}, {math.Inf(1), 4}}, Count: 4, Sum: 12}}}},
			"# HELP d h\n# TYPE d histogram\nd_bucket{le=\"2.5\"} 0\nd_bucket{le=\"+Inf\"} 4\nd_sum 12\nd_count 4\n"},
		{"summary", Family{Name: "s", Help: "h", Type: SummaryType, Series: []Series{{
			Summary: &SummaryValue{Quantiles: []Quantile{{0, 1e-05}, {0.5, 0.002}, {1, 0.5}}, Count: 1234567, Sum: 0.75}}}},
			"# HELP s h\n# TYPE s summary\ns{quantile=\"0\"} 1e-05\ns{quantile=\"0.5\"} 0.002\ns{quantile=\"1\"} 0.5\ns_sum 0.75\ns_count 1.234567e+06\n"},
	} {
		if got := string(AppendFamily(nil, c.f)); got != c.want {
			t.Errorf("%s:\ngot\n%s\nwant\n%s", c.name, got, c.want)
		}
	}
}

func TestGatherSortsAndValidates(t *testing.T) {
	r := NewRegistry()
	r.Register(CollectorFunc(func() []Family {
		return []Family{
			{Name: "b", Help: "h", Type: GaugeType, Series: []Series{
				{Labels: []Label{{"y", "1"}, {"x", "b"}}, Value: 1},
				{Labels: []Label{{"x", "a"}, {"y", "2"}}, Value: 2},
				{Labels: []Label{{"x", "a"}, {"y", "10"}}, Value: 3},
			}},
			{Name: "empty", Help: "h", Type: GaugeType},
			{Name: "a", Help: "h", Type: CounterType, Series: []Series{{Value: 4}}},
		}
	}))
	var sb strings.Builder
	if err := r.WriteText(&sb); err != nil {
		t.Fatal(err)
	}
	want := "# HELP a h\n# TYPE a counter\na 4\n" +
		"# HELP b h\n# TYPE b gauge\nb{x=\"a\",y=\"10\"} 3\nb{x=\"a\",y=\"2\"} 2\nb{x=\"b\",y=\"1\"} 1\n"
	if sb.String() != want {
		t.Errorf("got\n%s\nwant\n%s", sb.String(), want)
	}

	for name, f := range map[string]Family{
		"bad name":            {Name: "1x", Type: GaugeType},
		"bad label":           {Name: "x", Type: GaugeType, Series: []Series{{Labels: []Label{{"a-b", "1"}}}}},
		"reserved label":      {Name: "x", Type: GaugeType, Series: []Series{{Labels: []Label{{"__name__", "1"}}}}},
		"le on a histogram":   {Name: "x", Type: HistogramType, Series: []Series{{Labels: []Label{{"le", "1"}}, Histogram: &HistogramValue{}}}},
		"repeated label":      {Name: "x", Type: GaugeType, Series: []Series{{Labels: []Label{{"a", "1"}, {"a", "2"}}}}},
		"histogram w/o value": {Name: "x", Type: HistogramType, Series: []Series{{}}},
		"unknown type":        {Name: "x", Type: "untyped"},
		"invalid UTF-8":       {Name: "x", Type: GaugeType, Series: []Series{{Labels: []Label{{"a", "\xff"}}}}},
	} {
		r := NewRegistry()
		r.Register(CollectorFunc(func() []Family { return []Family{f} }))
		if err := r.WriteText(&strings.Builder{}); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
	r = NewRegistry()
	r.NewCounterVec("x", "h")
	r.Register(CollectorFunc(func() []Family { return []Family{{Name: "x", Type: GaugeType}} }))
	if err := r.WriteText(&strings.Builder{}); err == nil {
		t.Error("a family collected twice: no error")
	}
}

func TestVecRefusesMisuse(t *testing.T) {
	for name, f := range map[string]func(){
		"duplicate name":      func() { r := NewRegistry(); r.NewCounterVec("x", "h"); r.NewHistogramVec("x", "h", []float64{1}) },
		"bad metric name":     func() { NewRegistry().NewCounterVec("a b", "h") },
		"bad label name":      func() { NewRegistry().NewCounterVec("x", "h", "a.b") },
		"repeated label":      func() { NewRegistry().NewCounterVec("x", "h", "a", "a") },
		"le on a histogram":   func() { NewRegistry().NewHistogramVec("x", "h", []float64{1}, "le") },
		"unsorted buckets":    func() { NewRegistry().NewHistogramVec("x", "h", []float64{2, 1}) },
		"repeated bucket":     func() { NewRegistry().NewHistogramVec("x", "h", []float64{1, 1}) },
		"no buckets":          func() { NewRegistry().NewHistogramVec("x", "h", nil) },
		"wrong arity":         func() { NewRegistry().NewCounterVec("x", "h", "a", "b").WithLabelValues("1") },
		"negative increment":  func() { NewRegistry().NewCounterVec("x", "h").WithLabelValues().Add(-1) },
		"help not UTF-8":      func() { NewRegistry().NewCounterVec("x", "\xff") },
		"reserved label name": func() { NewRegistry().NewCounterVec("x", "h", "__a") },
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%s: no panic", name)
				}
			}()
			f()
		}()
	}
}

func TestVecs(t *testing.T) {
	r := NewRegistry()
	c := r.NewCounterVec("req_total", "h", "route", "code")
	h := r.NewHistogramVec("dur_seconds", "h", []float64{0.1, 1, math.Inf(1)}, "route")
	c.WithLabelValues("/b", "200").Inc()
	c.WithLabelValues("/a", "500").Add(2.5)
	c.WithLabelValues("/a", "500").Add(3)
	c.WithLabelValues("/a", "\xffx").Inc()
	// Values that would collide if simply joined stay apart.
	c.WithLabelValues("a\x00", "b").Inc()
	c.WithLabelValues("a", "\x00b").Inc()
	for _, v := range []float64{0.05, 0.1, 0.5, 7, math.NaN()} {
		h.WithLabelValues("/a").Observe(v)
	}
	h.WithLabelValues("/b").Observe(-1)
	var sb strings.Builder
	if err := r.WriteText(&sb); err != nil {
		t.Fatal(err)
	}
	want := `# HELP dur_seconds h
# TYPE dur_seconds histogram
dur_seconds_bucket{route="/a",le="0.1"} 2
dur_seconds_bucket{route="/a",le="1"} 3
dur_seconds_bucket{route="/a",le="+Inf"} 5
dur_seconds_sum{route="/a"} NaN
dur_seconds_count{route="/a"} 5
dur_seconds_bucket{route="/b",le="0.1"} 1
dur_seconds_bucket{route="/b",le="1"} 1
dur_seconds_bucket{route="/b",le="+Inf"} 1
dur_seconds_sum{route="/b"} -1
dur_seconds_count{route="/b"} 1
# HELP req_total h
# TYPE req_total counter
req_total{code="\x00b",route="a"} 1
req_total{code="200",route="/b"} 1
req_total{code="500",route="/a"} 5.5
req_total{code="b",route="a\x00"} 1
req_total{code="�x",route="/a"} 1
`
	want = strings.ReplaceAll(want, `\x00`, "\x00")
	if sb.String() != want {
		t.Errorf("got\n%s\nwant\n%s", sb.String(), want)
	}
}
