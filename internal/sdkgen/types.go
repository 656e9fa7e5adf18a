package sdkgen

import (
	"fmt"
	"sort"
	"strings"

	yaml "github.com/pb33f/go-yaml"

	"github.com/sequere/sequere/internal/sdkgen/internal/desc"
	"github.com/sequere/sequere/internal/sdkgen/ir"
	"github.com/sequere/sequere/internal/spec"
)

// builder turns a description into the IR. It is used once.
type builder struct {
	doc      *spec.Document
	v30      bool
	names    *namer
	byNode   map[*yaml.Node]*Type
	types    []*Type
	warnings []string
	// plainText lists, per cause, the parameters the router cannot split
	// (label, matrix, deepObject, content), for one warning each.
	plainText map[string][]string
	// plainTextAt is where the first parameter of each cause is, so the
	// warning names a file:line:col to look at.
	plainTextAt map[string]string
}

// reserved names are declared by the templates themselves.
var reserved = []string{
	"Server", "Unimplemented", "Options", "Operation", "Operations", "NewHandler", "Register", "Allowed",
	"Nullable", "NewNullable", "InvalidParam", "ProblemDetails", "WriteProblem", "SchemaErrors", "ErrNotImplemented",
}

func (b *builder) warn(format string, args ...any) {
	b.warnings = append(b.warnings, fmt.Sprintf(format, args...))
}

// at is a node's position as file:line:col, the prefix of every warning.
func at(n node) string {
	if n.N == nil {
		return n.File
	}
	return fmt.Sprintf("%s:%d:%d", n.File, n.N.Line, n.N.Column)
}

// posAt is an IR position as file:line:col.
func posAt(p ir.Pos) string { return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Col) }

// declareComponents names every reusable schema first, so inline types never
// take a component's name, then fills them in name order.
func (b *builder) declareComponents() {
	container := node{N: spec.MapGet(spec.MapGet(b.doc.Root, "components"), "schemas"), File: b.doc.Name}
	ps := container.Entries()
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].Key < ps[j].Key })
	var pending []*Type
	var nodes []node
	for _, p := range ps {
		if p.Val.N == nil {
			continue
		}
		t := &Type{Name: b.names.unique(exported(p.Key))}
		b.byNode[p.Val.N] = t
		b.types = append(b.types, t)
		pending = append(pending, t)
		nodes = append(nodes, p.Val)
	}
	for i, t := range pending {
		b.fill(t, nodes[i])
	}
}

// named returns the named type for a schema node, declaring it on first use.
func (b *builder) named(s node, name string) *Type {
	if t := b.byNode[s.N]; t != nil {
		return t
	}
	t := &Type{Name: b.names.unique(exported(name))}
	b.byNode[s.N] = t
	b.types = append(b.types, t)
	b.fill(t, s)
	return t
}

// goType is the Go type of a schema used in place (a field, an item, a
// parameter); hint names any inline type it has to declare.
func (b *builder) goType(s node, hint string) (typ string, nullable bool) {
	if !s.OK() {
		return "any", false
	}
	if t, name, isRef := b.resolve(s); isRef {
		if !t.OK() {
			return "any", false
		}
		return b.named(t, name).Name, b.nullable(t)
	}
	if inner, ok := desc.NullPair(s); ok {
		typ, _ := b.goType(inner, hint)
		return typ, true
	}
	types, null := b.schemaTypes(s)
	if all := s.Seq("allOf"); len(all) == 1 && s.Get("properties") == nil {
		typ, n := b.goType(all[0], hint)
		return typ, n || null
	}
	if b.isEnum(s, types) || b.isUnion(s) || b.isStruct(s, types) {
		return b.named(s, hint).Name, null
	}
	if len(types) != 1 {
		return "any", null
	}
	switch types[0] {
	case "array":
		items := s.Child("items")
		if !items.OK() {
			return "[]any", null
		}
		elem, _ := b.goType(items, hint+"Item")
		return "[]" + elem, null
	case "object":
		if ap := s.Get("additionalProperties"); ap != nil && ap.Kind == yaml.MappingNode {
			elem, _ := b.goType(node{N: desc.Unalias(ap), File: s.File}, hint+"Value")
			return "map[string]" + elem, null
		}
		return "map[string]any", null
	}
	return b.scalarGoType(types[0], s.Str("format"), false), null
}

func (b *builder) isEnum(s node, types []string) bool {
	e := s.Get("enum")
	if e == nil || e.Kind != yaml.SequenceNode || len(types) > 1 {
		return false
	}
	return len(types) == 0 || isScalarKind(types[0])
}

