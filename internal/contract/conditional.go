package contract

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"reflect"
	"slices"
	"strings"

	"github.com/sequere/sequere/internal/plan"
)

// The protocol checks of the stateful phase: conditional requests (RFC 9110
// section 13), Idempotency-Key replays and access with another user's
// credentials. Each runs only where the description documents the behaviour.

// neverIssued are entity tags no server hands out: a precondition with one
// of them must fail (If-Match) or must not match (If-None-Match).
const neverIssuedETag = `"sequere-never-issued-0"`

// hasHeaderParam reports whether op documents a request header.
func hasHeaderParam(op *plan.Operation, name string) bool {
	for _, prm := range op.Params {
		if prm.In == "header" && strings.EqualFold(prm.Name, name) {
			return true
		}
	}
	return false
}

// documentsHeader reports whether op's response code documents a header.
func documentsHeader(op *plan.Operation, code, name string) bool {
	resp := op.Responses[code]
	if resp == nil {
		return false
	}
	for k := range resp.Headers {
		if strings.EqualFold(k, name) {
			return true
		}
	}
	return false
}

func opaqueTag(t string) string { return strings.TrimPrefix(strings.TrimSpace(t), "W/") }

// sameJSON compares two bodies as JSON values (byte equality otherwise).
func sameJSON(a, b []byte) bool {
	var av, bv any
	if json.Unmarshal(a, &av) != nil || json.Unmarshal(b, &bv) != nil {
		return string(a) == string(b)
	}
	return reflect.DeepEqual(av, bv)
}

func statusOf(x *Exchange) string { return fmt.Sprint(x.Status) }

// conditionalRead checks the read of a fresh resource where the read
// documents 304 or If-None-Match: the 200 carries an ETag, that ETag gives
// 304 (with the same ETag and no body), a tag never issued does not, and a
// create that answered the same representation named the same ETag.
func (r *runner) conditionalRead(ctx context.Context, c plan.Chain, created *Exchange, in plan.Input, got *Exchange) {
	read := c.Read
	if !documents(read, "304") && !hasHeaderParam(read, "If-None-Match") {
		return
	}
	etag := got.Header.Get("ETag")
	if etag == "" {
		if documentsHeader(read, statusOf(got), "ETag") {
			r.fail("conditional_requests", got, fmt.Sprintf("%s documents If-None-Match and an ETag, but its %d has no ETag", read.ID, got.Status))
		}
		return
	}
	if cetag := created.Header.Get("ETag"); cetag != "" && opaqueTag(cetag) != opaqueTag(etag) && sameJSON(created.Body, got.Body) {
		r.fail("conditional_requests", got, fmt.Sprintf("%s answered ETag %s for the representation %s had just answered with ETag %s", read.ID, etag, c.Create.ID, cetag))
	}
	if !documents(read, "304") {
		return
	}
	x := r.sendWith(ctx, read, in, "If-None-Match", etag)
	switch {
	case x.Err != nil || x.Status == http.StatusTooManyRequests:
	case x.Status != http.StatusNotModified:
		r.fail("conditional_requests", x, fmt.Sprintf("If-None-Match with the current ETag %s got %d, not 304", etag, x.Status))
	case len(x.Body) > 0:
		r.fail("conditional_requests", x, "a 304 carries a body")
	case x.Header.Get("ETag") != "" && opaqueTag(x.Header.Get("ETag")) != opaqueTag(etag):
		r.fail("conditional_requests", x, fmt.Sprintf("the 304 names ETag %s, the representation it stands for has %s", x.Header.Get("ETag"), etag))
	}
	if opaqueTag(etag) == opaqueTag(neverIssuedETag) {
		return
	}
	x = r.sendWith(ctx, read, in, "If-None-Match", neverIssuedETag)
	if x.Err == nil && x.Status == http.StatusNotModified {
		r.fail("conditional_requests", x, fmt.Sprintf("If-None-Match with %s, an ETag never issued, got 304", neverIssuedETag))
	}
}

