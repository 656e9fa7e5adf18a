package lint

import (
	"slices"
	"strconv"
	"strings"

	yaml "github.com/pb33f/go-yaml"

	"github.com/sequere/sequere/internal/spec"
)

// A walker evaluates every compiled path in one depth-first pass over the
// document. Each path is a small automaton; a state (path, step) says "the
// node we are at was reached after that many steps", so the set of live
// states replaces 50 separate tree walks. Over the resolved document a $ref is
// followed in place; a (node, state set) pair already expanded is not
// expanded again, which keeps shared components from being walked once per
// use and bounds cycles.
type walker struct {
	doc      *spec.Document
	resolved bool
	paths    []*Path
	usesPath bool

	sets  map[uint64][]interned
	nsets int32
	buf   []state // stack of live state sets, one slice per depth
	memo  map[memoKey]struct{}
	// anchored counts the anchored nodes (YAML &anchors) being visited.
	anchored int
	// route numbers each entry into a YAML alias (0: not inside one), so an
	// aliased subtree is matched afresh at every path that reaches it, as if
	// written out there. aliasVisits bounds that expansion: past
	// aliasVisitBudget (an alias bomb) anchored subtrees are memoised again
	// and visited once per state set.
	route, routes int32
	aliasVisits   int
	seen          map[hitKey]struct{}
	hits          []hit
	emit          func(hit) // when set, hits go here instead of into hits
	stack         []frame
	env           env
	refs          map[string][]string // ref target pointer -> segments
}

type memoKey struct {
	node  *yaml.Node
	set   int32
	route int32
}

type hitKey struct {
	path  int
	node  *yaml.Node
	route int32
}

const aliasVisitBudget = 1 << 17

type state = uint32 // path index << 8 | step index

// frame is one level of the route taken: the logical key and the physical
// place (file and path inside it) of the node reached.
type frame struct {
	key   val
	node  *yaml.Node
	kNode *yaml.Node
	file  string
	phys  []string
}

// hit is one match of a path: the target node (or its key node for `~`), the
// file that holds it and its path inside that file.
type hit struct {
	path   int
	node   *yaml.Node
	key    *yaml.Node
	parent *yaml.Node
	file   string
	phys   []string
	isKey  bool
}

func newWalker(doc *spec.Document, paths []*Path, resolved bool) *walker {
	w := &walker{doc: doc, resolved: resolved, paths: paths,
		sets: map[uint64][]interned{}, memo: map[memoKey]struct{}{}, seen: map[hitKey]struct{}{},
		refs: map[string][]string{}}
	for _, p := range paths {
		w.usesPath = w.usesPath || p.usesPath
	}
	w.env.root = doc.Root
	if resolved {
		w.env.deref = w.derefNode
	}
	w.env.path = w.pathString
	w.env.above = w.above
	return w
}

// derefNode follows a $ref (and YAML aliases) for filters reading members.
func (w *walker) derefNode(n *yaml.Node) *yaml.Node {
	if n != nil && n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	if spec.RefOf(n) == "" {
		return n
	}
	t, _, ok := w.doc.Deref(w.doc.FileOf(n), n)
	if !ok {
		return n
	}
	return t
}

func (w *walker) run() []hit { return w.runFrom(w.doc.Root, w.doc.Name, nil) }

// runFrom evaluates the paths with root standing for `$`; phys is root's
// place in file.
func (w *walker) runFrom(root *yaml.Node, file string, phys []string) []hit {
	var init []state
	for i, p := range w.paths {
		if len(p.steps) == 0 {
			w.addHit(i, root, nil, nil, file, phys, false)
			continue
		}
		init = append(init, state(i)<<8)
	}
	w.stack = append(w.stack[:0], frame{node: root, file: file, phys: phys})
	w.visit(root, file, slices.Clip(phys), init)
	return w.hits
}

type interned struct {
	states []state
	id     int32
}

// setID interns a sorted state set by an FNV hash, comparing on collision.
func (w *walker) setID(s []state) int32 {
	h := uint64(14695981039346656037)
	for _, x := range s {
		h ^= uint64(x)
		h *= 1099511628211
	}
	for _, e := range w.sets[h] {
		if slices.Equal(e.states, s) {
			return e.id
		}
	}
	w.nsets++
	w.sets[h] = append(w.sets[h], interned{states: slices.Clone(s), id: w.nsets})
	return w.nsets
}