func (b *builder) isUnion(s node) bool {
	if _, ok := desc.NullPair(s); ok {
		return false
	}
	return len(s.Seq("oneOf")) > 0 || len(s.Seq("anyOf")) > 0
}

func (b *builder) isStruct(s node, types []string) bool {
	if s.Get("properties") != nil || len(s.Seq("allOf")) > 1 {
		return true
	}
	return len(s.Seq("allOf")) == 1 && s.Get("properties") != nil
}

// fill declares a named type from its schema.
func (b *builder) fill(t *Type, s node) {
	t.Doc = firstSentence(s.Str("description"))
	if target, _, isRef := b.resolve(s); isRef {
		t.Kind = KindAlias
		t.Base = "any"
		if target.OK() {
			t.Base, _ = b.goType(s, t.Name)
		}
		return
	}
	if inner, ok := desc.NullPair(s); ok {
		t.Kind = KindAlias
		t.Base, _ = b.goType(inner, t.Name+"Value")
		return
	}
	if all := s.Seq("allOf"); len(all) == 1 && s.Get("properties") == nil {
		t.Kind = KindAlias
		t.Base, _ = b.goType(all[0], t.Name+"Value")
		return
	}
	types, _ := b.schemaTypes(s)
	switch {
	case b.isEnum(s, types):
		b.fillEnum(t, s, types)
	case b.isUnion(s):
		b.fillUnion(t, s)
	case b.isStruct(s, types) || (len(types) == 1 && types[0] == "object" && s.Get("additionalProperties") == nil):
		b.fillStruct(t, s)
	default:
		t.Kind = KindAlias
		// goType would name this very node again; strip its identity by
		// reading its shape through a copy-free path: arrays and maps recurse
		// into children, scalars map directly.
		t.Base = b.shapeType(s, types, t.Name)
	}
}

// shapeType is goType for a node that is already the named type itself.
func (b *builder) shapeType(s node, types []string, name string) string {
	if len(types) != 1 {
		return "any"
	}
	switch types[0] {
	case "array":
		items := s.Child("items")
		if !items.OK() {
			return "[]any"
		}
		elem, _ := b.goType(items, name+"Item")
		return "[]" + elem
	case "object":
		if ap := s.Get("additionalProperties"); ap != nil && ap.Kind == yaml.MappingNode {
			elem, _ := b.goType(node{N: desc.Unalias(ap), File: s.File}, name+"Value")
			return "map[string]" + elem
		}
		return "map[string]any"
	}
	return b.scalarGoType(types[0], s.Str("format"), false)
}

func (b *builder) fillEnum(t *Type, s node, types []string) {
	kind := "string"
	if len(types) == 1 {
		kind = types[0]
	} else if kind = enumKind(s.Seq("enum")); kind == "" {
		// Values of several JSON types share no Go type but any.
		t.Kind, t.Base = KindAlias, "any"
		return
	}
	t.Kind = KindEnum
	t.Base = b.scalarGoType(kind, s.Str("format"), true)
	if t.Base == "int" {
		t.Base = "int64"
	}
	seen := map[string]bool{}
	for _, v := range s.Seq("enum") {
		if v.N.Kind != yaml.ScalarNode || v.N.Tag == "!!null" {
			continue
		}
		lit := quoteLiteral(v.N)
		if t.Base != "string" && strings.HasPrefix(lit, `"`) {
			continue // a value of the wrong type cannot be a constant
		}
		if t.Base == "string" && !strings.HasPrefix(lit, `"`) {
			lit = fmt.Sprintf("%q", v.N.Value)
		}
		if seen[lit] {
			continue // a repeated value would be a duplicate case in Valid
		}
		seen[lit] = true
		t.Values = append(t.Values, &EnumValue{Name: b.names.unique(t.Name + exported(v.N.Value)), Literal: lit})
	}
}

// enumKind infers the JSON type of an untyped enum from its values: "" when
// they mix types.
func enumKind(values []node) string {
	kind := ""
	for _, v := range values {
		k := "string"
		switch v.N.Tag {
		case "!!null":
			continue
		case "!!int":
			k = "integer"
		case "!!float":
			k = "number"
		case "!!bool":
			k = "boolean"
		}
		if v.N.Kind != yaml.ScalarNode {
			return ""
		}
		switch {
		case kind == "" || kind == k:
			kind = k
		case kind == "integer" && k == "number", kind == "number" && k == "integer":
			kind = "number"
		default:
			return ""
		}
	}
	if kind == "" {
		return "string"
	}
	return kind
}
