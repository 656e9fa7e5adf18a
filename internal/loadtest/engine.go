package loadtest

import (
	"bytes"
	"context"
	"errors"
	"math/rand/v2"
	"net/http"
	"sync"
	"sync/atomic"
	"time"
)

// NextFunc builds the next request of an iteration and names its operation;
// it returns a nil request when the iteration is done. t.Step is 0 for the
// first request; for the later steps of a flow t holds the answer to the one
// before. It is called from many goroutines, each with its own rng and Turn;
// ctx bounds what building a request may wait for (a token refresh). The
// engine only reads the request, so one that never varies may be returned
// again and again, shared by all the goroutines: the client then reuses what
// it built for it instead of encoding it anew.
type NextFunc func(ctx context.Context, rng *rand.Rand, t *Turn) (*http.Request, string, error)

// Turn is one iteration's state as NextFunc sees it.
type Turn struct {
	Step int
	// VU names the goroutine running the iteration (a VU of the closed
	// model, a pooled runner of the open one); VUIteration counts the
	// iterations it ran before; Iteration counts across the whole run.
	VU          int
	VUIteration int64
	Iteration   int64
	// Status, Header and Body are the previous step's answer (Body up to
	// Options.MaxBody, valid until the next step); Status is 0 after a
	// transport error.
	Status int
	Header http.Header
	Body   []byte
	// State is the NextFunc's own, kept across the steps of one iteration.
	State any
}

// CheckFunc judges one response (body read up to Options.MaxBody), appending
// its results to out.
type CheckFunc func(op string, resp *http.Response, body []byte, out []CheckResult) []CheckResult

// Options configure Run. Exactly one of Rate (open model) and VUs (closed
// model) is set.
type Options struct {
	Next  NextFunc
	Check CheckFunc // nil: no checks
	// Timeout bounds each request, its body included. 0: 60 s.
	Timeout time.Duration
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
	// Observe, when set, sees every sample as it is recorded (NDJSON points);
	// the sample is reused afterwards and must not be kept.
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
	if o.Timeout <= 0 {
		o.Timeout = 60 * time.Second
	}
	r := &run{o: o, start: o.Now()}
	r.pool.New = func() any { return r.newIteration() }
	r.rec = newRecorder(r.start, o.Bucket)
	// Requests outlive a cancelled ctx by a short grace, so their own context
	// is separate; it is cancelled when the grace ends.
	r.reqCtx, r.cancelReqs = context.WithCancel(context.WithoutCancel(ctx))
	defer r.cancelReqs()
	// Redirects are not followed: a 3xx is the answer.
	r.fast = newFastTransport(r.reqCtx, conc, o.Connections, o.MaxBody)
	defer r.fast.close()

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
	fast        *fastTransport
	reqCtx      context.Context
	cancelReqs  context.CancelFunc
	wg          sync.WaitGroup
	started     atomic.Int64 // iterations started; numbers the iterations
	iterations  atomic.Int64 // iterations finished
	vuSeq       atomic.Int64
	pool        sync.Pool
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

// open starts iterations at the profile's offsets, each in its own
// goroutine, at most MaxInFlight at once; an iteration due while all slots
// are busy is dropped and counted. A goroutine lives only as long as its
// iteration, so memory follows the requests in flight, not the worst burst
// of the run (a worker pool grown by one stall would keep its stacks).
func (r *run) open(ctx context.Context) {
	cur := newCursor(*r.o.Rate)
	timer := time.NewTimer(time.Hour)
	defer timer.Stop()
	limit := int64(r.o.MaxInFlight)
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
		busy := r.inFlight.Add(1)
		if busy > limit {
			r.inFlight.Add(-1)
			r.dropped.Add(1)
			continue
		}
		if busy > r.maxVUs.Load() {
			r.maxVUs.Store(busy)
		}
		r.wg.Add(1)
		go r.openIteration(due)
	}
}

func (r *run) openIteration(due time.Time) {
	defer r.wg.Done()
	defer r.inFlight.Add(-1)
	it := r.pool.Get().(*iteration)
	it.run(due)
	r.pool.Put(it)
}

// closed runs VUs loops until the duration or the request bound ends.
func (r *run) closed(ctx context.Context) {
	end := r.start.Add(r.o.Duration)
	r.maxVUs.Store(int64(r.o.VUs))
	for range r.o.VUs {
		r.wg.Add(1)
		go func(it *iteration) {
			defer r.wg.Done()
			for ctx.Err() == nil {
				now := r.o.Now()
				if !now.Before(end) {
					return
				}
				if r.o.MaxRequests > 0 && r.started.Load() >= r.o.MaxRequests {
					return
				}
				r.inFlight.Add(1)
				it.run(now)
				r.inFlight.Add(-1)
			}
		}(r.newIteration())
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
		r.fast.abort()
		<-done
	}
}

