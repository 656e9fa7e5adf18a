package ir

import (
	"strings"

	yaml "github.com/pb33f/go-yaml"

	"github.com/sequere/sequere/internal/sdkgen/internal/desc"
	"github.com/sequere/sequere/internal/spec"
)

// Written is a schema as its keywords say it, before the IR's
// interpretation: references are linked, not followed, and nothing is
// merged, inferred across members or hoisted. The Go server's types predate
// the IR and its stubs must not change, and on a handful of constructs
// (TestServerTypeExceptions in package sdkgen) its model and the IR's
// disagree: a discriminated base is a struct, not a union of its children;
// allOf keeps the owner's properties first and the first declaration of a
// name; an enum of mixed values is any. It decides from these keywords, read
// once here, so no emitter walks the description itself.
//
// There is one Written per schema object of the description: the same
// object reached twice is the same *Written, so emitters key named types by
// it.
type Written struct {
	Pos Pos
	// Ref is the $ref as written ("" when the schema is not a reference),
	// RefName its last segment, Target what it points to; Unresolved is set
	// when it cannot be followed (Target is nil then).
	Ref        string
	RefName    string
	Target     *Written
	Unresolved bool
	// Type is the type keyword when it is one word; Types is the type
	// without "null" (inferred from properties, items or a const when
	// untyped) and Null whether it or 3.0's nullable admits null.
	Type        string
	Types       []string
	Null        bool
	Format      string
	Description string
	// NullPair is X of oneOf/anyOf [X, {type: null}], 3.1's nullable X.
	NullPair *Written
	// HasProperties is set by the properties keyword, even an empty one.
	HasProperties bool
	Properties    []*WrittenProperty
	// Required holds the text of every item of required ("" for an item
	// that is not a scalar).
	Required []string
	AllOf    []*Written
	OneOf    []*Written
	AnyOf    []*Written
	Items    *Written
	// HasAdditional is set by additionalProperties in any form; Additional
	// is its schema when it is an object (not true or false).
	HasAdditional bool
	Additional    *Written
	// HasEnum is set by the enum keyword, EnumList when it is a list.
	HasEnum  bool
	EnumList bool
	Enum     []WrittenValue
	// Default is set only for a scalar default.
	Default *WrittenValue
	// Discriminator: HasDiscriminator is set by the keyword in any form.
	HasDiscriminator      bool
	DiscriminatorProperty string
	Mapping               []*WrittenMapping
}

// WrittenProperty is one entry of properties, in document order.
type WrittenProperty struct {
	Name   string
	Schema *Written
}

// WrittenValue is a constant as YAML gives it: its text and tag (!!str,
// !!int, !!float, !!bool, !!null). Scalar is false for a list or an object.
type WrittenValue struct {
	Scalar bool
	Tag    string
	Text   string
}

// WrittenMapping is one discriminator mapping entry. Target is the schema
// the value resolves to (a bare name is a component's); Err says why it
// does not resolve.
type WrittenMapping struct {
	Key    string
	Value  string
	Target *Written
	Err    string
}

// WrittenComponent is one entry of components/schemas, in document order.
type WrittenComponent struct {
	Name   string
	Schema *Written
}

// writtenComponents lists components/schemas as written.
func (b *builder) writtenComponents() []*WrittenComponent {
	var out []*WrittenComponent
	for _, p := range (node{N: spec.MapGet(spec.MapGet(b.doc.Root, "components"), "schemas"), File: b.doc.Name}).Entries() {
		if p.Val.N != nil {
			out = append(out, &WrittenComponent{Name: p.Key, Schema: b.written(p.Val)})
		}
	}
	return out
}

// written is the Written of a schema node, nil when there is none or they
// are not kept.
func (b *builder) written(s node) *Written {
	if !s.OK() || b.writtenOf == nil {
		return nil
	}
	if w := b.writtenOf[s.N]; w != nil {
		return w
	}
	w := &Written{Pos: b.pos(s)}
	b.writtenOf[s.N] = w
	if ref := spec.RefOf(s.N); ref != "" {
		w.Ref, w.RefName = ref, desc.RefName(ref)
		t, _, _, err := desc.Resolve(b.doc, s)
		if err != nil {
			w.Unresolved = true
		} else {
			w.Target = b.written(t)
		}
	}
	w.Type = s.Str("type")
	w.Types, w.Null = desc.SchemaTypes(s, b.v30, false)
	w.Format = s.Str("format")
	w.Description = s.Str("description")
	if x, ok := desc.NullPair(s); ok {
		w.NullPair = b.written(x)
	}
	w.HasProperties = s.Has("properties")
	for _, p := range s.Pairs("properties") {
		w.Properties = append(w.Properties, &WrittenProperty{Name: p.Key, Schema: b.written(p.Val)})
	}
	for _, r := range s.Seq("required") {
		w.Required = append(w.Required, r.N.Value)
	}
	w.AllOf = b.writtenList(s, "allOf")
	w.OneOf = b.writtenList(s, "oneOf")
	w.AnyOf = b.writtenList(s, "anyOf")
	w.Items = b.written(s.Child("items"))
	if ap := s.Get("additionalProperties"); ap != nil {
		w.HasAdditional = true
		if ap.Kind == yaml.MappingNode {
			w.Additional = b.written(node{N: ap, File: s.File})
		}
	}
	if e := s.Get("enum"); e != nil {
		w.HasEnum, w.EnumList = true, e.Kind == yaml.SequenceNode
		for _, v := range s.Seq("enum") {
			w.Enum = append(w.Enum, writtenValue(v.N))
		}
	}
	if d := s.Get("default"); d != nil && d.Kind == yaml.ScalarNode {
		v := writtenValue(d)
		w.Default = &v
	}
	if disc := s.Child("discriminator"); disc.OK() {
		w.HasDiscriminator = true
		w.DiscriminatorProperty = disc.Str("propertyName")
		for _, p := range disc.Pairs("mapping") {
			w.Mapping = append(w.Mapping, b.writtenMapping(s, p))
		}
	}
	return w
}

func (b *builder) writtenList(s node, key string) []*Written {
	var out []*Written
	for _, m := range s.Seq(key) {
		out = append(out, b.written(m))
	}
	return out
}

func (b *builder) writtenMapping(s node, p pair) *WrittenMapping {
	m := &WrittenMapping{Key: p.Key, Value: p.Val.N.Value}
	ref := m.Value
	if !strings.ContainsAny(ref, "#/.") {
		ref = "#/components/schemas/" + ref // a bare schema name, as OpenAPI allows
	}
	target, file, err := b.doc.ResolveRef(s.File, ref)
	if err != nil {
		m.Err = err.Error()
		return m
	}
	m.Target = b.written(node{N: desc.Unalias(target), File: file})
	return m
}

func writtenValue(n *yaml.Node) WrittenValue {
	return WrittenValue{Scalar: n.Kind == yaml.ScalarNode, Tag: n.Tag, Text: n.Value}
}
