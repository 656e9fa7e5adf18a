package diff

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	yaml "github.com/pb33f/go-yaml"

	"github.com/sequere/sequere/internal/spec"
)

// body is a request body or response normalised across versions: 3.x content
// maps, or a Swagger 2.0 body parameter / response schema with consumes or
// produces as its media types.
type body struct {
	n        nref // the body or response node (for positions)
	path     []string
	required bool
	media    []string
	schema   map[string]nref // media type -> schema (n.n may be nil)
	mnode    map[string]nref // media type -> media type object
}

func (c *comparer) requestBodyOf(d *spec.Document, op nref, p []string) *body {
	if d.Version == spec.V20 {
		params := op.get("parameters")
		if params.n == nil {
			return nil
		}
		for i, raw := range params.n.Content {
			pn, pp := follow(d, nref{raw, params.file}, join(p, "parameters", fmt.Sprint(i)))
			if pn.str("in") == "body" {
				return swaggerBody(d, op, "consumes", pn, pp, pn.isTrue("required"), pn.get("schema"))
			}
		}
		return nil
	}
	rb := op.get("requestBody")
	if rb.n == nil {
		return nil
	}
	n, np := follow(d, rb, join(p, "requestBody"))
	b := contentBody(n, np)
	b.required = n.isTrue("required")
	return b
}

func swaggerBody(d *spec.Document, op nref, key string, n nref, p []string, required bool, schema nref) *body {
	types := scalarSet(op.get(key).n).order
	if len(types) == 0 {
		types = scalarSet(nref{d.Root, d.Name}.get(key).n).order
	}
	if len(types) == 0 {
		types = []string{"application/json"}
	}
	b := &body{n: n, path: p, required: required, schema: map[string]nref{}, mnode: map[string]nref{}}
	for _, t := range types {
		b.media = append(b.media, t)
		b.schema[t] = schema
		b.mnode[t] = n
	}
	return b
}

func contentBody(n nref, p []string) *body {
	b := &body{n: n, path: p, schema: map[string]nref{}, mnode: map[string]nref{}}
	content := n.get("content")
	mapEntries(content.n, func(k string, _, v *node) {
		b.media = append(b.media, k)
		mt := nref{v, content.file}
		b.mnode[k] = mt
		b.schema[k] = mt.get("schema")
	})
	return b
}

func (c *comparer) compareRequestBody(g *group, bo, ro nref, p []string, ep string) {
	b := c.requestBodyOf(c.b, bo, p)
	r := c.requestBodyOf(c.r, ro, p)
	switch {
	case b == nil && r == nil:
		return
	case b == nil:
		id, what := "request-body-added", "an optional"
		if r.required {
			id, what = "request-body-required-added", "a required"
		}
		c.add(g, id, Request, 0, at{rev: r.n, path: r.path}, fmt.Sprintf("%s: %s request body was added", ep, what))
		return
	case r == nil:
		c.add(g, "request-body-removed", Request, 0, at{rev: ro, base: b.n, path: b.path}, ep+": the request body was removed")
		return
	}
	where := at{rev: r.n, base: b.n, path: r.path}
	switch {
	case !b.required && r.required:
		c.add(g, "request-body-became-required", Request, 0, where, ep+": the request body became required")
	case b.required && !r.required:
		c.add(g, "request-body-became-optional", Request, 0, where, ep+": the request body became optional")
	}
	c.compareBodies(g, b, r, Request, ep+" request body", ep)
}

// compareBodies compares media types and their schemas.
func (c *comparer) compareBodies(g *group, b, r *body, d Direction, subject, ep string) {
	prefix := "request"
	if d == Response {
		prefix = "response"
	}
	for _, m := range b.media {
		if _, ok := r.schema[m]; !ok {
			if alt := sameMedia(m, r.media); alt != "" {
				c.compareMediaParams(g, b, r, m, alt, d, prefix, subject)
				c.compareMedia(g, b, r, m, alt, d, prefix, subject)
				continue
			}
			// Media types are negotiated: a removed response type refuses the
			// requests that ask for it, so that removal is a request-side change.
			c.add(g, prefix+"-media-type-removed", Request, 0, at{rev: r.n, base: b.mnode[m], path: join(b.path, "content", m)},
				fmt.Sprintf("%s: media type %s was removed", subject, m))
			continue
		}
		c.compareMedia(g, b, r, m, m, d, prefix, subject)
	}
	for _, m := range r.media {
		if _, ok := b.schema[m]; ok || sameMedia(m, b.media) != "" {
			continue
		}
		var guard Guard
		if d == Response {
			guard = Negotiated
		}
		c.add(g, prefix+"-media-type-added", d, guard, at{rev: r.mnode[m], path: join(r.path, "content", m)},
			fmt.Sprintf("%s: media type %s was added", subject, m))
	}
}

