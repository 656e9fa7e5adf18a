package oasfunc

import (
	yaml "github.com/pb33f/go-yaml"

	"github.com/sequere/sequere/internal/lint"
	"github.com/sequere/sequere/internal/spec"
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
	parent, _, err := c.Doc.At(spec.Pointer(parentPath...))
	if err != nil || !isMap(parent) || len(parent.Content) <= 2 {
		return nil
	}
	var out []lint.Violation
	each(parent, func(k, _ *yaml.Node) {
		if k.Value == "$ref" {
			return
		}
		out = append(out, lint.Violation{
			Message: "$ref must stand alone: " + k.Value + " next to it is ignored",
			Path:    path(parentPath, k.Value),
		})
	})
	return out
}
