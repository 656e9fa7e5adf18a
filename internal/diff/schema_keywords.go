package diff

import (
	"fmt"

	yaml "github.com/pb33f/go-yaml"
)

// compareBoolean handles JSON Schema's boolean schemas (3.1): false accepts
// nothing, true everything. It reports whether the pair is settled.
func (s *sc) compareBoolean() bool {
	bf, rf := isFalse(s.b.n.n), isFalse(s.r.n.n)
	switch {
	case !bf && rf:
		s.c.add(s.g, "schema-became-false", s.dir, s.guards, at{rev: s.r.n, base: s.b.n, path: s.r.path}, s.subject()+": the schema became false: no value is valid")
	case bf && !rf:
		s.c.add(s.g, "schema-became-not-false", s.dir, s.guards, at{rev: s.r.n, base: s.b.n, path: s.r.path}, s.subject()+": the schema is no longer false")
	}
	return bf || rf
}

func isFalse(n *yaml.Node) bool { return n != nil && n.Kind == yaml.ScalarNode && n.Value == "false" }

// sub returns keyword k as a subschema; true is the same as absent.
func (v *view) sub(k string) (nref, []string) {
	n := v.kw.get(k)
	if n.n == nil || n.n.Kind == yaml.ScalarNode && n.n.Value == "true" {
		return nref{}, nil
	}
	return n, v.kw.pathOf(k)
}

func (s *sc) compareKeywords() {
	s.compareNot()
	s.comparePrefixItems()
	s.subschema("contains", "schema-contains")
	s.compareIf()
	s.subschema("then", "schema-then")
	s.subschema("else", "schema-else")
	s.compareDependentRequired()
	s.schemaMap("dependentSchemas", "schema-dependent-schema")
	s.schemaMap("patternProperties", "schema-pattern-property")
	s.subschema("unevaluatedProperties", "schema-unevaluated-properties")
	s.subschema("unevaluatedItems", "schema-unevaluated-items")
	s.subschema("propertyNames", "schema-property-names")
	s.subschema("contentSchema", "schema-content-schema")
	for _, k := range [...]struct{ key, id string }{{"contentEncoding", "schema-content-encoding-changed"}, {"contentMediaType", "schema-content-media-type-changed"}} {
		if bv, rv := s.b.str(k.key), s.r.str(k.key); bv != rv {
			s.add(k.id, k.key, "%s changed from %s to %s", k.key, orNone(bv), orNone(rv))
		}
	}
}

func orNone(v string) string {
	if v == "" {
		return "(none)"
	}
	return fmt.Sprintf("%q", v)
}

// subschema compares a keyword whose value is one schema that constrains in
// the same direction as its parent: accepting more there accepts more here.
func (s *sc) subschema(k, id string) {
	bn, bp := s.b.sub(k)
	rn, rp := s.r.sub(k)
	switch {
	case bn.n == nil && rn.n == nil:
	case bn.n == nil:
		s.add(id+"-added", k, "%s was added", k)
	case rn.n == nil:
		s.add(id+"-removed", k, "%s was removed", k)
	default:
		s.g.link(s.c.schemaAt(bn, rn, bp, rp, s.dir, s.guards, s.ctx, s.child("("+k+")")))
	}
}

// differs reports whether two subschemas differ anywhere, without reporting
// the differences: for keywords (not, if) whose inner changes do not carry
// their own direction. The comparison is memoised like any other but linked
// to nothing, so its findings are never collected from here.
func (s *sc) differs(k string) (bool, bool, bool) {
	bn, bp := s.b.sub(k)
	rn, rp := s.r.sub(k)
	if bn.n == nil || rn.n == nil {
		return bn.n != nil, rn.n != nil, false
	}
	return true, true, hasChanges(s.c.schemaAt(bn, rn, bp, rp, s.dir, s.guards, s.ctx, s.child("("+k+")")), map[*group]bool{})
}

// hasChanges reports whether any change is reachable from g. A recursive
// schema links a group still in progress, which may end up empty, so a
// non-nil group alone proves nothing.
func hasChanges(g *group, seen map[*group]bool) bool {
	if g == nil || seen[g] {
		return false
	}
	seen[g] = true
	if len(g.changes) > 0 {
		return true
	}
	for _, k := range g.kids {
		if hasChanges(k, seen) {
			return true
		}
	}
	return false
}

// compareNot: a not subschema excludes what it matches, so the changes
// inside it are judged against the parent's direction (see
// comparer.negated): a value added to not.enum narrows what a request may
// carry. A not that is not a schema on one side cannot be compared that way
// and is reported as changed.
func (s *sc) compareNot() {
	bn, bp := s.b.sub("not")
	rn, rp := s.r.sub("not")
	switch {
	case bn.n == nil && rn.n != nil:
		s.add("schema-not-added", "not", "a not subschema was added")
	case bn.n != nil && rn.n == nil:
		s.add("schema-not-removed", "not", "the not subschema was removed")
	case bn.n == nil:
	case !isSchemaNode(bn.n) || !isSchemaNode(rn.n):
		if !s.c.identical(bn.n, rn.n) {
			s.add("schema-not-changed", "not", "the not subschema changed and is not a schema on one side; compare the excluded values by hand")
		}
	default:
		s.c.negated = !s.c.negated
		g := s.c.schemaAt(bn, rn, bp, rp, s.dir, s.guards, s.ctx, s.child("(not)"))
		s.c.negated = !s.c.negated
		s.g.link(g)
	}
}

