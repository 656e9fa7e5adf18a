package diff

import (
	"fmt"
	"strings"

	"github.com/sequere/sequere/internal/spec"
)

type param struct {
	in, name string
	raw      nref // as written (maybe a $ref)
	n        nref // dereferenced
	path     []string
}

// paramsOf merges path-item and operation parameters (the operation wins, as
// the specification says) keyed by in and name. Path parameters are keyed by
// their position in the template so that a rename is the same parameter.
func paramsOf(d *spec.Document, pe *pathEntry, op nref, opPath []string) (map[string]*param, []string) {
	out := map[string]*param{}
	var order []string
	pos := map[string]int{}
	for i, v := range templateVar.FindAllString(pe.path, -1) {
		pos[strings.Trim(v, "{}")] = i
	}
	add := func(list nref, base []string) {
		if list.n == nil {
			return
		}
		for i, raw := range list.n.Content {
			p := join(base, "parameters", fmt.Sprint(i))
			n, np := follow(d, nref{raw, list.file}, p)
			pr := &param{in: n.str("in"), name: n.str("name"), raw: nref{raw, list.file}, n: n, path: np}
			key := pr.in + ":" + pr.name
			if pr.in == "header" {
				key = strings.ToLower(key) // header names are case-insensitive
			}
			if pr.in == "path" {
				if i, ok := pos[pr.name]; ok {
					key = fmt.Sprintf("path:#%d", i)
				}
			}
			if _, dup := out[key]; !dup {
				order = append(order, key)
			}
			out[key] = pr
		}
	}
	add(pe.item.get("parameters"), pe.ptr)
	add(op.get("parameters"), opPath)
	return out, order
}

func (c *comparer) compareParameters(g *group, bpe, rpe *pathEntry, bo, ro nref, p []string, ep string) {
	bps, border := paramsOf(c.b, bpe, bo, p)
	rps, rorder := paramsOf(c.r, rpe, ro, p)
	for _, k := range border {
		b := bps[k]
		r := rps[k]
		if r == nil {
			if b.in == "body" {
				continue // Swagger 2.0 bodies are compared as request bodies
			}
			c.add(g, "parameter-removed", Request, 0, at{rev: ro, base: b.n, path: b.path},
				fmt.Sprintf("%s: %s parameter %q was removed", ep, b.in, b.name))
			continue
		}
		c.compareParameter(g, b, r, ep)
	}
	for _, k := range rorder {
		r := rps[k]
		if bps[k] != nil || r.in == "body" {
			continue
		}
		id, what := "parameter-added", "optional"
		if r.n.isTrue("required") {
			id, what = "parameter-required-added", "required"
		}
		c.add(g, id, Request, 0, at{rev: r.n, path: r.path}, fmt.Sprintf("%s: %s %s parameter %q was added", ep, what, r.in, r.name))
	}
}

func (c *comparer) compareParameter(g *group, b, r *param, ep string) {
	where := at{rev: r.n, base: b.n, path: r.path}
	subject := fmt.Sprintf("%s parameter %q", r.in, r.name)
	if b.in == "path" && b.name != r.name {
		c.add(g, "path-parameter-renamed", Request, 0, where, fmt.Sprintf("%s: path parameter %q was renamed to %q", ep, b.name, r.name))
	}
	breq, rreq := b.n.isTrue("required"), r.n.isTrue("required")
	switch {
	case !breq && rreq:
		c.add(g, "parameter-became-required", Request, 0, where, fmt.Sprintf("%s: %s became required", ep, subject))
	case breq && !rreq:
		c.add(g, "parameter-became-optional", Request, 0, where, fmt.Sprintf("%s: %s became optional", ep, subject))
	}
	if bs, rs := styleOf(b), styleOf(r); bs != rs {
		c.add(g, "parameter-style-changed", Request, 0, where, fmt.Sprintf("%s: %s style changed from %s to %s", ep, subject, bs, rs))
	}
	if be, re := explodeOf(b), explodeOf(r); be != re {
		c.add(g, "parameter-explode-changed", Request, 0, where, fmt.Sprintf("%s: %s explode changed from %v to %v", ep, subject, be, re))
	}
	if !b.n.isTrue("deprecated") && r.n.isTrue("deprecated") {
		c.add(g, "parameter-deprecated", Request, 0, where, fmt.Sprintf("%s: %s was deprecated", ep, subject))
	}
	// 3.x keeps the schema under "schema" (or "content"); 2.0 writes it inline.
	bs, rs := b.n.get("schema"), r.n.get("schema")
	bsp, rsp := join(b.path, "schema"), join(r.path, "schema")
	if bs.n == nil && rs.n == nil {
		if bc, rc := b.n.get("content"), r.n.get("content"); bc.n != nil && rc.n != nil {
			c.compareContent(g, bc, rc, join(r.path, "content"), Request, ep+" "+subject, "")
			return
		}
		bs, rs, bsp, rsp = b.n, r.n, b.path, r.path
	}
	if bs.n != nil && rs.n != nil {
		g.link(c.schema(bs, rs, bsp, rsp, Request, 0, ep+" "+subject))
	}
}

func styleOf(p *param) string {
	if s := p.n.str("style"); s != "" {
		return s
	}
	if s := p.n.str("collectionFormat"); s != "" {
		return s
	}
	switch p.in {
	case "query", "cookie":
		return "form"
	case "path", "header":
		return "simple"
	}
	return ""
}

func explodeOf(p *param) bool {
	if v := p.n.str("explode"); v != "" {
		return v == "true"
	}
	return styleOf(p) == "form" && p.n.str("collectionFormat") == ""
}
