package oasfunc

import (
	"strings"

	yaml "github.com/pb33f/go-yaml"

	"github.com/sequere/sequere/internal/lint"
)

// ProblemJSON (sequereProblemJSON): every 4xx and 5xx response of an
// operation offers application/problem+json (RFC 9457). The target is the
// operation's responses mapping.
func ProblemJSON(c lint.Call) []lint.Violation {
	rs := target(c)
	var out []lint.Violation
	each(rs.n, func(k, v *yaml.Node) {
		if !strings.HasPrefix(k.Value, "4") && !strings.HasPrefix(k.Value, "5") {
			return
		}
		r := deref(c.Doc, node{v, rs.file})
		if child(c.Doc, child(c.Doc, r, "content"), "application/problem+json").n == nil {
			out = append(out, lint.Violation{
				Message: "error response " + k.Value + " does not offer application/problem+json (RFC 9457)",
				Path:    path(c.Target.Path, k.Value),
			})
		}
	})
	return out
}
