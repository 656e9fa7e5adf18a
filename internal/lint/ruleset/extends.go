package ruleset

import (
	"path/filepath"
	"slices"
	"strings"

	yaml "github.com/pb33f/go-yaml"
)

// builtinAliases maps the names other tools publish the same rulesets under.
var builtinAliases = map[string]string{
	"spectral:oas":                          "spectral:oas",
	"owasp":                                 "owasp",
	"@stoplight/spectral-owasp-ruleset":     "owasp",
	"spectral-owasp-ruleset":                "owasp",
	"sequere":                               "sequere",
	"sequere:recommended":                   "sequere",
	"@stoplight/spectral-rulesets/oas":      "spectral:oas",
	"@stoplight/spectral-rulesets/dist/oas": "spectral:oas",
}

// BuiltinName canonicalises a built-in ruleset name; ok is false for
// anything else (a file, a URL, a package).
func BuiltinName(s string) (string, bool) {
	n, ok := builtinAliases[strings.TrimSpace(s)]
	return n, ok
}

func (f *file) readExtends(v *yaml.Node) error {
	var entries []*yaml.Node
	switch v.Kind {
	case yaml.ScalarNode:
		entries = []*yaml.Node{v}
	case yaml.SequenceNode:
		entries = v.Content
	default:
		return errAt(f.name, v, "extends must be a ruleset name, a list, or [name, recommended|all|off]")
	}
	for _, e := range entries {
		target, mode := e, "recommended"
		if e.Kind == yaml.SequenceNode {
			if len(e.Content) != 2 || e.Content[0].Kind != yaml.ScalarNode {
				return errAt(f.name, e, "an extends entry in list form is [ruleset, recommended|all|off]")
			}
			target, mode = e.Content[0], e.Content[1].Value
			switch mode {
			case "recommended", "all", "off":
			default:
				return errAt(f.name, e.Content[1], "extends mode must be recommended, all or off, not %q", mode)
			}
		}
		if target.Kind != yaml.ScalarNode {
			return errAt(f.name, target, "extends entries must name a ruleset")
		}
		child, err := f.load(target)
		if err != nil {
			return err
		}
		for _, r := range child.rules {
			c := cloneRule(r)
			switch mode {
			case "recommended":
				if !c.Recommended {
					c.Off = true
				}
			case "all":
				c.Off = false
			case "off":
				c.Off = true
			}
			f.out.put(c)
		}
		for k, a := range child.aliases {
			f.out.aliases[k] = a
		}
		f.out.overrides = append(f.out.overrides, child.overrides...)
	}
	return nil
}

func (f *file) load(target *yaml.Node) (*parsed, error) {
	name := strings.TrimSpace(target.Value)
	r := f.r
	if canon, ok := BuiltinName(name); ok {
		if r.opts.Builtin == nil && r.opts.BuiltinNode == nil {
			return nil, errAt(f.name, target, "built-in ruleset %q is not available here", name)
		}
		var (
			data []byte
			doc  *yaml.Node
			ok   bool
		)
		if r.opts.BuiltinNode != nil {
			doc, ok = r.opts.BuiltinNode(canon)
		} else {
			data, ok = r.opts.Builtin(canon)
		}
		if !ok {
			return nil, errAt(f.name, target, "built-in ruleset %q is not available in this build", name)
		}
		key := "builtin:" + canon
		if slices.Contains(r.stack, key) {
			return nil, errAt(f.name, target, "ruleset %q extends itself", name)
		}
		r.stack = append(r.stack, key)
		defer func() { r.stack = r.stack[:len(r.stack)-1] }()
		if doc != nil {
			return r.parseNode(canon, doc, true)
		}
		return r.parse(canon, data, true)
	}
	switch {
	case strings.HasPrefix(name, "http://") || strings.HasPrefix(name, "https://"):
		return nil, errAt(f.name, target, "extends %q: remote rulesets are not supported; download it and extend the file", name)
	case strings.HasPrefix(name, "spectral:"):
		return nil, errAt(f.name, target, "extends %q: only spectral:oas is built in (spectral:asyncapi and spectral:arazzo are not supported)", name)
	case f.builtin:
		return nil, errAt(f.name, target, "built-in ruleset extends unknown ruleset %q", name)
	}
	path := name
	if !filepath.IsAbs(path) {
		path = filepath.Join(f.dir(), path)
	}
	if slices.Contains(r.stack, path) || path == f.name {
		return nil, errAt(f.name, target, "extends cycle: %s extends itself through %q", f.name, name)
	}
	data, err := r.read(path)
	if err != nil {
		if !strings.ContainsAny(name, "/\\.") {
			return nil, errAt(f.name, target, "extends %q: not a built-in ruleset (spectral:oas, owasp, sequere) and no such file; npm packages are not supported", name)
		}
		return nil, errAt(f.name, target, "extends %q: cannot read %s: %v", name, path, err)
	}
	r.stack = append(r.stack, f.name, path)
	defer func() { r.stack = r.stack[:len(r.stack)-2] }()
	return r.parse(path, data, false)
}