// isSchemaNode reports whether n can be compared as a schema: an object or
// a boolean.
func isSchemaNode(n *yaml.Node) bool {
	return n.Kind == yaml.MappingNode || n.Kind == yaml.ScalarNode && (n.Value == "true" || n.Value == "false")
}

func (s *sc) compareIf() {
	switch b, r, changed := s.differs("if"); {
	case !b && r:
		s.add("schema-if-added", "if", "an if condition was added")
	case b && !r:
		s.add("schema-if-removed", "if", "the if condition was removed")
	case changed:
		s.add("schema-if-changed", "if", "the if condition changed; then/else now apply to a different set of values")
	}
}

// comparePrefixItems compares tuple positions. A position without its own
// prefixItems schema is governed by items (2020-12), or by nothing.
func (s *sc) comparePrefixItems() {
	bpre, rpre := s.b.kw.get("prefixItems"), s.r.kw.get("prefixItems")
	if bpre.n == nil && rpre.n == nil {
		return
	}
	n := max(seqLen(bpre.n), seqLen(rpre.n))
	for i := 0; i < n; i++ {
		b, bp, bown := s.b.position(bpre, i)
		r, rp, rown := s.r.position(rpre, i)
		switch {
		case !bown && !rown:
		case b.n == nil && r.n == nil:
		case b.n == nil:
			s.c.add(s.g, "schema-prefix-items-added", s.dir, s.guards, at{rev: r, base: s.b.n, path: rp},
				fmt.Sprintf("%s: tuple position %d now has a schema", s.subject(), i))
		case r.n == nil:
			s.c.add(s.g, "schema-prefix-items-removed", s.dir, s.guards, at{rev: pick(rpre, s.r.n), base: b, path: bp},
				fmt.Sprintf("%s: tuple position %d no longer has a schema", s.subject(), i))
		default:
			s.g.link(s.c.schemaAt(b, r, bp, rp, s.dir, s.guards, s.ctx, s.child("["+itoa(i)+"]")))
		}
	}
}

func seqLen(n *yaml.Node) int {
	if n == nil || n.Kind != yaml.SequenceNode {
		return 0
	}
	return len(n.Content)
}

// position is the schema for tuple item i, and whether prefixItems gave it.
func (v *view) position(pre nref, i int) (nref, []string, bool) {
	if i < seqLen(pre.n) {
		return nref{pre.n.Content[i], pre.file}, join(v.kw.pathOf("prefixItems"), itoa(i)), true
	}
	n, p := v.sub("items")
	return n, p, false
}

// compareDependentRequired reports each "if a is present, b is required"
// pair that appeared or disappeared.
func (s *sc) compareDependentRequired() {
	bd, rd := s.b.kw.get("dependentRequired"), s.r.kw.get("dependentRequired")
	if bd.n == nil && rd.n == nil {
		return
	}
	bset, rset := dependents(bd.n), dependents(rd.n)
	mapEntries(rd.n, func(k string, _, v *node) {
		for _, d := range scalarSet(v).order {
			if !bset[[2]string{k, d}] {
				s.add("schema-dependent-required-added", "dependentRequired", "property %s now requires %s", k, d)
			}
		}
	})
	mapEntries(bd.n, func(k string, _, v *node) {
		for _, d := range scalarSet(v).order {
			if !rset[[2]string{k, d}] {
				s.add("schema-dependent-required-removed", "dependentRequired", "property %s no longer requires %s", k, d)
			}
		}
	})
}

func dependents(n *yaml.Node) map[[2]string]bool {
	m := map[[2]string]bool{}
	mapEntries(n, func(k string, _, v *node) {
		for _, d := range scalarSet(v).order {
			m[[2]string{k, d}] = true
		}
	})
	return m
}

// schemaMap compares a keyword that maps names (or patterns) to schemas.
func (s *sc) schemaMap(k, id string) {
	bm, rm := s.b.kw.get(k), s.r.kw.get(k)
	if bm.n == nil && rm.n == nil {
		return
	}
	bp, rp := s.b.kw.pathOf(k), s.r.kw.pathOf(k)
	mapEntries(rm.n, func(name string, _, rv *node) {
		bv := bm.get(name)
		if bv.n == nil {
			s.c.add(s.g, id+"-added", s.dir, s.guards, at{rev: nref{rv, rm.file}, base: s.b.n, path: join(rp, name)}, fmt.Sprintf("%s: %s entry %q was added", s.subject(), k, name))
			return
		}
		s.g.link(s.c.schemaAt(bv, nref{rv, rm.file}, join(bp, name), join(rp, name), s.dir, s.guards, s.ctx, s.child(k+"("+name+")")))
	})
	mapEntries(bm.n, func(name string, _, bv *node) {
		if rm.get(name).n == nil {
			s.c.add(s.g, id+"-removed", s.dir, s.guards, at{rev: pick(rm, s.r.n), base: nref{bv, bm.file}, path: join(bp, name)}, fmt.Sprintf("%s: %s entry %q was removed", s.subject(), k, name))
		}
	})
}
