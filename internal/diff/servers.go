package diff

import (
	"fmt"
	"strings"
)

// server is one entry of a servers list.
type server struct {
	url string
	n   nref
}

// serversOf returns the servers in force for the first holder in chain that
// declares any (operation, then path item), else the document's.
func (c *comparer) serversOf(root nref, chain []nref) (nref, []server) {
	list := root.get("servers")
	for _, h := range chain {
		if s := h.get("servers"); s.n != nil {
			list = s
			break
		}
	}
	var out []server
	if list.n != nil {
		for _, s := range list.n.Content {
			sn := nref{s, list.file}
			out = append(out, server{url: strings.TrimSuffix(sn.str("url"), "/"), n: sn})
		}
	}
	return list, out
}

// compareServers compares the servers in force at one level. A client is
// configured with one server URL: removing it refuses every request that
// client sends (request narrows); adding one offers another (widens). Levels
// below the document are compared only where one side declares servers
// there, on what is in force, so an override that restates the old list is
// no change.
func (c *comparer) compareServers(g *group, bchain, rchain []nref, p []string, ep string) {
	broot, rroot := nref{c.b.Root, c.b.Name}, nref{c.r.Root, c.r.Name}
	_, bs := c.serversOf(broot, bchain)
	rl, rs := c.serversOf(rroot, rchain)
	parent := rl
	if parent.n == nil {
		parent = rroot
		if len(rchain) > 0 {
			parent = rchain[0]
		}
	}
	where := "servers"
	if ep != "" {
		where = ep + ": servers"
	}
	rByURL := map[string]int{}
	for i, s := range rs {
		rByURL[s.url] = i
	}
	bByURL := map[string]bool{}
	var bLeft []int
	matched := map[int]bool{}
	for i, b := range bs {
		bByURL[b.url] = true
		if j, ok := rByURL[b.url]; ok {
			matched[j] = true
			c.compareServerVars(g, b, rs[j], join(p, fmt.Sprint(j)), where)
			continue
		}
		bLeft = append(bLeft, i)
	}
	var rLeft []int
	for j, r := range rs {
		if !matched[j] && !bByURL[r.url] {
			rLeft = append(rLeft, j)
		}
	}
	// A server replaced in place (same position) is one changed URL.
	for len(bLeft) > 0 && len(rLeft) > 0 && bLeft[0] == rLeft[0] {
		b, r := bs[bLeft[0]], rs[rLeft[0]]
		c.add(g, "server-url-changed", Request, 0, at{rev: r.n.get("url"), base: b.n.get("url"), path: join(p, fmt.Sprint(rLeft[0]), "url")},
			fmt.Sprintf("%s: server URL changed from %s to %s", where, b.url, r.url))
		bLeft, rLeft = bLeft[1:], rLeft[1:]
	}
	for _, i := range bLeft {
		c.add(g, "server-removed", Request, 0, at{rev: parent, base: bs[i].n, path: join(p, fmt.Sprint(i))},
			fmt.Sprintf("%s: server %s was removed", where, bs[i].url))
	}
	for _, j := range rLeft {
		c.add(g, "server-added", Request, 0, at{rev: rs[j].n, path: join(p, fmt.Sprint(j))},
			fmt.Sprintf("%s: server %s was added", where, rs[j].url))
	}
}

// compareServerVars compares the variables of one server. A variable's enum
// is what a client may substitute into the URL.
func (c *comparer) compareServerVars(g *group, b, r server, p []string, where string) {
	bv, rv := b.n.get("variables"), r.n.get("variables")
	mapEntries(bv.n, func(name string, _, v *node) {
		bn := nref{v, bv.file}
		rn := rv.get(name)
		if rn.n == nil {
			return // the URL template changed with it, reported as a URL change
		}
		vp := join(p, "variables", name)
		subject := fmt.Sprintf("%s: server %s variable %s", where, r.url, name)
		be, re := scalarSet(bn.get("enum").n), scalarSet(rn.get("enum").n)
		if len(be.order) > 0 && len(re.order) > 0 {
			for _, x := range be.order {
				if !re.has[x] {
					c.add(g, "server-variable-enum-value-removed", Request, 0, at{rev: rn.get("enum"), base: bn.get("enum"), path: join(vp, "enum")},
						fmt.Sprintf("%s: enum value %q was removed", subject, x))
				}
			}
			for _, x := range re.order {
				if !be.has[x] {
					c.add(g, "server-variable-enum-value-added", Request, 0, at{rev: rn.get("enum"), base: bn.get("enum"), path: join(vp, "enum")},
						fmt.Sprintf("%s: enum value %q was added", subject, x))
				}
			}
		}
		if bd, rd := bn.str("default"), rn.str("default"); bd != rd {
			c.add(g, "server-variable-default-changed", Request, 0, at{rev: pick(rn.get("default"), rn), base: bn.get("default"), path: join(vp, "default")},
				fmt.Sprintf("%s: default changed from %q to %q: clients that do not set it now reach another server, the spec cannot say whether it serves the same API", subject, bd, rd))
		}
	})
}
