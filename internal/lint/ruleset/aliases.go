package ruleset

import (
	"slices"
	"strings"

	yaml "github.com/pb33f/go-yaml"

	"github.com/sequere/sequere/internal/lint"
)

// alias is a named set of given paths; a target with formats applies only to
// documents in those formats.
type alias struct {
	targets []aliasTarget
}

type aliasTarget struct {
	formats []lint.Format // nil: every format
	given   []string
}

func (f *file) readAliases(v *yaml.Node) error {
	if v.Kind != yaml.MappingNode {
		return errAt(f.name, v, "aliases must be a mapping of names to paths")
	}
	for i := 0; i+1 < len(v.Content); i += 2 {
		k, body := v.Content[i], v.Content[i+1]
		var a alias
		switch body.Kind {
		case yaml.SequenceNode, yaml.ScalarNode:
			a.targets = []aliasTarget{{given: scalars(body)}}
		case yaml.MappingNode:
			ts := mapGet(body, "targets")
			if ts == nil || ts.Kind != yaml.SequenceNode {
				return errAt(f.name, body, "alias %q: expected a list of paths or `targets`", k.Value)
			}
			for _, t := range ts.Content {
				fs, err := f.readFormats(orEmpty(mapGet(t, "formats")))
				if err != nil {
					return err
				}
				a.targets = append(a.targets, aliasTarget{formats: fs, given: scalars(orEmpty(mapGet(t, "given")))})
			}
		default:
			return errAt(f.name, body, "alias %q: expected a list of paths", k.Value)
		}
		f.out.aliases[k.Value] = a
	}
	return nil
}

func orEmpty(n *yaml.Node) *yaml.Node {
	if n == nil {
		return &yaml.Node{Kind: yaml.SequenceNode}
	}
	return n
}

func scalars(n *yaml.Node) []string {
	if n.Kind == yaml.ScalarNode {
		return []string{n.Value}
	}
	var out []string
	for _, c := range n.Content {
		if c.Kind == yaml.ScalarNode {
			out = append(out, c.Value)
		}
	}
	return out
}

type expansion struct {
	path    string
	formats []lint.Format
}

func (f *file) readGiven(r *lint.Rule, v *yaml.Node) error {
	var items []*yaml.Node
	switch v.Kind {
	case yaml.ScalarNode:
		items = []*yaml.Node{v}
	case yaml.SequenceNode:
		items = v.Content
	default:
		return errAt(f.name, v, "rule %q: given must be a JSONPath or a list of them", r.ID)
	}
	scoped := false
	var exps []expansion
	for _, it := range items {
		es, err := f.expand(it.Value, 0)
		if err != nil {
			return errAt(f.name, it, "rule %q: %v", r.ID, err)
		}
		for _, e := range es {
			if _, err := lint.CompilePath(e.path); err != nil {
				return errAt(f.name, it, "rule %q: %v", r.ID, err)
			}
			scoped = scoped || e.formats != nil
		}
		exps = append(exps, es...)
	}
	for _, e := range exps {
		r.Given = append(r.Given, e.path)
		if scoped {
			r.GivenFormats = append(r.GivenFormats, e.formats)
		}
	}
	return nil
}

type aliasError string

func (e aliasError) Error() string { return string(e) }

// expand replaces a leading #Alias in a given path by each of its targets.
func (f *file) expand(given string, depth int) ([]expansion, error) {
	given = strings.TrimSpace(given)
	if !strings.HasPrefix(given, "#") {
		return []expansion{{path: given}}, nil
	}
	if depth > 16 {
		return nil, aliasError("aliases nest too deeply (a cycle?) at " + given)
	}
	end := 1
	for end < len(given) && (isWordChar(given[end])) {
		end++
	}
	name, rest := given[1:end], given[end:]
	a, ok := f.out.aliases[name]
	if !ok {
		return nil, aliasError("unknown alias #" + name)
	}
	var out []expansion
	for _, t := range a.targets {
		for _, g := range t.given {
			inner, err := f.expand(g, depth+1)
			if err != nil {
				return nil, err
			}
			for _, e := range inner {
				fs, ok := intersect(e.formats, t.formats)
				if !ok {
					continue
				}
				out = append(out, expansion{path: e.path + rest, formats: fs})
			}
		}
	}
	return out, nil
}

func isWordChar(c byte) bool {
	return c == '_' || c == '-' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// intersect combines two format scopes; nil is "every format". ok is false
// when nothing is left.
func intersect(a, b []lint.Format) ([]lint.Format, bool) {
	switch {
	case a == nil:
		return b, true
	case b == nil:
		return a, true
	}
	var out []lint.Format
	for _, x := range a {
		if slices.Contains(b, x) || x == lint.OAS3 && (slices.Contains(b, lint.OAS30) || slices.Contains(b, lint.OAS31)) {
			out = append(out, x)
		}
	}
	return out, len(out) > 0
}
