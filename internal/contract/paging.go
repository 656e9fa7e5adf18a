package contract

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"strings"

	"github.com/getkin/kin-openapi/openapi3"

	"github.com/sequere/sequere/internal/plan"
)

// pagination_consistency walks a list with a small page size and holds
// every page to the page rules: no more items than the limit asked for, no
// item twice, has_more agreeing with the next cursor, a cursor that is
// accepted and never loops. Where the collection reads the same in one big
// page before and after the walk (nothing else changed it meanwhile), the
// walk must yield exactly that listing, in order: a skipped or repeated
// item shows as a difference.
const (
	maxPages = 25
	// walkLimit is the page size of the walk; fillTo items make the walk
	// cross at least two page boundaries.
	walkLimit = 2
	fillTo    = 2*walkLimit + 1
)

var hasMoreNames = []string{"has_more", "hasmore", "has_next", "hasnext", "more", "has_next_page", "hasnextpage"}

// maxParents bounds the items of a parent collection whose sub-collection
// is walked.
const maxParents = 3

// paginate walks a list operation page by page.
func (r *runner) paginate(ctx context.Context, op *plan.Operation) {
	pg, ok := r.o.Plan.Pagination(op)
	if !ok || !r.o.Auth.HasCredentials(op) {
		return
	}
	for _, base := range r.walkInputs(ctx, op) {
		if ctx.Err() != nil || r.spent() {
			return
		}
		r.walkPages(ctx, op, pg, base)
	}
}

// walkInputs are the inputs walks of op start from: its example, or, for
// a collection under an item of another listed collection
// (/endpoints/{id}/deliveries under /endpoints), one for each of the
// first items that collection lists, since the example's id names
// nothing.
func (r *runner) walkInputs(ctx context.Context, op *plan.Operation) []plan.Input {
	in := r.o.Plan.Example(op)
	parent, key := r.parentList(op)
	if parent == nil {
		return []plan.Input{in}
	}
	ppg, _ := r.o.Plan.Pagination(parent)
	pin := r.o.Plan.Example(parent)
	delete(pin.Params, ppg.CursorParam)
	x := r.sendChecked(ctx, parent, pin)
	if !ok2xx(x) {
		return []plan.Input{in}
	}
	var out []plan.Input
	for _, id := range pageIDs(x, ppg) {
		if len(out) == maxParents {
			break
		}
		c := in.Clone()
		c.Params[key] = id
		out = append(out, c)
	}
	if len(out) == 0 {
		return []plan.Input{in}
	}
	return out
}

// parentList finds the selected list whose items op's path sits under
// (GET /endpoints for /endpoints/{id}/deliveries) and the key of the
// path parameter an item's id fills.
func (r *runner) parentList(op *plan.Operation) (*plan.Operation, string) {
	i := strings.LastIndex(op.Path, "/{")
	if i <= 0 {
		return nil, ""
	}
	collection := op.Path[:i]
	rest := op.Path[i+2:]
	j := strings.Index(rest, "}")
	if j < 0 || !strings.HasPrefix(rest[j+1:], "/") || strings.Contains(rest[j+1:], "{") {
		return nil, ""
	}
	for _, p := range r.o.Plan.Ops {
		if p.Path != collection || p.Method != http.MethodGet || !r.o.Auth.HasCredentials(p) {
			continue
		}
		if _, ok := r.o.Plan.Pagination(p); ok {
			return p, "path:" + rest[:j]
		}
	}
	return nil, ""
}

