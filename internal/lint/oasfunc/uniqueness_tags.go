package oasfunc

import (
	"github.com/sequere/sequere/internal/lint"
)

// UniquenessTags (uniquenessTags): tag names in the top-level tags list are
// unique; every repeat after the first is reported at its name.
func UniquenessTags(c lint.Call) []lint.Violation {
	tags := target(c)
	if !isSeq(tags.n) {
		return nil
	}
	first := map[string]bool{}
	var out []lint.Violation
	for i, t := range tags.n.Content {
		name := child(c.Doc, deref(c.Doc, node{t, tags.file}), "name")
		if name.n == nil {
			continue
		}
		if first[name.n.Value] {
			out = append(out, lint.Violation{
				Message: "tags must not contain the tag name " + name.n.Value + " more than once",
				Path:    path(c.Target.Path, itoa(i), "name"),
			})
			continue
		}
		first[name.n.Value] = true
	}
	return out
}
