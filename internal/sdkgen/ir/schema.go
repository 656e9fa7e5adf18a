package ir

import (
	"sort"

	yaml "github.com/pb33f/go-yaml"

	"github.com/sequere/sequere/internal/spec"
)

// maxDepth bounds inline nesting; deeper schemas (only fuzzed ones) fall back.
const maxDepth = 48

// declareComponents names every component schema before anything else, in
// name order, so inline types never take a component's name and component
// names do not depend on which operation mentions them first.
func (b *builder) declareComponents() {
	ps := node{spec.MapGet(spec.MapGet(b.doc.Root, "components"), "schemas"), b.doc.Name}.entries()
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].key < ps[j].key })
	var pending []*Type
	var nodes []node
	for _, p := range ps {
		if p.val.n == nil || b.byNode[p.val.n] != nil {
			continue
		}
		t := &Type{Name: b.names.unique(Pascal(p.key)), Component: p.key, Pos: b.pos(p.val)}
		b.byNode[p.val.n] = t
		b.types = append(b.types, t)
		pending = append(pending, t)
		nodes = append(nodes, p.val)
	}
	b.indexChildren(ps)
	for i, t := range pending {
		b.fill(t, nodes[i], 0)
	}
}

// indexChildren finds, for each component with a discriminator and no
// oneOf/anyOf, the components that inherit it through allOf: they are its
// variants.
func (b *builder) indexChildren(ps []pair) {
	for _, p := range ps {
		for _, m := range p.val.seq("allOf") {
			t, _, isRef := b.resolve(m)
			if !isRef || !t.ok() || !t.has("discriminator") || t.has("oneOf") || t.has("anyOf") {
				continue
			}
			b.children[t.n] = append(b.children[t.n], p)
		}
	}
}

// named is the named type of a schema node, declared on first use.
func (b *builder) named(s node, name string, depth int) *Type {
	if t := b.byNode[s.n]; t != nil {
		return t
	}
	t := &Type{Name: b.names.unique(Pascal(name)), Pos: b.pos(s)}
	b.byNode[s.n] = t
	b.types = append(b.types, t)
	b.fill(t, s, depth)
	return t
}

// fill builds a named type's definition.
func (b *builder) fill(t *Type, s node, depth int) {
	if kids := b.children[s.n]; len(kids) > 0 {
		t.Schema = b.inherited(t, s, kids, depth)
		return
	}
	sc := b.define(s, t.Name, depth)
	if sc == nil {
		sc = b.schema(s, t.Name, depth)
	}
	t.Schema = sc
}

// schema is a schema used in place. Objects, enums and unions become named
// types (hint names them when inline); references become KindRef.
func (b *builder) schema(s node, hint string, depth int) *Schema {
	if !s.ok() || depth > maxDepth {
		if depth > maxDepth {
			b.warn(s, "schema nested deeper than %d levels is a raw JSON value", maxDepth)
		}
		return &Schema{Kind: KindAny}
	}
	if s.n.Kind == yaml.ScalarNode {
		if s.n.Value == "false" {
			b.warn(s, "schema false (no value allowed) is a raw JSON value")
		}
		return &Schema{Kind: KindAny, Pos: b.pos(s)}
	}
	if t, name, isRef := b.resolve(s); isRef {
		if !t.ok() {
			return &Schema{Kind: KindAny, Pos: b.pos(s)}
		}
		nt := b.named(t, name, depth+1)
		sc := &Schema{Kind: KindRef, Ref: nt, Pos: b.pos(s)}
		b.meta(sc, s)
		if nt.Schema != nil && nt.Schema.Kind != KindRef {
			sc.Nullable = sc.Nullable || nt.Schema.Nullable
		}
		return sc
	}
	if x, ok := b.nullPair(s); ok {
		sc := b.schema(x, hint, depth+1)
		if sc.Kind == KindRef {
			cp := *sc
			sc = &cp
		}
		sc.Nullable = true
		b.meta(sc, s)
		return sc
	}
	if m := s.seq("allOf"); len(m) == 1 && spec.RefOf(m[0].n) != "" && !s.has("properties") {
		sc := b.schema(m[0], hint, depth+1)
		cp := *sc
		b.meta(&cp, s)
		return &cp
	}
	if def := b.define(s, hint, depth); def != nil {
		if def.Kind == KindObject || def.Kind == KindEnum || def.Kind == KindUnion {
			t := b.named(s, hint, depth+1)
			sc := &Schema{Kind: KindRef, Ref: t, Nullable: def.Nullable, Pos: b.pos(s)}
			b.meta(sc, s)
			return sc
		}
		return def
	}
	return b.plain(s, hint, depth)
}

// define builds objects, enums, unions and allOf merges; nil for anything
// plain (scalars, arrays, maps, any).
func (b *builder) define(s node, hint string, depth int) *Schema {
	if !s.ok() || s.n.Kind != yaml.MappingNode || spec.RefOf(s.n) != "" {
		return nil
	}
	types, null := b.schemaTypes(s)
	var sc *Schema
	switch {
	case s.has("enum"):
		sc = b.enum(s, types)
	case len(s.seq("oneOf")) > 0 || len(s.seq("anyOf")) > 0:
		if _, ok := b.nullPair(s); ok {
			return nil
		}
		sc = b.union(s, hint, depth)
	case len(s.seq("allOf")) > 0:
		sc = b.allOf(s, hint, depth)
	case len(types) > 1:
		sc = b.typeUnion(s, types, hint, depth)
	case len(s.pairs("properties")) > 0:
		sc = b.object(s, []node{s}, hint, depth)
	default:
		return nil
	}
	if sc == nil {
		return nil
	}
	sc.Nullable = sc.Nullable || null
	b.meta(sc, s)
	return sc
}