// iteration is what one goroutine needs to run iterations: its own rng, the
// sample and exchange it reuses, and a body buffer. Reusing them keeps the
// hot path free of per-request allocations beyond the client's own.
type iteration struct {
	r      *run
	vu     int
	runs   int64
	rng    *rand.Rand
	s      Sample
	ctx    context.Context
	cancel context.CancelFunc
	turn   Turn
	body   bytes.Buffer
	checks []CheckResult
	x      *exchange // the reusable request and answer
	// gotConn marks the service time's start.
	gotConn func()
}

// maxKeptBody is the body buffer an iteration keeps between requests; a
// larger answer's buffer is left to the GC so one big response does not pin
// memory for the rest of the run.
const maxKeptBody = 64 << 10

func (r *run) newIteration() *iteration {
	id := r.vuSeq.Add(1)
	it := &iteration{r: r, vu: int(id), rng: rand.New(rand.NewPCG(r.o.Seed, uint64(id)))}
	// The service time starts when the request has a connection: a request
	// queued in the client for one is the generator's wait, not the server's.
	it.x = newExchange()
	it.gotConn = func() { it.s.Start = r.o.Now() }
	// Each request's deadline is a child of this context, which is the
	// iteration's own: registering the child takes no lock shared with
	// the other goroutines, as a child of the run's context would.
	it.ctx, it.cancel = context.WithCancel(r.reqCtx)
	return it
}

// run performs one iteration intended to start at due: one request, or a
// flow's steps in order, each built from the answer before it. Later steps
// are measured from their own dispatch, as they are not on the schedule.
func (it *iteration) run(due time.Time) {
	r := it.r
	t := &it.turn
	*t = Turn{VU: it.vu, VUIteration: it.runs, Iteration: r.started.Add(1) - 1}
	it.runs++
	intended := due
	for step := 0; ; step++ {
		t.Step = step
		if !it.step(intended) {
			return
		}
		if t.Status < 0 {
			break
		}
		intended = time.Time{}
	}
	r.iterations.Add(1)
	if it.body.Cap() > maxKeptBody {
		it.body = bytes.Buffer{}
	}
}

// step builds and sends one step of the iteration under its own deadline;
// false when the run's requests were cancelled under it. It sets
// it.turn.Status to -1 when the iteration has no more steps. A zero intended
// time is a later step's: measured from its own dispatch.
func (it *iteration) step(intended time.Time) bool {
	r := it.r
	// The client takes the request's deadline itself (no timer and
	// context per request).
	ctx := it.ctx
	req, op, err := r.o.Next(ctx, it.rng, &it.turn)
	if err != nil {
		r.buildErrs.Add(1)
		msg := err.Error()
		r.lastBuild.Store(&msg)
	}
	if err != nil || req == nil {
		it.turn.Status = -1
		return true
	}
	if intended.IsZero() {
		intended = r.o.Now()
	}
	return it.send(req, op, intended)
}

// send sends one request and records it; false when the run's requests were
// cancelled under it.
func (it *iteration) send(req *http.Request, op string, intended time.Time) bool {
	r := it.r
	s := &it.s
	*s = Sample{Operation: op, Method: req.Method, Intended: intended, Dispatched: r.o.Now()}
	if r.o.Observe != nil {
		s.URL = req.URL.String()
	}
	if r.o.Rate != nil {
		r.noteSend(s.Dispatched)
	}
	it.body.Reset()
	resp, err := r.fast.roundTrip(it.ctx, it.x, req, s.Dispatched.Add(r.o.Timeout), &it.body, it.gotConn)
	s.End = r.o.Now()
	if s.Start.IsZero() {
		s.Start = s.Dispatched
	}
	if r.reqCtx.Err() != nil {
		r.interrupted.Add(1)
		return false
	}
	t := &it.turn
	t.Status, t.Header, t.Body = 0, nil, nil
	if resp != nil {
		s.Status = resp.StatusCode
		t.Status, t.Header = resp.StatusCode, resp.Header
	}
	if err != nil {
		s.Err = err.Error()
		s.Failed = true
		s.Status, t.Status = 0, 0
	} else {
		t.Body = it.body.Bytes()
		s.Failed = s.Status < 200 || s.Status > 399
		if r.o.Check != nil {
			it.checks = r.o.Check(op, resp, t.Body, it.checks[:0])
			s.Checks = it.checks
		}
	}
	r.rec.record(s)
	if r.o.Observe != nil {
		r.o.Observe(s)
	}
	return true
}

// noteSend keeps the latest actual send of the open model, whose achieved
// rate is measured over the span the sends really took.
func (r *run) noteSend(at time.Time) {
	for sent := at.UnixNano(); ; {
		last := r.lastSend.Load()
		if sent <= last || r.lastSend.CompareAndSwap(last, sent) {
			return
		}
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
