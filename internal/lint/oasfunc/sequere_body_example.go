package oasfunc

import (
	"github.com/sequere/sequere/internal/lint"
	"github.com/sequere/sequere/internal/spec"
)

// BodyExample (sequereBodyExample): a request or response media type carries
// an example, through example/examples or its schema's example, so docs,
// mocks and contract tests have realistic data. The target is a media type.
func BodyExample(c lint.Call) []lint.Violation {
	m := target(c)
	if !isMap(m.n) {
		return nil
	}
	if spec.MapGet(m.n, "example") != nil || spec.MapGet(m.n, "examples") != nil {
		return nil
	}
	s := child(c.Doc, m, "schema")
	if spec.MapGet(s.n, "example") != nil || spec.MapGet(s.n, "examples") != nil {
		return nil
	}
	return []lint.Violation{{Message: "this body has no example"}}
}
