package lint

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	yaml "github.com/pb33f/go-yaml"

	"github.com/sequere/sequere/internal/report"
	"github.com/sequere/sequere/internal/spec"
)

// applier runs rule functions on hits; one per worker goroutine.
type applier struct {
	doc      *spec.Document
	registry map[string]Function
	findings []report.Finding
	// one backs the single-target answers of targets, the common case; the
	// slice is read before targets is called again.
	one [1]Target
}

func (a *applier) single(t Target) []Target {
	a.one[0] = t
	return a.one[:]
}

func (a *applier) apply(t task) {
	r := t.rule
	for _, then := range r.Then {
		fn := a.registry[then.Function]
		for _, target := range a.targets(t, then.Field) {
			for _, v := range a.call(fn, r, then, target) {
				a.report(t, r, target, v)
			}
		}
	}
}

func (a *applier) call(fn Function, r *Rule, then Then, target Target) (vs []Violation) {
	defer func() {
		if p := recover(); p != nil {
			vs = []Violation{{Message: fmt.Sprintf("internal error in function %s: %v", then.Function, p)}}
		}
	}()
	return fn(Call{Doc: a.doc, Target: target, Options: then.FunctionOptions, Rule: r})
}

// targets applies `field` as Spectral's getLintTargets does: no field or a
// non-object given node means the node itself; "@key" each key; "$..." a
// JSONPath below the node; anything else a lodash-style property path, which
// yields one target even when the property is missing (Node nil).
func (a *applier) targets(t task, field string) []Target {
	h := t.hit
	base := Target{Node: h.node, File: h.file, Path: h.phys, Key: h.key, Parent: h.parent}
	if h.isKey {
		base.Key = h.node
	}
	n := h.node
	if field == "" || h.isKey || n == nil || (n.Kind != yaml.MappingNode && n.Kind != yaml.SequenceNode) {
		return a.single(base)
	}
	switch {
	case field == "@key":
		var out []Target
		if n.Kind == yaml.MappingNode {
			for i := 0; i+1 < len(n.Content); i += 2 {
				k := n.Content[i]
				out = append(out, Target{Node: k, Key: k, Parent: n, File: h.file, Path: appendPath(h.phys, k.Value)})
			}
		} else {
			for i, c := range n.Content {
				key := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: strconv.Itoa(i), Line: c.Line, Column: c.Column}
				out = append(out, Target{Node: key, Key: key, Parent: n, File: h.file, Path: appendPath(h.phys, key.Value)})
			}
		}
		if len(out) == 0 {
			out = append(out, Target{File: h.file, Path: h.phys})
		}
		return out
	case strings.HasPrefix(field, "$"):
		p, err := CompilePath(field)
		if err != nil {
			return []Target{{File: h.file, Path: h.phys}}
		}
		w := newWalker(a.doc, []*Path{p}, t.resolved)
		var out []Target
		for _, sub := range w.runFrom(n, h.file, h.phys) {
			tg := Target{Node: sub.node, Key: sub.key, Parent: sub.parent, File: sub.file, Path: sub.phys}
			out = append(out, tg)
		}
		if len(out) == 0 {
			out = append(out, Target{File: h.file, Path: h.phys})
		}
		return out
	}
	loc := a.descend(h.file, n, h.key, h.phys, lodashPath(field), t.resolved)
	return a.single(Target{Node: loc.nodeOrNil(), Key: loc.key, Parent: loc.parentOrNil(), File: loc.file, Path: loc.fullPath()})
}

func appendPath(p []string, seg string) []string {
	return append(slices.Clip(p), seg)
}

// lodashPath splits `a.b[0]['c.d']` into segments.
func lodashPath(s string) []string {
	var out []string
	var cur strings.Builder
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '.':
			if cur.Len() > 0 {
				out = append(out, cur.String())
				cur.Reset()
			}
		case '[':
			if cur.Len() > 0 {
				out = append(out, cur.String())
				cur.Reset()
			}
			end := strings.IndexByte(s[i:], ']')
			if end < 0 {
				cur.WriteString(s[i:])
				i = len(s)
				continue
			}
			out = append(out, strings.Trim(s[i+1:i+end], `'"`))
			i += end
		default:
			cur.WriteByte(c)
		}
	}
	if cur.Len() > 0 {
		out = append(out, cur.String())
	}
	return out
}

// place is where a path lands: the deepest node reached, its key node, its
// file and physical path, and the segments that did not exist.
type place struct {
	node    *yaml.Node
	parent  *yaml.Node
	key     *yaml.Node
	file    string
	path    []string
	missing []string
}

func (p place) nodeOrNil() *yaml.Node {
	if len(p.missing) > 0 {
		return nil
	}
	return p.node
}

func (p place) parentOrNil() *yaml.Node {
	if len(p.missing) > 0 {
		return nil
	}
	return p.parent
}

func (p place) fullPath() []string {
	if len(p.missing) == 0 {
		return p.path
	}
	return append(slices.Clip(p.path), p.missing...)
}

// descend walks segs from n (in file, at phys), following $refs on the way
// when resolved, and reports where it stops.
func (a *applier) descend(file string, n, key *yaml.Node, phys []string, segs []string, resolved bool) place {
	pl := place{node: n, key: key, file: file, path: slices.Clip(phys)}
	for i, seg := range segs {
		cur := pl.node
		if cur != nil && cur.Kind == yaml.AliasNode && cur.Alias != nil {
			cur = cur.Alias
		}
		if resolved && seg != "$ref" {
			if ref := spec.RefOf(cur); ref != "" {
				if t, tfile, err := a.doc.ResolveRef(pl.file, ref); err == nil {
					_, frag, _ := strings.Cut(ref, "#")
					cur, pl.file, pl.path = t, tfile, spec.PointerSegments(frag)
				}
			}
		}
		pl.node = cur
		var next, key *yaml.Node
		switch {
		case cur == nil:
		case cur.Kind == yaml.MappingNode:
			for j := 0; j+1 < len(cur.Content); j += 2 {
				if cur.Content[j].Value == seg {
					key, next = cur.Content[j], cur.Content[j+1]
					break
				}
			}
		case cur.Kind == yaml.SequenceNode:
			if k, err := strconv.Atoi(seg); err == nil && k >= 0 && k < len(cur.Content) {
				next = cur.Content[k]
			}
		}
		if next == nil {
			pl.missing = slices.Clone(segs[i:])
			return pl
		}
		pl.parent, pl.node, pl.key, pl.path = cur, next, key, append(slices.Clip(pl.path), seg)
	}
	return pl
}
