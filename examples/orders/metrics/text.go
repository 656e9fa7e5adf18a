package metrics

import (
	"math"
	"strconv"
)

// AppendFamily appends f in the text exposition format 0.0.4: the # HELP and
// # TYPE lines, then one line per sample, labels in the order given. Histograms
// get cumulative _bucket lines ending with le="+Inf", then _sum and _count;
// summaries one line per quantile, then _sum and _count.
func AppendFamily(b []byte, f Family) []byte {
	b = append(b, "# HELP "...)
	b = append(b, f.Name...)
	b = append(b, ' ')
	b = appendEscaped(b, f.Help, false)
	b = append(b, "\n# TYPE "...)
	b = append(b, f.Name...)
	b = append(b, ' ')
	b = append(b, f.Type...)
	b = append(b, '\n')
	for _, s := range f.Series {
		switch f.Type {
		case HistogramType:
			h := s.Histogram
			for _, bk := range h.Buckets {
				if math.IsInf(bk.UpperBound, 1) {
					continue // written below from Count, which it must equal
				}
				b = appendSample(b, f.Name, "_bucket", s.Labels, "le", bk.UpperBound, float64(bk.Count))
			}
			b = appendSample(b, f.Name, "_bucket", s.Labels, "le", math.Inf(1), float64(h.Count))
			b = appendSample(b, f.Name, "_sum", s.Labels, "", 0, h.Sum)
			b = appendSample(b, f.Name, "_count", s.Labels, "", 0, float64(h.Count))
		case SummaryType:
			sm := s.Summary
			for _, q := range sm.Quantiles {
				b = appendSample(b, f.Name, "", s.Labels, "quantile", q.Q, q.Value)
			}
			b = appendSample(b, f.Name, "_sum", s.Labels, "", 0, sm.Sum)
			b = appendSample(b, f.Name, "_count", s.Labels, "", 0, float64(sm.Count))
		default:
			b = appendSample(b, f.Name, "", s.Labels, "", 0, s.Value)
		}
	}
	return b
}

// appendSample writes one line; extra, when set, is a last label whose value is a
// number (le or quantile).
func appendSample(b []byte, name, suffix string, labels []Label, extra string, extraValue, v float64) []byte {
	b = append(b, name...)
	b = append(b, suffix...)
	if len(labels) > 0 || extra != "" {
		b = append(b, '{')
		for i, l := range labels {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, l.Name...)
			b = append(b, `="`...)
			b = appendEscaped(b, l.Value, true)
			b = append(b, '"')
		}
		if extra != "" {
			if len(labels) > 0 {
				b = append(b, ',')
			}
			b = append(b, extra...)
			b = append(b, `="`...)
			b = appendFloat(b, extraValue)
			b = append(b, '"')
		}
		b = append(b, '}')
	}
	b = append(b, ' ')
	b = appendFloat(b, v)
	return append(b, '\n')
}

// appendEscaped escapes backslash and newline, and in label values also the
// double quote; HELP text keeps its quotes as they are.
func appendEscaped(b []byte, s string, quote bool) []byte {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '\\':
			b = append(b, `\\`...)
		case c == '\n':
			b = append(b, `\n`...)
		case c == '"' && quote:
			b = append(b, `\"`...)
		default:
			b = append(b, c)
		}
	}
	return b
}

// appendFloat writes f as Prometheus does: the shortest form that reads back as
// the same float64, with an exponent for large and small magnitudes, and +Inf,
// -Inf and NaN spelled out.
func appendFloat(b []byte, f float64) []byte {
	switch {
	case math.IsNaN(f):
		return append(b, "NaN"...)
	case math.IsInf(f, 1):
		return append(b, "+Inf"...)
	case math.IsInf(f, -1):
		return append(b, "-Inf"...)
	}
	return strconv.AppendFloat(b, f, 'g', -1, 64)
}
