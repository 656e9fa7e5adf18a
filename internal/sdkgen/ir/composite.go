package ir

import (
	"strings"

	yaml "github.com/pb33f/go-yaml"

	"github.com/sequere/sequere/internal/spec"
)

func (b *builder) enum(s node, types []string) *Schema {
	sc := &Schema{Kind: KindEnum, Base: KindString, Pos: b.pos(s)}
	for _, v := range s.seq("enum") {
		if v.n.Kind != yaml.ScalarNode {
			b.warn(v, "enum value that is not a scalar is kept as raw JSON")
			return &Schema{Kind: KindAny, Pos: b.pos(s)}
		}
		if v.n.Tag == "!!null" {
			sc.Nullable = true
			continue
		}
		sc.Enum = append(sc.Enum, Value{jsonOf(v.n)})
	}
	kind := ""
	if len(types) == 1 {
		kind = types[0]
	}
	if kind == "" {
		for _, v := range s.seq("enum") {
			if v.n.Tag != "!!null" {
				kind = scalarKind(v.n)
				break
			}
		}
	}
	switch kind {
	case "integer", "number", "boolean", "string":
		sc.Base = Kind(kind)
	default:
		b.warn(s, "enum of type %q is kept as raw JSON", kind)
		return &Schema{Kind: KindAny, Pos: b.pos(s)}
	}
	if len(sc.Enum) == 0 {
		return &Schema{Kind: KindNull, Nullable: true, Pos: b.pos(s)}
	}
	return sc
}

// union builds oneOf/anyOf.
func (b *builder) union(s node, hint string, depth int) *Schema {
	key, exclusive := "oneOf", true
	if len(s.seq("oneOf")) == 0 {
		key, exclusive = "anyOf", false
	}
	sc := &Schema{Kind: KindUnion, Exclusive: exclusive, Pos: b.pos(s)}
	disc := s.child("discriminator")
	if p := disc.str("propertyName"); p != "" {
		sc.Discriminator = &Discriminator{Property: p, Mapped: disc.has("mapping")}
	}
	tags := map[string][]Value{} // target ref -> tags from the mapping
	kind := ""
	if sc.Discriminator != nil {
		kind = b.discKind(s.seq(key), sc.Discriminator.Property)
	}
	for _, m := range disc.pairs("mapping") {
		if m.val.n.Kind == yaml.ScalarNode {
			tags[m.val.n.Value] = append(tags[m.val.n.Value], Value{tagJSON(m.key, kind)})
		}
	}
	names := newNamer()
	for i, m := range s.seq(key) {
		if _, null := b.schemaTypes(m); spec.RefOf(m.n) == "" && m.str("type") == "null" && null {
			sc.Nullable = true
			continue
		}
		vs := b.schema(m, hint+"Option"+itoa(i+1), depth+1)
		v := &Variant{Schema: vs}
		switch {
		case vs.Kind == KindRef:
			v.Name = names.unique(vs.Ref.Name)
		default:
			v.Name = names.unique(Pascal(string(vs.Kind)))
		}
		if sc.Discriminator != nil {
			ref := spec.RefOf(m.n)
			v.Tags = b.variantTags(tags, ref, m, sc.Discriminator.Property)
		}
		sc.Variants = append(sc.Variants, v)
	}
	if len(sc.Variants) == 0 {
		return &Schema{Kind: KindNull, Nullable: true, Pos: b.pos(s)}
	}
	return sc
}

// variantTags are the discriminator values of one variant: from the mapping
// (matched by the $ref as written or by its last segment), else from the
// variant's own const/single-enum value of the property, else its name.
func (b *builder) variantTags(mapping map[string][]Value, ref string, m node, prop string) []Value {
	if ref != "" {
		if t, ok := mapping[ref]; ok {
			return t
		}
		for target, t := range mapping {
			if refName(target) == refName(ref) && strings.Contains(target, "/") {
				return t
			}
		}
		// A mapping value may be a bare schema name.
		if t, ok := mapping[refName(ref)]; ok {
			return t
		}
	}
	if v := b.ownTag(b.deref(m), prop, 0); v != "" {
		return []Value{{v}}
	}
	if ref != "" {
		return []Value{{jsonString(refName(ref))}}
	}
	return nil
}

// ownTag finds a const or one-value enum of prop in s (through allOf).
func (b *builder) ownTag(s node, prop string, depth int) string {
	if depth > 8 || !s.ok() {
		return ""
	}
	p := b.deref(s.child("properties").child(prop))
	if c := p.get("const"); c != nil {
		return jsonOf(c)
	}
	if e := p.seq("enum"); len(e) == 1 {
		return jsonOf(e[0].n)
	}
	for _, m := range s.seq("allOf") {
		if v := b.ownTag(b.deref(m), prop, depth+1); v != "" {
			return v
		}
	}
	return ""
}

// discKind is the JSON type of the discriminating property in the variants.
func (b *builder) discKind(members []node, prop string) string {
	for _, m := range members {
		var find func(n node, d int) string
		find = func(n node, d int) string {
			n = b.deref(n)
			if d > 8 || !n.ok() {
				return ""
			}
			if p := b.deref(n.child("properties").child(prop)); p.ok() {
				if t, _ := b.schemaTypes(p); len(t) == 1 {
					return t[0]
				}
			}
			for _, a := range n.seq("allOf") {
				if k := find(a, d+1); k != "" {
					return k
				}
			}
			return ""
		}
		if k := find(m, 0); k != "" {
			return k
		}
	}
	return ""
}

// tagJSON is a mapping key as JSON: mapping keys are strings in YAML, but a
// discriminant whose property is an integer or boolean is written bare.
func tagJSON(key, kind string) string {
	if kind == "integer" || kind == "boolean" {
		return key
	}
	return jsonString(key)
}

