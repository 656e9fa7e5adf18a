package sdkgen

import (
	"strconv"

	yaml "github.com/pb33f/go-yaml"

	"github.com/sequere/sequere/internal/sdkgen/internal/desc"
	"github.com/sequere/sequere/internal/spec"
)

// node is a schema (or any object) together with the file that holds it, which
// relative $refs inside it are resolved against.
type node = desc.Node

type pair = desc.Pair

// firstSentence is a description reduced to one line for a doc comment.
func firstSentence(s string) string { return desc.OneLine(s) }

// schemaTypes reads `type` (a string or, in 3.1, a list) without "null", and
// whether null is allowed by it or by 3.0's `nullable`.
func (b *builder) schemaTypes(s node) (types []string, null bool) {
	return desc.SchemaTypes(s, b.v30, false)
}

// resolve follows a $ref; ok is false when s is not a reference.
func (b *builder) resolve(s node) (target node, name string, ok bool) {
	target, name, ok, err := desc.Resolve(b.doc, s)
	if err != nil {
		b.warn("unresolvable $ref %q in %s", spec.RefOf(s.N), s.File)
	}
	return target, name, ok
}

// nullable says whether a schema admits null, following references.
func (b *builder) nullable(s node) bool {
	for i := 0; i < 16; i++ {
		t, _, isRef := b.resolve(s)
		if !isRef {
			break
		}
		if !t.OK() {
			return false
		}
		s = t
	}
	if _, ok := desc.NullPair(s); ok {
		return true
	}
	_, null := b.schemaTypes(s)
	return null
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

func quoteLiteral(v *yaml.Node) string {
	switch v.Tag {
	case "!!int", "!!float":
		return v.Value
	case "!!bool":
		return strconv.FormatBool(v.Value == "true")
	}
	return strconv.Quote(v.Value)
}
