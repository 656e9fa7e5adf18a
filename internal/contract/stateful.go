package contract

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"

	"github.com/sequere/sequere/internal/plan"
)

// chains are the inferred and linked create chains whose create operation
// is selected.
func (r *runner) chains() []plan.Chain {
	selected := map[*plan.Operation]bool{}
	for _, op := range r.o.Plan.Ops {
		selected[op] = true
	}
	var out []plan.Chain
	for _, c := range r.o.Plan.Chains() {
		if selected[c.Create] && r.o.Auth.HasCredentials(c.Create) {
			out = append(out, c)
		}
	}
	return out
}

func ok2xx(x *Exchange) bool { return x.Err == nil && x.Status/100 == 2 }

// follow builds the input of a follow-up operation from the create exchange.
func (r *runner) follow(op *plan.Operation, bind []plan.Binding, created *Exchange) (plan.Input, bool) {
	in := r.o.Plan.Example(op)
	return in, plan.Apply(&in, bind, created.plan())
}

// stateful walks one chain: create, read, conditional reads, update,
// idempotent replay, delete, read again.
func (r *runner) stateful(ctx context.Context, c plan.Chain) {
	p := r.o.Plan
	createIn := p.Example(c.Create)
	if key := idempotencyKey(c.Create); key != "" {
		// Unique per run (the clock is injected, so tests stay
		// reproducible): a key replayed from an earlier run would answer
		// with a resource that run deleted.
		createIn.Params[key] = fmt.Sprintf("sequere-%x-%x", r.seedFor(c.Create, PhaseStateful), r.o.Now().UnixNano())
	}
	created := r.sendChecked(ctx, c.Create, createIn)
	if created.Err == nil && created.Status == http.StatusConflict {
		createIn, created = r.createAfresh(ctx, c.Create, createIn)
	}
	if !ok2xx(created) {
		return
	}
	if idem := idempotencyKey(c.Create); idem != "" {
		r.idempotency(ctx, c.Create, createIn, idem, created)
	}
	var before *Exchange
	if c.Read != nil {
		in, bound := r.follow(c.Read, c.Bind, created)
		if !bound {
			r.fail("ensure_resource_availability", created, fmt.Sprintf("the created resource cannot be found: %s gives nothing", c.Bind[0].Expr))
			return
		}
		got := r.sendChecked(ctx, c.Read, in)
		if got.Err == nil && !ok2xx(got) && got.Status < 500 && got.Status != http.StatusTooManyRequests {
			r.fail("ensure_resource_availability", got, fmt.Sprintf("the resource %s just created cannot be read: %d", c.Create.ID, got.Status))
			return
		}
		if ok2xx(got) {
			before = got
			r.conditionalRead(ctx, c, created, in, got)
			r.crossUser(ctx, c, created, got.Header.Get("ETag"))
		}
	}
	r.liveNegative(ctx, c, created)
	for _, up := range c.Update {
		before = r.conditionalUpdate(ctx, c, up, created, before)
	}
	etag := ""
	if before != nil {
		etag = before.Header.Get("ETag")
	}
	r.actions(ctx, c, created, etag)
	r.crossUserLists(ctx, created)
	if c.Delete != nil {
		in, bound := r.follow(c.Delete, c.Bind, created)
		if !bound {
			return
		}
		del := r.sendWith(ctx, c.Delete, in, "If-Match", etag)
		if !ok2xx(del) || c.Read == nil {
			return
		}
		rin, _ := r.follow(c.Read, c.Bind, created)
		gone := r.sendChecked(ctx, c.Read, rin)
		if gone.Err == nil && gone.Status < 500 && gone.Status != http.StatusTooManyRequests && gone.Status != http.StatusNotFound && gone.Status != http.StatusGone {
			r.fail("use_after_free", gone, fmt.Sprintf("the resource deleted by %s is still readable: %d", c.Delete.ID, gone.Status))
		}
	}
}

// sendWith sends with a header parameter set when the operation has it and
// a value is known.
func (r *runner) sendWith(ctx context.Context, op *plan.Operation, in plan.Input, header, value string) *Exchange {
	return r.sendChecked(ctx, op, withHeader(op, in, header, value))
}

