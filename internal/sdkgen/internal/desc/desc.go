// Package desc reads the node tree of a loaded description: the one set of
// helpers the IR builder and the server stub builder share, so both see a
// $ref, a YAML alias or a nullable pair the same way.
package desc

import (
	"path"
	"strings"
	"unicode"
	"unicode/utf8"

	yaml "github.com/pb33f/go-yaml"

	"github.com/sequere/sequere/internal/spec"
)

// Node is an object of the description with the file that holds it, which
// relative $refs inside it resolve against.
type Node struct {
	N    *yaml.Node
	File string
}

// Pair is one key/value entry of a mapping.
type Pair struct {
	Key string
	Val Node
}

// Unalias follows YAML aliases to the node they stand for.
func Unalias(n *yaml.Node) *yaml.Node {
	for n != nil && n.Kind == yaml.AliasNode {
		n = n.Alias
	}
	return n
}

func (s Node) OK() bool                  { return s.N != nil }
func (s Node) Get(key string) *yaml.Node { return Unalias(spec.MapGet(Unalias(s.N), key)) }
func (s Node) Child(key string) Node     { return Node{s.Get(key), s.File} }
func (s Node) Has(key string) bool       { return s.Get(key) != nil }
func (s Node) IsTrue(key string) bool    { return s.Str(key) == "true" }

// Str is the scalar under key, "" when absent or not a scalar.
func (s Node) Str(key string) string {
	if v := s.Get(key); v != nil && v.Kind == yaml.ScalarNode {
		return v.Value
	}
	return ""
}

// Seq is the sequence under key.
func (s Node) Seq(key string) []Node { return s.Child(key).List() }

// List is the items of s itself when it is a sequence.
func (s Node) List() []Node {
	v := Unalias(s.N)
	if v == nil || v.Kind != yaml.SequenceNode {
		return nil
	}
	out := make([]Node, 0, len(v.Content))
	for _, c := range v.Content {
		out = append(out, Node{Unalias(c), s.File})
	}
	return out
}

// Pairs is the entries of the mapping under key, in document order.
func (s Node) Pairs(key string) []Pair { return s.Child(key).Entries() }

// Entries is the entries of s itself when it is a mapping, in document order.
func (s Node) Entries() []Pair {
	m := Unalias(s.N)
	if m == nil || m.Kind != yaml.MappingNode {
		return nil
	}
	out := make([]Pair, 0, len(m.Content)/2)
	for i := 0; i+1 < len(m.Content); i += 2 {
		out = append(out, Pair{m.Content[i].Value, Node{Unalias(m.Content[i+1]), s.File}})
	}
	return out
}

// Strings is the scalar items of the sequence under key.
func (s Node) Strings(key string) []string {
	var out []string
	for _, c := range s.Seq(key) {
		if c.N.Kind == yaml.ScalarNode {
			out = append(out, c.N.Value)
		}
	}
	return out
}

// OneLine is a description's first paragraph on one line.
func OneLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.Index(s, "\n\n"); i >= 0 {
		s = s[:i]
	}
	return strings.Join(strings.Fields(s), " ")
}

// RefName is the last segment of a $ref, or the referenced file's base name.
func RefName(ref string) string {
	file, frag, _ := strings.Cut(ref, "#")
	if frag != "" {
		if segs := spec.PointerSegments(frag); len(segs) > 0 {
			return segs[len(segs)-1]
		}
	}
	return strings.TrimSuffix(path.Base(file), path.Ext(file))
}

// NullPair recognises oneOf/anyOf [X, {type: null}], 3.1's spelling of a
// nullable reference, and returns X.
func NullPair(s Node) (Node, bool) {
	for _, k := range []string{"oneOf", "anyOf"} {
		members := s.Seq(k)
		if len(members) != 2 {
			continue
		}
		for i, m := range members {
			if spec.RefOf(m.N) == "" && m.Str("type") == "null" {
				return members[1-i], true
			}
		}
	}
	return Node{}, false
}

// Resolve follows one $ref of s. isRef is false when s is not a reference
// (target is s); err is set when the reference cannot be followed.
func Resolve(doc *spec.Document, s Node) (target Node, name string, isRef bool, err error) {
	ref := spec.RefOf(s.N)
	if ref == "" {
		return s, "", false, nil
	}
	t, file, err := doc.ResolveRef(s.File, ref)
	if err != nil {
		return Node{}, "", true, err
	}
	return Node{Unalias(t), file}, RefName(ref), true, nil
}

// Words splits a name at non-alphanumerics and at case changes, the way a
// reader would: "If-None-Match", "user_id", "userId" and "HTTPServer" give
// [If None Match], [user id], [user Id], [HTTP Server]. With asciiOnly,
// every non-ASCII rune separates words too.
//
// Words are substrings of s: names are split many times per run (every
// unique name, every identifier an emitter writes), so this allocates only
// the result slice.
func Words(s string, asciiOnly bool) []string {
	var out []string
	start := -1 // byte offset of the current word, -1 between words
	var prev rune
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		if asciiOnly && r > unicode.MaxASCII || !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
			i += size
			continue
		}
		if start >= 0 && unicode.IsUpper(r) {
			next, _ := utf8.DecodeRuneInString(s[i+size:])
			nextLower := i+size < len(s) && unicode.IsLower(next)
			if unicode.IsLower(prev) || unicode.IsDigit(prev) || (unicode.IsUpper(prev) && nextLower) {
				out = append(out, s[start:i])
				start = -1
			}
		}
		if start < 0 {
			start = i
		}
		prev = r
		i += size
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

// SchemaTypes reads a schema's type (a string or a 3.1 list) without "null",
// and whether null is allowed by it or, when v30, by 3.0's nullable. An
// untyped schema takes its type from properties, items or a scalar const.
// With nullKind, a schema whose type list is only "null" is ["null"];
// without, it is untyped and inferred like any other.
func SchemaTypes(s Node, v30, nullKind bool) (types []string, null bool) {
	t := s.Get("type")
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
	if nullKind && len(kept) == 0 && null && len(types) > 0 {
		return []string{"null"}, true
	}
	if v30 && s.IsTrue("nullable") {
		null = true
	}
	if len(kept) == 0 {
		switch c := s.Get("const"); {
		case s.Has("properties") || s.Has("additionalProperties"):
			kept = []string{"object"}
		case s.Has("items"):
			kept = []string{"array"}
		case c != nil && c.Kind == yaml.ScalarNode && c.Tag != "!!null":
			kept = []string{ScalarKind(c)}
		}
	}
	return kept, null
}

// ScalarKind is the JSON type of a YAML scalar.
func ScalarKind(v *yaml.Node) string {
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
