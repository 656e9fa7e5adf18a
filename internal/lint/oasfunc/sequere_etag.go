package oasfunc

import (
	"github.com/sequere/sequere/internal/lint"
)

// ETag (sequereETag): a GET of a single resource (the path ends in a
// parameter) documents an ETag header on its 200 response, so clients can
// revalidate and make conditional writes.
func ETag(c lint.Call) []lint.Violation {
	o, tmpl, method, _, ok := opTarget(c)
	if !ok || method != "get" || !lastSegmentIsParam(tmpl) {
		return nil
	}
	r, ok := successResponses(c, o)["200"]
	if !ok {
		return nil
	}
	if responseHeaders(c, r)["etag"] {
		return nil
	}
	return []lint.Violation{{Message: "the 200 response of this single-resource GET documents no ETag header", Path: path(c.Target.Path, "responses", "200")}}
}