// conditionalUpdate sends one update of the chain and, where the update
// documents If-Match and 412, checks that a tag never issued and a stale
// tag are refused with 412, and that the ETag moves with the
// representation. It returns the read after the update (or before when
// there is none).
func (r *runner) conditionalUpdate(ctx context.Context, c plan.Chain, up *plan.Operation, created, before *Exchange) *Exchange {
	in, bound := r.follow(up, c.Bind, created)
	if !bound {
		return before
	}
	etag := ""
	if before != nil {
		etag = before.Header.Get("ETag")
	}
	guarded := etag != "" && hasHeaderParam(up, "If-Match") && documents(up, "412")
	if guarded && opaqueTag(etag) != opaqueTag(neverIssuedETag) {
		x := r.sendWith(ctx, up, in, "If-Match", neverIssuedETag)
		if ok2xx(x) {
			r.fail("conditional_requests", x, fmt.Sprintf("If-Match with %s, an ETag never issued, was accepted with %d, not 412", neverIssuedETag, x.Status))
			return before
		}
	}
	x := r.sendWith(ctx, up, in, "If-Match", etag)
	if guarded && ok2xx(x) && x.Header.Get("ETag") == "" && documentsHeader(up, statusOf(x), "ETag") {
		// The answer to a conditional write is where the client learns the
		// tag its next write must send.
		r.fail("conditional_requests", x, fmt.Sprintf("%s takes If-Match and documents an ETag on its %d, but answered without one", up.ID, x.Status))
	}
	if !ok2xx(x) || c.Read == nil || before == nil {
		return before
	}
	rin, _ := r.follow(c.Read, c.Bind, created)
	after := r.sendChecked(ctx, c.Read, rin)
	if !ok2xx(after) {
		return before
	}
	newTag := after.Header.Get("ETag")
	if etag == "" || newTag == "" {
		return after
	}
	if opaqueTag(newTag) == opaqueTag(etag) && !sameJSON(before.Body, after.Body) {
		r.fail("conditional_requests", after, fmt.Sprintf("the representation changed after %s but its ETag is still %s", up.ID, etag))
		return after
	}
	if utag := x.Header.Get("ETag"); utag != "" && opaqueTag(utag) != opaqueTag(newTag) && sameJSON(x.Body, after.Body) {
		r.fail("conditional_requests", x, fmt.Sprintf("%s answered ETag %s, but the representation it returned reads back with ETag %s", up.ID, utag, newTag))
	}
	if guarded && opaqueTag(newTag) != opaqueTag(etag) {
		stale := r.sendWith(ctx, up, in, "If-Match", etag)
		if stale.Err == nil && stale.Status != http.StatusPreconditionFailed && stale.Status != http.StatusTooManyRequests {
			r.fail("conditional_requests", stale, fmt.Sprintf("If-Match with the stale ETag %s got %d, not 412", etag, stale.Status))
		}
		if ok2xx(stale) {
			// The stale write went through: the next check reads afresh.
			if again := r.sendChecked(ctx, c.Read, rin); ok2xx(again) {
				return again
			}
		}
	}
	return after
}

func idempotencyKey(op *plan.Operation) string {
	for _, prm := range op.Params {
		if prm.In == "header" && strings.EqualFold(prm.Name, "Idempotency-Key") {
			return prm.Key()
		}
	}
	return ""
}

