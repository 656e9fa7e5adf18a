package lint

import (
	"encoding/json"
	"strconv"
	"strings"

	yaml "github.com/pb33f/go-yaml"

	"github.com/sequere/sequere/internal/spec"
)

// Value is the target as plain Go data (map[string]any, []any, string,
// int64, float64, bool, nil), with $refs followed when the rule runs on the
// resolved document. A missing target is nil.
func (c Call) Value() any {
	return ToValue(c.Doc, c.Target.File, c.Target.Node, c.Rule == nil || c.Rule.Resolved)
}

// Resolve follows n (held in the target's file) through $refs and YAML
// aliases when the rule runs on the resolved document; otherwise it returns n.
func (c Call) Resolve(n *yaml.Node) *yaml.Node {
	if n != nil && n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	if c.Rule != nil && !c.Rule.Resolved {
		return n
	}
	if spec.RefOf(n) == "" {
		return n
	}
	t, _, ok := c.Doc.Deref(c.Doc.FileOf(n), n)
	if !ok {
		return n
	}
	return t
}

// ToValue converts n (held in file) to plain Go data. With resolve, $refs are
// replaced by their targets; a reference back into a target being expanded
// (a cycle) or one that does not resolve is kept as {"$ref": "..."}.
func ToValue(doc *spec.Document, file string, n *yaml.Node, resolve bool) any {
	cv := converter{doc: doc, resolve: resolve}
	return cv.convert(file, n)
}

type converter struct {
	doc     *spec.Document
	resolve bool
	stack   []*yaml.Node
}

func (cv *converter) convert(file string, n *yaml.Node) any {
	if n == nil {
		return nil
	}
	if n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	if n.Kind == yaml.DocumentNode && len(n.Content) > 0 {
		n = n.Content[0]
	}
	switch n.Kind {
	case yaml.MappingNode:
		if ref := spec.RefOf(n); ref != "" && cv.resolve && cv.doc != nil {
			t, tfile, err := cv.doc.ResolveRef(file, ref)
			if err == nil && !cv.expanding(t) {
				cv.stack = append(cv.stack, t)
				v := cv.convert(tfile, t)
				cv.stack = cv.stack[:len(cv.stack)-1]
				return v
			}
		}
		m := make(map[string]any, len(n.Content)/2)
		for i := 0; i+1 < len(n.Content); i += 2 {
			m[n.Content[i].Value] = cv.convert(file, n.Content[i+1])
		}
		return m
	case yaml.SequenceNode:
		s := make([]any, len(n.Content))
		for i, c := range n.Content {
			s[i] = cv.convert(file, c)
		}
		return s
	}
	return ScalarValue(n)
}

func (cv *converter) expanding(n *yaml.Node) bool {
	for _, s := range cv.stack {
		if s == n {
			return true
		}
	}
	return false
}

// ScalarValue converts a scalar node by its resolved YAML tag.
func ScalarValue(n *yaml.Node) any {
	switch n.ShortTag() {
	case "!!null":
		return nil
	case "!!bool":
		b, _ := strconv.ParseBool(strings.ToLower(n.Value))
		return b
	case "!!int":
		if i, err := strconv.ParseInt(n.Value, 0, 64); err == nil {
			return i
		}
		return json.Number(n.Value)
	case "!!float":
		if f, err := strconv.ParseFloat(n.Value, 64); err == nil {
			return f
		}
	}
	return n.Value
}
