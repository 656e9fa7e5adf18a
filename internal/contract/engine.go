package contract

import (
	"context"
	"fmt"
	"hash/fnv"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"github.com/getkin/kin-openapi/openapi3"

	"github.com/sequere/sequere/internal/plan"
	"github.com/sequere/sequere/internal/spec"
)

// Result is what a run found.
type Result struct {
	Failures []Failure
	Requests int
	// Ops counts the operations tested; Skipped lists operations left out
	// and why (for example no credentials for their security).
	Ops     int
	Skipped []string
	// Warnings are problems of the description the run worked around
	// (links it could not follow), each naming file:line:col.
	Warnings []string
	// Stopped says why the run ended early ("" when it ran to the end).
	Stopped string
	Seed    uint64
	Elapsed time.Duration
	// Phases and Checks are what ran.
	Phases, Checks []string
}

type runner struct {
	o          Options
	schemaOpts []openapi3.SchemaValidationOption
	enabled    map[string]bool
	links      *linkSet

	mu       sync.Mutex
	failures []Failure
	seen     map[string]int

	requests atomic.Int64
	budget   atomic.Int64 // remaining; negative means unlimited
	opsDone  atomic.Int64
	opsTotal int
	nFail    atomic.Int64

	paceMu sync.Mutex
	next   time.Time
}

// Run tests the server. It returns an error only for input problems or
// an unreachable server; check failures are in the Result.
func Run(ctx context.Context, o Options) (*Result, error) {
	r, start, err := begin(ctx, o)
	if err != nil {
		return nil, err
	}
	o = r.o
	if o.Duration > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, o.Duration)
		defer cancel()
	}
	res := &Result{}
	var ops []*plan.Operation
	for _, op := range o.Plan.Ops {
		if !o.Auth.HasCredentials(op) && plan.Secured(op) && !hasPhase(o.Phases, PhaseNegative) {
			res.Skipped = append(res.Skipped, op.ID+": no credentials for its security")
			continue
		}
		ops = append(ops, op)
	}
	var sequences []func(context.Context)
	if hasPhase(o.Phases, PhaseStateful) {
		for _, c := range r.chains() {
			sequences = append(sequences, func(ctx context.Context) { r.stateful(ctx, c) })
		}
		for _, root := range r.linkRoots() {
			sequences = append(sequences, func(ctx context.Context) { r.linkWalk(ctx, root) })
		}
		// Lists are walked last, when the chains have filled them (an
		// endpoint's deliveries exist once orders were placed).
		for _, op := range ops {
			sequences = append(sequences, func(ctx context.Context) { r.paginate(ctx, op) })
		}
	}
	for _, p := range r.links.problems {
		res.Warnings = append(res.Warnings, p.String())
	}
	r.opsTotal = len(ops)
	res.Ops = len(ops)
	var wg sync.WaitGroup
	for w := range o.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(ops); i += o.Workers {
				if ctx.Err() != nil || r.spent() {
					return
				}
				r.operation(ctx, ops[i])
				r.opsDone.Add(1)
				r.progress()
			}
			for i := w; i < len(sequences); i += o.Workers {
				if ctx.Err() != nil || r.spent() {
					return
				}
				sequences[i](ctx)
			}
		}()
	}
	wg.Wait()
	switch {
	case ctx.Err() != nil && o.Duration > 0:
		res.Stopped = fmt.Sprintf("--duration %s reached", o.Duration)
	case ctx.Err() != nil:
		return nil, ctx.Err()
	case r.spent():
		res.Stopped = fmt.Sprintf("--max-requests %d reached", o.MaxRequests)
	}
	r.finish(res, start)
	return res, nil
}

// begin checks the options and the server before a run or a replay.
func begin(ctx context.Context, o Options) (*runner, time.Time, error) {
	if err := o.defaults(); err != nil {
		return nil, time.Time{}, err
	}
	r := newRunner(o)
	if err := r.preflight(ctx); err != nil {
		return nil, time.Time{}, err
	}
	return r, o.Now(), nil
}

// finish fills in what every result reports.
func (r *runner) finish(res *Result, start time.Time) {
	res.Failures = r.failures
	res.Requests = int(r.requests.Load())
	res.Elapsed = r.o.Now().Sub(start)
	res.Seed, res.Phases, res.Checks = r.o.Seed, r.o.Phases, r.o.Checks
}