// sameMedia finds m in list ignoring parameters ("application/json;
// charset=utf-8" is application/json) when m itself is not there.
func sameMedia(m string, list []string) string {
	base := strings.TrimSpace(strings.SplitN(m, ";", 2)[0])
	for _, x := range list {
		if x != m && strings.TrimSpace(strings.SplitN(x, ";", 2)[0]) == base {
			return x
		}
	}
	return ""
}

// compareMedia compares the schemas of one media type. A media type without
// a schema allows any body, so adding one narrows and removing one widens.
// (A Swagger 2.0 response without a schema has no media types at all, so
// there the change is a media type added or removed.)
func (c *comparer) compareMedia(g *group, b, r *body, bm, rm string, d Direction, prefix, subject string) {
	bs, rs := b.schema[bm], r.schema[rm]
	bp, rp := join(b.path, "content", bm, "schema"), join(r.path, "content", rm, "schema")
	if c.b.Version == spec.V20 {
		bp = join(b.path, "schema")
	}
	if c.r.Version == spec.V20 {
		rp = join(r.path, "schema")
	}
	switch {
	case bs.n == nil && rs.n == nil:
	case bs.n == nil:
		c.add(g, prefix+"-media-type-schema-added", d, 0, at{rev: rs, base: b.mnode[bm], path: rp},
			fmt.Sprintf("%s %s: a schema was added (any body was allowed)", subject, rm))
	case rs.n == nil:
		c.add(g, prefix+"-media-type-schema-removed", d, 0, at{rev: r.mnode[rm], base: bs, path: rp},
			fmt.Sprintf("%s %s: the schema was removed (any body is now allowed)", subject, rm))
	default:
		g.link(c.schema(bs, rs, bp, rp, d, 0, subject+" "+rm))
	}
}

// compareMediaParams reports the parameters that differ between two spellings
// of one media type (application/json and application/json; charset=utf-8).
func (c *comparer) compareMediaParams(g *group, b, r *body, bm, rm string, d Direction, prefix, subject string) {
	bps, rps := mediaParams(bm), mediaParams(rm)
	where := at{rev: r.mnode[rm], base: b.mnode[bm], path: join(r.path, "content", rm)}
	for _, k := range slices.Sorted(maps.Keys(bps)) {
		rv, ok := rps[k]
		switch {
		case !ok:
			c.add(g, prefix+"-media-type-parameter-removed", d, 0, where,
				fmt.Sprintf("%s: media type %s lost its parameter %s=%s (now %s)", subject, bm, k, bps[k], rm))
		case rv != bps[k]:
			c.add(g, prefix+"-media-type-parameter-changed", d, 0, where,
				fmt.Sprintf("%s: media type %s parameter %s changed from %s to %s", subject, rm, k, bps[k], rv))
		}
	}
	for _, k := range slices.Sorted(maps.Keys(rps)) {
		if _, ok := bps[k]; !ok {
			c.add(g, prefix+"-media-type-parameter-added", d, 0, where,
				fmt.Sprintf("%s: media type %s gained the parameter %s=%s (was %s)", subject, rm, k, rps[k], bm))
		}
	}
}

// mediaParams reads the parameters of a media type. Names are
// case-insensitive, and so is the charset value (RFC 9110, 8.3.1).
func mediaParams(m string) map[string]string {
	_, rest, ok := strings.Cut(m, ";")
	if !ok {
		return nil
	}
	out := map[string]string{}
	for _, part := range strings.Split(rest, ";") {
		k, v, _ := strings.Cut(part, "=")
		k = strings.ToLower(strings.TrimSpace(k))
		if k == "" {
			continue
		}
		v = strings.Trim(strings.TrimSpace(v), `"`)
		if k == "charset" {
			v = strings.ToLower(v)
		}
		out[k] = v
	}
	return out
}

// compareContent compares a parameter's or header's content map.
func (c *comparer) compareContent(g *group, bc, rc nref, p []string, d Direction, subject, ep string) {
	b := contentBody(nref{&node{Kind: yaml.MappingNode, Content: []*node{{Value: "content"}, bc.n}}, bc.file}, p[:len(p)-1])
	r := contentBody(nref{&node{Kind: yaml.MappingNode, Content: []*node{{Value: "content"}, rc.n}}, rc.file}, p[:len(p)-1])
	b.n, r.n = bc, rc
	c.compareBodies(g, b, r, d, subject, ep)
}
