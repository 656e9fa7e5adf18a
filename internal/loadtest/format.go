package loadtest

import (
	"fmt"
	"strconv"
	"time"
)

// fmtDuration writes a duration as k6's summary does: two decimals at most, in
// the largest unit under which the value stays at or above one.
func fmtDuration(d time.Duration) string {
	switch {
	case d == 0:
		return "0s"
	case d >= time.Minute:
		return d.Round(time.Millisecond).String()
	case d >= time.Second:
		return trimFloat(d.Seconds()) + "s"
	case d >= time.Millisecond:
		return trimFloat(float64(d)/float64(time.Millisecond)) + "ms"
	case d >= time.Microsecond:
		return trimFloat(float64(d)/float64(time.Microsecond)) + "µs"
	}
	return strconv.FormatInt(int64(d), 10) + "ns"
}

func fmtMillis(v float64) string { return fmtDuration(time.Duration(v * float64(time.Millisecond))) }

func trimFloat(v float64) string {
	return strconv.FormatFloat(float64(int64(v*100+0.5))/100, 'f', -1, 64)
}

// fmtBytes writes a byte count in SI units as k6 does ("1.3 MB").
func fmtBytes(n float64) string {
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
