package contract

import (
	"context"
	"fmt"
	"net/http"

	"github.com/sequere/sequere/internal/plan"
)

type noClient struct{}

func (noClient) Do(*http.Request) (*http.Response, error) {
	return nil, fmt.Errorf("dry run: nothing is sent")
}

// Replay re-sends the requests of saved failures exactly as they were
// (credentials are applied afresh) and reruns the check that failed on
// each. The result holds the failures that still fail.
func Replay(ctx context.Context, o Options, saved []Failure) (*Result, error) {
	r, start, err := begin(ctx, o)
	if err != nil {
		return nil, err
	}
	o = r.o
	for _, f := range saved {
		op, ok := o.Plan.Operation(f.Operation)
		if !ok {
			return nil, fmt.Errorf("the failures file names operation %q, which the description does not have", f.Operation)
		}
		req := f.Request
		req.Headers = append([]plan.Header(nil), f.Request.Headers...)
		x := &Exchange{Op: op, Phase: f.Phase, Input: f.Input, Request: &req, Auth: f.Auth, Negative: f.Negative, Why: f.Why, kind: f.Kind}
		if err := o.Auth.Apply(ctx, &req, op, f.Auth); err != nil {
			return nil, err
		}
		r.do(ctx, x)
		if x.Err == errBudget {
			break
		}
		if c, ok := checkByID[f.Check]; !ok || c.fn == nil {
			// A sequence check: the replayed request is checked by every
			// per-request check instead.
			r.check(x)
			continue
		}
		for _, msg := range r.checkOne(f.Check, x) {
			// The saved failure's seed and shrinking history still
			// explain where the request came from.
			r.recordReplayed(f, x, msg)
		}
	}
	res := &Result{Ops: len(saved)}
	r.finish(res, start)
	return res, nil
}
