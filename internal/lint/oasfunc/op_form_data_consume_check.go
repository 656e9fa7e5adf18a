package oasfunc

import (
	"regexp"
	"strings"
	"sync"

	"github.com/sequere/sequere/internal/lint"
)

var formMediaType = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(application/x-www-form-urlencoded|multipart/form-data)`)
})

// OpFormDataConsumeCheck (oasOpFormDataConsumeCheck): a Swagger 2.0 operation
// with formData parameters must consume a form media type.
func OpFormDataConsumeCheck(c lint.Call) []lint.Violation {
	o := target(c)
	consumes := child(c.Doc, o, "consumes")
	params := child(c.Doc, o, "parameters")
	if !isSeq(consumes.n) || !isSeq(params.n) {
		return nil
	}
	form := false
	for _, p := range params.n.Content {
		if in := child(c.Doc, deref(c.Doc, node{p, params.file}), "in"); in.n != nil && in.n.Value == "formData" {
			form = true
		}
	}
	if !form {
		return nil
	}
	vals := make([]string, 0, len(consumes.n.Content))
	for _, m := range consumes.n.Content {
		vals = append(vals, m.Value)
	}
	if formMediaType().MatchString(strings.Join(vals, ",")) {
		return nil
	}
	return []lint.Violation{{Message: "formData parameters need application/x-www-form-urlencoded or multipart/form-data in consumes"}}
}
