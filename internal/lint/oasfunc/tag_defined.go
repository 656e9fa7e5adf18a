package oasfunc

import (
	"github.com/sequere/sequere/internal/lint"
)

// TagDefined (oasTagDefined): every tag an operation names is declared in the
// top-level tags list. The target is the document root.
func TagDefined(c lint.Call) []lint.Violation {
	root := target(c)
	declared := map[string]bool{}
	if tags := child(c.Doc, root, "tags"); isSeq(tags.n) {
		for _, t := range tags.n.Content {
			if name := child(c.Doc, deref(c.Doc, node{t, tags.file}), "name"); isString(name.n) {
				declared[name.n.Value] = true
			}
		}
	}
	var out []lint.Violation
	for _, o := range operations(c.Doc, child(c.Doc, root, "paths")) {
		tags := child(c.Doc, o.node, "tags")
		if !isSeq(tags.n) {
			continue
		}
		for i, t := range tags.n.Content {
			if !declared[t.Value] || !isString(t) {
				out = append(out, lint.Violation{
					Message: "tag " + t.Value + " is not declared in the top-level tags",
					Path:    path(c.Target.Path, "paths", o.path, o.method, "tags", itoa(i)),
				})
			}
		}
	}
	return out
}
