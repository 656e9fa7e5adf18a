package diff

import (
	"fmt"
	"sort"
	"strings"

	yaml "github.com/pb33f/go-yaml"

	"github.com/sequere/sequere/internal/spec"
)

// requirement is one security requirement object: scheme -> scopes. A list of
// them are alternatives (any one suffices); the schemes inside one are all needed.
type requirement struct {
	key    string
	scopes map[string]map[string]bool
	n      nref
}

func requirementsOf(root, op nref) ([]*requirement, nref, bool) {
	list := op.get("security")
	if list.n == nil {
		list = root.get("security")
	}
	if list.n == nil || list.n.Kind != yaml.SequenceNode {
		return nil, list, false
	}
	var out []*requirement
	for _, r := range list.n.Content {
		req := &requirement{scopes: map[string]map[string]bool{}, n: nref{r, list.file}}
		var names []string
		mapEntries(r, func(k string, _, v *node) {
			names = append(names, k)
			req.scopes[k] = scalarSet(v).has
		})
		sort.Strings(names)
		req.key = strings.Join(names, "+")
		out = append(out, req)
	}
	return out, list, true
}

func public(reqs []*requirement) bool {
	if len(reqs) == 0 {
		return true
	}
	for _, r := range reqs {
		if r.key == "" {
			return true // {} makes authentication optional
		}
	}
	return false
}

