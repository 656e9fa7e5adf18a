package loadtest

import hdr "github.com/HdrHistogram/hdrhistogram-go"

// Aggregate is several series merged.
type Aggregate struct {
	Corrected *hdr.Histogram
	Service   *hdr.Histogram
	Count     int64
	Failed    int64
}

// Merge adds up the series that keep passes (nil keeps all).
func Merge(series []*Series, keep func(Key) bool) Aggregate {
	a := Aggregate{Corrected: newHist(), Service: newHist()}
	for _, s := range series {
		if keep != nil && !keep(s.Key) {
			continue
		}
		a.Corrected.Merge(s.Corrected)
		a.Service.Merge(s.Service)
		a.Count += s.Corrected.TotalCount()
		a.Failed += s.Failed
	}
	return a
}
