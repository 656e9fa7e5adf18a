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
	for i, v := range templateVar().FindAllString(pe.path, -1) {
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
	moved := movedParams(bps, border, rps, rorder)
	for _, k := range border {
		b := bps[k]
		r := rps[k]
		if r == nil {
			if b.in == "body" {
				continue // Swagger 2.0 bodies are compared as request bodies
			}
			if r := moved[b]; r != nil {
				c.add(g, "parameter-in-changed", Request, 0, at{rev: r.n, base: b.n, path: r.path},
					fmt.Sprintf("%s: parameter %q moved from %s to %s", ep, b.name, b.in, r.in))
				continue
			}
			var guard Guard
			retired, why := c.retired(b.n)
			if retired {
				guard = Retired
			}
			c.add(g, "parameter-removed", Request, guard, at{rev: ro, base: b.n, path: b.path},
				fmt.Sprintf("%s: %s parameter %q was removed%s", ep, b.in, b.name, why))
			continue
		}
		c.compareParameter(g, b, r, ro, ep)
	}
	for _, k := range rorder {
		r := rps[k]
		if bps[k] != nil || r.in == "body" || movedTo(moved, r) {
			continue
		}
		id, what := "parameter-added", "optional"
		if r.n.isTrue("required") {
			id, what = "parameter-required-added", "required"
		}
		c.add(g, id, Request, 0, at{rev: r.n, path: r.path}, fmt.Sprintf("%s: %s %s parameter %q was added", ep, what, r.in, r.name))
	}
}

func (c *comparer) compareParameter(g *group, b, r *param, ro nref, ep string) {
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
	switch bd, rd := b.n.isTrue("deprecated"), r.n.isTrue("deprecated"); {
	case !bd && rd:
		msg := fmt.Sprintf("%s: %s was deprecated", ep, subject)
		if sunset, ok := sunsetOf(r.n); ok {
			msg += ", sunset " + sunset.Format(dateLayout)
		}
		c.add(g, "parameter-deprecated", Request, 0, where, msg)
		c.checkNotice(g, b.n, r.n, paramLevelNode(r, ro), r.path, "parameter", ep+": "+subject)
	case bd && !rd:
		c.add(g, "parameter-undeprecated", Request, 0, where, fmt.Sprintf("%s: %s is no longer deprecated", ep, subject))
	case bd && rd:
		c.compareSunsets(g, b.n, r.n, r.path, "parameter", ep+": "+subject)
	}
	for _, f := range []struct{ key, id string }{{"allowReserved", "parameter-allow-reserved"}, {"allowEmptyValue", "parameter-allow-empty-value"}} {
		switch bt, rt := b.n.isTrue(f.key), r.n.isTrue(f.key); {
		case !bt && rt:
			c.add(g, f.id+"-added", Request, 0, where, fmt.Sprintf("%s: %s %s became true", ep, subject, f.key))
		case bt && !rt:
			c.add(g, f.id+"-removed", Request, 0, where, fmt.Sprintf("%s: %s %s is no longer true", ep, subject, f.key))
		}
	}
	if !c.sameNode(b.n.get("example").n, r.n.get("example").n) || !c.sameNode(b.n.get("examples").n, r.n.get("examples").n) {
		c.add(g, "parameter-example-changed", Request, 0, where, fmt.Sprintf("%s: %s examples changed", ep, subject))
	}
	if (b.n.get("content").n != nil) != (r.n.get("content").n != nil) && (b.n.get("schema").n != nil || r.n.get("schema").n != nil) {
		c.add(g, "parameter-content-changed", Request, 0, where, fmt.Sprintf("%s: %s switched between schema and content", ep, subject))
		return
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

// movedParams pairs a removed parameter with an added one of the same name in
// another location: one parameter that moved, not a removal and an addition.
func movedParams(bps map[string]*param, border []string, rps map[string]*param, rorder []string) map[*param]*param {
	var out map[*param]*param
	added := map[string]*param{}
	for _, k := range rorder {
		if r := rps[k]; bps[k] == nil && r.in != "body" && r.in != "path" {
			added[strings.ToLower(r.name)] = r
		}
	}
	if len(added) == 0 {
		return nil
	}
	for _, k := range border {
		b := bps[k]
		if rps[k] != nil || b.in == "body" || b.in == "path" {
			continue
		}
		if r := added[strings.ToLower(b.name)]; r != nil && r.in != b.in {
			if out == nil {
				out = map[*param]*param{}
			}
			out[b] = r
			delete(added, strings.ToLower(b.name))
		}
	}
	return out
}

func movedTo(moved map[*param]*param, r *param) bool {
	for _, x := range moved {
		if x == r {
			return true
		}
	}
	return false
}

// paramLevelNode is the node whose stability level a parameter is promised
// at: its own when it declares one, else its operation's (a parameter of a
// beta endpoint is beta).
func paramLevelNode(p *param, op nref) nref {
	if p.n.str("x-stability-level") != "" || p.n.isTrue("x-beta") {
		return p.n
	}
	return op
}
