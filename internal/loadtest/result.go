package loadtest

import (
	"fmt"
	"time"

	hdr "github.com/HdrHistogram/hdrhistogram-go"

	"github.com/sequere/sequere/internal/report"
)

// Result is what a run measured. Series are sorted by operation, method and
// status; Invalid lists why the generator's figures cannot be trusted and is
// empty for a valid run.
type Result struct {
	Model       string // "open" or "closed"
	Start       time.Time
	Elapsed     time.Duration // start to the last response (or cancellation)
	Scheduled   time.Duration // length of the schedule that ran
	TargetRate  float64       // mean target arrival rate (open model)
	Achieved    float64       // iterations started per second of schedule, sends late included
	Expected    int64         // iterations the schedule called for (open model)
	Started     int64
	Completed   int64 // requests answered (or failed) and recorded
	Iterations  int64 // iterations finished: requests, or whole flows
	Dropped     int64
	Interrupted int64 // cancelled at the end of the grace period
	BuildErrors int64
	VUs         int64 // closed model: the VUs; open model: the most workers in flight
	MaxInFlight int
	BytesSent   int64
	BytesRecv   int64
	Series      []*Series
	Checks      []CheckCount
	Lag         *hdr.Histogram // send lag in µs
	MaxLag      time.Duration
	Timeline    []Point
	Invalid     []string
	// Stopped is set when the run was cancelled (SIGINT) before its end.
	Stopped bool
	// Aborted is the reason an abortOnFail threshold stopped the run.
	Aborted string
}

// Valid reports whether the generator kept its schedule.
func (r *Result) Valid() bool { return len(r.Invalid) == 0 }

func (r *run) result(now time.Time) *Result {
	series, checks, lag := r.rec.snapshot()
	res := &Result{Start: r.start, Elapsed: now.Sub(r.start), Scheduled: time.Duration(r.scheduled.Load()),
		Started: r.started.Load(), Iterations: r.iterations.Load(), Dropped: r.dropped.Load(), Interrupted: r.interrupted.Load(),
		BuildErrors: r.buildErrs.Load(), VUs: r.maxVUs.Load(), MaxInFlight: r.o.MaxInFlight,
		Stopped: r.stopped.Load(), Series: series, Checks: checks, Lag: lag, MaxLag: r.o.MaxLag, Timeline: r.rec.points(now)}
	if res.Scheduled == 0 {
		res.Scheduled = min(res.Elapsed, r.planned())
	}
	if r.fast != nil {
		res.BytesSent, res.BytesRecv = r.fast.conns.bytes()
	}
	for _, s := range series {
		res.Completed += s.Corrected.TotalCount()
	}
	res.Model = "closed"
	if r.o.Rate != nil {
		res.Model = "open"
		res.Expected = r.o.Rate.Total()
		if r.o.MaxRequests > 0 && r.o.MaxRequests < res.Expected {
			res.Expected = r.o.MaxRequests
		}
		if d := r.o.Rate.Duration().Seconds(); d > 0 {
			res.TargetRate = float64(r.o.Rate.Total()) / d
		}
	}
	span := res.Scheduled
	if last := r.lastSend.Load(); last > 0 && res.Model == "open" && res.TargetRate > 0 {
		// The last send may come after the schedule's end when the generator
		// lagged: the rate achieved is over the span it really took.
		sendSpan := time.Unix(0, last).Sub(r.start) + time.Duration(float64(time.Second)/res.TargetRate)
		span = max(span, sendSpan)
	}
	if span > 0 {
		res.Achieved = float64(res.Started) / span.Seconds()
	}
	res.Invalid = r.judge(res)
	return res
}

func (r *run) planned() time.Duration {
	if r.o.Rate != nil {
		return r.o.Rate.Duration()
	}
	return r.o.Duration
}

// judge lists why the run's figures are the generator's rather than the
// server's.
func (r *run) judge(res *Result) []string {
	var why []string
	if res.Dropped > 0 {
		why = append(why, fmt.Sprintf("%d of %d iterations dropped: all %d in-flight slots were busy (raise --max-in-flight, or the server is slower than the rate needs)",
			res.Dropped, res.Started+res.Dropped, r.o.MaxInFlight))
	}
	if res.Lag.TotalCount() > 0 {
		if p99 := time.Duration(res.Lag.ValueAtQuantile(99)) * time.Microsecond; p99 > r.o.MaxLag {
			why = append(why, fmt.Sprintf("the generator fell behind its schedule: send lag p99 %s over the %s bound (the machine cannot send this rate)",
				report.FormatDuration(p99), report.FormatDuration(r.o.MaxLag)))
		}
	}
	if res.Model == "open" && !res.Stopped && res.TargetRate > 0 && res.Scheduled >= r.o.Rate.Duration() {
		if res.Achieved < res.TargetRate*0.99 {
			why = append(why, fmt.Sprintf("achieved %.1f/s of the %.1f/s target", res.Achieved, res.TargetRate))
		}
	}
	if res.BuildErrors > 0 {
		msg := ""
		if p := r.lastBuild.Load(); p != nil {
			msg = ": " + *p
		}
		why = append(why, fmt.Sprintf("%d requests could not be built%s", res.BuildErrors, msg))
	}
	return why
}