// withHeader sets a header parameter when the operation has it and a value
// is known.
func withHeader(op *plan.Operation, in plan.Input, header, value string) plan.Input {
	if value != "" {
		for _, prm := range op.Params {
			if prm.In == "header" && strings.EqualFold(prm.Name, header) {
				in = in.Clone()
				in.Params[prm.Key()] = value
			}
		}
	}
	return in
}

// createAfresh retries a create whose example collided with data the
// server already holds (a 409: the example's email is taken) with
// generated bodies, so the chain after it still runs.
func (r *runner) createAfresh(ctx context.Context, op *plan.Operation, in plan.Input) (plan.Input, *Exchange) {
	var x *Exchange
	seed := r.seedFor(op, "afresh")
	for i := range uint64(3) {
		fresh := in.Clone()
		fresh.Body = r.o.Plan.Random(op, seed+i).Body
		if key := idempotencyKey(op); key != "" {
			fresh.Params[key] = fmt.Sprintf("%v-a%d", in.Params[key], i)
		}
		x = r.sendChecked(ctx, op, fresh)
		if x.Err != nil || x.Status != http.StatusConflict {
			return fresh, x
		}
	}
	return in, x
}

// actionsOf lists the selected operations that act on one resource of the
// chain through a fixed sub-path (POST /orders/{id}/cancel), in plan order.
func (r *runner) actionsOf(c plan.Chain) []*plan.Operation {
	var out []*plan.Operation
	for _, op := range r.o.Plan.Ops {
		rest, ok := strings.CutPrefix(op.Path, c.Item+"/")
		if !ok || strings.Contains(rest, "{") {
			continue
		}
		switch op.Method {
		case http.MethodPost, http.MethodPut, http.MethodPatch:
			out = append(out, op)
		}
	}
	return out
}

// actions sends each action on the created resource, then each again: the
// second round meets the states the first left (paying a cancelled order),
// so the answers to a state conflict are held to the description too.
func (r *runner) actions(ctx context.Context, c plan.Chain, created *Exchange, etag string) {
	acts := r.actionsOf(c)
	for range 2 {
		for _, op := range acts {
			if ctx.Err() != nil || r.spent() || !r.o.Auth.HasCredentials(op) {
				return
			}
			in, bound := r.follow(op, c.Bind, created)
			if bound {
				r.sendWith(ctx, op, in, "If-Match", etag)
			}
		}
	}
}

// liveNegative sends the parameter violations of the chain's read and of
// the reads under it (a resource's sub-collections) with the created
// resource's id: against an id that does not exist every request is a 404,
// whether the server validates its input or not.
func (r *runner) liveNegative(ctx context.Context, c plan.Chain, created *Exchange) {
	for _, op := range r.o.Plan.Ops {
		if op.Method != http.MethodGet || !r.o.Auth.HasCredentials(op) || (op.Path != c.Item && !strings.HasPrefix(op.Path, c.Item+"/")) {
			continue
		}
		base, bound := r.follow(op, c.Bind, created)
		if !bound {
			continue
		}
		for _, tc := range r.paramViolations(op, base) {
			if ctx.Err() != nil || r.spent() {
				return
			}
			x := r.send(ctx, op, PhaseStateful, tc.in, plan.Full)
			if x.Err == errBudget {
				return
			}
			x.Negative, x.Why, x.kind = tc.negative, tc.why, tc.kind
			r.check(x)
		}
	}
}

func (r *runner) sendChecked(ctx context.Context, op *plan.Operation, in plan.Input) *Exchange {
	x := r.send(ctx, op, PhaseStateful, in, plan.Full)
	if x.Err != errBudget {
		r.check(x)
		r.progress()
	}
	return x
}

func documents(op *plan.Operation, code string) bool { return op.Responses[code] != nil }

func itemID(v any) string {
	if m, ok := v.(map[string]any); ok {
		for _, k := range []string{"id", "uuid", "ID", "key", "name"} {
			if id, ok := m[k]; ok {
				return fmt.Sprint(id)
			}
		}
	}
	b, _ := json.Marshal(v)
	return string(b)
}
