package diff

import (
	"context"
	"path"
	"sort"
	"time"

	yaml "github.com/pb33f/go-yaml"

	"github.com/sequere/sequere/internal/report"
	"github.com/sequere/sequere/internal/spec"
)

// Options tune Compare. The zero value compares with no clock-dependent
// lifecycle checks (Now zero skips sunset arithmetic).
type Options struct {
	// Now is today for sunset arithmetic; capabilities never read the clock.
	Now time.Time
	// MinSunsetDaysStable and MinSunsetDaysBeta are the least notice a
	// deprecation must give (days from Now to x-sunset) for stable and for beta
	// (or lower) endpoints. Zero means no minimum.
	MinSunsetDaysStable, MinSunsetDaysBeta int
}

// Change is one classified difference. A change to a shared component
// (Shared) is one Change with every affected operation in Endpoints.
type Change struct {
	Check     *Check
	Level     report.Severity
	Direction Direction
	Guards    Guard
	Message   string
	// Path is the JSON path of the changed element: in the revision, or in the
	// base for removals.
	Path []string
	// Location is the revision side (for removals: the revision parent);
	// Base the base side, nil for additions.
	Location report.Location
	Base     *report.Location
	// Endpoints are the operations that reach the change ("GET /pets"),
	// sorted; empty for document-level changes.
	Endpoints []string
	// Shared is true when the change sits in a reusable component rather than
	// inline in one operation.
	Shared bool
}

// Result is a comparison: every change in a stable order (shared components
// first by path, then by path and check id).
type Result struct {
	Base, Revision *spec.Document
	Changes        []*Change
}

// nref is a node and the file that holds it.
type nref struct {
	n    *yaml.Node
	file string
}

// group is a memoised comparison (or an operation): its own changes and the
// groups it reached. Operations collect their changes by walking this DAG.
type group struct {
	changes []*Change
	kids    []*group
	done    bool
}

type memoKey struct {
	b, r *yaml.Node
	dir  Direction
	g    Guard
	rev  bool
	neg  bool
}

type comparer struct {
	ctx  context.Context
	b, r *spec.Document
	opts Options
	memo map[memoKey]*group
	ops  map[*Change][]string
	seen map[*Change]bool
	all  []*Change
	// shapes memoises subtree hashes for identical().
	shapes map[*yaml.Node]shape
	// reversed is set while comparing a callback or webhook operation, where
	// the API server sends the request and the consumer answers it.
	reversed bool
	// negated is set while comparing the inside of a not: what the
	// subschema gains, the schema loses, so each change there is judged
	// with the other direction's law. Changes keep the direction of the
	// message they are in; the message says why the level is reversed.
	negated bool
	// judged marks properties whose sunset policy has been applied, so a
	// schema met in both directions is judged once.
	judged map[*yaml.Node]bool
}

// law turns the wire side of a message (the HTTP request or response) into the
// direction the law judges from the consumer's seat: the same outside
// callbacks and webhooks, swapped inside them.
func (c *comparer) law(wire Direction) Direction {
	if c.reversed {
		return 1 - wire
	}
	return wire
}

// Compare diffs base against revision. It fails only when ctx is cancelled.
func Compare(ctx context.Context, base, rev *spec.Document, opts Options) (*Result, error) {
	c := &comparer{ctx: ctx, b: base, r: rev, opts: opts, memo: map[memoKey]*group{}, ops: map[*Change][]string{}, seen: map[*Change]bool{}, shapes: map[*yaml.Node]shape{}}
	doc := &group{}
	c.compareInfo(doc)
	if err := c.compareEndpoints(doc); err != nil {
		return nil, err
	}
	c.compareWebhooks(doc)
	c.compareServers(doc, nil, nil, []string{"servers"}, "")
	c.compareSecuritySchemes(doc)
	c.compareComponentSchemas(doc)
	c.collect(doc, "", map[*group]bool{})
	for _, ch := range c.all {
		eps := c.ops[ch]
		sort.Strings(eps)
		ch.Endpoints = dedupe(eps)
		ch.Shared = ch.Shared && len(ch.Endpoints) > 0
	}
	sort.SliceStable(c.all, func(i, j int) bool {
		a, b := c.all[i], c.all[j]
		if a.Shared != b.Shared {
			return a.Shared
		}
		if pa, pb := pathKey(a.Path), pathKey(b.Path); pa != pb {
			return pa < pb
		}
		return a.Check.ID < b.Check.ID
	})
	return &Result{Base: base, Revision: rev, Changes: c.all}, nil
}

func pathKey(p []string) string {
	s := ""
	for _, x := range p {
		s += "\x00" + x
	}
	return s
}

