package sdkgen

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/sequere/sequere/internal/sdkgen/ir"
	"github.com/sequere/sequere/internal/spec"
)

// builder turns the shared IR into the server's template data. It is used
// once. Its named types are keyed by the IR's Written schema: one per schema
// object of the description.
type builder struct {
	doc       *spec.Document
	v30       bool
	names     *namer
	byWritten map[*ir.Written]*Type
	types     []*Type
	warnings  []string
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

// posAt is an IR position as file:line:col.
func posAt(p ir.Pos) string { return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Col) }

// declareComponents names every reusable schema first, so inline types never
// take a component's name, then fills them in name order.
func (b *builder) declareComponents(schemas []*ir.WrittenComponent) {
	cs := slices.Clone(schemas)
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].Name < cs[j].Name })
	var pending []*Type
	for _, c := range cs {
		t := &Type{Name: b.names.unique(exported(c.Name))}
		b.byWritten[c.Schema] = t
		b.types = append(b.types, t)
		pending = append(pending, t)
	}
	for i, t := range pending {
		b.fill(t, cs[i].Schema)
	}
}

// named returns the named type of a schema, declaring it on first use.
func (b *builder) named(s *ir.Written, name string) *Type {
	if t := b.byWritten[s]; t != nil {
		return t
	}
	t := &Type{Name: b.names.unique(exported(name))}
	b.byWritten[s] = t
	b.types = append(b.types, t)
	b.fill(t, s)
	return t
}

// goType is the Go type of a schema used in place (a field, an item, a
// parameter); hint names any inline type it has to declare.
func (b *builder) goType(s *ir.Written, hint string) (typ string, nullable bool) {
	if s == nil {
		return "any", false
	}
	if t, name, isRef := b.resolve(s); isRef {
		if t == nil {
			return "any", false
		}
		return b.named(t, name).Name, b.nullable(t)
	}
	if s.NullPair != nil {
		typ, _ := b.goType(s.NullPair, hint)
		return typ, true
	}
	types, null := s.Types, s.Null
	if all := s.AllOf; len(all) == 1 && !s.HasProperties {
		typ, n := b.goType(all[0], hint)
		return typ, n || null
	}
	if b.isEnum(s, types) || b.isUnion(s) || b.isStruct(s) {
		return b.named(s, hint).Name, null
	}
	if len(types) != 1 {
		return "any", null
	}
	switch types[0] {
	case "array":
		if s.Items == nil {
			return "[]any", null
		}
		elem, _ := b.goType(s.Items, hint+"Item")
		return "[]" + elem, null
	case "object":
		if s.Additional != nil {
			elem, _ := b.goType(s.Additional, hint+"Value")
			return "map[string]" + elem, null
		}
		return "map[string]any", null
	}
	return b.scalarGoType(types[0], s.Format, false), null
}

func (b *builder) isEnum(s *ir.Written, types []string) bool {
	if !s.EnumList || len(types) > 1 {
		return false
	}
	return len(types) == 0 || isScalarKind(types[0])
}

func (b *builder) isUnion(s *ir.Written) bool {
	return s.NullPair == nil && (len(s.OneOf) > 0 || len(s.AnyOf) > 0)
}

// isStruct says whether a schema declares a struct; nil, a reference that
// does not resolve, does not.
func (b *builder) isStruct(s *ir.Written) bool {
	return s != nil && (s.HasProperties || len(s.AllOf) > 1)
}

// fill declares a named type from its schema.
func (b *builder) fill(t *Type, s *ir.Written) {
	t.Doc = firstSentence(s.Description)
	if target, _, isRef := b.resolve(s); isRef {
		t.Kind = KindAlias
		t.Base = "any"
		if target != nil {
			t.Base, _ = b.goType(s, t.Name)
		}
		return
	}
	if s.NullPair != nil {
		t.Kind = KindAlias
		t.Base, _ = b.goType(s.NullPair, t.Name+"Value")
		return
	}
	if all := s.AllOf; len(all) == 1 && !s.HasProperties {
		t.Kind = KindAlias
		t.Base, _ = b.goType(all[0], t.Name+"Value")
		return
	}
	types := s.Types
	switch {
	case b.isEnum(s, types):
		b.fillEnum(t, s, types)
	case b.isUnion(s):
		b.fillUnion(t, s)
	case b.isStruct(s) || (len(types) == 1 && types[0] == "object" && !s.HasAdditional):
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
func (b *builder) shapeType(s *ir.Written, types []string, name string) string {
	if len(types) != 1 {
		return "any"
	}
	switch types[0] {
	case "array":
		if s.Items == nil {
			return "[]any"
		}
		elem, _ := b.goType(s.Items, name+"Item")
		return "[]" + elem
	case "object":
		if s.Additional != nil {
			elem, _ := b.goType(s.Additional, name+"Value")
			return "map[string]" + elem
		}
		return "map[string]any"
	}
	return b.scalarGoType(types[0], s.Format, false)
}

func (b *builder) fillEnum(t *Type, s *ir.Written, types []string) {
	kind := "string"
	if len(types) == 1 {
		kind = types[0]
	} else if kind = enumKind(s.Enum); kind == "" {
		// Values of several JSON types share no Go type but any.
		t.Kind, t.Base = KindAlias, "any"
		return
	}
	t.Kind = KindEnum
	t.Base = b.scalarGoType(kind, s.Format, true)
	if t.Base == "int" {
		t.Base = "int64"
	}
	seen := map[string]bool{}
	for _, v := range s.Enum {
		if !v.Scalar || v.Tag == "!!null" {
			continue
		}
		lit := quoteLiteral(v)
		if t.Base != "string" && strings.HasPrefix(lit, `"`) {
			continue // a value of the wrong type cannot be a constant
		}
		if t.Base == "string" && !strings.HasPrefix(lit, `"`) {
			lit = fmt.Sprintf("%q", v.Text)
		}
		if seen[lit] {
			continue // a repeated value would be a duplicate case in Valid
		}
		seen[lit] = true
		t.Values = append(t.Values, &EnumValue{Name: b.names.unique(t.Name + exported(v.Text)), Literal: lit})
	}
}

// enumKind infers the JSON type of an untyped enum from its values: "" when
// they mix types.
func enumKind(values []ir.WrittenValue) string {
	kind := ""
	for _, v := range values {
		k := "string"
		switch v.Tag {
		case "!!null":
			continue
		case "!!int":
			k = "integer"
		case "!!float":
			k = "number"
		case "!!bool":
			k = "boolean"
		}
		if !v.Scalar {
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
