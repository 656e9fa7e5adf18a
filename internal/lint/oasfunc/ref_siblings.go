package oasfunc

import (
	"strconv"

	yaml "github.com/pb33f/go-yaml"

	"github.com/sequere/sequere/internal/lint"
)

// RefSiblings (refSiblings) runs on a "$ref" value (resolved: false) and
// reports every other key of the mapping that holds it: before OpenAPI 3.1
// siblings of $ref are ignored by tools, so they mislead readers.
func RefSiblings(c lint.Call) []lint.Violation {
	p := c.Target.Path
	if len(p) == 0 || p[len(p)-1] != "$ref" {
		return nil
	}
	parentPath := p[:len(p)-1]
	f := c.Doc.File(c.Target.File)
	if f == nil {
		return nil
	}
	parent := rawAt(f.Root, parentPath)
	if !isMap(parent) || len(parent.Content) <= 2 {
		return nil
	}
	var out []lint.Violation
	each(parent, func(k, _ *yaml.Node) {
		if k.Value == "$ref" {
			return
		}
		out = append(out, lint.Violation{
			Message: "$ref must not be placed next to other properties: " + k.Value + " next to it is ignored",
			Path:    path(parentPath, k.Value),
		})
	})
	return out
}

// rawAt walks segments from n as written, without following $refs.
func rawAt(n *yaml.Node, segs []string) *yaml.Node {
	for _, s := range segs {
		switch {
		case isMap(n):
			var next *yaml.Node
			for i := 0; i+1 < len(n.Content); i += 2 {
				if n.Content[i].Value == s {
					next = n.Content[i+1]
					break
				}
			}
			n = next
		case isSeq(n):
			i, err := strconv.Atoi(s)
			if err != nil || i < 0 || i >= len(n.Content) {
				return nil
			}
			n = n.Content[i]
		default:
			return nil
		}
	}
	return n
}
