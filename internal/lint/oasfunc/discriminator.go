package oasfunc

import (
	"github.com/sequere/sequere/internal/lint"
)

// Discriminator (oasDiscriminator): a Swagger 2.0 schema's discriminator names
// a property the schema defines and requires.
func Discriminator(c lint.Call) []lint.Violation {
	s := target(c)
	d := child(c.Doc, s, "discriminator")
	if !isString(d.n) {
		return nil
	}
	name := d.n.Value
	var out []lint.Violation
	if props := child(c.Doc, s, "properties"); !isMap(props.n) || child(c.Doc, props, name).n == nil {
		out = append(out, lint.Violation{
			Message: "the discriminator property " + name + " must be defined in properties",
			Path:    path(c.Target.Path, "properties"),
		})
	}
	found := false
	if req := child(c.Doc, s, "required"); isSeq(req.n) {
		for _, r := range req.n.Content {
			found = found || r.Value == name
		}
	}
	if !found {
		out = append(out, lint.Violation{
			Message: "the discriminator property " + name + " must be listed in required",
			Path:    path(c.Target.Path, "required"),
		})
	}
	return out
}
