package diff

import (
	"fmt"

	yaml "github.com/pb33f/go-yaml"

	"github.com/sequere/sequere/internal/spec"
)

// flagsOf follows a property's $ref and reads its annotations.
func (s *sc) flagsOf(d *spec.Document, raw nref) (n nref, ro, wo, dep bool) {
	n, _ = follow(d, raw, nil)
	return n, n.isTrue("readOnly"), n.isTrue("writeOnly"), n.isTrue("deprecated")
}

func (s *sc) guardFor(ro, wo bool) Guard {
	g := s.guards
	if ro && s.dir == Request {
		g |= ReadOnly
	}
	if wo && s.dir == Response {
		g |= WriteOnly
	}
	return g
}

func (s *sc) child(name string) string {
	if s.prop == "" {
		return name
	}
	return s.prop + "." + name
}

func (s *sc) compareProperties() {
	for _, bp := range s.b.props {
		bn, bro, bwo, bdep := s.flagsOf(s.c.b, bp.raw)
		rp := s.r.byName[bp.name]
		if rp == nil {
			g := s.guardFor(bro, bwo)
			retired, why := s.retired(bn)
			if retired {
				g |= Retired
			}
			s.c.add(s.g, "schema-property-removed", s.dir, g, at{rev: pick(s.r.kw.get("properties"), s.r.n), base: bp.raw, path: bp.path},
				fmt.Sprintf("%s: property %s was removed%s", s.ctx, s.child(bp.name), why))
			continue
		}
		rn, rro, rwo, rdep := s.flagsOf(s.c.r, rp.raw)
		g := s.guardFor(bro || rro, bwo || rwo)
		where := at{rev: rp.raw, base: bp.raw, path: rp.path}
		breq, rreq := s.b.required[bp.name], s.r.required[bp.name]
		switch {
		case s.compareFlips(bp.name, bro, rro, bwo, rwo, breq, rreq, where):
		case !breq && rreq:
			s.c.add(s.g, "schema-property-became-required", s.dir, g, where, fmt.Sprintf("%s: property %s became required", s.ctx, s.child(bp.name)))
		case breq && !rreq:
			s.c.add(s.g, "schema-property-became-optional", s.dir, g, where, fmt.Sprintf("%s: property %s became optional", s.ctx, s.child(bp.name)))
		}
		switch {
		case !bdep && rdep:
			s.c.add(s.g, "schema-property-deprecated", s.dir, g, where, fmt.Sprintf("%s: property %s was deprecated", s.ctx, s.child(bp.name)))
		case bdep && !rdep:
			s.c.add(s.g, "schema-property-undeprecated", s.dir, g, where, fmt.Sprintf("%s: property %s is no longer deprecated", s.ctx, s.child(bp.name)))
		}
		if rdep || bn.str("x-stability-level") != rn.str("x-stability-level") {
			s.comparePolicy(bn, rn, rp.path, s.child(bp.name))
		}
		s.g.link(s.c.schemaAt(bp.raw, rp.raw, bp.path, rp.path, s.dir, g, s.ctx, s.child(bp.name)))
	}
	for _, rp := range s.r.props {
		if s.b.byName[rp.name] != nil {
			continue
		}
		_, ro, wo, _ := s.flagsOf(s.c.r, rp.raw)
		g := s.guardFor(ro, wo)
		id := "schema-property-added"
		what := "optional"
		if s.r.required[rp.name] {
			id, what = "schema-required-property-added", "required"
		} else if s.c.law(s.dir) == Response && !s.b.closed {
			g |= OpenObject
		}
		s.c.add(s.g, id, s.dir, g, at{rev: rp.raw, path: rp.path}, fmt.Sprintf("%s: %s property %s was added", s.ctx, what, s.child(rp.name)))
	}
}

func (s *sc) compareAdditional() {
	switch {
	case !s.b.closed && s.r.closed:
		s.add("schema-additional-properties-narrowed", "additionalProperties", "additionalProperties became false")
	case s.b.closed && !s.r.closed:
		s.add("schema-additional-properties-widened", "additionalProperties", "additionalProperties is no longer false")
	}
	ba, ra := s.b.kw.get("additionalProperties"), s.r.kw.get("additionalProperties")
	if ba.n != nil && ra.n != nil && ba.n.Kind == yaml.MappingNode && ra.n.Kind == yaml.MappingNode {
		s.g.link(s.c.schemaAt(ba, ra, s.b.kw.pathOf("additionalProperties"), s.r.kw.pathOf("additionalProperties"), s.dir, s.guards, s.ctx, s.child("{}")))
	}
}

func (s *sc) compareItems() {
	bi, ri := s.b.kw.get("items"), s.r.kw.get("items")
	if bi.n != nil && ri.n != nil {
		s.g.link(s.c.schemaAt(bi, ri, s.b.kw.pathOf("items"), s.r.kw.pathOf("items"), s.dir, s.guards, s.ctx, s.child("[]")))
	}
}

func (s *sc) compareDiscriminator() {
	bd, rd := s.b.kw.get("discriminator"), s.r.kw.get("discriminator")
	switch {
	case bd.n == nil && rd.n == nil:
		return
	case bd.n == nil:
		s.add("schema-discriminator-added", "discriminator", "a discriminator on %q was added", rd.str("propertyName"))
		return
	case rd.n == nil:
		s.add("schema-discriminator-removed", "discriminator", "the discriminator on %q was removed", bd.str("propertyName"))
		return
	}
	if bp, rp := bd.str("propertyName"), rd.str("propertyName"); bp != rp {
		s.add("schema-discriminator-property-changed", "discriminator", "discriminator property changed from %q to %q", bp, rp)
	}
	bm, rm := map[string]string{}, map[string]string{}
	mapEntries(bd.get("mapping").n, func(k string, _, v *node) { bm[k] = v.Value })
	mapEntries(rd.get("mapping").n, func(k string, _, v *node) { rm[k] = v.Value })
	mapEntries(rd.get("mapping").n, func(k string, _, v *node) {
		old, ok := bm[k]
		switch {
		case !ok:
			s.add("schema-discriminator-mapping-added", "discriminator", "discriminator mapping %q was added", k)
		case refName(old) != refName(v.Value):
			s.add("schema-discriminator-mapping-changed", "discriminator", "discriminator mapping %q changed from %s to %s", k, old, v.Value)
		}
	})
	mapEntries(bd.get("mapping").n, func(k string, _, v *node) {
		if _, ok := rm[k]; !ok {
			s.add("schema-discriminator-mapping-removed", "discriminator", "discriminator mapping %q was removed", k)
		}
	})
}
