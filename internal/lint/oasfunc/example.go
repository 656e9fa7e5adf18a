package oasfunc

import (
	yaml "github.com/pb33f/go-yaml"

	"github.com/sequere/sequere/internal/lint"
	"github.com/sequere/sequere/internal/spec"
)

// Example (oasExample) validates examples against their schema. Options:
// schemaField "$" (the target is a schema carrying example/default, and
// x-example in 2.0) or "schema" (the target is a media type, parameter or
// header whose schema field holds the schema); oasVersion 2 or 3; type
// "schema" or "media". Each schema is compiled once per document.
func Example(c lint.Call) []lint.Violation {
	t := target(c)
	if !isMap(t.n) {
		return nil
	}
	field := optString(c.Options, "schemaField", "$")
	v2 := optInt(c.Options, "oasVersion", 3) == 2
	media := optString(c.Options, "type", "schema") == "media"

	sch := t
	if field != "$" {
		sch = child(c.Doc, t, field)
	}
	if !isMap(sch.n) {
		return nil
	}
	var items []exampleItem
	if media {
		items = mediaExamples(c, t, v2)
	} else {
		fields := []string{"example", "default"}
		if v2 {
			fields = []string{"example", "x-example", "default"}
		}
		for _, f := range fields {
			if v := spec.MapGet(t.n, f); v != nil {
				items = append(items, exampleItem{v, path(c.Target.Path, f), true})
			}
		}
	}
	if len(items) == 0 {
		return nil
	}
	r := relaxNone
	if media && isUnder(c.Target.Path, requestPaths(v2)) {
		r = relaxReadOnly
	} else if media && isUnder(c.Target.Path, responsePaths(v2)) {
		r = relaxWriteOnly
	}
	set := schemaSetOf(c.Doc)
	compiled, err := set.compile(sch.n, sch.file, r)
	if err != nil {
		return nil
	}
	// Spectral's validator refuses a schema that is nullable without a type
	// and reports that instead of checking the example.
	broken := set.nullableWithoutType(sch)
	var out []lint.Violation
	for _, it := range items {
		switch {
		case !it.present:
			out = append(out, lint.Violation{Message: "the example must have a value", Path: it.path})
		case broken:
			out = append(out, lint.Violation{Message: `"nullable" must not be used without "type"`, Path: it.path})
		default:
			if spec.RefOf(it.value) != "" {
				// Spectral resolves a $ref written as example data; an
				// unresolvable one is skipped rather than judged as data.
				t, _, ok := c.Doc.Deref(t.file, it.value)
				if !ok {
					continue
				}
				it.value = t
			}
			if err := compiled.Validate(toValue(it.value)); err != nil {
				out = append(out, first(violations(err, it.path), it)...)
			}
		}
	}
	return out
}

// first keeps the violation Spectral would report: its validator stops at the
// first error, met in schema order, which follows the example's own order in
// practice; so the earliest offending node of the example wins.
func first(vs []lint.Violation, it exampleItem) []lint.Violation {
	if len(vs) < 2 {
		return vs
	}
	best, bestLine, bestCol := 0, int(^uint(0)>>1), 0
	for i, v := range vs {
		n := rawAt(it.value, v.Path[len(it.path):])
		for n == nil && len(v.Path) > len(it.path) {
			v.Path = v.Path[:len(v.Path)-1]
			n = rawAt(it.value, v.Path[len(it.path):])
		}
		if n == nil {
			continue
		}
		if n.Line < bestLine || (n.Line == bestLine && n.Column < bestCol) {
			best, bestLine, bestCol = i, n.Line, n.Column
		}
	}
	return vs[best : best+1]
}

type exampleItem struct {
	value   *yaml.Node
	path    []string
	present bool
}

// mediaExamples lists the examples of a media type (3.x: example, else each
// entry of examples without externalValue; 2.0: each entry of examples).
func mediaExamples(c lint.Call, t node, v2 bool) []exampleItem {
	if !v2 {
		if v := spec.MapGet(t.n, "example"); v != nil {
			return []exampleItem{{v, path(c.Target.Path, "example"), true}}
		}
	}
	var out []exampleItem
	each(spec.MapGet(t.n, "examples"), func(k, v *yaml.Node) {
		if v2 {
			out = append(out, exampleItem{v, path(c.Target.Path, "examples", k.Value), true})
			return
		}
		ex := deref(c.Doc, node{v, t.file})
		if !isMap(ex.n) || spec.MapGet(ex.n, "externalValue") != nil {
			return
		}
		val := spec.MapGet(ex.n, "value")
		out = append(out, exampleItem{val, path(c.Target.Path, "examples", k.Value, "value"), val != nil})
	})
	return out
}

func requestPaths(v2 bool) [][]string {
	if v2 {
		return nil
	}
	return [][]string{{"components", "requestBodies"}, {"paths", "*", "*", "requestBody"}}
}

func responsePaths(v2 bool) [][]string {
	if v2 {
		return [][]string{{"responses"}, {"paths", "*", "*", "responses"}}
	}
	return [][]string{{"components", "responses"}, {"paths", "*", "*", "responses"}}
}

func isUnder(p []string, prefixes [][]string) bool {
	for _, pre := range prefixes {
		if len(p) < len(pre) {
			continue
		}
		ok := true
		for i, s := range pre {
			if s != "*" && s != p[i] {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}
