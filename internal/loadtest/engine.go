package loadtest

import (
	"context"
	"errors"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/httptrace"
	"sync"
	"sync/atomic"
	"time"
)

// NextFunc builds the next request to send and names its operation. It is
// called from many goroutines, each with its own rng.
type NextFunc func(ctx context.Context, rng *rand.Rand) (*http.Request, string, error)

// CheckFunc judges one response (body read up to Options.MaxBody).
type CheckFunc func(op string, resp *http.Response, body []byte) []CheckResult

// Options configure Run. Exactly one of Rate (open model) and VUs (closed
// model) is set.
type Options struct {
	Next  NextFunc
	Check CheckFunc // nil: no checks
	// Client sends the requests; nil uses NewClient(MaxInFlight).
	Client *http.Client
	// Rate is the arrival schedule of the open model.
	Rate *Profile
	// VUs and Duration are the closed model: VUs loops of request after request.
	VUs      int
	Duration time.Duration
	// MaxInFlight bounds concurrent requests in the open model; an iteration
	// due while all are busy is dropped and counted. 0: 1000.
	MaxInFlight int
	// Connections bounds the connections per host, as wrk's -c; requests
	// beyond them wait in the client (counted in the corrected latency, not
	// in the service time). 0: one per in-flight request.
	Connections int
	// MaxRequests stops the run after that many requests; 0: no bound beyond
	// the schedule (open) or the duration (closed).
	MaxRequests int64
	// MaxLag is the send lag (actual minus intended start) whose p99 makes the
	// run invalid. 0: 20 ms.
	MaxLag time.Duration
	// Grace is how long in-flight requests may finish after the schedule ends;
	// then they are cancelled and counted as interrupted. 0: 5 s.
	Grace time.Duration
	// MaxBody bounds how much of each response body is read. 0: 4 MiB.
	MaxBody int64
	Seed    uint64
	Now     func() time.Time
	// Observe, when set, sees every sample as it is recorded (NDJSON points).
	Observe func(*Sample)
	// Tick, when set, is called about once a second with the live state; it
	// returns a reason to abort the run (abortOnFail thresholds) or "".
	Tick func(Live) string
	// Bucket is the timeline's resolution. 0: 1 s.
	Bucket time.Duration
}

// Live is what a progress display and live thresholds see.
type Live struct {
	Elapsed  time.Duration
	Target   float64 // target rate now (open model)
	Started  int64
	Dropped  int64
	InFlight int64
	Result   func() *Result // a snapshot of the aggregates so far
}

// Run drives the load and returns what it measured. Cancelling ctx stops the
// schedule at once and in-flight requests within a second; the partial result
// is returned with Interrupted set, never an error.
func Run(ctx context.Context, o Options) (*Result, error) {
	if o.Next == nil || o.Now == nil {
		return nil, errors.New("loadtest: Options.Next and Options.Now are required")
	}
	if (o.Rate == nil) == (o.VUs <= 0) {
		return nil, errors.New("loadtest: give either a rate profile or a number of VUs")
	}
	if o.VUs > 0 && o.Duration <= 0 {
		return nil, errors.New("loadtest: the closed model needs a positive duration")
	}
	if o.MaxInFlight <= 0 {
		o.MaxInFlight = 1000
	}
	if o.MaxLag <= 0 {
		o.MaxLag = 20 * time.Millisecond
	}
	if o.Grace <= 0 {
		o.Grace = 5 * time.Second
	}
	if o.MaxBody <= 0 {
		o.MaxBody = 4 << 20
	}
	if o.Bucket <= 0 {
		o.Bucket = time.Second
	}
	conc := o.MaxInFlight
	if o.VUs > 0 {
		conc = o.VUs
	}
	var counter *byteCounter
	if o.Client == nil {
		o.Client, counter = NewClient(conc, o.Connections)
	}
	r := &run{o: o, start: o.Now(), counter: counter}
	r.rec = newRecorder(r.start, o.Bucket)
	// Requests outlive a cancelled ctx by a short grace, so their own context
	// is separate; it is cancelled when the grace ends.
	r.reqCtx, r.cancelReqs = context.WithCancel(context.WithoutCancel(ctx))
	defer r.cancelReqs()

	done := make(chan struct{})
	aborted := make(chan string, 1)
	go r.ticker(done, aborted)
	var interrupted bool
	stopCtx, stop := context.WithCancel(ctx)
	defer stop()
	go func() {
		select {
		case reason := <-aborted:
			r.abortReason.Store(&reason)
			stop()
		case <-done:
		}
	}()
	if o.Rate != nil {
		r.open(stopCtx)
	} else {
		r.closed(stopCtx)
	}
	interrupted = ctx.Err() != nil || r.abortReason.Load() != nil
	r.stopped.Store(interrupted)
	grace := o.Grace
	if stopCtx.Err() != nil {
		grace = min(grace, 700*time.Millisecond)
	}
	r.drain(grace)
	close(done)
	res := r.result(r.o.Now())
	if p := r.abortReason.Load(); p != nil {
		res.Aborted = *p
	}
	return res, nil
}

