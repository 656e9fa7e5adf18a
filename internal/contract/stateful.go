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
			r.crossUser(ctx, c, created)
		}
	}
	for _, up := range c.Update {
		before = r.conditionalUpdate(ctx, c, up, created, before)
	}
	etag := ""
	if before != nil {
		etag = before.Header.Get("ETag")
	}
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
	if value != "" {
		for _, prm := range op.Params {
			if prm.In == "header" && strings.EqualFold(prm.Name, header) {
				in = in.Clone()
				in.Params[prm.Key()] = value
			}
		}
	}
	return r.sendChecked(ctx, op, in)
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

const maxPages = 25

// paginate walks a list operation page by page.
func (r *runner) paginate(ctx context.Context, op *plan.Operation) {
	pg, ok := r.o.Plan.Pagination(op)
	if !ok || !r.o.Auth.HasCredentials(op) {
		return
	}
	in := r.o.Plan.Example(op)
	delete(in.Params, pg.CursorParam)
	if pg.LimitParam != "" {
		in.Params[pg.LimitParam] = json.Number("2")
	}
	seen := map[string]int{}
	cursors := map[string]bool{}
	for page := 1; page <= maxPages; page++ {
		x := r.sendChecked(ctx, op, in)
		if !ok2xx(x) {
			if page > 1 && x.Err == nil && x.Status/100 == 4 {
				r.fail("pagination_consistency", x, fmt.Sprintf("the cursor the previous page returned was refused: %d", x.Status))
			}
			return
		}
		body, err := x.JSON()
		if err != nil {
			return
		}
		items := body
		if pg.ItemsPointer != "" {
			items, _ = plan.PointerGet(body, pg.ItemsPointer)
		}
		list, _ := items.([]any)
		for _, it := range list {
			id := itemID(it)
			if prev, dup := seen[id]; dup {
				r.fail("pagination_consistency", x, fmt.Sprintf("item %s on page %d was already on page %d", excerpt([]byte(id), 80), page, prev))
				return
			}
			seen[id] = page
		}
		next, has := plan.PointerGet(body, pg.NextPointer)
		cur, _ := next.(string)
		if !has || cur == "" {
			return
		}
		if cursors[cur] {
			r.fail("pagination_consistency", x, fmt.Sprintf("page %d returned a cursor already seen: the walk loops", page))
			return
		}
		cursors[cur] = true
		in = in.Clone()
		in.Params[pg.CursorParam] = cur
	}
}

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
