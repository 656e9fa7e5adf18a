package report

import (
	"fmt"
	"strconv"
	"time"
)

// FormatDuration writes a duration as k6's summary does: two decimals at most, in
// the largest unit under which the value stays at or above one.
func FormatDuration(d time.Duration) string {
	switch {
	case d == 0:
		return "0s"
	case d >= time.Minute:
		return d.Round(time.Millisecond).String()
	case d >= time.Second:
		return TrimFloat(d.Seconds()) + "s"
	case d >= time.Millisecond:
		return TrimFloat(float64(d)/float64(time.Millisecond)) + "ms"
	case d >= time.Microsecond:
		return TrimFloat(float64(d)/float64(time.Microsecond)) + "µs"
	}
	return strconv.FormatInt(int64(d), 10) + "ns"
}

func FormatMillis(v float64) string {
	return FormatDuration(time.Duration(v * float64(time.Millisecond)))
}

func TrimFloat(v float64) string {
	return strconv.FormatFloat(float64(int64(v*100+0.5))/100, 'f', -1, 64)
}

// FormatBytes writes a byte count in SI units as k6 does ("1.3 MB").
func FormatBytes(n float64) string {
	const unit = 1000
	if n < unit {
		return fmt.Sprintf("%.0f B", n)
	}
	div, exp := float64(unit), 0
	for m := n / unit; m >= unit && exp < 4; m /= unit {
		div *= unit
		exp++
	}
	return fmt.Sprintf("%.1f %cB", n/div, "kMGTP"[exp])
}

// StatusText names a series' status: the code, or "error" without a response.
func StatusText(code int) string {
	if code == 0 {
		return "error"
	}
	return strconv.Itoa(code)
}

// FormatValue writes a threshold's value in the unit of its metric's kind
// ("trend", "rate", "counter").
func FormatValue(kind, agg string, v float64) string {
	switch kind {
	case "trend":
		return FormatMillis(v)
	case "rate":
		return strconv.FormatFloat(v*100, 'f', 2, 64) + "%"
	}
	if agg == "rate" {
		return strconv.FormatFloat(v, 'f', 2, 64) + "/s"
	}
	return TrimFloat(v)
}