func newRunner(o Options) *runner {
	r := &runner{o: o, enabled: map[string]bool{}, seen: map[string]int{}, links: newLinkSet(o.Plan)}
	// kin-openapi checks no email format by default; a server's answer
	// with an empty or mangled address where the schema says email is a
	// broken answer. (Scoped to these validations: no global registry.)
	r.schemaOpts = []openapi3.SchemaValidationOption{openapi3.VisitAsResponse(),
		openapi3.WithStringFormatValidator("email", openapi3.NewRegexpFormatValidator(openapi3.FormatOfStringForEmail))}
	if o.Plan.Doc.Version == spec.V31 {
		r.schemaOpts = append(r.schemaOpts, openapi3.EnableJSONSchema2020())
	} else {
		r.schemaOpts = append(r.schemaOpts, openapi3.DisableSchemaErrorDetails())
	}
	for _, c := range o.Checks {
		r.enabled[c] = true
	}
	r.budget.Store(-1)
	if o.MaxRequests > 0 {
		r.budget.Store(int64(o.MaxRequests))
	}
	return r
}

func hasPhase(phases []string, p string) bool { return contains(phases, p) }

// preflight sends one request to the base URL: a transport error there
// means nothing else can work, and is one clear error rather than a
// failure per request.
func (r *runner) preflight(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, r.o.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodHead, r.o.BaseURL, nil)
	if err != nil {
		return fmt.Errorf("--base-url %q: %w", r.o.BaseURL, err)
	}
	resp, err := r.o.Client.Do(req)
	if err != nil {
		return fmt.Errorf("%w: %s: %v", ErrUnreachable, r.o.BaseURL, err)
	}
	resp.Body.Close()
	if err := r.o.Auth.Prepare(ctx); err != nil {
		return fmt.Errorf("credentials: %w", err)
	}
	return nil
}

// take reserves one request of the budget.
func (r *runner) take() bool {
	for {
		b := r.budget.Load()
		if b < 0 {
			r.requests.Add(1)
			return true
		}
		if b == 0 {
			return false
		}
		if r.budget.CompareAndSwap(b, b-1) {
			r.requests.Add(1)
			return true
		}
	}
}

func (r *runner) spent() bool { return r.budget.Load() == 0 }

// wait paces requests to --rate.
func (r *runner) wait(ctx context.Context) {
	if r.o.Rate <= 0 {
		return
	}
	gap := time.Duration(float64(time.Second) / r.o.Rate)
	r.paceMu.Lock()
	now := time.Now()
	if r.next.Before(now) {
		r.next = now
	}
	at := r.next
	r.next = r.next.Add(gap)
	r.paceMu.Unlock()
	if d := time.Until(at); d > 0 {
		t := time.NewTimer(d)
		defer t.Stop()
		select {
		case <-t.C:
		case <-ctx.Done():
		}
	}
}

func (r *runner) progress() {
	if r.o.Progress != nil {
		r.o.Progress(Progress{OpsDone: int(r.opsDone.Load()), OpsTotal: r.opsTotal, Requests: int(r.requests.Load()), Failures: int(r.nFail.Load())})
	}
}

// seedFor derives an operation's seed, so its sequence does not depend on
// which other operations run.
func (r *runner) seedFor(op *plan.Operation, phase string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(phase + " " + op.ID))
	return r.o.Seed ^ h.Sum64()
}

// operation runs every per-operation phase on op.
func (r *runner) operation(ctx context.Context, op *plan.Operation) {
	for _, phase := range r.o.Phases {
		if phase == PhaseStateful {
			continue // run as sequences, after every operation
		}
		noCreds := plan.Secured(op) && !r.o.Auth.HasCredentials(op)
		for _, c := range r.cases(op, phase) {
			if ctx.Err() != nil || r.spent() {
				return
			}
			if noCreds && c.mode == plan.Full {
				// Without credentials only the auth probes say anything.
				continue
			}
			x := r.send(ctx, op, phase, c.in, c.mode)
			x.Negative, x.Why, x.kind = c.negative, c.why, c.kind
			if x.Err == errBudget {
				return
			}
			if shrinkable(phase) {
				r.checkAndShrink(ctx, x)
			} else {
				r.check(x)
			}
			r.progress()
		}
	}
}

// check runs the enabled checks on x and records failures.
func (r *runner) check(x *Exchange) {
	for _, f := range r.findings(x) {
		r.record(f.check, x, f.msg)
	}
}

// checkOne reruns a single check (shrinking, replay).
func (r *runner) checkOne(id string, x *Exchange) []string {
	c := checkByID[id]
	if c == nil || c.fn == nil {
		return nil
	}
	return c.fn(r, x)
}

// fail records a failure for checks that are not per-exchange functions.
func (r *runner) fail(id string, x *Exchange, msg string) {
	if r.enabled[id] {
		r.record(id, x, msg)
	}
}
