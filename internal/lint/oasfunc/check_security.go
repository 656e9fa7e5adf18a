package oasfunc

import (
	"strings"

	yaml "github.com/pb33f/go-yaml"

	"github.com/sequere/sequere/internal/lint"
)

// CheckSecurity (checkSecurity, from the OWASP ruleset) reports operations
// whose methods are in the option methods and that have no security
// requirement, their own or the document's. With nullable false an empty
// requirement ({}) counts as none. The target is the root.
func CheckSecurity(c lint.Call) []lint.Violation {
	root := target(c)
	methods := optStrings(c.Options, "methods")
	schemes := strings.Join(optStrings(c.Options, "schemesPath"), ",")
	nullable, set := c.Options["nullable"].(bool)
	global := child(c.Doc, root, "security")
	var out []lint.Violation
	for _, o := range operations(c.Doc, child(c.Doc, root, "paths")) {
		if len(methods) > 0 && !contains(methods, o.method) {
			continue
		}
		sec := child(c.Doc, o.node, "security")
		where := o.path + "," + o.method
		if sec.n == nil {
			sec, where = global, "$.security"
		}
		opPath := path(c.Target.Path, "paths", o.path, o.method, "security")
		if !truthy(sec.n) || (isSeq(sec.n) && len(sec.n.Content) == 0) {
			out = append(out, lint.Violation{
				Message: "no security requirement applies to this operation (" + where + ")",
				Path:    path(opPath, schemes),
			})
		}
		if !isSeq(sec.n) || !set || nullable {
			continue
		}
		for i, e := range sec.n.Content {
			if isMap(e) && len(e.Content) == 0 {
				out = append(out, lint.Violation{
					Message: "an empty security requirement makes this operation public (" + where + ")",
					Path:    path(opPath, itoa(i)),
				})
			}
		}
	}
	return out
}

// DifferentSecuritySchemes (differentSecuritySchemes, from the OWASP ruleset)
// reports admin operations (path containing the option adminUrl, "/admin" by
// default) whose security requirement is also used by a non-admin operation.
func DifferentSecuritySchemes(c lint.Call) []lint.Violation {
	root := target(c)
	admin := optString(c.Options, "adminUrl", "/admin")
	type entry struct {
		uri, hash string
		at        []string
	}
	var admins []entry
	public := map[string]bool{}
	for _, o := range operations(c.Doc, child(c.Doc, root, "paths")) {
		sec := child(c.Doc, o.node, "security")
		if !isSeq(sec.n) {
			continue
		}
		for i, e := range sec.n.Content {
			if !isMap(e) {
				continue
			}
			h := requirementKey(e)
			if strings.Contains(o.path, admin) {
				admins = append(admins, entry{o.path, h, path(c.Target.Path, "paths", o.path, o.method, "security", itoa(i))})
			} else {
				public[h] = true
			}
		}
	}
	var out []lint.Violation
	for _, a := range admins {
		if public[a.hash] {
			out = append(out, lint.Violation{
				Message: "admin operation " + a.uri + " shares its security requirement with a non-admin operation",
				Path:    a.at,
			})
		}
	}
	return out
}

// requirementKey renders a security requirement with its keys in written
// order, as the JSON serialisation the OWASP function compares would.
func requirementKey(e *yaml.Node) string {
	var b strings.Builder
	var write func(n *yaml.Node)
	write = func(n *yaml.Node) {
		switch n.Kind {
		case yaml.MappingNode:
			b.WriteByte('{')
			for i := 0; i+1 < len(n.Content); i += 2 {
				b.WriteString(n.Content[i].Value + ":")
				write(n.Content[i+1])
				b.WriteByte(',')
			}
			b.WriteByte('}')
		case yaml.SequenceNode:
			b.WriteByte('[')
			for _, c := range n.Content {
				write(c)
				b.WriteByte(',')
			}
			b.WriteByte(']')
		default:
			b.WriteString(n.Value)
		}
	}
	write(e)
	return b.String()
}