func dedupe(s []string) []string {
	out := s[:0]
	for i, x := range s {
		if i == 0 || x != s[i-1] {
			out = append(out, x)
		}
	}
	return out
}

// collect attributes every change reachable from g to endpoint ep (if any).
func (c *comparer) collect(g *group, ep string, visited map[*group]bool) {
	if visited[g] {
		return
	}
	visited[g] = true
	for _, ch := range g.changes {
		if !c.seen[ch] {
			c.seen[ch] = true
			c.all = append(c.all, ch)
		}
		if ep != "" {
			c.ops[ch] = append(c.ops[ch], ep)
		}
	}
	for _, k := range g.kids {
		c.collect(k, ep, visited)
	}
}

// at is where a change sits: the revision node (or parent, for removals), the
// base node (nil for additions) and the JSON path.
type at struct {
	rev, base nref
	path      []string
}

// add records a change of check id on wire side d (the law's direction once
// c.law has swapped it inside callbacks and webhooks), its level by the law.
func (c *comparer) add(g *group, id string, d Direction, guards Guard, where at, msg string) {
	chk, ok := byID()[id]
	if !ok {
		panic("diff: unknown check " + id)
	}
	d = c.law(d)
	if c.reversed {
		// The same component can be reached both ways; say which one this is.
		msg += " [in a callback or webhook: the API sends the request]"
	}
	judged := d
	if c.negated {
		judged = 1 - d
		msg += " [inside not: the values it matches are excluded, so its effect is reversed]"
	}
	ch := &Change{
		Check: chk, Direction: d, Guards: guards, Level: Level(judged, chk.Effect, guards),
		Message: msg, Path: append([]string(nil), where.path...),
		Shared: len(where.path) > 0 && where.path[0] != "paths" && where.path[0] != "webhooks",
	}
	if where.rev.n != nil {
		ch.Location = c.r.Position(where.rev.file, where.rev.n)
	} else {
		ch.Location = report.Location{File: c.r.Name, Line: c.r.Root.Line, Col: c.r.Root.Column}
	}
	if where.base.n != nil {
		l := c.b.Position(where.base.file, where.base.n)
		ch.Base = &l
	}
	g.changes = append(g.changes, ch)
}

// follow dereferences n in d, returning the target and its JSON path: a $ref
// restarts the path at the target ("components/schemas/Pet"), which is what
// makes a change to a shared component one change.
func follow(d *spec.Document, n nref, p []string) (nref, []string) {
	for hops := 0; hops < 64; hops++ {
		ref := spec.RefOf(n.n)
		if ref == "" {
			return n, p
		}
		t, file, err := d.ResolveRef(n.file, ref)
		if err != nil {
			return n, p
		}
		file0, frag := splitFrag(ref)
		segs := spec.PointerSegments(frag)
		if file0 != "" && file != d.Name {
			segs = append([]string{path.Base(file)}, segs...)
		}
		n, p = nref{t, file}, segs
	}
	return n, p
}

func splitFrag(ref string) (string, string) {
	for i := 0; i < len(ref); i++ {
		if ref[i] == '#' {
			return ref[:i], ref[i+1:]
		}
	}
	return ref, ""
}

func (n nref) get(key string) nref {
	return nref{spec.MapGet(n.n, key), n.file}
}

func (n nref) str(key string) string {
	if v := spec.MapGet(n.n, key); v != nil && v.Kind == yaml.ScalarNode {
		return v.Value
	}
	return ""
}

func (n nref) isTrue(key string) bool { return n.str(key) == "true" }

func join(p []string, more ...string) []string {
	out := make([]string, 0, len(p)+len(more))
	return append(append(out, p...), more...)
}

// mapEntries iterates a mapping's key/value pairs in order.
func mapEntries(n *yaml.Node, fn func(k string, key, v *yaml.Node)) {
	if n == nil || n.Kind != yaml.MappingNode {
		return
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		fn(n.Content[i].Value, n.Content[i], n.Content[i+1])
	}
}

type node = yaml.Node

type strSet struct {
	order []string
	has   map[string]bool
}

// scalarSet reads a sequence of scalars (tags, enum values, type arrays).
func scalarSet(n *yaml.Node) strSet {
	s := strSet{has: map[string]bool{}}
	if n == nil {
		return s
	}
	if n.Kind == yaml.ScalarNode {
		s.order, s.has[n.Value] = []string{n.Value}, true
		return s
	}
	for _, c := range n.Content {
		v := c.Value
		if c.Kind != yaml.ScalarNode {
			v = canonical(c)
		}
		if !s.has[v] {
			s.has[v] = true
			s.order = append(s.order, v)
		}
	}
	return s
}