// walkPages walks one list from base.
func (r *runner) walkPages(ctx context.Context, op *plan.Operation, pg *plan.Pagination, base plan.Input) {
	full, fullDone := r.fullListing(ctx, op, pg, base)
	if full != nil && len(full) < fillTo && fullDone {
		if r.fill(ctx, op, pg, fillTo-len(full)) {
			full, fullDone = r.fullListing(ctx, op, pg, base)
		}
	}
	in := base.Clone()
	delete(in.Params, pg.CursorParam)
	limit := 0
	if pg.LimitParam != "" {
		limit = walkLimit
		in.Params[pg.LimitParam] = json.Number(strconv.Itoa(limit))
	}
	seen := map[string]int{}
	cursors := map[string]bool{}
	var walked []string
	var last *Exchange
	ended := false
	for page := 1; page <= maxPages; page++ {
		x := r.sendChecked(ctx, op, in)
		if !ok2xx(x) {
			if page > 1 && x.Err == nil && x.Status/100 == 4 && !throttled(x) {
				r.fail("pagination_consistency", x, fmt.Sprintf("the cursor the previous page returned was refused: %d", x.Status))
			}
			return
		}
		last = x
		list, body := pageItems(x, pg)
		if body == nil {
			return
		}
		if limit > 0 && len(list) > limit {
			r.fail("pagination_consistency", x, fmt.Sprintf("page %d has %d items, more than the %s=%d it was asked for", page, len(list), paramName(pg.LimitParam), limit))
			return
		}
		for _, it := range list {
			id := itemID(it)
			if prev, dup := seen[id]; dup {
				r.fail("pagination_consistency", x, fmt.Sprintf("item %s on page %d was already on page %d", excerpt([]byte(id), 80), page, prev))
				return
			}
			seen[id] = page
			walked = append(walked, id)
		}
		next, has := plan.PointerGet(body, pg.NextPointer)
		cur, _ := next.(string)
		if more, found := hasMore(body, pg.NextPointer); found && more != (cur != "") {
			r.fail("pagination_consistency", x, fmt.Sprintf("page %d says %s is %v but its next cursor is %q", page, hasMoreName(body, pg.NextPointer), more, excerpt([]byte(cur), 60)))
			return
		}
		if !has || cur == "" {
			ended = true
			break
		}
		if cursors[cur] {
			r.fail("pagination_consistency", x, fmt.Sprintf("page %d returned a cursor already seen: the walk loops", page))
			return
		}
		cursors[cur] = true
		in = in.Clone()
		in.Params[pg.CursorParam] = cur
	}
	if full == nil || limit == 0 {
		return
	}
	if after, afterDone := r.fullListing(ctx, op, pg, base); !slices.Equal(after, full) || afterDone != fullDone {
		return // the collection changed meanwhile: the walk proves nothing
	}
	n := min(len(walked), len(full))
	for i := range n {
		if walked[i] != full[i] {
			r.fail("pagination_consistency", last, fmt.Sprintf("walking %s pages of %d yields item %s at position %d where the single listing has %s (an item skipped or out of order)",
				op.ID, limit, excerpt([]byte(walked[i]), 60), i+1, excerpt([]byte(full[i]), 60)))
			return
		}
	}
	if ended && fullDone && len(walked) < len(full) {
		r.fail("pagination_consistency", last, fmt.Sprintf("walking %s pages of %d ended after %d items; the single listing has %d", op.ID, limit, len(walked), len(full)))
	}
}

// fullListing reads the collection's first page at the largest page size
// the description allows, twice: the ids and whether that page is all of
// it, or nil when the two reads differ or the operation documents no
// largest page size.
func (r *runner) fullListing(ctx context.Context, op *plan.Operation, pg *plan.Pagination, base plan.Input) ([]string, bool) {
	size := maxPageSize(op, pg)
	if size == 0 {
		return nil, false
	}
	in := base.Clone()
	delete(in.Params, pg.CursorParam)
	in.Params[pg.LimitParam] = json.Number(strconv.Itoa(size))
	var ids []string
	done := false
	for i := range 2 {
		x := r.sendChecked(ctx, op, in)
		if !ok2xx(x) {
			return nil, false
		}
		_, body := pageItems(x, pg)
		if body == nil {
			return nil, false
		}
		next, _ := plan.PointerGet(body, pg.NextPointer)
		cur, _ := next.(string)
		got := pageIDs(x, pg)
		if i == 1 && (!slices.Equal(got, ids) || done != (cur == "")) {
			return nil, false
		}
		ids, done = got, cur == ""
	}
	if ids == nil {
		ids = []string{}
	}
	return ids, done
}

