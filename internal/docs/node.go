package docs

import (
	"encoding/json"

	yaml "github.com/pb33f/go-yaml"

	"github.com/sequere/sequere/internal/spec"
)

// node is a value of the description with the file that holds it, so that
// relative $refs inside it resolve against the right file.
type node struct {
	d    *spec.Document
	n    *yaml.Node
	file string
}

func (x node) ok() bool { return x.n != nil }

// deref follows a $ref chain; a broken chain gives the reference object.
func (x node) deref() node {
	if x.n == nil || spec.RefOf(x.n) == "" {
		return x
	}
	t, f, _ := x.d.Deref(x.file, x.n)
	return node{x.d, t, f}
}

// get is the (dereferenced) value of key, or a zero node.
func (x node) get(key string) node { return x.raw(key).deref() }

// raw is get without following a $ref at the value, for schema links.
func (x node) raw(key string) node {
	x = x.deref()
	if x.n == nil || x.n.Kind != yaml.MappingNode {
		return node{d: x.d}
	}
	v := spec.MapGet(x.n, key)
	if v == nil {
		return node{d: x.d}
	}
	return node{x.d, v, x.file}
}

func (x node) str(key string) string {
	v := x.get(key)
	if v.n == nil || v.n.Kind != yaml.ScalarNode {
		return ""
	}
	return v.n.Value
}

func (x node) has(key string) bool { return x.get(key).ok() }

func (x node) boolean(key string) bool { return x.str(key) == "true" }

func (x node) scalar() string {
	if x.n == nil || x.n.Kind != yaml.ScalarNode {
		return ""
	}
	return x.n.Value
}

type pair struct {
	key string
	v   node
}

// pairs lists a mapping's entries in document order; values are not followed.
func (x node) pairs() []pair {
	x = x.deref()
	if x.n == nil || x.n.Kind != yaml.MappingNode {
		return nil
	}
	out := make([]pair, 0, len(x.n.Content)/2)
	for i := 0; i+1 < len(x.n.Content); i += 2 {
		out = append(out, pair{x.n.Content[i].Value, node{x.d, x.n.Content[i+1], x.file}})
	}
	return out
}

func (x node) items() []node {
	x = x.deref()
	if x.n == nil || x.n.Kind != yaml.SequenceNode {
		return nil
	}
	out := make([]node, len(x.n.Content))
	for i, c := range x.n.Content {
		out[i] = node{x.d, c, x.file}
	}
	return out
}

func (x node) strings(key string) []string {
	var out []string
	for _, it := range x.get(key).items() {
		if s := it.scalar(); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// value converts to plain JSON values (maps, slices, strings, numbers, bools),
// stopping at $refs, which stay reference objects: examples are data.
func (x node) value() any { return plain(x.n, 0) }

func plain(n *yaml.Node, depth int) any {
	if n == nil || depth > 64 {
		return nil
	}
	switch n.Kind {
	case yaml.AliasNode:
		return plain(n.Alias, depth+1)
	case yaml.MappingNode:
		m := make(map[string]any, len(n.Content)/2)
		for i := 0; i+1 < len(n.Content); i += 2 {
			m[n.Content[i].Value] = plain(n.Content[i+1], depth+1)
		}
		return m
	case yaml.SequenceNode:
		s := make([]any, len(n.Content))
		for i, c := range n.Content {
			s[i] = plain(c, depth+1)
		}
		return s
	case yaml.ScalarNode:
		switch n.Tag {
		case "!!int", "!!float":
			if json.Valid([]byte(n.Value)) {
				return json.Number(n.Value)
			}
		case "!!bool":
			return n.Value == "true"
		case "!!null":
			return nil
		}
		return n.Value
	}
	return nil
}

const scalarKind = yaml.ScalarNode

func refOf(x node) string { return spec.RefOf(x.n) }
