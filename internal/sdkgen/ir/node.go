package ir

import (
	"path"
	"strconv"
	"strings"

	yaml "github.com/pb33f/go-yaml"

	"github.com/sequere/sequere/internal/spec"
)

// node is an object of the description with the file that holds it, which
// relative $refs inside it resolve against.
type node struct {
	n    *yaml.Node
	file string
}

func unalias(n *yaml.Node) *yaml.Node {
	for n != nil && n.Kind == yaml.AliasNode {
		n = n.Alias
	}
	return n
}

func (s node) ok() bool                  { return s.n != nil }
func (s node) get(key string) *yaml.Node { return unalias(spec.MapGet(unalias(s.n), key)) }
func (s node) child(key string) node     { return node{s.get(key), s.file} }
func (s node) has(key string) bool       { return s.get(key) != nil }

func (s node) str(key string) string {
	if v := s.get(key); v != nil && v.Kind == yaml.ScalarNode {
		return v.Value
	}
	return ""
}

func (s node) isTrue(key string) bool { return s.str(key) == "true" }

func (s node) seq(key string) []node { return s.child(key).list() }

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

type pair struct {
	key string
	val node
}

func (s node) pairs(key string) []pair { return s.child(key).entries() }

func (s node) entries() []pair {
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

func (s node) strings(key string) []string {
	var out []string
	for _, c := range s.seq(key) {
		if c.n.Kind == yaml.ScalarNode {
			out = append(out, c.n.Value)
		}
	}
	return out
}

// oneLine is a description's first paragraph on one line.
func oneLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.Index(s, "\n\n"); i >= 0 {
		s = s[:i]
	}
	return strings.Join(strings.Fields(s), " ")
}

// refName is the last segment of a $ref, or the referenced file's base name.
func refName(ref string) string {
	file, frag, _ := strings.Cut(ref, "#")
	if frag != "" {
		if segs := spec.PointerSegments(frag); len(segs) > 0 {
			return segs[len(segs)-1]
		}
	}
	return strings.TrimSuffix(path.Base(file), path.Ext(file))
}

// jsonOf renders a YAML value as compact JSON text.
func jsonOf(n *yaml.Node) string {
	n = unalias(n)
	if n == nil {
		return "null"
	}
	var b strings.Builder
	writeJSON(&b, n, 0)
	return b.String()
}

func writeJSON(b *strings.Builder, n *yaml.Node, depth int) {
	n = unalias(n)
	if n == nil || depth > 64 {
		b.WriteString("null")
		return
	}
	switch n.Kind {
	case yaml.MappingNode:
		b.WriteByte('{')
		for i := 0; i+1 < len(n.Content); i += 2 {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString(strconv.Quote(n.Content[i].Value))
			b.WriteByte(':')
			writeJSON(b, n.Content[i+1], depth+1)
		}
		b.WriteByte('}')
	case yaml.SequenceNode:
		b.WriteByte('[')
		for i, c := range n.Content {
			if i > 0 {
				b.WriteByte(',')
			}
			writeJSON(b, c, depth+1)
		}
		b.WriteByte(']')
	case yaml.ScalarNode:
		switch n.Tag {
		case "!!null":
			b.WriteString("null")
		case "!!bool":
			b.WriteString(strconv.FormatBool(n.Value == "true" || n.Value == "True" || n.Value == "TRUE"))
		case "!!int", "!!float":
			if _, err := strconv.ParseFloat(strings.ReplaceAll(n.Value, "_", ""), 64); err == nil && !strings.ContainsAny(n.Value, "_xXoO") {
				b.WriteString(n.Value)
				return
			}
			b.WriteString(strconv.Quote(n.Value))
		default:
			b.WriteString(jsonString(n.Value))
		}
	default:
		b.WriteString("null")
	}
}

// jsonString quotes s as JSON (strconv.Quote's \x escapes are not JSON).
func jsonString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < 0x20 || r == 0x7f || r == 0xfffd:
			b.WriteString(`\u`)
			h := strconv.FormatInt(int64(r), 16)
			b.WriteString(strings.Repeat("0", 4-len(h)) + h)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

func itoa(i int) string { return strconv.Itoa(i) }
