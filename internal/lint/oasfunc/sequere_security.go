package oasfunc

import (
	"github.com/sequere/sequere/internal/lint"
	"github.com/sequere/sequere/internal/spec"
)

// OperationSecurity (sequereOperationSecurity): every operation states its
// security: its own security list (an explicit [] marks a public operation)
// or a non-empty top-level one.
func OperationSecurity(c lint.Call) []lint.Violation {
	o := target(c)
	if spec.MapGet(o.n, "security") != nil {
		return nil
	}
	if g := spec.MapGet(c.Doc.Root, "security"); isSeq(g) && len(g.Content) > 0 {
		return nil
	}
	return []lint.Violation{{Message: "the operation declares no security and no top-level security applies; write security: [] if it is public on purpose"}}
}
