package oasfunc

import (
	"github.com/sequere/sequere/internal/lint"
	"github.com/sequere/sequere/internal/spec"
)

// OpIDUnique (oasOpIdUnique) reports every operationId already used by an
// earlier operation. The target is the paths mapping.
func OpIDUnique(c lint.Call) []lint.Violation {
	paths := target(c)
	seen := map[string]bool{}
	var out []lint.Violation
	for _, o := range operations(c.Doc, paths) {
		id := spec.MapGet(o.node.n, "operationId")
		if id == nil {
			continue
		}
		key := id.Tag + ":" + id.Value
		if seen[key] {
			out = append(out, lint.Violation{
				Message: "operationId " + id.Value + " is used by another operation",
				Path:    path(c.Target.Path, o.path, o.method, "operationId"),
			})
			continue
		}
		seen[key] = true
	}
	return out
}
