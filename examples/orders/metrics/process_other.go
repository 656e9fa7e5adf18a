//go:build !unix

package metrics

import "time"

// NewProcessCollector reports only process_start_time_seconds where there is no
// getrusage or /proc, taking the time the collector is created as the start.
func NewProcessCollector() Collector {
	start := float64(time.Now().UnixNano()) / 1e9
	return CollectorFunc(func() []Family {
		return []Family{single("process_start_time_seconds", "When the process started, in seconds since the Unix epoch.", GaugeType, start)}
	})
}
