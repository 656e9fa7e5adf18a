package ir

import (
	"sort"

	yaml "github.com/pb33f/go-yaml"

	"github.com/sequere/sequere/internal/sdkgen/internal/desc"
	"github.com/sequere/sequere/internal/spec"
)

// maxDepth bounds inline nesting; deeper schemas (only fuzzed ones) fall back.
const maxDepth = 48

// declareComponents names every component schema before anything else, in
// name order, so inline types never take a component's name and component
// names do not depend on which operation mentions them first.
func (b *builder) declareComponents() {
	ps := node{N: spec.MapGet(spec.MapGet(b.doc.Root, "components"), "schemas"), File: b.doc.Name}.Entries()
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].Key < ps[j].Key })
	var pending []*Type
	var nodes []node
	for _, p := range ps {
		if p.Val.N == nil || b.byNode[p.Val.N] != nil {
			continue
		}
		t := &Type{Name: b.names.unique(Pascal(p.Key)), Component: p.Key, Pos: b.pos(p.Val)}
		b.byNode[p.Val.N] = t
		b.types = append(b.types, t)
		pending = append(pending, t)
		nodes = append(nodes, p.Val)
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
		for _, m := range p.Val.Seq("allOf") {
			t, _, isRef := b.resolve(m)
			if !isRef || !t.OK() || !t.Has("discriminator") || t.Has("oneOf") || t.Has("anyOf") {
				continue
			}
			b.children[t.N] = append(b.children[t.N], p)
		}
	}
}

// inheritsUnion says whether m references a discriminated base that becomes
// a union of its allOf children: a child that only references it is still an
// object of the base's members, never an alias of the union (which would name
// itself as a variant).
func (b *builder) inheritsUnion(m node) bool {
	t, _, isRef := b.resolve(m)
	return isRef && t.OK() && len(b.children[t.N]) > 0
}

// named is the named type of a schema node, declared on first use.
func (b *builder) named(s node, name string, depth int) *Type {
	if t := b.byNode[s.N]; t != nil {
		return t
	}
	t := &Type{Name: b.names.unique(Pascal(name)), Pos: b.pos(s)}
	b.byNode[s.N] = t
	b.types = append(b.types, t)
	b.fill(t, s, depth)
	return t
}

// fill builds a named type's definition.
func (b *builder) fill(t *Type, s node, depth int) {
	var sc *Schema
	if kids := b.children[s.N]; len(kids) > 0 {
		sc = b.inherited(t, s, kids, depth)
	} else if sc = b.define(s, t.Name, depth); sc == nil {
		sc = b.schema(s, t.Name, depth)
	}
	sc.Source, sc.Written = s, b.written(s)
	t.Schema = sc
}

// schema is a schema used in place. Objects, enums and unions become named
// types (hint names them when inline); references become KindRef.
func (b *builder) schema(s node, hint string, depth int) *Schema {
	sc := b.schemaAt(s, hint, depth)
	sc.Source, sc.Written = s, b.written(s)
	return sc
}

func (b *builder) schemaAt(s node, hint string, depth int) *Schema {
	if !s.OK() || depth > maxDepth {
		if depth > maxDepth {
			b.warn(s, "schema nested deeper than %d levels is a raw JSON value", maxDepth)
		}
		return &Schema{Kind: KindAny}
	}
	if s.N.Kind == yaml.ScalarNode {
		if s.N.Value == "false" {
			b.warn(s, "schema false (no value allowed) is a raw JSON value")
		}
		return &Schema{Kind: KindAny, Pos: b.pos(s)}
	}
	if t, name, isRef := b.resolve(s); isRef {
		if !t.OK() {
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
	if x, ok := desc.NullPair(s); ok {
		sc := b.schema(x, hint, depth+1)
		if sc.Kind == KindRef {
			cp := *sc
			sc = &cp
		}
		sc.Nullable = true
		b.meta(sc, s)
		return sc
	}
	if m := s.Seq("allOf"); len(m) == 1 && spec.RefOf(m[0].N) != "" && !s.Has("properties") && !b.inheritsUnion(m[0]) {
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
	if !s.OK() || s.N.Kind != yaml.MappingNode || spec.RefOf(s.N) != "" {
		return nil
	}
	types, null := b.schemaTypes(s)
	var sc *Schema
	switch {
	case s.Has("enum"):
		sc = b.enum(s, types)
	case len(s.Seq("oneOf")) > 0 || len(s.Seq("anyOf")) > 0:
		if _, ok := desc.NullPair(s); ok {
			return nil
		}
		sc = b.union(s, hint, depth)
	case len(s.Seq("allOf")) > 0:
		sc = b.allOf(s, hint, depth)
	case len(types) > 1:
		sc = b.typeUnion(s, types, hint, depth)
	case len(s.Pairs("properties")) > 0:
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
	sc := &Schema{Kind: KindAny, Nullable: null, Format: s.Str("format"), Pos: b.pos(s)}
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
		sc.Items = b.schema(s.Child("items"), hint+"Item", depth+1)
	case "object":
		sc.Kind = KindMap
		sc.Values = b.additional(s, hint, depth)
		if sc.Values == nil {
			sc.Values = &Schema{Kind: KindAny}
		}
	}
	if c := s.Get("const"); c != nil {
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
		if s.Has(k) && !s.Has("type") {
			b.warn(s, "%s is not expressible as a type; the value is raw JSON", k)
			return
		}
	}
}

// meta copies what any schema may carry.
func (b *builder) meta(sc *Schema, s node) {
	if d := desc.OneLine(s.Str("description")); d != "" {
		sc.Doc = d
	}
	if d := s.Get("default"); d != nil {
		sc.Default = &Value{jsonOf(d)}
	}
	if s.IsTrue("readOnly") {
		sc.ReadOnly = true
	}
	if s.IsTrue("writeOnly") {
		sc.WriteOnly = true
	}
	if s.IsTrue("deprecated") {
		sc.Deprecated = true
	}
	if sc.Format == "" {
		sc.Format = s.Str("format")
	}
	if b.v30 && s.IsTrue("nullable") {
		sc.Nullable = true
	}
}

// schemaTypes reads type (a string or a 3.1 list) without "null", and whether
// null is allowed.
func (b *builder) schemaTypes(s node) (types []string, null bool) {
	return desc.SchemaTypes(s, b.v30, true)
}

// resolve follows one $ref; ok is false when s is not a reference, and target
// is empty (with a warning) when it cannot be followed.
func (b *builder) resolve(s node) (target node, name string, ok bool) {
	target, name, ok, err := desc.Resolve(b.doc, s)
	if ok && (err != nil || !target.OK()) {
		b.warn(s, "unresolvable $ref %q; the value is raw JSON", spec.RefOf(s.N))
		return node{}, "", true
	}
	return target, name, ok
}

// deref follows references until a non-reference (bounded for cycles).
func (b *builder) deref(s node) node {
	for i := 0; i < 16 && s.OK(); i++ {
		t, _, isRef := b.resolve(s)
		if !isRef {
			return s
		}
		s = t
	}
	return s
}
