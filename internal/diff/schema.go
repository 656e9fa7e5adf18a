package diff

import (
	"fmt"

	"github.com/sequere/sequere/internal/spec"
)

func (g *group) link(k *group) {
	if k != nil {
		g.kids = append(g.kids, k)
	}
}

// sc is one schema comparison in progress: the two views, the direction and
// guards in force, and how messages name the place.
type sc struct {
	c      *comparer
	g      *group
	b, r   *view
	dir    Direction
	guards Guard
	ctx    string // "POST /pets request body application/json" or a component name
	prop   string // dotted property path inside ctx, "" at the root
}

// schema compares two schemas once per (base node, revision node, direction,
// guards); a pair met again (a shared component, a recursive schema) returns
// the same group, so its changes are reported once and recursion ends.
func (c *comparer) schema(b, r nref, bp, rp []string, dir Direction, guards Guard, ctx string) *group {
	return c.schemaAt(b, r, bp, rp, dir, guards, ctx, "")
}

func (c *comparer) schemaAt(b, r nref, bp, rp []string, dir Direction, guards Guard, ctx, prop string) *group {
	bn, bp2 := follow(c.b, b, bp)
	rn, rp2 := follow(c.r, r, rp)
	if bn.n == nil || rn.n == nil {
		return nil
	}
	key := memoKey{bn.n, rn.n, dir, guards, c.reversed, c.negated}
	if g, ok := c.memo[key]; ok {
		return g
	}
	if c.identical(bn.n, rn.n) {
		return nil
	}
	g := &group{}
	c.memo[key] = g
	if spec.RefOf(r.n) != "" && len(rp2) > 0 && rp2[0] != "paths" {
		ctx, prop = rp2[len(rp2)-1], ""
	}
	s := &sc{c: c, g: g, b: buildView(c.b, bn, bp2), r: buildView(c.r, rn, rp2), dir: dir, guards: guards, ctx: ctx, prop: prop}
	s.compare()
	g.done = true
	if len(g.changes) == 0 && len(g.kids) == 0 {
		c.memo[key] = nil
		return nil
	}
	return g
}

func (s *sc) subject() string {
	if s.prop == "" {
		return s.ctx
	}
	return s.ctx + " property " + s.prop
}

// add reports a change at keyword k (its position on both sides).
func (s *sc) add(id, k string, msg string, args ...any) {
	where := at{rev: pick(s.r.kw.get(k), s.r.n), base: pick(s.b.kw.get(k), s.b.n), path: s.r.path}
	if p, ok := s.r.kw.path(k); ok {
		where.path = p
	} else if p, ok := s.b.kw.path(k); ok {
		where.path = p
	}
	s.c.add(s.g, id, s.dir, s.guards, where, s.subject()+": "+fmt.Sprintf(msg, args...))
}

func (s *sc) compare() {
	if s.compareBoolean() {
		return
	}
	// One side wraps the schema in oneOf/anyOf and the other does not: compare
	// the plain schema with the alternative it matches, not keyword by keyword.
	if wrapped(s.b.oneOf, s.r.oneOf) {
		s.compareAlternatives("oneOf", s.b.oneOf, s.r.oneOf)
		return
	}
	if wrapped(s.b.anyOf, s.r.anyOf) {
		s.compareAlternatives("anyOf", s.b.anyOf, s.r.anyOf)
		return
	}
	s.compareType()
	s.compareFormat()
	s.compareEnum()
	s.compareScalars()
	s.compareBounds()
	s.compareProperties()
	s.compareAdditional()
	s.compareItems()
	s.compareDiscriminator()
	s.compareKeywords()
	s.compareAlternatives("oneOf", s.b.oneOf, s.r.oneOf)
	s.compareAlternatives("anyOf", s.b.anyOf, s.r.anyOf)
}

