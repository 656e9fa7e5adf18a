package oasfunc

import (
	"fmt"
	"regexp"
	"strings"
	"sync"

	yaml "github.com/pb33f/go-yaml"

	"github.com/sequere/sequere/internal/lint"
	"github.com/sequere/sequere/internal/spec"
)

var pathTemplate = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\{;?\??[a-zA-Z0-9_-]+\*?\}`) })

// PathParam (oasPathParam) checks the paths mapping: templated paths are not
// equivalent to one another, use each variable once, and every operation
// declares exactly the path parameters its path uses (required: true, once).
func PathParam(c lint.Call) []lint.Violation {
	paths := target(c)
	if !isMap(paths.n) {
		return nil
	}
	var out []lint.Violation
	report := func(msg string, p []string) { out = append(out, lint.Violation{Message: msg, Path: p}) }
	normal := map[string]string{}
	each(paths.n, func(k, v *yaml.Node) {
		p := k.Value
		item := deref(c.Doc, node{v, paths.file})
		if !isMap(item.n) {
			return
		}
		itemPath := path(c.Target.Path, p)
		key := pathTemplate().ReplaceAllString(p, "%")
		if prev, ok := normal[key]; ok {
			report(fmt.Sprintf("paths %q and %q must not be equivalent", prev, p), itemPath)
		} else {
			normal[key] = p
		}
		var used []string
		for _, m := range pathTemplate().FindAllString(p, -1) {
			name := strings.Trim(m, "{}?*;")
			if contains(used, name) {
				report(fmt.Sprintf("path %q must not use parameter {%s} more than once", p, name), itemPath)
				continue
			}
			used = append(used, name)
		}
		top := declaredPathParams(c, child(c.Doc, item, "parameters"), path(itemPath, "parameters"), report)
		each(item.n, func(mk, mv *yaml.Node) {
			o := deref(c.Doc, node{mv, item.file})
			if !spec.IsMethod(mk.Value) || !isMap(o.n) {
				return
			}
			opPath := path(itemPath, mk.Value)
			own := declaredPathParams(c, child(c.Doc, o, "parameters"), path(opPath, "parameters"), report)
			defined := map[string][]string{}
			var order []string
			for _, set := range []*params{top, own} {
				for _, name := range set.order {
					if _, ok := defined[name]; !ok {
						order = append(order, name)
					}
					defined[name] = set.at[name]
				}
			}
			for _, name := range order {
				if !contains(used, name) {
					report(fmt.Sprintf("parameter %q must be used in path %q", name, p), defined[name])
				}
			}
			for _, name := range used {
				if _, ok := defined[name]; !ok {
					report(fmt.Sprintf("operation must declare path parameter {%s} used by %q", name, p), opPath)
				}
			}
		})
	})
	return out
}

type params struct {
	order []string
	at    map[string][]string
}

// declaredPathParams collects the in:path parameters of one list, reporting
// missing required: true and repeats.
func declaredPathParams(c lint.Call, list node, base []string, report func(string, []string)) *params {
	ps := &params{at: map[string][]string{}}
	if !isSeq(list.n) {
		return ps
	}
	for i, raw := range list.n.Content {
		p := deref(c.Doc, node{raw, list.file})
		in, name := spec.MapGet(p.n, "in"), spec.MapGet(p.n, "name")
		if !isMap(p.n) || in == nil || in.Value != "path" || name == nil {
			continue
		}
		at := path(base, itoa(i))
		if !isTrue(spec.MapGet(p.n, "required")) {
			report(fmt.Sprintf("path parameter %q must have \"required\" set to true", name.Value), at)
		}
		if _, dup := ps.at[name.Value]; dup {
			report(fmt.Sprintf("path parameter %q must not be declared more than once", name.Value), at)
			continue
		}
		ps.order = append(ps.order, name.Value)
		ps.at[name.Value] = at
	}
	return ps
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