type run struct {
	o           Options
	start       time.Time
	rec         *recorder
	counter     *byteCounter
	reqCtx      context.Context
	cancelReqs  context.CancelFunc
	wg          sync.WaitGroup
	started     atomic.Int64
	inFlight    atomic.Int64
	dropped     atomic.Int64
	interrupted atomic.Int64
	buildErrs   atomic.Int64
	maxVUs      atomic.Int64
	target      atomic.Uint64 // float64 bits of the target rate now
	scheduled   atomic.Int64  // nanoseconds of schedule actually run
	lastSend    atomic.Int64  // unix nanoseconds of the latest actual send
	abortReason atomic.Pointer[string]
	stopped     atomic.Bool
	lastBuild   atomic.Pointer[string]
}

// open starts iterations at the profile's offsets. Workers are spawned on
// demand up to MaxInFlight; an iteration that finds none free is dropped.
func (r *run) open(ctx context.Context) {
	jobs := make(chan time.Time)
	defer close(jobs)
	cur := newCursor(*r.o.Rate)
	timer := time.NewTimer(time.Hour)
	defer timer.Stop()
	workers := 0
	var n int64
	for {
		off, ok := cur.Next()
		if !ok || (r.o.MaxRequests > 0 && n >= r.o.MaxRequests) {
			r.scheduled.Store(int64(r.o.Rate.Duration()))
			if ok {
				r.scheduled.Store(int64(off))
			}
			return
		}
		due := r.start.Add(off)
		if wait := due.Sub(r.o.Now()); wait > 0 {
			timer.Reset(wait)
			select {
			case <-ctx.Done():
				timer.Stop()
				r.scheduled.Store(int64(r.o.Now().Sub(r.start)))
				return
			case <-timer.C:
			}
		} else if ctx.Err() != nil {
			r.scheduled.Store(int64(r.o.Now().Sub(r.start)))
			return
		}
		n++
		select {
		case jobs <- due:
			continue
		default:
		}
		if workers < r.o.MaxInFlight {
			workers++
			r.maxVUs.Store(int64(workers))
			r.wg.Add(1)
			go r.worker(jobs, uint64(workers))
			jobs <- due
			continue
		}
		r.dropped.Add(1)
	}
}

func (r *run) worker(jobs <-chan time.Time, id uint64) {
	defer r.wg.Done()
	rng := rand.New(rand.NewPCG(r.o.Seed, id))
	for due := range jobs {
		r.iterate(rng, due)
	}
}

