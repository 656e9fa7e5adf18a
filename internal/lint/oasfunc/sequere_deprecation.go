package oasfunc

import (
	"github.com/sequere/sequere/internal/lint"
	"github.com/sequere/sequere/internal/spec"
)

// DeprecationHeaders (sequereDeprecationHeaders): a deprecated operation
// documents the Deprecation (RFC 9745) or Sunset (RFC 8594) header on a
// success response, so clients can detect the deprecation at run time.
func DeprecationHeaders(c lint.Call) []lint.Violation {
	o := target(c)
	if !isTrue(spec.MapGet(o.n, "deprecated")) {
		return nil
	}
	for _, r := range successResponses(c, o) {
		h := responseHeaders(c, r)
		if h["deprecation"] || h["sunset"] {
			return nil
		}
	}
	return []lint.Violation{{
		Message: "the deprecated operation documents no Deprecation or Sunset header on its success responses",
		Path:    path(c.Target.Path, "deprecated"),
	}}
}
