package oasfunc

import (
	"strings"

	yaml "github.com/pb33f/go-yaml"

	"github.com/sequere/sequere/internal/lint"
	"github.com/sequere/sequere/internal/spec"
)

// opTarget reads an operation target: the operation, its path template and
// method (from the target path paths/<template>/<method>) and its path item.
func opTarget(c lint.Call) (o node, tmpl, method string, item node, ok bool) {
	p := c.Target.Path
	if len(p) != 3 || p[0] != "paths" {
		return node{}, "", "", node{}, false
	}
	o = target(c)
	item = child(c.Doc, node{c.Doc.Root, c.Doc.Name}, "paths")
	item = child(c.Doc, item, p[1])
	return o, p[1], p[2], item, isMap(o.n)
}

// paramNames lists the lower-cased names of the parameters of an operation
// and its path item with the given location (in).
func paramNames(c lint.Call, o, item node, in string) []string {
	var out []string
	for _, owner := range []node{item, o} {
		list := child(c.Doc, owner, "parameters")
		if !isSeq(list.n) {
			continue
		}
		for _, raw := range list.n.Content {
			p := deref(c.Doc, node{raw, list.file})
			if l := spec.MapGet(p.n, "in"); l != nil && l.Value == in {
				if n := spec.MapGet(p.n, "name"); n != nil {
					out = append(out, strings.ToLower(n.Value))
				}
			}
		}
	}
	return out
}

// responseHeaders is the set of lower-cased header names a response documents.
func responseHeaders(c lint.Call, r node) map[string]bool {
	out := map[string]bool{}
	each(child(c.Doc, r, "headers").n, func(k, _ *yaml.Node) { out[strings.ToLower(k.Value)] = true })
	return out
}

// successResponses lists the 2xx responses of an operation with their codes.
func successResponses(c lint.Call, o node) map[string]node {
	out := map[string]node{}
	rs := child(c.Doc, o, "responses")
	each(rs.n, func(k, v *yaml.Node) {
		if strings.HasPrefix(k.Value, "2") {
			out[k.Value] = deref(c.Doc, node{v, rs.file})
		}
	})
	return out
}

// lastSegmentIsParam reports a path that addresses one resource: /pets/{id}.
func lastSegmentIsParam(tmpl string) bool {
	segs := strings.Split(strings.TrimSuffix(tmpl, "/"), "/")
	last := segs[len(segs)-1]
	return strings.HasPrefix(last, "{") && strings.HasSuffix(last, "}")
}
