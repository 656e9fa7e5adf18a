package core

import (
	"slices"
	"strconv"
	"strings"
	"sync"

	yaml "github.com/pb33f/go-yaml"

	"github.com/sequere/sequere/internal/lint"
	"github.com/sequere/sequere/internal/spec"
)

// refTargets is, per document, the set of "file#pointer" every $ref in every
// file points at: the dependency graph unreferencedReusableObject asks.
var refTargets sync.Map // *spec.Document -> func() map[string]bool

func targetsOf(doc *spec.Document) map[string]bool {
	v, _ := refTargets.LoadOrStore(doc, sync.OnceValue(func() map[string]bool {
		set := map[string]bool{}
		for _, name := range doc.Files() {
			f := doc.File(name)
			if f == nil {
				continue
			}
			collectTargets(doc, name, f.Root, set)
		}
		return set
	}))
	return v.(func() map[string]bool)()
}

func collectTargets(doc *spec.Document, file string, n *yaml.Node, set map[string]bool) {
	if n == nil {
		return
	}
	if n.Kind == yaml.MappingNode {
		if ref := spec.RefOf(n); ref != "" {
			target, frag, _ := strings.Cut(ref, "#")
			tfile := file
			if target != "" {
				if _, f, err := doc.ResolveRef(file, target); err == nil {
					tfile = f
				}
			}
			set[tfile+"#"+frag] = true
		}
	}
	for _, c := range n.Content {
		collectTargets(doc, file, c, set)
	}
}

func unreferencedReusableObject(c lint.Call) []lint.Violation {
	n := target(c)
	loc, _ := optString(c.Options, "reusableObjectsLocation")
	if n == nil || n.Kind != yaml.MappingNode || !strings.HasPrefix(loc, "#") {
		return nil
	}
	refs := targetsOf(c.Doc)
	base := spec.PointerSegments(strings.TrimPrefix(loc, "#"))
	var out []lint.Violation
	for i := 0; i+1 < len(n.Content); i += 2 {
		name := n.Content[i].Value
		ptr := strings.TrimPrefix(loc, "#") + "/" + spec.EscapePointer(name)
		if refs[c.Doc.Name+"#"+ptr] {
			continue
		}
		out = append(out, lint.Violation{
			Message: "Potential orphaned reusable object has been detected",
			Path:    append(slices.Clip(base), name),
		})
	}
	return out
}

func typedEnum(c lint.Call) []lint.Violation {
	n := target(c)
	if n == nil || n.Kind != yaml.MappingNode {
		return nil
	}
	enum, typ := c.Resolve(lookup(n, "enum")), c.Resolve(lookup(n, "type"))
	if enum == nil || enum.Kind != yaml.SequenceNode || typ == nil {
		return nil
	}
	var types []string
	switch typ.Kind {
	case yaml.ScalarNode:
		types = []string{typ.Value}
	case yaml.SequenceNode:
		for _, t := range typ.Content {
			types = append(types, t.Value)
		}
	default:
		return nil
	}
	printed := strings.Join(types, ",")
	if nb := lookup(n, "nullable"); nb != nil && nb.Value == "true" && c.Doc.Version != spec.V31 {
		types = append(types, "null")
	}
	var out []lint.Violation
	for i, e := range enum.Content {
		ok := matchesCollection(e, types)
		if e.Kind == yaml.ScalarNode {
			ok = matchesType(lint.ScalarValue(e), types)
		}
		if ok {
			continue
		}
		out = append(out, lint.Violation{
			Message: "Enum value " + printNode(e) + ` must be "` + printed + `".`,
			Path:    append(slices.Clip(c.Target.Path), "enum", strconv.Itoa(i)),
		})
	}
	return out
}

func matchesCollection(e *yaml.Node, types []string) bool {
	return e.Kind == yaml.MappingNode && slices.Contains(types, "object") ||
		e.Kind == yaml.SequenceNode && slices.Contains(types, "array")
}

func matchesType(v any, types []string) bool {
	for _, t := range types {
		switch t {
		case "string":
			if _, ok := v.(string); ok {
				return true
			}
		case "integer":
			if _, ok := v.(int64); ok {
				return true
			}
			if f, ok := v.(float64); ok && f == float64(int64(f)) {
				return true
			}
		case "number":
			if _, ok := toFloat(v); ok {
				return true
			}
		case "boolean":
			if _, ok := v.(bool); ok {
				return true
			}
		case "null":
			if v == nil {
				return true
			}
		}
	}
	return false
}

func printNode(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "Object{}"
	case yaml.SequenceNode:
		return "Array[]"
	}
	return printAny(lint.ScalarValue(n))
}
