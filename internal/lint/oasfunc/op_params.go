package oasfunc

import (
	"github.com/sequere/sequere/internal/lint"
	"github.com/sequere/sequere/internal/spec"
)

// OpParams (oasOpParams) checks one parameters list: no two parameters with
// the same name and location, not both body and formData, at most one body.
func OpParams(c lint.Call) []lint.Violation {
	list := target(c)
	if !isSeq(list.n) || len(list.n.Content) < 2 {
		return nil
	}
	var out []lint.Violation
	seen := map[string]bool{}
	var body, form []int
	for i, raw := range list.n.Content {
		p := deref(c.Doc, node{raw, list.file})
		if !isMap(p.n) {
			continue
		}
		in, name := scalar(spec.MapGet(p.n, "in")), scalar(spec.MapGet(p.n, "name"))
		key := in + "\x00" + name
		if seen[key] {
			out = append(out, lint.Violation{
				Message: "a parameter of this operation already has the same \"name\" and \"in\"",
				Path:    path(c.Target.Path, itoa(i)),
			})
		}
		seen[key] = true
		switch in {
		case "body":
			body = append(body, i)
		case "formData":
			form = append(form, i)
		}
	}
	if len(body) > 0 && len(form) > 0 {
		out = append(out, lint.Violation{Message: "operation must not have both \"in: body\" and \"in: formData\" parameters"})
	}
	for _, i := range body[min(1, len(body)):] {
		out = append(out, lint.Violation{
			Message: "operation must not have more than one \"in: body\" parameter",
			Path:    path(c.Target.Path, itoa(i)),
		})
	}
	return out
}
