package contract

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"time"

	"github.com/sequere/sequere/internal/plan"
)

// Exchange is one request sent and what came back. Err is set when no
// complete response arrived (connection refused, timeout, a body cut
// short or longer than the limit).
type Exchange struct {
	Op      *plan.Operation
	Phase   string
	Input   plan.Input
	Request *plan.Request
	Status  int
	Header  http.Header
	Body    []byte
	// Truncated means the body was longer than the limit.
	Truncated bool
	Elapsed   time.Duration
	Err       error
	// Negative means the input deliberately breaks the description; Why says how.
	Negative bool
	Why      string
	// Unauthenticated means credentials were left out (Mode None/Invalid).
	Auth plan.Mode
	// kind names the negative case for the checks that target one.
	kind string

	json    any
	jsonErr error
	decoded bool
}

// JSON decodes the body once.
func (x *Exchange) JSON() (any, error) {
	if !x.decoded {
		x.decoded = true
		dec := json.NewDecoder(bytes.NewReader(x.Body))
		x.jsonErr = dec.Decode(&x.json)
		if x.jsonErr == nil && dec.More() {
			x.jsonErr = errors.New("trailing data after the JSON value")
		}
	}
	return x.json, x.jsonErr
}

func (x *Exchange) plan() plan.Exchange {
	body, _ := x.JSON()
	return plan.Exchange{Request: x.Request, Input: &x.Input, Status: x.Status, Header: x.Header, Body: body}
}

// send performs one exchange: auth, one OAuth2 refresh on 401, a
// per-request timeout and a bounded body read.
func (r *runner) send(ctx context.Context, op *plan.Operation, phase string, in plan.Input, mode plan.Mode) *Exchange {
	req := r.o.Plan.Request(op, in)
	x := &Exchange{Op: op, Phase: phase, Input: in, Request: req, Auth: mode}
	if err := r.o.Auth.Apply(ctx, req, op, mode); err != nil {
		x.Err = err
		return x
	}
	r.do(ctx, x)
	if x.Err == nil && x.Status == http.StatusUnauthorized && mode == plan.Full && r.o.Auth.UsesClientCredentials(op) && r.o.Auth.Refresh(x.Request.Header("Authorization")) {
		req = r.o.Plan.Request(op, in)
		if err := r.o.Auth.Apply(ctx, req, op, mode); err == nil {
			x.Request = req
			r.do(ctx, x)
		}
	}
	return x
}

// do sends x.Request and fills in the response.
func (r *runner) do(ctx context.Context, x *Exchange) {
	if !r.take() {
		x.Err = errBudget
		return
	}
	r.wait(ctx)
	run := ctx
	ctx, cancel := context.WithTimeout(ctx, r.o.Timeout)
	defer cancel()
	hr, err := x.Request.HTTP(ctx, r.o.BaseURL)
	if err != nil {
		x.Err = err
		return
	}
	start := r.o.Now()
	resp, err := r.o.Client.Do(hr)
	if err != nil {
		x.Elapsed = r.o.Now().Sub(start)
		if run.Err() != nil {
			// --duration (or the caller) ended the run mid-request: the
			// server is not to blame for an answer nobody waited for.
			x.Err = errBudget
			return
		}
		if ctx.Err() == context.DeadlineExceeded {
			err = fmt.Errorf("no response within %s", r.o.Timeout)
		}
		x.Err = err
		return
	}
	defer resp.Body.Close()
	x.Status, x.Header = resp.StatusCode, resp.Header
	x.Body, err = io.ReadAll(io.LimitReader(resp.Body, r.o.MaxBody+1))
	x.Elapsed = r.o.Now().Sub(start)
	if int64(len(x.Body)) > r.o.MaxBody {
		x.Body, x.Truncated = x.Body[:r.o.MaxBody], true
	}
	if err != nil {
		if run.Err() != nil {
			x.Err = errBudget
			return
		}
		if ctx.Err() == context.DeadlineExceeded {
			err = fmt.Errorf("response body not complete within %s", r.o.Timeout)
		}
		x.Err = fmt.Errorf("reading the response body: %w", err)
	}
}

// errBudget marks an exchange the run's bounds (--max-requests, --duration)
// cut off: it is never checked.
var errBudget = errors.New("request budget or --duration spent")