// idempotency replays the create with its key: the same body must answer
// the first response again (same status, same resource, same body) and
// create nothing; another body the server accepts under a fresh key must
// be refused under the used one.
func (r *runner) idempotency(ctx context.Context, op *plan.Operation, in plan.Input, key string, first *Exchange) {
	again := r.sendChecked(ctx, op, in)
	if again.Err != nil || again.Status == http.StatusTooManyRequests {
		return
	}
	switch {
	case again.Status != first.Status:
		r.fail("idempotency_replay", again, fmt.Sprintf("replaying Idempotency-Key %v with the same body got %d; the first answer was %d", in.Params[key], again.Status, first.Status))
		return
	case !sameResource(first, again):
		r.fail("idempotency_replay", again, fmt.Sprintf("replaying Idempotency-Key %v with the same body created another resource", in.Params[key]))
		return
	case !sameJSON(first.Body, again.Body):
		r.fail("idempotency_replay", again, fmt.Sprintf("replaying Idempotency-Key %v with the same body did not answer the first response: %s", in.Params[key], excerpt(again.Body, 200)))
		return
	}
	other, ok := r.acceptedOtherBody(ctx, op, in, key)
	if !ok {
		return
	}
	x := r.sendChecked(ctx, op, other)
	if ok2xx(x) {
		what := "was accepted"
		if sameResource(first, x) {
			what = "replayed the first response"
		}
		r.fail("idempotency_replay", x, fmt.Sprintf("Idempotency-Key %v reused with another body %s (%d), not refused", in.Params[key], what, x.Status))
	}
}

// acceptedOtherBody finds a body other than in's that the server accepts
// under a fresh key (so that its refusal under the used key can only be
// the key's doing), and returns it with the used key.
func (r *runner) acceptedOtherBody(ctx context.Context, op *plan.Operation, in plan.Input, key string) (plan.Input, bool) {
	if !in.HasBody {
		return plan.Input{}, false
	}
	var candidates []any
	if v, ok := tweakString(in.Body); ok {
		candidates = append(candidates, v)
	}
	seed := r.seedFor(op, "idempotency")
	for i := range uint64(3) {
		candidates = append(candidates, r.o.Plan.Random(op, seed+i).Body)
	}
	orig, _ := json.Marshal(in.Body)
	for i, body := range candidates {
		if b, _ := json.Marshal(body); string(b) == string(orig) {
			continue
		}
		fresh := in.Clone()
		fresh.Body = body
		fresh.Params[key] = fmt.Sprintf("%v-o%d", in.Params[key], i)
		x := r.sendChecked(ctx, op, fresh)
		if x.Err == errBudget {
			return plan.Input{}, false
		}
		if ok2xx(x) {
			used := fresh.Clone()
			used.Params[key] = in.Params[key]
			return used, true
		}
	}
	return plan.Input{}, false
}

// tweakString changes the first string member (in key order, depth
// first) by one character, the smallest change that makes another request.
func tweakString(v any) (any, bool) {
	switch x := v.(type) {
	case string:
		if x == "" {
			return "x", true
		}
		b := []byte(x)
		if b[len(b)-1] == 'x' {
			b[len(b)-1] = 'y'
		} else {
			b[len(b)-1] = 'x'
		}
		return string(b), true
	case map[string]any:
		m := plan.Input{Body: x}.Clone().Body.(map[string]any)
		for _, k := range sortedKeys(m) {
			if t, ok := tweakString(m[k]); ok {
				m[k] = t
				return m, true
			}
		}
	case []any:
		l := plan.Input{Body: x}.Clone().Body.([]any)
		for i := range l {
			if t, ok := tweakString(l[i]); ok {
				l[i] = t
				return l, true
			}
		}
	}
	return nil, false
}

func sameResource(a, b *Exchange) bool {
	if loc := a.Header.Get("Location"); loc != "" {
		return loc == b.Header.Get("Location")
	}
	av, _ := a.JSON()
	bv, _ := b.JSON()
	am, _ := av.(map[string]any)
	bm, _ := bv.(map[string]any)
	if am != nil && bm != nil && am["id"] != nil {
		return fmt.Sprint(am["id"]) == fmt.Sprint(bm["id"])
	}
	return string(a.Body) == string(b.Body)
}

