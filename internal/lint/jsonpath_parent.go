package lint

import (
	"strconv"
	"strings"

	yaml "github.com/pb33f/go-yaml"
)

// A `^` in the middle of a path means "go back to the node that held the
// match and go on from there" (`$..[?(@.type)].default^.nullable`: the
// schemas with a default, then their nullable). The walker is a one-way
// automaton, so ParsePath removes such a `^`: the steps it undoes become a
// condition that the holder has a child reached by them. The condition is
// checked either by the step before them (on the node it reaches) or by the
// step after them (on the node it descends from).

// holdsChild wraps st so that it also requires the node it reaches to have a
// child reached by undone.
func holdsChild(st step, undone []step) step {
	inner := st
	return step{desc: st.desc, kind: stepFilter, filter: &expr{
		usesPath: chainUsesPath(undone) || inner.filter != nil && inner.filter.usesPath,
		// A scalar has no children, so the condition fails on it.
		objOnly: true,
		eval: func(e *env) val {
			return boolVal(stepHolds(&inner, e) && chainMatches(e.cur, e.prop, e.parent, undone, e))
		},
	}}
}

// parentHas wraps st so that it also requires the node it descends from to
// have a child reached by undone. When undone starts with `..`, the holder is
// that node or any node below it, so st becomes recursive.
func parentHas(st step, undone []step) step {
	inner := st
	objOnly := inner.kind == stepFilter && inner.filter.objOnly
	return step{desc: undone[0].desc, kind: stepFilter, filter: &expr{
		usesPath: chainUsesPath(undone) || inner.filter != nil && inner.filter.usesPath,
		objOnly:  objOnly,
		eval: func(e *env) val {
			if e.parent == nil || !stepHolds(&inner, e) {
				return boolVal(false)
			}
			var up *yaml.Node
			if e.above != nil {
				up = e.above()
			}
			return boolVal(chainMatches(e.parent, e.parentProp, up, undone, e))
		},
	}}
}

func chainUsesPath(steps []step) bool {
	for _, st := range steps {
		if st.filter != nil && st.filter.usesPath {
			return true
		}
	}
	return false
}

// stepHolds says whether one step admits e.cur, reached from e.parent under
// e.prop. It is the walker's test, restated over an env so that conditions
// can run it away from the walk.
func stepHolds(st *step, e *env) bool {
	switch st.kind {
	case stepAll:
		return true
	case stepNames:
		ks := e.prop.s
		if e.prop.k == vNum {
			ks = strconv.Itoa(int(e.prop.n))
		}
		for _, name := range st.names {
			if name == ks {
				return true
			}
			if e.prop.k == vNum && strings.HasPrefix(name, "-") && e.parent != nil {
				if i, err := strconv.Atoi(name); err == nil && int(e.prop.n) == len(e.parent.Content)+i {
					return true
				}
			}
		}
		return false
	case stepSlice:
		if e.prop.k != vNum || e.parent == nil {
			return false
		}
		i, n := int(e.prop.n), len(e.parent.Content)
		lo, hi := 0, n
		if st.hasLo {
			if lo = st.lo; lo < 0 {
				lo += n
			}
		}
		if st.hasHi {
			if hi = st.hi; hi < 0 {
				hi += n
			}
		}
		return i >= lo && i < hi
	case stepFilter:
		if st.filter.objOnly && e.cur != nil && e.cur.Kind == yaml.ScalarNode {
			return false
		}
		return st.filter.eval(e).truthy()
	}
	return false
}

// chainMatches says whether n (reached under key, held by up) has a
// descendant reached by steps, in order. Filters inside see @, @property,
// @parent and @parentProperty; @path reads as empty there.
func chainMatches(n *yaml.Node, key val, up *yaml.Node, steps []step, outer *env) bool {
	if len(steps) == 0 {
		return true
	}
	return chainFrom(n, key, up, steps, outer, map[*yaml.Node]bool{})
}

func chainFrom(n *yaml.Node, key val, up *yaml.Node, steps []step, outer *env, seen map[*yaml.Node]bool) bool {
	n = resolveFor(n, outer)
	if n == nil || n.Kind != yaml.MappingNode && n.Kind != yaml.SequenceNode {
		return false
	}
	st := &steps[0]
	if st.desc {
		// A recursive step may match below any descendant; resolved
		// documents can be cyclic, so each node is searched once.
		if seen[n] {
			return false
		}
		seen[n] = true
	}
	ce := env{parent: n, parentProp: key, root: outer.root, deref: outer.deref,
		above: func() *yaml.Node { return up }}
	try := func(k val, c *yaml.Node) bool {
		c = resolveFor(c, outer)
		ce.cur, ce.prop = c, k
		if stepHolds(st, &ce) && chainMatches(c, k, n, steps[1:], outer) {
			return true
		}
		return st.desc && chainFrom(c, k, n, steps, outer, seen)
	}
	if n.Kind == yaml.MappingNode {
		for i := 0; i+1 < len(n.Content); i += 2 {
			if try(keyVal(n.Content[i].Value), n.Content[i+1]) {
				return true
			}
		}
		return false
	}
	for i, c := range n.Content {
		if try(indexVal(i), c) {
			return true
		}
	}
	return false
}

// resolveFor follows aliases, and $refs when the walk is over the resolved
// document.
func resolveFor(n *yaml.Node, e *env) *yaml.Node {
	if e.deref != nil {
		return e.deref(n)
	}
	if n != nil && n.Kind == yaml.AliasNode && n.Alias != nil {
		return n.Alias
	}
	return n
}

// above is @parent during the walk: while a filter runs, the top of the
// stack is @ and the frame below it the node being filtered.
func (w *walker) above() *yaml.Node {
	if len(w.stack) < 3 {
		return nil
	}
	return w.stack[len(w.stack)-3].node
}