// maxPageSize is the limit parameter's documented maximum, at most 1000.
func maxPageSize(op *plan.Operation, pg *plan.Pagination) int {
	if pg.LimitParam == "" {
		return 0
	}
	for _, prm := range op.Params {
		if prm.Key() != pg.LimitParam || prm.Schema == nil || prm.Schema.Value == nil || prm.Schema.Value.Max == nil {
			continue
		}
		if m := int(*prm.Schema.Value.Max); m > walkLimit {
			return min(m, 1000)
		}
	}
	return 0
}

// fill creates n items of the collection through the selected create
// operation, so that the walk has pages to cross: the POST that answers the
// collection's item schema, else the POST on the collection's own path
// (whose answer may be a richer schema: the orders API's webhook endpoint
// shows its secret once, at creation, and never in a list). It reports
// whether it created any.
func (r *runner) fill(ctx context.Context, list *plan.Operation, pg *plan.Pagination, n int) bool {
	item := itemSchema(list, pg)
	if item == nil {
		return false
	}
	if op := r.creator(list, item); op != nil {
		return r.create(ctx, op, n)
	}
	return false
}

// creator is the operation that adds items to list's collection, or nil.
func (r *runner) creator(list *plan.Operation, item *openapi3.Schema) *plan.Operation {
	var samePath *plan.Operation
	for _, op := range r.o.Plan.Ops {
		if op.Method != http.MethodPost || !r.o.Auth.HasCredentials(op) {
			continue
		}
		if successSchema(op) == item {
			return op
		}
		if samePath == nil && op.Path == list.Path {
			samePath = op
		}
	}
	return samePath
}

// create sends n creates through op, and reports whether any succeeded.
func (r *runner) create(ctx context.Context, op *plan.Operation, n int) bool {
	made := false
	for i := range n {
		if ctx.Err() != nil || r.spent() {
			return made
		}
		in := r.o.Plan.Example(op)
		if key := idempotencyKey(op); key != "" {
			in.Params[key] = fmt.Sprintf("sequere-%x-fill-%d-%x", r.seedFor(op, PhaseStateful), i, r.o.Now().UnixNano())
		}
		x := r.sendChecked(ctx, op, in)
		if x.Err == nil && x.Status == 409 {
			_, x = r.createAfresh(ctx, op, in)
		}
		if !ok2xx(x) {
			return made
		}
		made = true
	}
	return made
}

// itemSchema is the schema of one item of the list's success answer.
func itemSchema(op *plan.Operation, pg *plan.Pagination) *openapi3.Schema {
	s := successSchema(op)
	for _, seg := range strings.Split(strings.TrimPrefix(pg.ItemsPointer, "/"), "/") {
		if seg == "" || s == nil {
			continue
		}
		ref := s.Properties[strings.ReplaceAll(strings.ReplaceAll(seg, "~1", "/"), "~0", "~")]
		if ref == nil {
			return nil
		}
		s = ref.Value
	}
	if s == nil || s.Items == nil {
		return nil
	}
	return s.Items.Value
}

// successSchema is the JSON schema of op's first documented 2xx answer.
func successSchema(op *plan.Operation) *openapi3.Schema {
	for _, code := range successCodes(op) {
		for t, mt := range op.Responses[code].Content {
			if plan.IsJSON(t) && mt.Schema != nil {
				return mt.Schema.Value
			}
		}
		return nil
	}
	return nil
}

// hasMore finds a boolean beside the next cursor that says whether another
// page follows.
func hasMore(body any, nextPointer string) (bool, bool) {
	name := hasMoreName(body, nextPointer)
	if name == "" {
		return false, false
	}
	parent, _ := plan.PointerGet(body, nextPointer[:strings.LastIndex(nextPointer, "/")])
	b, ok := parent.(map[string]any)[name].(bool)
	return b, ok
}

func hasMoreName(body any, nextPointer string) string {
	i := strings.LastIndex(nextPointer, "/")
	if i < 0 {
		return ""
	}
	parent, _ := plan.PointerGet(body, nextPointer[:i])
	m, ok := parent.(map[string]any)
	if !ok {
		return ""
	}
	for k, v := range m {
		if _, isBool := v.(bool); isBool && slices.Contains(hasMoreNames, strings.ToLower(k)) {
			return k
		}
	}
	return ""
}

func paramName(key string) string { return key[strings.Index(key, ":")+1:] }