// plain builds a scalar, array, map or any.
func (b *builder) plain(s node, hint string, depth int) *Schema {
	types, null := b.schemaTypes(s)
	sc := &Schema{Kind: KindAny, Nullable: null, Format: s.str("format"), Pos: b.pos(s)}
	b.unsupported(s)
	kind := ""
	if len(types) == 1 {
		kind = types[0]
	}
	switch kind {
	case "string", "integer", "number", "boolean":
		sc.Kind = Kind(kind)
	case "null":
		sc.Kind, sc.Nullable = KindNull, true
	case "array":
		sc.Kind = KindArray
		sc.Items = b.schema(s.child("items"), hint+"Item", depth+1)
	case "object":
		sc.Kind = KindMap
		sc.Values = b.additional(s, hint, depth)
		if sc.Values == nil {
			sc.Values = &Schema{Kind: KindAny}
		}
	}
	if c := s.get("const"); c != nil {
		sc.Const = &Value{jsonOf(c)}
		if c.Tag == "!!null" {
			sc.Kind, sc.Nullable = KindNull, true
		}
	}
	b.meta(sc, s)
	return sc
}

// unsupported warns about keywords a type cannot express.
func (b *builder) unsupported(s node) {
	for _, k := range []string{"not", "if", "prefixItems", "$dynamicRef", "patternProperties"} {
		if s.has(k) && !s.has("type") {
			b.warn(s, "%s is not expressible as a type; the value is raw JSON", k)
			return
		}
	}
}

// meta copies what any schema may carry.
func (b *builder) meta(sc *Schema, s node) {
	if d := oneLine(s.str("description")); d != "" {
		sc.Doc = d
	}
	if d := s.get("default"); d != nil {
		sc.Default = &Value{jsonOf(d)}
	}
	if s.isTrue("readOnly") {
		sc.ReadOnly = true
	}
	if s.isTrue("writeOnly") {
		sc.WriteOnly = true
	}
	if s.isTrue("deprecated") {
		sc.Deprecated = true
	}
	if sc.Format == "" {
		sc.Format = s.str("format")
	}
	if b.v30 && s.isTrue("nullable") {
		sc.Nullable = true
	}
}

// schemaTypes reads type (a string or a 3.1 list) without "null", and whether
// null is allowed.
func (b *builder) schemaTypes(s node) (types []string, null bool) {
	t := s.get("type")
	switch {
	case t == nil:
	case t.Kind == yaml.ScalarNode:
		types = []string{t.Value}
	case t.Kind == yaml.SequenceNode:
		for _, c := range t.Content {
			types = append(types, c.Value)
		}
	}
	kept := types[:0:0]
	for _, t := range types {
		if t == "null" {
			null = true
			continue
		}
		kept = append(kept, t)
	}
	if len(kept) == 0 && null && len(types) > 0 {
		return []string{"null"}, true
	}
	if b.v30 && s.isTrue("nullable") {
		null = true
	}
	if len(kept) == 0 {
		switch c := s.get("const"); {
		case s.has("properties") || s.has("additionalProperties"):
			kept = []string{"object"}
		case s.has("items"):
			kept = []string{"array"}
		case c != nil && c.Kind == yaml.ScalarNode && c.Tag != "!!null":
			kept = []string{scalarKind(c)}
		}
	}
	return kept, null
}

func scalarKind(v *yaml.Node) string {
	switch v.Tag {
	case "!!int":
		return "integer"
	case "!!float":
		return "number"
	case "!!bool":
		return "boolean"
	}
	return "string"
}

// nullPair recognises oneOf/anyOf [X, {type: null}] and returns X.
func (b *builder) nullPair(s node) (node, bool) {
	for _, k := range []string{"oneOf", "anyOf"} {
		members := s.seq(k)
		if len(members) != 2 {
			continue
		}
		for i, m := range members {
			if spec.RefOf(m.n) == "" && m.str("type") == "null" {
				return members[1-i], true
			}
		}
	}
	return node{}, false
}

// resolve follows one $ref; ok is false when s is not a reference, and target
// is empty (with a warning) when it cannot be followed.
func (b *builder) resolve(s node) (target node, name string, ok bool) {
	ref := spec.RefOf(s.n)
	if ref == "" {
		return s, "", false
	}
	t, file, err := b.doc.ResolveRef(s.file, ref)
	if err != nil || t == nil {
		b.warn(s, "unresolvable $ref %q; the value is raw JSON", ref)
		return node{}, "", true
	}
	return node{unalias(t), file}, refName(ref), true
}

// deref follows references until a non-reference (bounded for cycles).
func (b *builder) deref(s node) node {
	for i := 0; i < 16 && s.ok(); i++ {
		t, _, isRef := b.resolve(s)
		if !isRef {
			return s
		}
		s = t
	}
	return s
}
