package oasfunc

import (
	yaml "github.com/pb33f/go-yaml"

	"github.com/sequere/sequere/internal/lint"
	"github.com/sequere/sequere/internal/spec"
)

var componentKinds = []string{"schemas", "responses", "parameters", "examples", "requestBodies", "headers", "links", "callbacks"}

// UnusedComponent (oasUnusedComponent) reports reusable components that no
// $ref anywhere in the description points at. The target is the root.
func UnusedComponent(c lint.Call) []lint.Violation {
	comps := spec.MapGet(c.Target.Node, "components")
	if !isMap(comps) {
		return nil
	}
	refs := refsOf(c.Doc)
	var out []lint.Violation
	for _, kind := range componentKinds {
		each(spec.MapGet(comps, kind), func(k, _ *yaml.Node) {
			if !refs[refKey{c.Doc.Name, "/components/" + kind + "/" + k.Value}] {
				out = append(out, lint.Violation{
					Message: "nothing refers to this component",
					Path:    path(c.Target.Path, "components", kind, k.Value),
				})
			}
		})
	}
	return out
}
