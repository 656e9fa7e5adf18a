package oasfunc

import (
	"strings"

	yaml "github.com/pb33f/go-yaml"

	"github.com/sequere/sequere/internal/lint"
	"github.com/sequere/sequere/internal/spec"
)

// RateLimit429 (sequereRateLimit429): an operation that is rate limited (it
// documents RateLimit-*/X-RateLimit-* headers or carries x-rate-limit /
// x-ratelimit) documents a 429 response with a RateLimit or Retry-After header.
func RateLimit429(c lint.Call) []lint.Violation {
	o := target(c)
	limited := spec.MapGet(o.n, "x-rate-limit") != nil || spec.MapGet(o.n, "x-ratelimit") != nil
	rs := child(c.Doc, o, "responses")
	var tooMany node
	each(rs.n, func(k, v *yaml.Node) {
		r := deref(c.Doc, node{v, rs.file})
		if k.Value == "429" {
			tooMany = r
		}
		for h := range responseHeaders(c, r) {
			limited = limited || isRateLimitHeader(h)
		}
	})
	if !limited {
		return nil
	}
	if tooMany.n == nil {
		return []lint.Violation{{Message: "the operation is rate limited but documents no 429 response", Path: path(c.Target.Path, "responses")}}
	}
	for h := range responseHeaders(c, tooMany) {
		if h == "retry-after" || isRateLimitHeader(h) {
			return nil
		}
	}
	return []lint.Violation{{Message: "the 429 response documents neither RateLimit nor Retry-After headers", Path: path(c.Target.Path, "responses", "429")}}
}

func isRateLimitHeader(h string) bool {
	h = strings.TrimPrefix(h, "x-")
	return strings.HasPrefix(h, "ratelimit") || strings.HasPrefix(h, "rate-limit")
}
