package diff

import (
	"fmt"
	"strings"

	"github.com/sequere/sequere/internal/spec"
)

// success reports whether a response code is a promise a client relies on:
// 1xx-3xx and their ranges. 4xx, 5xx and default are not.
func success(code string) bool {
	return len(code) > 0 && code[0] >= '1' && code[0] <= '3'
}

func (c *comparer) responseOf(d *spec.Document, op nref, code string, raw nref, p []string) *body {
	n, np := follow(d, raw, p)
	if d.Version == spec.V20 {
		b := swaggerBody(d, op, "produces", n, np, false, n.get("schema"))
		if n.get("schema").n == nil {
			b.media, b.schema, b.mnode = nil, map[string]nref{}, map[string]nref{}
		}
		return b
	}
	return contentBody(n, np)
}

func (c *comparer) compareResponses(g *group, bo, ro nref, p []string, ep string) {
	brs, rrs := bo.get("responses"), ro.get("responses")
	bcodes := map[string]nref{}
	mapEntries(brs.n, func(k string, _, v *node) { bcodes[strings.ToUpper(k)] = nref{v, brs.file} })
	rcodes := map[string]bool{}
	mapEntries(rrs.n, func(k string, key, v *node) {
		code := strings.ToUpper(k)
		if strings.HasPrefix(code, "X-") {
			return
		}
		rcodes[code] = true
		rp := join(p, "responses", k)
		rv := nref{v, rrs.file}
		bv, ok := bcodes[code]
		if !ok {
			var guard Guard
			if !success(code) {
				guard = NonSuccess
			}
			c.add(g, "response-status-added", Response, guard, at{rev: nref{key, rrs.file}, path: rp}, fmt.Sprintf("%s: response %s was added", ep, k))
			return
		}
		b := c.responseOf(c.b, bo, code, bv, join(p, "responses", k))
		r := c.responseOf(c.r, ro, code, rv, rp)
		subject := fmt.Sprintf("%s response %s", ep, k)
		c.compareBodies(g, b, r, Response, subject, ep)
		c.compareHeaders(g, b.n.get("headers"), r.n.get("headers"), r.n, join(r.path, "headers"), subject)
		c.compareLinks(g, b.n.get("links"), r.n.get("links"), r.n, join(r.path, "links"), subject)
	})
	mapEntries(brs.n, func(k string, _, v *node) {
		code := strings.ToUpper(k)
		if rcodes[code] || strings.HasPrefix(code, "X-") {
			return
		}
		c.add(g, "response-status-removed", Response, 0, at{rev: rrs, base: nref{v, brs.file}, path: join(p, "responses", k)}, fmt.Sprintf("%s: response %s was removed", ep, k))
	})
}

func (c *comparer) compareHeaders(g *group, bh, rh, rparent nref, p []string, subject string) {
	bset := map[string]nref{}
	mapEntries(bh.n, func(k string, _, v *node) { bset[strings.ToLower(k)] = nref{v, bh.file} })
	seen := map[string]bool{}
	mapEntries(rh.n, func(k string, _, v *node) {
		lk := strings.ToLower(k)
		seen[lk] = true
		r, rp := follow(c.r, nref{v, rh.file}, join(p, k))
		braw, ok := bset[lk]
		if !ok {
			id := "response-header-added"
			if r.isTrue("required") {
				id = "response-required-header-added"
			}
			c.add(g, id, Response, 0, at{rev: r, path: rp}, fmt.Sprintf("%s: header %s was added", subject, k))
			return
		}
		b, bp := follow(c.b, braw, join(p, k))
		where := at{rev: r, base: b, path: rp}
		if !b.isTrue("deprecated") && r.isTrue("deprecated") {
			c.add(g, "response-header-deprecated", Response, 0, where, fmt.Sprintf("%s: header %s was deprecated", subject, k))
		}
		switch breq, rreq := b.isTrue("required"), r.isTrue("required"); {
		case breq && !rreq:
			c.add(g, "response-header-became-optional", Response, 0, where, fmt.Sprintf("%s: header %s is no longer required", subject, k))
		case !breq && rreq:
			c.add(g, "response-header-became-required", Response, 0, where, fmt.Sprintf("%s: header %s became required", subject, k))
		}
		bs, rs := b.get("schema"), r.get("schema")
		bsp, rsp := join(bp, "schema"), join(rp, "schema")
		if bs.n == nil && rs.n == nil && c.b.Version == spec.V20 {
			bs, rs, bsp, rsp = b, r, bp, rp
		}
		if bs.n != nil && rs.n != nil {
			g.link(c.schema(bs, rs, bsp, rsp, Response, 0, subject+" header "+k))
		}
	})
	mapEntries(bh.n, func(k string, _, v *node) {
		if seen[strings.ToLower(k)] {
			return
		}
		b, bp := follow(c.b, nref{v, bh.file}, join(p, k))
		id := "response-header-removed"
		if b.isTrue("required") {
			id = "response-required-header-removed"
		}
		c.add(g, id, Response, 0, at{rev: pick(rh, rparent), base: b, path: bp}, fmt.Sprintf("%s: header %s was removed", subject, k))
	})
}

func pick(a, b nref) nref {
	if a.n != nil {
		return a
	}
	return b
}

// compareLinks notes links added or removed: they document how to use a
// response, never what it carries, so both are neutral.
func (c *comparer) compareLinks(g *group, bl, rl, rparent nref, p []string, subject string) {
	if bl.n == nil && rl.n == nil {
		return
	}
	mapEntries(rl.n, func(k string, key, _ *node) {
		if bl.get(k).n == nil {
			c.add(g, "response-link-added", Response, 0, at{rev: nref{key, rl.file}, path: join(p, k)}, fmt.Sprintf("%s: link %s was added", subject, k))
		}
	})
	mapEntries(bl.n, func(k string, _, v *node) {
		if rl.get(k).n == nil {
			c.add(g, "response-link-removed", Response, 0, at{rev: pick(rl, rparent), base: nref{v, bl.file}, path: join(p, k)}, fmt.Sprintf("%s: link %s was removed", subject, k))
		}
	})
}
