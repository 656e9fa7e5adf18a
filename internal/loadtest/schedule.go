package loadtest

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
)

// Stage ramps the arrival rate linearly from the previous stage's target (or
// the profile's start rate) to Target requests per second over Duration, as a
// k6 ramping-arrival-rate stage does.
type Stage struct {
	Target   float64
	Duration time.Duration
}

// Profile is an open-model arrival schedule. A constant rate R for D is
// Profile{Start: R, Stages: []Stage{{R, D}}}.
type Profile struct {
	Start  float64
	Stages []Stage
}

// Constant is a fixed arrival rate for d.
func Constant(rate float64, d time.Duration) Profile {
	return Profile{Start: rate, Stages: []Stage{{Target: rate, Duration: d}}}
}

// Duration is the length of the whole schedule.
func (p Profile) Duration() time.Duration {
	var d time.Duration
	for _, s := range p.Stages {
		d += s.Duration
	}
	return d
}

// Total is the number of iterations the schedule starts.
func (p Profile) Total() int64 {
	var n float64
	from := p.Start
	for _, s := range p.Stages {
		n += (from + s.Target) / 2 * s.Duration.Seconds()
		from = s.Target
	}
	return int64(math.Ceil(n - 1e-9))
}

// RateAt is the target arrival rate at offset t.
func (p Profile) RateAt(t time.Duration) float64 {
	from := p.Start
	for _, s := range p.Stages {
		if t < s.Duration {
			return from + (s.Target-from)*t.Seconds()/s.Duration.Seconds()
		}
		t -= s.Duration
		from = s.Target
	}
	return from
}

// Constant reports whether the profile is one fixed rate.
func (p Profile) Constant() bool {
	for _, s := range p.Stages {
		if s.Target != p.Start {
			return false
		}
	}
	return true
}

// ParseStages reads "target:duration,..." such as "0:10s,200:30s".
func ParseStages(s string) ([]Stage, error) {
	var out []Stage
	for _, part := range strings.Split(s, ",") {
		part = strings.TrimSpace(part)
		target, dur, ok := strings.Cut(part, ":")
		if !ok {
			return nil, fmt.Errorf("ramp stage %q: want target:duration such as 200:30s", part)
		}
		r, err := ParseRate(target)
		if err != nil {
			return nil, fmt.Errorf("ramp stage %q: %w", part, err)
		}
		d, err := time.ParseDuration(strings.TrimSpace(dur))
		if err != nil || d <= 0 {
			return nil, fmt.Errorf("ramp stage %q: want a positive duration such as 30s", part)
		}
		out = append(out, Stage{Target: r, Duration: d})
	}
	return out, nil
}

// ParseRate reads "200", "200/s", "12000/m" or "5/100ms" as requests per second.
func ParseRate(s string) (float64, error) {
	s = strings.TrimSpace(s)
	num, per, hasPer := strings.Cut(s, "/")
	n, err := strconv.ParseFloat(strings.TrimSpace(num), 64)
	if err != nil || n < 0 || math.IsInf(n, 0) || math.IsNaN(n) {
		return 0, fmt.Errorf("rate %q: want a number of requests such as 200/s", s)
	}
	if !hasPer {
		return n, nil
	}
	per = strings.TrimSpace(per)
	if per != "" && (per[0] < '0' || per[0] > '9') {
		per = "1" + per
	}
	d, err := time.ParseDuration(per)
	if err != nil || d <= 0 {
		return 0, fmt.Errorf("rate %q: want a time unit after / such as /s, /m or /100ms", s)
	}
	return n / d.Seconds(), nil
}

// cursor walks a profile's iteration start offsets in order.
type cursor struct {
	p     Profile
	stage int
	from  float64       // rate at the start of the current stage
	base  float64       // iterations started before the current stage
	at    time.Duration // offset of the current stage's start
	next  int64         // index of the next iteration
}

func newCursor(p Profile) *cursor { return &cursor{p: p, from: p.Start} }

// Next returns the start offset of the next iteration, or false past the end.
// Offsets come from the closed form of the cumulative count, never by adding
// intervals, so they do not drift however long the run.
func (c *cursor) Next() (time.Duration, bool) {
	for c.stage < len(c.p.Stages) {
		s := c.p.Stages[c.stage]
		T := s.Duration.Seconds()
		inStage := (c.from + s.Target) / 2 * T
		want := float64(c.next) - c.base
		if want < inStage-1e-9 {
			t := solveStage(c.from, s.Target, T, want)
			c.next++
			return c.at + time.Duration(t*float64(time.Second)), true
		}
		c.base += inStage
		c.at += s.Duration
		c.from = s.Target
		c.stage++
	}
	return 0, false
}

// solveStage finds t in [0,T] where a*t + (b-a)*t²/(2T) = n.
func solveStage(a, b, T, n float64) float64 {
	if n <= 0 {
		return 0
	}
	k := (b - a) / (2 * T)
	if math.Abs(k) < 1e-12 {
		return n / a
	}
	disc := a*a + 4*k*n
	if disc < 0 {
		disc = 0
	}
	t := (-a + math.Sqrt(disc)) / (2 * k)
	return math.Min(math.Max(t, 0), T)
}
