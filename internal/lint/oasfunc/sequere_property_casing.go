package oasfunc

import (
	"regexp"
	"strings"
	"sync"

	yaml "github.com/pb33f/go-yaml"

	"github.com/sequere/sequere/internal/lint"
)

type casing struct {
	name string
	re   *regexp.Regexp
}

// casings are compiled on first use, like the other patterns of this
// package, not when every sequere process starts.
var casings = sync.OnceValue(func() []casing {
	return []casing{
		{"camelCase", regexp.MustCompile(`^[a-z][a-z0-9]*([A-Z][a-z0-9]*)+$`)},
		{"snake_case", regexp.MustCompile(`^[a-z][a-z0-9]*(_[a-z0-9]+)+$`)},
		{"kebab-case", regexp.MustCompile(`^[a-z][a-z0-9]*(-[a-z0-9]+)+$`)},
		{"PascalCase", regexp.MustCompile(`^[A-Z][a-z0-9]*([A-Z][a-z0-9]*)*$`)},
	}
})

var oneWord = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[a-z][a-z0-9]*$`) })

// PropertyCasing (sequerePropertyCasing): schema property names use one
// casing across the document. The casing most names use wins; single
// lower-case words fit every casing; other names are reported. The target is
// the root; properties under examples are data and not looked at.
func PropertyCasing(c lint.Call) []lint.Violation {
	type prop struct {
		name string
		at   []string
	}
	var props []prop
	// Aliases are walked like written-out copies; visits bounds an alias bomb.
	visits := 0
	var walk func(n *yaml.Node, p []string, depth int)
	walk = func(n *yaml.Node, p []string, depth int) {
		if n != nil && n.Kind == yaml.AliasNode {
			n = n.Alias
		}
		if visits++; n == nil || depth > 200 || visits > 1<<17 {
			return
		}
		switch n.Kind {
		case yaml.MappingNode:
			for i := 0; i+1 < len(n.Content); i += 2 {
				k, v := n.Content[i].Value, n.Content[i+1]
				if k == "example" || k == "examples" || k == "default" || k == "enum" || strings.HasPrefix(k, "x-") {
					continue
				}
				if k == "properties" && v.Kind == yaml.MappingNode && (len(p) == 0 || p[len(p)-1] != "properties") {
					for j := 0; j+1 < len(v.Content); j += 2 {
						props = append(props, prop{v.Content[j].Value, path(p, k, v.Content[j].Value)})
					}
				}
				walk(v, path(p, k), depth+1)
			}
		case yaml.SequenceNode:
			for i, e := range n.Content {
				walk(e, path(p, itoa(i)), depth+1)
			}
		}
	}
	walk(c.Target.Node, c.Target.Path, 0)
	casings := casings()
	count := make([]int, len(casings))
	class := make([]int, len(props))
	for i, p := range props {
		class[i] = -1
		for j, cs := range casings {
			if cs.re.MatchString(casingCore(p.name)) {
				class[i] = j
				count[j]++
				break
			}
		}
	}
	win := 0
	for j := range casings {
		if count[j] > count[win] {
			win = j
		}
	}
	var out []lint.Violation
	for i, p := range props {
		if class[i] == win || oneWord().MatchString(casingCore(p.name)) || strings.HasPrefix(p.name, "$") || strings.HasPrefix(p.name, "@") {
			continue
		}
		out = append(out, lint.Violation{
			Message: "property " + p.name + " is not " + casings[win].name + ", the casing this document uses",
			Path:    p.at,
		})
	}
	return out
}

// casingCore drops a leading underscore: HAL's reserved members (_links,
// _embedded) mark their role with it, and the rest of the name follows the
// document's casing like any other.
func casingCore(name string) string { return strings.TrimPrefix(name, "_") }
