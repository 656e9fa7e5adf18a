package mock

import (
	"net/url"
	"regexp"
	"sort"
	"strings"
	"sync"
)

// router is a precompiled route table: a trie of path segments where literal
// children are tried before templated ones, so the most specific path wins
// (/users/me before /users/{id}) without scanning every path per request.
type router struct {
	root  *rnode
	bases []string // server base paths, longest first, without trailing slash
}

type rnode struct {
	literal map[string]*rnode
	params  []*pchild // templated segments, simple "{x}" last
	route   *route    // a path ends here
}

type pchild struct {
	seg   string
	names []string
	re    *regexp.Regexp // nil for a whole-segment "{x}"
	node  *rnode
}

// route is one path of the description with its operations by upper-case method.
type route struct {
	template string
	ops      map[string]*operation
	allow    string // Allow header value for 405
}

func newRouter(bases []string) *router {
	r := &router{root: &rnode{}}
	seen := map[string]bool{}
	for _, b := range bases {
		b = strings.TrimRight(b, "/")
		if b != "" && !seen[b] {
			seen[b] = true
			r.bases = append(r.bases, b)
		}
	}
	sort.Slice(r.bases, func(i, j int) bool { return len(r.bases[i]) > len(r.bases[j]) })
	return r
}

var segParam = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\{([^{}]+)\}`) })

func (r *router) add(rt *route) {
	n := r.root
	for _, seg := range splitPath(rt.template) {
		n = n.child(seg)
	}
	n.route = rt
}

func (n *rnode) child(seg string) *rnode {
	locs := segParam().FindAllStringSubmatchIndex(seg, -1)
	if len(locs) == 0 {
		if n.literal == nil {
			n.literal = map[string]*rnode{}
		}
		c := n.literal[seg]
		if c == nil {
			c = &rnode{}
			n.literal[seg] = c
		}
		return c
	}
	for _, p := range n.params {
		if p.seg == seg {
			return p.node
		}
	}
	pc := &pchild{node: &rnode{}, seg: seg}
	if len(locs) == 1 && locs[0][0] == 0 && locs[0][1] == len(seg) {
		pc.names = []string{seg[1 : len(seg)-1]}
	} else {
		var b strings.Builder
		b.WriteByte('^')
		last := 0
		for _, l := range locs {
			b.WriteString(regexp.QuoteMeta(seg[last:l[0]]))
			b.WriteString("(.+?)")
			pc.names = append(pc.names, seg[l[2]:l[3]])
			last = l[1]
		}
		b.WriteString(regexp.QuoteMeta(seg[last:]))
		b.WriteByte('$')
		pc.re = regexp.MustCompile(b.String())
	}
	n.params = append(n.params, pc)
	// Segments with literal text around a parameter are more specific.
	sort.SliceStable(n.params, func(i, j int) bool { return n.params[i].re != nil && n.params[j].re == nil })
	return pc.node
}

func splitPath(p string) []string {
	p = strings.Trim(p, "/")
	if p == "" {
		return nil
	}
	return strings.Split(p, "/")
}

// match holds every route matching a path, most specific first, with the raw
// (still percent-encoded) path parameter values of each.
type match struct {
	route  *route
	params map[string]string
}

// lookup strips a server base path when one is a prefix, then walks the trie.
// A path without any base is matched as is, which is what clients pointed at
// the mock root expect.
func (r *router) lookup(rawPath string) []match {
	var out []match
	for _, b := range r.bases {
		if strings.HasPrefix(rawPath, b) && (len(rawPath) == len(b) || rawPath[len(b)] == '/') {
			out = r.walk(rawPath[len(b):], out)
			if len(out) > 0 {
				return out
			}
		}
	}
	return r.walk(rawPath, out)
}

func (r *router) walk(p string, out []match) []match {
	segs := splitPath(p)
	var vals []string
	var names []string
	var rec func(n *rnode, i int)
	rec = func(n *rnode, i int) {
		if i == len(segs) {
			if n.route != nil {
				m := match{route: n.route}
				if len(names) > 0 {
					m.params = make(map[string]string, len(names))
					for k, nm := range names {
						m.params[nm] = vals[k]
					}
				}
				out = append(out, m)
			}
			return
		}
		seg := segs[i]
		if c := n.literal[seg]; c != nil {
			rec(c, i+1)
		} else if strings.Contains(seg, "%") {
			if u, err := url.PathUnescape(seg); err == nil && n.literal[u] != nil {
				rec(n.literal[u], i+1)
			}
		}
		if seg == "" {
			return
		}
		for _, pc := range n.params {
			if pc.re == nil {
				names, vals = append(names, pc.names[0]), append(vals, seg)
				rec(pc.node, i+1)
				names, vals = names[:len(names)-1], vals[:len(vals)-1]
				continue
			}
			sm := pc.re.FindStringSubmatch(seg)
			if sm == nil {
				continue
			}
			names, vals = append(names, pc.names...), append(vals, sm[1:]...)
			rec(pc.node, i+1)
			names, vals = names[:len(names)-len(pc.names)], vals[:len(vals)-len(pc.names)]
		}
	}
	rec(r.root, 0)
	return out
}
