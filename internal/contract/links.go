package contract

import (
	"context"
	"fmt"
	"math/rand/v2"
	"net/http"
	"slices"
	"strconv"
	"strings"

	"github.com/sequere/sequere/internal/plan"
)

// Link walks follow the description's OpenAPI links from a successful
// response, binding the target's parameters and body from the exchange,
// down to maxLinkDepth steps and at most maxLinkFanout links per
// response. Both bounds keep a densely linked description from turning
// the stateful phase into an exponential crawl.
const (
	maxLinkDepth  = 4
	maxLinkFanout = 4
)

// linkSet is the description's links by source operation.
type linkSet struct {
	from     map[*plan.Operation][]plan.Link
	problems []plan.LinkProblem
}

func newLinkSet(p *plan.Plan) *linkSet {
	links, problems := p.DescribedLinks()
	s := &linkSet{from: map[*plan.Operation][]plan.Link{}, problems: problems}
	for _, l := range links {
		s.from[l.From] = append(s.from[l.From], l)
	}
	return s
}

// roots are the selected operations a walk starts from: those with links
// that no link leads to (a create, a sign-up), so every walk begins from
// a request that needs no earlier answer. When links only form cycles,
// every linked operation without path parameters is a root instead.
func (r *runner) linkRoots() []*plan.Operation {
	targets := map[*plan.Operation]bool{}
	for _, ls := range r.links.from {
		for _, l := range ls {
			targets[l.To] = true
		}
	}
	var roots, fallback []*plan.Operation
	for _, op := range r.o.Plan.Ops {
		if len(r.links.from[op]) == 0 || !r.o.Auth.HasCredentials(op) {
			continue
		}
		if !targets[op] {
			roots = append(roots, op)
		} else if !strings.Contains(op.Path, "{") {
			fallback = append(fallback, op)
		}
	}
	if len(roots) == 0 {
		return fallback
	}
	return roots
}

// walk is one sequence of linked requests from a root.
type walk struct {
	rng *rand.Rand
	// reads are the successful reads so far, re-sent after a delete of the
	// same resource (use_after_free along the chain).
	reads []*Exchange
	seen  map[string]bool
	// deletes wait until every other step of the walk has run, so a
	// delete does not pull a resource from under the links beside it.
	deletes []deferredStep
	// deleted holds the paths a delete of this walk removed.
	deleted map[string]bool
}

type deferredStep struct {
	link  plan.Link
	from  *Exchange
	in    plan.Input
	depth int
}

// linkWalk starts at root with its example input and follows its links.
func (r *runner) linkWalk(ctx context.Context, root *plan.Operation) {
	seed := r.seedFor(root, "links")
	w := &walk{rng: rand.New(rand.NewPCG(seed, seed>>1|1)), seen: map[string]bool{}, deleted: map[string]bool{}}
	in := r.o.Plan.Example(root)
	if key := idempotencyKey(root); key != "" {
		in.Params[key] = fmt.Sprintf("sequere-%x-%x", seed, r.o.Now().UnixNano())
	}
	x := r.sendChecked(ctx, root, in)
	r.followLinks(ctx, w, x, 1)
	for len(w.deletes) > 0 && ctx.Err() == nil && !r.spent() {
		d := w.deletes[0]
		w.deletes = w.deletes[1:]
		r.step(ctx, w, d.link, d.from, d.in, d.depth)
	}
}

// followLinks sends the targets of the links x's response carries.
func (r *runner) followLinks(ctx context.Context, w *walk, x *Exchange, depth int) {
	if depth >= maxLinkDepth || !ok2xx(x) {
		return
	}
	if x.Request.Method == http.MethodGet {
		w.reads = append(w.reads, x)
	}
	links := r.linksFor(w, x)
	for _, l := range links {
		if ctx.Err() != nil || r.spent() {
			return
		}
		in, missing := r.bindLink(l, x)
		if len(missing) > 0 {
			r.fail("ensure_resource_availability", x, fmt.Sprintf("link %s to %s cannot be followed: %s found nothing in the %d response", l.Name, l.To.ID, strings.Join(missing, ", "), x.Status))
			continue
		}
		path := r.o.Plan.Request(l.To, in).Path
		key := l.Name + "\x00" + l.To.ID + "\x00" + path
		if w.seen[key] {
			continue
		}
		w.seen[key] = true
		if l.To.Method == http.MethodDelete && x.Request.Method != http.MethodDelete {
			w.deletes = append(w.deletes, deferredStep{l, x, in, depth})
			continue
		}
		if w.deleted[pathOnly(path)] && x.Request.Method != http.MethodDelete {
			// Gone on purpose: a 404 now says nothing about the link.
			continue
		}
		r.step(ctx, w, l, x, in, depth)
	}
}