func (w *walker) visit(n *yaml.Node, file string, phys []string, states []state) {
	base := len(w.buf)
	if cap(phys) == len(phys) {
		// Children append their segment in place: a child's path is only
		// read while the child is being visited (hits clone it), so siblings
		// can share one slot and a subtree one buffer.
		phys = append(make([]string, 0, len(phys)+32), phys...)
	}
	child := func(key val, kNode, c *yaml.Node, seg string) {
		cfile, cphys := file, append(phys, seg)
		onCycle := false
		if c.Kind == yaml.AliasNode && c.Alias != nil {
			c = c.Alias
			if w.aliasVisits <= aliasVisitBudget {
				saved := w.route
				w.routes++
				w.route = w.routes
				defer func() { w.route = saved }()
			}
		}
		if w.route != 0 {
			w.aliasVisits++
		}
		if w.resolved && spec.RefOf(c) != "" {
			if t, tfile, tphys, ok := w.follow(file, c); ok {
				c, cfile, cphys = t, tfile, tphys
			}
			onCycle = w.onStack(c)
		}
		w.buf = w.buf[:base]
		w.env.cur, w.env.parent, w.env.prop = c, n, key
		w.env.parentProp = w.stack[len(w.stack)-1].key
		w.stack = append(w.stack, frame{key: key, node: c, kNode: kNode, file: cfile, phys: cphys})
		for _, s := range states {
			pi, si := int(s>>8), int(s&0xff)
			p := w.paths[pi]
			st := &p.steps[si]
			if st.desc {
				w.buf = append(w.buf, s)
			}
			if w.stepMatches(st, key, c, n) {
				if si+1 == len(p.steps) {
					w.match(pi, n, c, kNode, cfile, cphys)
				} else {
					w.buf = append(w.buf, s+1)
				}
			}
		}
		next := w.buf[base:]
		if len(next) > 0 && !onCycle && (c.Kind == yaml.MappingNode || c.Kind == yaml.SequenceNode) {
			slices.Sort(next)
			next = slices.Compact(next)
			w.buf = w.buf[:base+len(next)]
			// As written, a node is reached a second time only through a
			// YAML alias of an anchored node, and each such route is walked
			// like a written-out copy until the alias budget runs out; over
			// the resolved document any node may be reached again through a
			// $ref, and is visited once per state set.
			anchored := !w.resolved && c.Anchor != ""
			visit := true
			if w.resolved || ((anchored || w.anchored > 0) && w.aliasVisits > aliasVisitBudget) {
				mk := memoKey{c, w.setID(next), w.route}
				before := len(w.memo)
				w.memo[mk] = struct{}{}
				visit = len(w.memo) > before || w.usesPath
			}
			if visit {
				if anchored {
					w.anchored++
				}
				// The child's states live in w.buf above base; they are
				// copied out because the child's own children reuse w.buf.
				w.visit(c, cfile, cphys, w.buf[base:base+len(next):base+len(next)])
				if anchored {
					w.anchored--
				}
			}
		}
		w.buf = w.buf[:base]
		w.stack = w.stack[:len(w.stack)-1]
	}
	switch n.Kind {
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			k := n.Content[i]
			child(keyVal(k.Value), k, n.Content[i+1], k.Value)
		}
	case yaml.SequenceNode:
		for i, c := range n.Content {
			child(indexVal(i), nil, c, strconv.Itoa(i))
		}
	}
}

func (w *walker) onStack(n *yaml.Node) bool {
	for i := len(w.stack) - 1; i >= 0; i-- {
		if w.stack[i].node == n {
			return true
		}
	}
	return false
}

// follow resolves a $ref chain and says where the target physically lives.
func (w *walker) follow(file string, n *yaml.Node) (*yaml.Node, string, []string, bool) {
	var phys []string
	for hops := 0; ; hops++ {
		ref := spec.RefOf(n)
		if ref == "" {
			return n, file, phys, true
		}
		if hops > 64 {
			return nil, "", nil, false
		}
		t, tfile, err := w.doc.ResolveRef(file, ref)
		if err != nil {
			return nil, "", nil, false
		}
		_, frag, _ := strings.Cut(ref, "#")
		segs, ok := w.refs[frag]
		if !ok {
			segs = slices.Clip(spec.PointerSegments(frag))
			w.refs[frag] = segs
		}
		n, file, phys = t, tfile, segs
	}
}

func (w *walker) stepMatches(st *step, key val, c, parent *yaml.Node) bool {
	switch st.kind {
	case stepAll:
		return true
	case stepNames:
		ks := key.s
		if key.k == vNum {
			ks = strconv.Itoa(int(key.n))
		}
		for _, name := range st.names {
			if name == ks {
				return true
			}
			if key.k == vNum && strings.HasPrefix(name, "-") {
				if i, err := strconv.Atoi(name); err == nil && int(key.n) == len(parent.Content)+i {
					return true
				}
			}
		}
		return false
	case stepSlice:
		if key.k != vNum {
			return false
		}
		i, n := int(key.n), len(parent.Content)
		lo, hi := 0, n
		if st.hasLo {
			lo = st.lo
			if lo < 0 {
				lo += n
			}
		}
		if st.hasHi {
			hi = st.hi
			if hi < 0 {
				hi += n
			}
		}
		return i >= lo && i < hi
	case stepFilter:
		if st.filter.objOnly && c.Kind == yaml.ScalarNode {
			return false
		}
		return st.filter.eval(&w.env).truthy()
	}
	return false
}

func (w *walker) match(pi int, parent, c, kNode *yaml.Node, file string, phys []string) {
	p := w.paths[pi]
	if p.parents > 0 {
		i := len(w.stack) - 1 - p.parents
		if i < 0 {
			return
		}
		f := w.stack[i]
		var up *yaml.Node
		if i > 0 {
			up = w.stack[i-1].node
		}
		w.addHit(pi, f.node, f.kNode, up, f.file, f.phys, false)
		return
	}
	if p.keys {
		if kNode == nil {
			return
		}
		w.addHit(pi, kNode, kNode, parent, file, phys, true)
		return
	}
	w.addHit(pi, c, kNode, parent, file, phys, false)
}

func (w *walker) addHit(pi int, n, k, parent *yaml.Node, file string, phys []string, isKey bool) {
	hk := hitKey{pi, n, w.route}
	if _, dup := w.seen[hk]; dup {
		return
	}
	w.seen[hk] = struct{}{}
	h := hit{path: pi, node: n, key: k, parent: parent, file: file, phys: slices.Clone(phys), isKey: isKey}
	if w.emit != nil {
		w.emit(h)
		return
	}
	w.hits = append(w.hits, h)
}

// pathString renders the logical route as jsonpath-plus prints @path.
func (w *walker) pathString() string {
	var b strings.Builder
	b.WriteString("$")
	for _, f := range w.stack[1:] {
		if f.key.k == vNum {
			b.WriteString("[" + f.key.String() + "]")
		} else {
			b.WriteString("['" + f.key.s + "']")
		}
	}
	return b.String()
}