// closed runs VUs loops until the duration or the request bound ends.
func (r *run) closed(ctx context.Context) {
	end := r.start.Add(r.o.Duration)
	r.maxVUs.Store(int64(r.o.VUs))
	for i := range r.o.VUs {
		r.wg.Add(1)
		go func(id uint64) {
			defer r.wg.Done()
			rng := rand.New(rand.NewPCG(r.o.Seed, id))
			for ctx.Err() == nil {
				now := r.o.Now()
				if !now.Before(end) {
					return
				}
				if r.o.MaxRequests > 0 && r.started.Load() >= r.o.MaxRequests {
					return
				}
				r.iterate(rng, now)
			}
		}(uint64(i + 1))
	}
	done := make(chan struct{})
	go func() { r.wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-ctx.Done():
	}
	r.scheduled.Store(int64(min(r.o.Now().Sub(r.start), r.o.Duration)))
}

// drain waits for in-flight requests for at most grace, then cancels them.
func (r *run) drain(grace time.Duration) {
	done := make(chan struct{})
	go func() { r.wg.Wait(); close(done) }()
	t := time.NewTimer(grace)
	defer t.Stop()
	select {
	case <-done:
	case <-t.C:
		r.cancelReqs()
		<-done
	}
}

// iterate sends one request intended to start at due and records it.
func (r *run) iterate(rng *rand.Rand, due time.Time) {
	r.started.Add(1)
	r.inFlight.Add(1)
	defer r.inFlight.Add(-1)
	req, op, err := r.o.Next(r.reqCtx, rng)
	if err != nil {
		r.buildErrs.Add(1)
		msg := err.Error()
		r.lastBuild.Store(&msg)
		return
	}
	s := Sample{Operation: op, Method: req.Method, Intended: due, Dispatched: r.o.Now()}
	if r.o.Observe != nil {
		s.URL = req.URL.String()
	}
	// The service time starts when the request has a connection: a request
	// queued in the client for one is the generator's wait, not the server's.
	trace := &httptrace.ClientTrace{GotConn: func(httptrace.GotConnInfo) { s.Start = r.o.Now() }}
	req = req.WithContext(httptrace.WithClientTrace(r.reqCtx, trace))
	for sent := s.Dispatched.UnixNano(); ; {
		last := r.lastSend.Load()
		if sent <= last || r.lastSend.CompareAndSwap(last, sent) {
			break
		}
	}
	resp, err := r.o.Client.Do(req)
	var body []byte
	if err == nil {
		body, err = io.ReadAll(io.LimitReader(resp.Body, r.o.MaxBody))
		_, _ = io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
	}
	s.End = r.o.Now()
	if s.Start.IsZero() {
		s.Start = s.Dispatched
	}
	if r.reqCtx.Err() != nil {
		r.interrupted.Add(1)
		return
	}
	if resp != nil {
		s.Status = resp.StatusCode
	}
	if err != nil {
		s.Err = err.Error()
		s.Failed = true
		if resp == nil {
			s.Status = 0
		}
	} else {
		s.Failed = s.Status < 200 || s.Status > 399
		if r.o.Check != nil {
			s.Checks = r.o.Check(op, resp, body)
		}
	}
	r.rec.record(&s)
	if r.o.Observe != nil {
		r.o.Observe(&s)
	}
}

func (r *run) ticker(done <-chan struct{}, aborted chan<- string) {
	t := time.NewTicker(time.Second)
	defer t.Stop()
	for {
		select {
		case <-done:
			return
		case <-t.C:
		}
		now := r.o.Now()
		el := now.Sub(r.start)
		live := Live{Elapsed: el, Started: r.started.Load(), Dropped: r.dropped.Load(), InFlight: r.inFlight.Load(),
			Result: func() *Result { return r.result(now) }}
		if r.o.Rate != nil {
			live.Target = r.o.Rate.RateAt(el)
		}
		if r.o.Tick != nil {
			if reason := r.o.Tick(live); reason != "" {
				select {
				case aborted <- reason:
				default:
				}
				return
			}
		}
	}
}