func (s *sc) compareType() {
	bt, btyped := s.b.typeSet()
	rt, rtyped := s.r.typeSet()
	nk := "type"
	if s.b.kw.get("nullable").n != nil || s.r.kw.get("nullable").n != nil {
		nk = "nullable"
	}
	if bt["null"] && !rt["null"] && (rtyped || len(rt) > 0) {
		s.add("schema-nullable-removed", nk, "null is no longer allowed")
	} else if !bt["null"] && rt["null"] {
		s.add("schema-nullable-added", nk, "null is now allowed")
	}
	delete(bt, "null")
	delete(rt, "null")
	switch {
	case !btyped && !rtyped, sameSet(bt, rt):
		return
	case !btyped:
		s.add("schema-type-narrowed", "type", "type %s was added", setString(rt))
	case !rtyped:
		s.add("schema-type-widened", "type", "type %s was removed", setString(bt))
	case subset(bt, rt) || bt["integer"] && rt["number"] && len(bt) == 1 && len(rt) == 1:
		s.add("schema-type-widened", "type", "type widened from %s to %s", setString(bt), setString(rt))
	case subset(rt, bt) || bt["number"] && rt["integer"] && len(bt) == 1 && len(rt) == 1:
		s.add("schema-type-narrowed", "type", "type narrowed from %s to %s", setString(bt), setString(rt))
	default:
		s.add("schema-type-changed", "type", "type changed from %s to %s", setString(bt), setString(rt))
	}
}

// wider lists format pairs where the second accepts every value of the first.
var wider = map[[2]string]bool{{"int32", "int64"}: true, {"float", "double"}: true, {"date", "date-time"}: false}

func (s *sc) compareFormat() {
	bf, rf := s.b.str("format"), s.r.str("format")
	switch {
	case bf == rf:
	case bf == "":
		s.add("schema-format-added", "format", "format %s was added", rf)
	case rf == "":
		s.add("schema-format-removed", "format", "format %s was removed", bf)
	case wider[[2]string{bf, rf}]:
		s.add("schema-type-widened", "format", "format widened from %s to %s", bf, rf)
	case wider[[2]string{rf, bf}]:
		s.add("schema-type-narrowed", "format", "format narrowed from %s to %s", bf, rf)
	default:
		s.add("schema-format-changed", "format", "format changed from %s to %s", bf, rf)
	}
}

func (s *sc) compareScalars() {
	bc, rc := canonical(s.b.kw.get("const").n), canonical(s.r.kw.get("const").n)
	s.triple("const", bc, rc, "schema-const-added", "schema-const-removed", "schema-const-changed")
	s.comparePattern()
	s.compareMultipleOf()
	bu, ru := s.b.flag("uniqueItems"), s.r.flag("uniqueItems")
	if !bu && ru {
		s.add("schema-unique-items-added", "uniqueItems", "uniqueItems became true")
	} else if bu && !ru {
		s.add("schema-unique-items-removed", "uniqueItems", "uniqueItems is no longer true")
	}
	if s.dir == Request {
		bd, rd := canonical(s.b.kw.get("default").n), canonical(s.r.kw.get("default").n)
		if bd != "" && rd != "" && bd != rd {
			s.add("schema-default-changed", "default", "default changed from %s to %s", bd, rd)
		}
	}
}

func (s *sc) compareMultipleOf() {
	bm, rm := s.b.str("multipleOf"), s.r.str("multipleOf")
	if bf, rf, ok := nums(bm, rm); ok && bm != "" && rm != "" && bf != rf && bf > 0 && rf > 0 {
		switch {
		case divides(rf, bf):
			s.add("schema-multiple-of-widened", "multipleOf", "multipleOf changed from %s to %s, a divisor: more values are valid", bm, rm)
			return
		case divides(bf, rf):
			s.add("schema-multiple-of-narrowed", "multipleOf", "multipleOf changed from %s to %s, a multiple: fewer values are valid", bm, rm)
			return
		}
	}
	s.triple("multipleOf", bm, rm, "schema-multiple-of-added", "schema-multiple-of-removed", "schema-multiple-of-changed")
}

func (s *sc) triple(k, bv, rv, added, removed, changed string) {
	switch {
	case bv == rv:
	case bv == "":
		s.add(added, k, "%s %s was added", k, rv)
	case rv == "":
		s.add(removed, k, "%s %s was removed", k, bv)
	default:
		s.add(changed, k, "%s changed from %s to %s", k, bv, rv)
	}
}

func wrapped(b, r []*alt) bool { return (len(b) == 0) != (len(r) == 0) }
