package oasfunc

import (
	"fmt"

	yaml "github.com/pb33f/go-yaml"

	"github.com/sequere/sequere/internal/lint"
)

// SecurityDefined (oasSecurityDefined): a security requirement names only
// declared schemes, and for OAuth2 only declared scopes. Option oasVersion
// (2 or 3) says where schemes are declared.
func SecurityDefined(c lint.Call) []lint.Violation {
	req := target(c)
	if !isMap(req.n) || len(req.n.Content) == 0 {
		return nil
	}
	v2 := optInt(c.Options, "oasVersion", 3) == 2
	root := node{c.Doc.Root, c.Doc.Name}
	var defs node
	where := "components.securitySchemes"
	if v2 {
		defs = child(c.Doc, root, "securityDefinitions")
		where = "securityDefinitions"
	} else {
		defs = child(c.Doc, child(c.Doc, root, "components"), "securitySchemes")
	}
	object := "Operation"
	if len(c.Target.Path) == 2 {
		object = "API"
	}
	var out []lint.Violation
	each(req.n, func(k, v *yaml.Node) {
		scheme := child(c.Doc, defs, k.Value)
		if !isMap(defs.n) || scheme.n == nil {
			out = append(out, lint.Violation{
				Message: fmt.Sprintf("%s \"security\" value %q must match a scheme defined in %s", object, k.Value, where),
				Path:    path(c.Target.Path, k.Value),
			})
			return
		}
		if !isSeq(v) {
			return
		}
		for i, s := range v.Content {
			if !scopeDefined(c, v2, s.Value, scheme) {
				out = append(out, lint.Violation{
					Message: fmt.Sprintf("scope %q must be listed among the scopes of security scheme %q", s.Value, k.Value),
					Path:    path(c.Target.Path, k.Value, itoa(i)),
				})
			}
		}
	})
	return out
}

func scopeDefined(c lint.Call, v2 bool, scope string, scheme node) bool {
	if !isMap(scheme.n) {
		return false
	}
	if v2 {
		scopes := child(c.Doc, scheme, "scopes")
		return isMap(scopes.n) && child(c.Doc, scopes, scope).n != nil
	}
	found := false
	each(child(c.Doc, scheme, "flows").n, func(_, flow *yaml.Node) {
		scopes := child(c.Doc, node{flow, scheme.file}, "scopes")
		if isMap(scopes.n) && child(c.Doc, scopes, scope).n != nil {
			found = true
		}
	})
	return found
}
