package sdkgen

import (
	"strconv"

	"github.com/sequere/sequere/internal/sdkgen/internal/desc"
	"github.com/sequere/sequere/internal/sdkgen/ir"
)

// node is a schema (or any object) together with the file that holds it, which
// relative $refs inside it are resolved against. Only the embedded JSON
// Schema document (jsonschema.go) and the webhooks count read nodes.
type node = desc.Node

// firstSentence is a description reduced to one line for a doc comment.
func firstSentence(s string) string { return desc.OneLine(s) }

// resolve follows a $ref; ok is false when s is not a reference, and target is
// nil (with a warning) when it cannot be followed.
func (b *builder) resolve(s *ir.Written) (target *ir.Written, name string, ok bool) {
	if s == nil || s.Ref == "" {
		return s, "", false
	}
	if s.Unresolved {
		b.warn("unresolvable $ref %q in %s", s.Ref, s.Pos.File)
		return nil, "", true
	}
	return s.Target, s.RefName, true
}

// resolvedOf follows references until a schema that is not one (bounded for
// cycles); a reference that does not resolve stays as it is.
func (b *builder) resolvedOf(s *ir.Written) *ir.Written {
	for i := 0; i < 16; i++ {
		t, _, isRef := b.resolve(s)
		if !isRef || t == nil {
			return s
		}
		s = t
	}
	return s
}

// typesOf is the type of a schema without null, none for a missing one.
func typesOf(s *ir.Written) []string {
	if s == nil {
		return nil
	}
	return s.Types
}

// nullable says whether a schema admits null, following references.
func (b *builder) nullable(s *ir.Written) bool {
	for i := 0; i < 16; i++ {
		t, _, isRef := b.resolve(s)
		if !isRef {
			break
		}
		if t == nil {
			return false
		}
		s = t
	}
	return s.NullPair != nil || s.Null
}

func isScalarKind(t string) bool {
	return t == "string" || t == "integer" || t == "number" || t == "boolean"
}

// scalarGoType maps a JSON Schema scalar type and format to a Go type.
func (b *builder) scalarGoType(t, format string, params bool) string {
	switch t {
	case "string":
		if format == "date-time" && !params {
			return "time.Time"
		}
		return "string"
	case "integer":
		switch format {
		case "int32":
			return "int32"
		case "int64":
			return "int64"
		}
		return "int"
	case "number":
		if format == "float" {
			return "float32"
		}
		return "float64"
	case "boolean":
		return "bool"
	}
	return "any"
}

func quoteLiteral(v ir.WrittenValue) string {
	switch v.Tag {
	case "!!int", "!!float":
		return v.Text
	case "!!bool":
		return strconv.FormatBool(v.Text == "true")
	}
	return strconv.Quote(v.Text)
}