// crossUser reads, changes and deletes a fresh resource with the other
// user's credentials (Options.Other): each must be refused (401, 403 or
// 404), and the resource must still be there and unchanged for its owner.
//
// A write carries the owner's current ETag where it takes If-Match, so that
// only the credentials can make it fail; the resource's actions (cancel,
// pay) are tried too, before the owner's own.
func (r *runner) crossUser(ctx context.Context, c plan.Chain, created *Exchange, etag string) {
	if r.o.Other == nil {
		return
	}
	var ops []*plan.Operation
	if c.Read != nil {
		ops = append(ops, c.Read)
	}
	ops = append(ops, c.Update...)
	ops = append(ops, r.actionsOf(c)...)
	if c.Delete != nil {
		ops = append(ops, c.Delete)
	}
	for _, op := range ops {
		if !r.o.Other.HasCredentials(op) {
			continue
		}
		in, bound := r.follow(op, c.Bind, created)
		if !bound {
			continue
		}
		x := r.sendAs(ctx, r.o.Other, op, withHeader(op, in, "If-Match", etag))
		if x.Err == nil && x.Status/100 != 4 && x.Status/100 != 5 {
			r.fail("cross_user_access", x, fmt.Sprintf("another user's credentials %s the resource %s created: %d, not 401, 403 or 404", verb(op), c.Create.ID, x.Status))
		}
	}
}

func verb(op *plan.Operation) string {
	switch op.Method {
	case http.MethodGet, http.MethodHead:
		return "read"
	case http.MethodDelete:
		return "deleted"
	}
	return "changed"
}

// sendAs sends with another identity's credentials and applies the
// per-exchange checks.
func (r *runner) sendAs(ctx context.Context, a *plan.Auth, op *plan.Operation, in plan.Input) *Exchange {
	req := r.o.Plan.Request(op, in)
	x := &Exchange{Op: op, Phase: PhaseStateful, Input: in, Request: req, Auth: plan.Full, kind: "other-user"}
	if err := a.Apply(ctx, req, op, plan.Full); err != nil {
		x.Err = err
		return x
	}
	r.do(ctx, x)
	if x.Err != errBudget {
		r.check(x)
	}
	return x
}

// crossUserLists lists every collection the owner sees the created
// resource in with the other user's credentials too: another user's
// listing must not show it.
func (r *runner) crossUserLists(ctx context.Context, created *Exchange) {
	if r.o.Other == nil {
		return
	}
	id := createdID(created)
	if id == "" {
		return
	}
	for _, op := range r.o.Plan.Ops {
		pg, ok := r.o.Plan.Pagination(op)
		if !ok || !r.o.Auth.HasCredentials(op) || !r.o.Other.HasCredentials(op) {
			continue
		}
		if ctx.Err() != nil || r.spent() {
			return
		}
		in := r.o.Plan.Example(op)
		delete(in.Params, pg.CursorParam)
		mine := r.sendChecked(ctx, op, in)
		if !ok2xx(mine) || !slices.Contains(pageIDs(mine, pg), id) {
			continue
		}
		x := r.sendAs(ctx, r.o.Other, op, in)
		if ok2xx(x) && slices.Contains(pageIDs(x, pg), id) {
			r.fail("cross_user_access", x, fmt.Sprintf("another user's credentials list the resource %s created (%s): %d", created.Op.ID, id, x.Status))
		}
	}
}

// createdID names the resource a create answered: its body's id, else the
// last segment of its Location.
func createdID(x *Exchange) string {
	if v, err := x.JSON(); err == nil {
		if m, ok := v.(map[string]any); ok {
			if id, ok := m["id"]; ok {
				return fmt.Sprint(id)
			}
		}
	}
	if loc := x.Header.Get("Location"); loc != "" {
		loc = strings.TrimRight(strings.SplitN(loc, "?", 2)[0], "/")
		return loc[strings.LastIndex(loc, "/")+1:]
	}
	return ""
}

// pageIDs are the ids of the items of one page.
func pageIDs(x *Exchange, pg *plan.Pagination) []string {
	list, _ := pageItems(x, pg)
	ids := make([]string, len(list))
	for i, it := range list {
		ids[i] = itemID(it)
	}
	return ids
}

// pageItems are the items of one page and the decoded body.
func pageItems(x *Exchange, pg *plan.Pagination) ([]any, any) {
	body, err := x.JSON()
	if err != nil {
		return nil, nil
	}
	items := body
	if pg.ItemsPointer != "" {
		items, _ = plan.PointerGet(body, pg.ItemsPointer)
	}
	list, _ := items.([]any)
	return list, body
}
