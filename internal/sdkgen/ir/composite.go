package ir

import (
	"strings"

	yaml "github.com/pb33f/go-yaml"

	"github.com/sequere/sequere/internal/sdkgen/internal/desc"
	"github.com/sequere/sequere/internal/spec"
)

func (b *builder) enum(s node, types []string) *Schema {
	sc := &Schema{Kind: KindEnum, Base: KindString, Pos: b.pos(s)}
	for _, v := range s.Seq("enum") {
		if v.N.Kind != yaml.ScalarNode {
			b.warn(v, "enum value that is not a scalar is kept as raw JSON")
			return &Schema{Kind: KindAny, Pos: b.pos(s)}
		}
		if v.N.Tag == "!!null" {
			sc.Nullable = true
			continue
		}
		sc.Enum = append(sc.Enum, Value{jsonOf(v.N)})
	}
	kind := ""
	if len(types) == 1 {
		kind = types[0]
	}
	if kind == "" {
		for _, v := range s.Seq("enum") {
			if v.N.Tag != "!!null" {
				kind = desc.ScalarKind(v.N)
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
	for _, v := range s.Seq("enum") {
		if v.N.Tag != "!!null" && !enumValueFits(kind, desc.ScalarKind(v.N)) {
			// libopenapi's petstorev2-complete: an integer with enum
			// [hello, there], which no typed constant can hold.
			b.warn(v, "enum value %q is not of the enum's type %s; the enum is kept as raw JSON", v.N.Value, kind)
			return &Schema{Kind: KindAny, Pos: b.pos(s)}
		}
	}
	if len(sc.Enum) == 0 {
		return &Schema{Kind: KindNull, Nullable: true, Pos: b.pos(s)}
	}
	return sc
}

// enumValueFits reports whether a value written as kind of value can be a
// constant of an enum of type kind (a string enum takes any scalar's text).
func enumValueFits(kind, value string) bool {
	switch kind {
	case "integer", "boolean":
		return value == kind
	case "number":
		return value == "number" || value == "integer"
	}
	return true
}

// union builds oneOf/anyOf.
func (b *builder) union(s node, hint string, depth int) *Schema {
	key, exclusive := "oneOf", true
	if len(s.Seq("oneOf")) == 0 {
		key, exclusive = "anyOf", false
	}
	sc := &Schema{Kind: KindUnion, Exclusive: exclusive, Pos: b.pos(s)}
	disc := s.Child("discriminator")
	if p := disc.Str("propertyName"); p != "" {
		sc.Discriminator = &Discriminator{Property: p, Mapped: disc.Has("mapping")}
	}
	tags := map[string][]Value{} // target ref -> tags from the mapping
	kind := ""
	if sc.Discriminator != nil {
		kind = b.discKind(s.Seq(key), sc.Discriminator.Property)
	}
	for _, m := range disc.Pairs("mapping") {
		if m.Val.N.Kind == yaml.ScalarNode {
			tags[m.Val.N.Value] = append(tags[m.Val.N.Value], Value{tagJSON(m.Key, kind)})
		}
	}
	names := newNamer()
	for i, m := range s.Seq(key) {
		if _, null := b.schemaTypes(m); spec.RefOf(m.N) == "" && m.Str("type") == "null" && null {
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
			ref := spec.RefOf(m.N)
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
			if desc.RefName(target) == desc.RefName(ref) && strings.Contains(target, "/") {
				return t
			}
		}
		// A mapping value may be a bare schema name.
		if t, ok := mapping[desc.RefName(ref)]; ok {
			return t
		}
	}
	if v := b.ownTag(b.deref(m), prop, 0); v != "" {
		return []Value{{v}}
	}
	if ref != "" {
		return []Value{{jsonString(desc.RefName(ref))}}
	}
	return nil
}

// ownTag finds a const or one-value enum of prop in s (through allOf).
func (b *builder) ownTag(s node, prop string, depth int) string {
	if depth > 8 || !s.OK() {
		return ""
	}
	p := b.deref(s.Child("properties").Child(prop))
	if c := p.Get("const"); c != nil {
		return jsonOf(c)
	}
	if e := p.Seq("enum"); len(e) == 1 {
		return jsonOf(e[0].N)
	}
	for _, m := range s.Seq("allOf") {
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
			if d > 8 || !n.OK() {
				return ""
			}
			if p := b.deref(n.Child("properties").Child(prop)); p.OK() {
				if t, _ := b.schemaTypes(p); len(t) == 1 {
					return t[0]
				}
			}
			for _, a := range n.Seq("allOf") {
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
	prop := s.Child("discriminator").Str("propertyName")
	sc := &Schema{Kind: KindUnion, Exclusive: true, Discriminator: &Discriminator{Property: prop, Mapped: s.Child("discriminator").Has("mapping")}, Pos: b.pos(s)}
	mapping := map[string][]Value{}
	kind := ""
	if t, _ := b.schemaTypes(b.deref(s.Child("properties").Child(prop))); len(t) == 1 {
		kind = t[0]
	}
	for _, m := range s.Child("discriminator").Pairs("mapping") {
		mapping[m.Val.N.Value] = append(mapping[m.Val.N.Value], Value{tagJSON(m.Key, kind)})
	}
	for _, k := range kids {
		kt := b.named(k.Val, k.Key, depth+1)
		ref := "#/components/schemas/" + spec.EscapePointer(k.Key)
		v := &Variant{Name: kt.Name, Schema: &Schema{Kind: KindRef, Ref: kt}}
		v.Tags = b.variantTags(mapping, ref, k.Val, prop)
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
			v.Schema = &Schema{Kind: Kind(t), Format: s.Str("format")}
		case "array":
			v.Schema = &Schema{Kind: KindArray, Items: b.schema(s.Child("items"), hint+"Item", depth+1)}
		case "object":
			if len(s.Pairs("properties")) > 0 {
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
	members := s.Seq("allOf")
	if len(members) == 1 && len(s.Pairs("properties")) == 0 {
		m := members[0]
		if spec.RefOf(m.N) != "" && !b.inheritsUnion(m) {
			return nil // plain() is wrong here; schema() of the member handles it
		}
	}
	var parts []node
	var collect func(n node, d int)
	collect = func(n node, d int) {
		if d > 16 || !n.OK() {
			return
		}
		n = b.deref(n)
		if !n.OK() {
			return
		}
		for _, m := range n.Seq("allOf") {
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
		if p.Has("properties") || p.Has("additionalProperties") || p.Str("type") == "object" {
			objects++
		}
	}
	if objects == 0 {
		// allOf of scalars (format or constraints added): the first member's kind.
		// The owner itself, or a member that is the owner again through a
		// $ref, would be defined by this allOf once more without end: it
		// is plain, and so is anything past the depth bound.
		for _, p := range parts {
			if p.Has("type") || p.Has("enum") {
				if p.N == s.N || depth > maxDepth {
					return nil
				}
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
		for _, r := range p.Strings("required") {
			required[r] = true
		}
		for _, pr := range p.Pairs("properties") {
			ps := b.schema(pr.Val, hint+Pascal(pr.Key), depth+1)
			if old := index[pr.Key]; old != nil {
				old.Schema = ps
				continue
			}
			prop := &Property{Name: pr.Key, Schema: ps, Doc: ps.Doc}
			if ps.Doc == "" && ps.Kind == KindRef && ps.Ref.Schema != nil {
				prop.Doc = ps.Ref.Schema.Doc
			}
			index[pr.Key] = prop
			sc.Properties = append(sc.Properties, prop)
		}
		if a := p.Get("additionalProperties"); a != nil {
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
	a := s.Get("additionalProperties")
	if a == nil || a.Kind == yaml.ScalarNode && a.Value == "true" {
		return &Schema{Kind: KindAny}
	}
	if a.Kind == yaml.ScalarNode && a.Value == "false" {
		return nil
	}
	return b.schema(node{N: a, File: s.File}, hint+"Value", depth+1)
}