// inherited makes a discriminated base with allOf children a union of them.
func (b *builder) inherited(t *Type, s node, kids []pair, depth int) *Schema {
	prop := s.child("discriminator").str("propertyName")
	sc := &Schema{Kind: KindUnion, Exclusive: true, Discriminator: &Discriminator{Property: prop, Mapped: s.child("discriminator").has("mapping")}, Pos: b.pos(s)}
	mapping := map[string][]Value{}
	kind := ""
	if t, _ := b.schemaTypes(b.deref(s.child("properties").child(prop))); len(t) == 1 {
		kind = t[0]
	}
	for _, m := range s.child("discriminator").pairs("mapping") {
		mapping[m.val.n.Value] = append(mapping[m.val.n.Value], Value{tagJSON(m.key, kind)})
	}
	for _, k := range kids {
		kt := b.named(k.val, k.key, depth+1)
		ref := "#/components/schemas/" + spec.EscapePointer(k.key)
		v := &Variant{Name: kt.Name, Schema: &Schema{Kind: KindRef, Ref: kt}}
		v.Tags = b.variantTags(mapping, ref, k.val, prop)
		sc.Variants = append(sc.Variants, v)
	}
	b.meta(sc, s)
	return sc
}

// typeUnion is a 3.1 type list of several non-null types.
func (b *builder) typeUnion(s node, types []string, hint string, depth int) *Schema {
	sc := &Schema{Kind: KindUnion, Exclusive: true, Pos: b.pos(s)}
	for _, t := range types {
		v := &Variant{Name: Pascal(t)}
		switch t {
		case "string", "integer", "number", "boolean":
			v.Schema = &Schema{Kind: Kind(t), Format: s.str("format")}
		case "array":
			v.Schema = &Schema{Kind: KindArray, Items: b.schema(s.child("items"), hint+"Item", depth+1)}
		case "object":
			if len(s.pairs("properties")) > 0 {
				o := b.object(s, []node{s}, hint+"Object", depth)
				nt := &Type{Name: b.names.unique(hint + "Object"), Schema: o, Pos: b.pos(s)}
				b.types = append(b.types, nt)
				v.Schema = &Schema{Kind: KindRef, Ref: nt}
			} else {
				vals := b.additional(s, hint, depth)
				if vals == nil {
					vals = &Schema{Kind: KindAny}
				}
				v.Schema = &Schema{Kind: KindMap, Values: vals}
			}
		default:
			v.Schema = &Schema{Kind: KindAny}
		}
		sc.Variants = append(sc.Variants, v)
	}
	return sc
}

// allOf merges its members into one object; a lone reference with only
// annotations beside it is that reference.
func (b *builder) allOf(s node, hint string, depth int) *Schema {
	members := s.seq("allOf")
	if len(members) == 1 && len(s.pairs("properties")) == 0 {
		m := members[0]
		if spec.RefOf(m.n) != "" {
			return nil // plain() is wrong here; schema() of the member handles it
		}
	}
	var parts []node
	var collect func(n node, d int)
	collect = func(n node, d int) {
		if d > 16 || !n.ok() {
			return
		}
		n = b.deref(n)
		if !n.ok() {
			return
		}
		for _, m := range n.seq("allOf") {
			collect(m, d+1)
		}
		parts = append(parts, n)
	}
	for _, m := range members {
		collect(m, 0)
	}
	parts = append(parts, s)
	objects := 0
	for _, p := range parts {
		if p.has("properties") || p.has("additionalProperties") || p.str("type") == "object" {
			objects++
		}
	}
	if objects == 0 {
		// allOf of scalars (format or constraints added): the first member's kind.
		for _, p := range parts {
			if p.has("type") || p.has("enum") {
				return b.define(p, hint, depth+1)
			}
		}
		return nil
	}
	return b.object(s, parts, hint, depth)
}

// object merges the properties of parts (later parts win a name, the first
// position stays).
func (b *builder) object(s node, parts []node, hint string, depth int) *Schema {
	sc := &Schema{Kind: KindObject, Additional: &Schema{Kind: KindAny}, Pos: b.pos(s)}
	index := map[string]*Property{}
	required := map[string]bool{}
	for _, p := range parts {
		for _, r := range p.strings("required") {
			required[r] = true
		}
		for _, pr := range p.pairs("properties") {
			ps := b.schema(pr.val, hint+Pascal(pr.key), depth+1)
			if old := index[pr.key]; old != nil {
				old.Schema = ps
				continue
			}
			prop := &Property{Name: pr.key, Schema: ps, Doc: ps.Doc}
			if ps.Doc == "" && ps.Kind == KindRef && ps.Ref.Schema != nil {
				prop.Doc = ps.Ref.Schema.Doc
			}
			index[pr.key] = prop
			sc.Properties = append(sc.Properties, prop)
		}
		if a := p.get("additionalProperties"); a != nil {
			if a.Kind == yaml.ScalarNode && a.Value == "false" {
				sc.Additional, sc.Closed = nil, true
			} else {
				sc.Additional = b.additional(p, hint, depth)
			}
		}
	}
	for _, prop := range sc.Properties {
		prop.Required = required[prop.Name]
	}
	return sc
}

// additional is the value schema of additionalProperties (nil when false).
func (b *builder) additional(s node, hint string, depth int) *Schema {
	a := s.get("additionalProperties")
	if a == nil || a.Kind == yaml.ScalarNode && a.Value == "true" {
		return &Schema{Kind: KindAny}
	}
	if a.Kind == yaml.ScalarNode && a.Value == "false" {
		return nil
	}
	return b.schema(node{a, s.file}, hint+"Value", depth+1)
}