// step sends one link's target and follows on from its answer.
func (r *runner) step(ctx context.Context, w *walk, l plan.Link, x *Exchange, in plan.Input, depth int) {
	if w.deleted[pathOnly(r.o.Plan.Request(l.To, in).Path)] && l.To.Method == http.MethodDelete {
		return
	}
	y := r.sendChecked(ctx, l.To, in)
	if y.Err != nil {
		return
	}
	r.linkChecks(ctx, w, l, x, y)
	if y.Request.Method == http.MethodDelete && ok2xx(y) {
		w.deleted[pathOnly(y.Request.Path)] = true
	}
	r.followLinks(ctx, w, y, depth+1)
}

// linksFor picks the links of x's status, reads before writes before
// deletes so a delete does not pull the resource from under its siblings.
// Past the fan-out bound the seeded generator picks which to keep.
func (r *runner) linksFor(w *walk, x *Exchange) []plan.Link {
	all := r.links.from[x.Op]
	var codes []string
	for _, l := range all {
		if !slices.Contains(codes, l.Status) {
			codes = append(codes, l.Status)
		}
	}
	code := matchStatus(codes, x.Status)
	var out []plan.Link
	for _, l := range all {
		if l.Status == code && (r.o.Auth.HasCredentials(l.To)) {
			out = append(out, l)
		}
	}
	if len(out) > maxLinkFanout {
		w.rng.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
		out = out[:maxLinkFanout]
	}
	slices.SortStableFunc(out, func(a, b plan.Link) int { return methodRank(a.To.Method) - methodRank(b.To.Method) })
	return out
}

func methodRank(m string) int {
	switch m {
	case http.MethodGet, http.MethodHead:
		return 0
	case http.MethodDelete:
		return 2
	}
	return 1
}

// matchStatus picks which documented response key a status falls under:
// the exact code, then its range, then default.
func matchStatus(codes []string, status int) string {
	exact := strconv.Itoa(status)
	if slices.Contains(codes, exact) {
		return exact
	}
	for _, c := range codes {
		if strings.EqualFold(c, exact[:1]+"XX") {
			return c
		}
	}
	if slices.Contains(codes, "default") {
		return "default"
	}
	return ""
}

// bindLink builds the target's input: its example, with the link's
// parameters and body bound from x. missing lists the response
// expressions that found nothing; a request expression that finds
// nothing (a parameter x did not send) leaves the example value.
func (r *runner) bindLink(l plan.Link, x *Exchange) (plan.Input, []string) {
	in := r.o.Plan.Example(l.To)
	px := x.plan()
	px.BaseURL = r.o.BaseURL
	var missing []string
	for _, b := range l.Bind {
		if b.Const != nil {
			in.Params[b.Param] = b.Const
			continue
		}
		v, ok := plan.Eval(b.Expr, px)
		if !ok {
			if !strings.Contains(b.Expr, "$request.") {
				missing = append(missing, b.Expr)
			}
			continue
		}
		in.Params[b.Param] = v
	}
	if l.Body != nil {
		v, miss := l.Body.Eval(px)
		for _, m := range miss {
			if !strings.Contains(m, "$request.") {
				missing = append(missing, m)
			}
		}
		in.Body, in.HasBody = v, true
	}
	return in, missing
}

// linkChecks are the sequence checks a link step allows: a link from a
// delete must lead nowhere, any other link from a success must lead to an
// existing resource, and a delete reached by a link must take the
// resource from every earlier read of it.
func (r *runner) linkChecks(ctx context.Context, w *walk, l plan.Link, from, to *Exchange) {
	switch {
	case from.Request.Method == http.MethodDelete && to.Request.Method == http.MethodGet:
		if to.Status != http.StatusNotFound && to.Status != http.StatusGone {
			r.fail("use_after_free", to, fmt.Sprintf("link %s after %s: the deleted resource is still readable: %d", l.Name, from.Op.ID, to.Status))
		}
		return
	case to.Status == http.StatusNotFound:
		r.fail("ensure_resource_availability", to, fmt.Sprintf("link %s from %s %d leads to %s, which answered 404", l.Name, from.Op.ID, from.Status, l.To.ID))
		return
	}
	if to.Request.Method != http.MethodDelete || !ok2xx(to) {
		return
	}
	gone := pathOnly(to.Request.Path)
	for _, read := range w.reads {
		if pathOnly(read.Request.Path) != gone {
			continue
		}
		again := r.sendChecked(ctx, read.Op, read.Input)
		if again.Err == nil && again.Status != http.StatusNotFound && again.Status != http.StatusGone {
			r.fail("use_after_free", again, fmt.Sprintf("the resource deleted by %s (link %s) is still readable: %d", to.Op.ID, l.Name, again.Status))
		}
		return
	}
}

func pathOnly(p string) string {
	path, _, _ := strings.Cut(p, "?")
	return path
}

// linkRequests bounds the requests a walk from op sends, for a dry run:
// every link at every depth, whatever the statuses turn out to be.
func (r *runner) linkRequests(op *plan.Operation, depth int) int {
	n := 1
	if depth >= maxLinkDepth {
		return n
	}
	links := r.links.from[op]
	if len(links) > maxLinkFanout {
		links = links[:maxLinkFanout]
	}
	for _, l := range links {
		n += r.linkRequests(l.To, depth+1)
	}
	return n
}