func (c *comparer) compareSecurity(g *group, bo, ro nref, p []string, ep string) {
	br, bl, _ := requirementsOf(nref{c.b.Root, c.b.Name}, bo)
	rr, rl, _ := requirementsOf(nref{c.r.Root, c.r.Name}, ro)
	where := at{rev: pick(rl, ro), base: pick(bl, bo), path: join(p, "security")}
	switch bp, rp := public(br), public(rr); {
	case bp && !rp:
		c.add(g, "security-requirement-added", Request, 0, where, ep+": authentication is now required")
		return
	case !bp && rp:
		c.add(g, "security-requirement-removed", Request, 0, where, ep+": authentication is no longer required")
		return
	case bp && rp:
		return
	}
	bk := map[string]*requirement{}
	for _, x := range br {
		bk[x.key] = x
	}
	rk := map[string]*requirement{}
	for _, x := range rr {
		rk[x.key] = x
		b := bk[x.key]
		if b == nil {
			c.add(g, "security-alternative-added", Request, 0, at{rev: x.n, base: where.base, path: where.path}, fmt.Sprintf("%s: security alternative %s was added", ep, x.key))
			continue
		}
		for scheme, scopes := range x.scopes {
			for _, s := range sortedKeys(scopes) {
				if !b.scopes[scheme][s] {
					c.add(g, "security-scope-added", Request, 0, at{rev: x.n, base: b.n, path: where.path}, fmt.Sprintf("%s: %s scope %q is now required", ep, scheme, s))
				}
			}
			for _, s := range sortedKeys(b.scopes[scheme]) {
				if !scopes[s] {
					c.add(g, "security-scope-removed", Request, 0, at{rev: x.n, base: b.n, path: where.path}, fmt.Sprintf("%s: %s scope %q is no longer required", ep, scheme, s))
				}
			}
		}
	}
	for _, x := range br {
		if rk[x.key] == nil {
			c.add(g, "security-alternative-removed", Request, 0, at{rev: where.rev, base: x.n, path: where.path}, fmt.Sprintf("%s: security alternative %s was removed", ep, x.key))
		}
	}
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// schemesOf reads components.securitySchemes (3.x) or securityDefinitions (2.0).
func schemesOf(root nref) (nref, []string) {
	if s := root.get("components").get("securitySchemes"); s.n != nil {
		return s, []string{"components", "securitySchemes"}
	}
	return root.get("securityDefinitions"), []string{"securityDefinitions"}
}

// compareSecuritySchemes reports schemes whose wire shape changed; every
// operation that uses one is affected, so it is one document-level change.
func (c *comparer) compareSecuritySchemes(g *group) {
	bs, bp := schemesOf(nref{c.b.Root, c.b.Name})
	rs, rp := schemesOf(nref{c.r.Root, c.r.Name})
	mapEntries(rs.n, func(k string, key, v *node) {
		r, _ := follow(c.r, nref{v, rs.file}, nil)
		bv := bs.get(k)
		if bv.n == nil {
			c.add(g, "security-scheme-added", Request, 0, at{rev: nref{key, rs.file}, path: join(rp, k)}, fmt.Sprintf("security scheme %s was added", k))
			return
		}
		b, _ := follow(c.b, bv, nil)
		if b.str("type") != r.str("type") {
			c.add(g, "security-scheme-changed", Request, 0, at{rev: r, base: b, path: join(rp, k, "type")},
				fmt.Sprintf("security scheme %s: type changed from %q to %q", k, b.str("type"), r.str("type")))
			return
		}
		for _, f := range schemeFields {
			bf, rf := b.str(f.key), r.str(f.key)
			if f.fold {
				bf, rf = strings.ToLower(bf), strings.ToLower(rf)
			}
			if bf != rf {
				c.add(g, f.id, Request, 0, at{rev: pick(r.get(f.key), r), base: pick(b.get(f.key), b), path: join(rp, k, f.key)},
					fmt.Sprintf("security scheme %s: %s changed from %q to %q", k, f.key, b.str(f.key), r.str(f.key)))
			}
		}
		if b.get("flows").n == nil && r.get("flows").n == nil {
			// Swagger 2.0 writes one flow inline in the scheme.
			c.compareFlow(g, k, "", b, r, join(rp, k))
		}
		c.compareFlows(g, k, b.get("flows"), r.get("flows"), join(rp, k, "flows"))
	})
	mapEntries(bs.n, func(k string, _, v *node) {
		if rs.get(k).n == nil {
			c.add(g, "security-scheme-removed", Request, 0, at{rev: pick(rs, nref{c.r.Root, c.r.Name}), base: nref{v, bs.file}, path: join(bp, k)}, fmt.Sprintf("security scheme %s was removed", k))
		}
	})
}

func (c *comparer) compareInfo(g *group) {
	b := nref{c.b.Root, c.b.Name}.get("info")
	r := nref{c.r.Root, c.r.Name}.get("info")
	if bv, rv := b.str("version"), r.str("version"); bv != rv {
		c.add(g, "info-version-changed", Request, 0, at{rev: pick(r.get("version"), r), base: b.get("version"), path: []string{"info", "version"}},
			fmt.Sprintf("info.version changed from %s to %s", bv, rv))
	}
}

// compareComponentSchemas notes reusable schemas added or removed; changes
// inside them are reported through the operations that reach them.
func (c *comparer) compareComponentSchemas(g *group) {
	bs, rs := c.b.Schemas(), c.r.Schemas()
	bset := map[string]bool{}
	for _, s := range bs {
		bset[s.Name] = true
	}
	rset := map[string]bool{}
	for _, s := range rs {
		rset[s.Name] = true
		if !bset[s.Name] {
			c.add(g, "component-schema-added", Request, 0, at{rev: nref{s.Node, s.File}, path: spec.PointerSegments(s.Pointer)}, fmt.Sprintf("schema %s was added", s.Name))
		}
	}
	rroot := nref{c.r.Root, c.r.Name}
	for _, s := range bs {
		if !rset[s.Name] {
			c.add(g, "component-schema-removed", Request, 0, at{rev: rroot, base: nref{s.Node, s.File}, path: spec.PointerSegments(s.Pointer)}, fmt.Sprintf("schema %s was removed", s.Name))
		}
	}
}

// schemeFields are the scheme keys whose change alters what a client sends;
// http scheme names are case-insensitive (RFC 7235).
var schemeFields = []struct {
	key, id string
	fold    bool
}{
	{"in", "security-api-key-in-changed", false},
	{"name", "security-api-key-name-changed", false},
	{"scheme", "security-http-scheme-changed", true},
	{"bearerFormat", "security-bearer-format-changed", false},
	{"openIdConnectUrl", "security-openid-connect-url-changed", false},
	{"flow", "security-scheme-changed", false},
}

// compareFlows compares OAuth 2 flows (3.x): a removed flow or a changed URL
// breaks clients that use it; which scopes an operation needs is judged per
// operation (security-scope-*), which scopes a flow offers here.
func (c *comparer) compareFlows(g *group, scheme string, b, r nref, p []string) {
	mapEntries(b.n, func(flow string, _, bv *node) {
		rf := r.get(flow)
		bf := nref{bv, b.file}
		if rf.n == nil {
			c.add(g, "security-oauth-flow-removed", Request, 0, at{rev: pick(r, nref{c.r.Root, c.r.Name}), base: bf, path: join(p, flow)},
				fmt.Sprintf("security scheme %s: OAuth flow %s was removed", scheme, flow))
			return
		}
		c.compareFlow(g, scheme, flow, bf, rf, join(p, flow))
	})
	mapEntries(r.n, func(flow string, key, _ *node) {
		if b.get(flow).n == nil {
			c.add(g, "security-oauth-flow-added", Request, 0, at{rev: nref{key, r.file}, path: join(p, flow)},
				fmt.Sprintf("security scheme %s: OAuth flow %s was added", scheme, flow))
		}
	})
}

// compareFlow compares one flow's URLs and scopes.
func (c *comparer) compareFlow(g *group, scheme, flow string, bf, rf nref, p []string) {
	of := ""
	if flow != "" {
		of = " of flow " + flow
	}
	for _, u := range []string{"authorizationUrl", "tokenUrl", "refreshUrl"} {
		if bf.str(u) != rf.str(u) {
			c.add(g, "security-oauth-url-changed", Request, 0, at{rev: pick(rf.get(u), rf), base: pick(bf.get(u), bf), path: join(p, u)},
				fmt.Sprintf("security scheme %s: %s%s changed from %q to %q", scheme, u, of, bf.str(u), rf.str(u)))
		}
	}
	bs, rs := bf.get("scopes"), rf.get("scopes")
	mapEntries(bs.n, func(sc string, _, v *node) {
		if rs.get(sc).n == nil {
			c.add(g, "security-oauth-scope-removed", Request, 0, at{rev: pick(rs, rf), base: nref{v, bs.file}, path: join(p, "scopes", sc)},
				fmt.Sprintf("security scheme %s: scope %q was removed%s", scheme, sc, of))
		}
	})
	mapEntries(rs.n, func(sc string, key, _ *node) {
		if bs.get(sc).n == nil {
			c.add(g, "security-oauth-scope-added", Request, 0, at{rev: nref{key, rs.file}, path: join(p, "scopes", sc)},
				fmt.Sprintf("security scheme %s: scope %q was added%s", scheme, sc, of))
		}
	})
}
