// Package oasfunc holds the OpenAPI-aware rule functions that the built-in
// rulesets (spectral:oas, owasp, sequere) name: Spectral's OpenAPI functions
// under Spectral's names, and our own. Functions returns the one registry.
package oasfunc

import (
	"strconv"

	yaml "github.com/pb33f/go-yaml"

	"github.com/sequere/sequere/internal/lint"
	"github.com/sequere/sequere/internal/spec"
)

// node pairs a YAML node with the file that holds it, so $refs met below it
// resolve against the right file.
type node struct {
	n    *yaml.Node
	file string
}

// deref follows $ref chains; a broken chain leaves the node as written.
func deref(d *spec.Document, v node) node {
	if v.n == nil || spec.RefOf(v.n) == "" {
		return v
	}
	t, f, _ := d.Deref(v.file, v.n)
	return node{t, f}
}

// child is the dereferenced value of key in mapping v, or a nil node.
func child(d *spec.Document, v node, key string) node {
	c := spec.MapGet(v.n, key)
	if c == nil {
		return node{}
	}
	return deref(d, node{c, v.file})
}

func target(c lint.Call) node {
	return deref(c.Doc, node{c.Target.Node, c.Target.File})
}

func isMap(n *yaml.Node) bool { return n != nil && n.Kind == yaml.MappingNode }
func isSeq(n *yaml.Node) bool { return n != nil && n.Kind == yaml.SequenceNode }

// isString reports a scalar that YAML reads as a string.
func isString(n *yaml.Node) bool {
	return n != nil && n.Kind == yaml.ScalarNode && (n.Tag == "!!str" || n.Tag == "")
}

// isTrue reports the YAML boolean true.
func isTrue(n *yaml.Node) bool {
	return n != nil && n.Kind == yaml.ScalarNode && n.Tag == "!!bool" && (n.Value == "true" || n.Value == "True" || n.Value == "TRUE")
}

// truthy follows JavaScript truthiness on a YAML value: absent, null, false,
// 0 and "" are falsy; every mapping and sequence is truthy.
func truthy(n *yaml.Node) bool {
	if n == nil {
		return false
	}
	if n.Kind == yaml.AliasNode {
		return truthy(n.Alias)
	}
	if n.Kind != yaml.ScalarNode {
		return true
	}
	switch n.Tag {
	case "!!null":
		return false
	case "!!bool":
		return isTrue(n)
	case "!!int", "!!float":
		f, err := strconv.ParseFloat(n.Value, 64)
		return err != nil || f != 0
	}
	return n.Value != ""
}

// each calls fn for every key/value pair of a mapping, in document order.
func each(m *yaml.Node, fn func(k, v *yaml.Node)) {
	if !isMap(m) {
		return
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		fn(m.Content[i], m.Content[i+1])
	}
}

// path appends segments to a copy of base, so callers never share backing arrays.
func path(base []string, segs ...string) []string {
	out := make([]string, 0, len(base)+len(segs))
	out = append(out, base...)
	return append(out, segs...)
}

func itoa(i int) string { return strconv.Itoa(i) }

// operations lists the operations of a paths mapping the way Spectral's
// OpenAPI functions do: path items and operations that are mappings, with the
// eight HTTP methods.
func operations(d *spec.Document, paths node) []op {
	var out []op
	each(paths.n, func(k, v *yaml.Node) {
		item := deref(d, node{v, paths.file})
		if !isMap(item.n) {
			return
		}
		each(item.n, func(mk, mv *yaml.Node) {
			if !spec.IsMethod(mk.Value) {
				return
			}
			o := deref(d, node{mv, item.file})
			if isMap(o.n) {
				out = append(out, op{path: k.Value, method: mk.Value, node: o, item: item})
			}
		})
	})
	return out
}

type op struct {
	path, method string
	node, item   node
}

// scalar is the text of a scalar node, "undefined" when it is absent (the
// spelling JavaScript gives when building fingerprints from missing fields).
func scalar(n *yaml.Node) string {
	if n == nil {
		return "undefined"
	}
	return n.Value
}
