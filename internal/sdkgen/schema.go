package sdkgen

import (
	"path"
	"strconv"
	"strings"

	yaml "github.com/pb33f/go-yaml"

	"github.com/sequere/sequere/internal/spec"
)

// node is a schema (or any object) together with the file that holds it, which
// relative $refs inside it are resolved against.
type node struct {
	n    *yaml.Node
	file string
}

func (s node) get(key string) *yaml.Node { return unalias(spec.MapGet(unalias(s.n), key)) }

func (s node) child(key string) node { return node{s.get(key), s.file} }

func (s node) str(key string) string {
	if v := s.get(key); v != nil && v.Kind == yaml.ScalarNode {
		return v.Value
	}
	return ""
}

func (s node) ok() bool { return s.n != nil }

func unalias(n *yaml.Node) *yaml.Node {
	for n != nil && n.Kind == yaml.AliasNode {
		n = n.Alias
	}
	return n
}

// items returns the sequence children of key.
func (s node) seq(key string) []node {
	v := s.get(key)
	if v == nil || v.Kind != yaml.SequenceNode {
		return nil
	}
	out := make([]node, 0, len(v.Content))
	for _, c := range v.Content {
		out = append(out, node{unalias(c), s.file})
	}
	return out
}

// list returns the children of s itself when it is a sequence.
func (s node) list() []node {
	v := unalias(s.n)
	if v == nil || v.Kind != yaml.SequenceNode {
		return nil
	}
	out := make([]node, 0, len(v.Content))
	for _, c := range v.Content {
		out = append(out, node{unalias(c), s.file})
	}
	return out
}

// pairs returns the key/value children of mapping key in document order.
func (s node) pairs(key string) []pair {
	return pairsOf(node{s.get(key), s.file})
}

type pair struct {
	key string
	val node
}

func pairsOf(s node) []pair {
	m := unalias(s.n)
	if m == nil || m.Kind != yaml.MappingNode {
		return nil
	}
	out := make([]pair, 0, len(m.Content)/2)
	for i := 0; i+1 < len(m.Content); i += 2 {
		out = append(out, pair{m.Content[i].Value, node{unalias(m.Content[i+1]), s.file}})
	}
	return out
}

// firstSentence is a description reduced to one line for a doc comment.
func firstSentence(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.Index(s, "\n\n"); i >= 0 {
		s = s[:i]
	}
	return strings.Join(strings.Fields(s), " ")
}

// schemaTypes reads `type` (a string or, in 3.1, a list) without "null", and
// whether null is allowed by it or by 3.0's `nullable`.
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
	if b.v30 && s.str("nullable") == "true" {
		null = true
	}
	if len(kept) == 0 {
		switch c := s.get("const"); {
		case s.get("properties") != nil || s.get("additionalProperties") != nil:
			kept = []string{"object"}
		case s.get("items") != nil:
			kept = []string{"array"}
		case c != nil && c.Kind == yaml.ScalarNode && c.Tag != "!!null":
			// An untyped const has the type of its value.
			kept = []string{enumKind([]node{{c, s.file}})}
		}
	}
	return kept, null
}

// nullPair recognises oneOf/anyOf [X, {type: null}], 3.1's spelling of a
// nullable reference, and returns X.
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

// resolve follows a $ref; ok is false when s is not a reference.
func (b *builder) resolve(s node) (target node, name string, ok bool) {
	ref := spec.RefOf(s.n)
	if ref == "" {
		return s, "", false
	}
	t, file, err := b.doc.ResolveRef(s.file, ref)
	if err != nil {
		b.warn("unresolvable $ref %q in %s", ref, s.file)
		return node{}, "", true
	}
	return node{unalias(t), file}, refName(ref), true
}

// refName is the last segment of a $ref, or the file's base name.
func refName(ref string) string {
	file, frag, _ := strings.Cut(ref, "#")
	if frag != "" {
		segs := spec.PointerSegments(frag)
		if len(segs) > 0 {
			return segs[len(segs)-1]
		}
	}
	return strings.TrimSuffix(path.Base(file), path.Ext(file))
}

// nullable says whether a schema admits null, following references.
func (b *builder) nullable(s node) bool {
	for i := 0; i < 16; i++ {
		t, _, isRef := b.resolve(s)
		if !isRef {
			break
		}
		if !t.ok() {
			return false
		}
		s = t
	}
	if _, ok := b.nullPair(s); ok {
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
			b.usesTime = true
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
