package ruleset

import (
	"path/filepath"
	"strings"

	"github.com/bmatcuk/doublestar/v4"
	yaml "github.com/pb33f/go-yaml"

	"github.com/sequere/sequere/internal/lint"
)

func (f *file) readOverrides(v *yaml.Node) error {
	if v.Kind != yaml.SequenceNode {
		return errAt(f.name, v, "overrides must be a list of {files, rules}")
	}
	for _, o := range v.Content {
		files := mapGet(o, "files")
		if files == nil || files.Kind != yaml.SequenceNode || len(files.Content) == 0 {
			return errAt(f.name, o, "an override needs `files`: a list of globs")
		}
		ov := Override{Dir: f.dir()}
		for _, g := range files.Content {
			if strings.Contains(g.Value, "#") {
				return errAt(f.name, g, "override files with a #/pointer fragment (%q) are not supported; use a file glob", g.Value)
			}
			if !doublestar.ValidatePattern(filepath.ToSlash(g.Value)) {
				return errAt(f.name, g, "invalid glob %q", g.Value)
			}
			ov.Files = append(ov.Files, filepath.ToSlash(g.Value))
		}
		for i := 0; i+1 < len(o.Content); i += 2 {
			switch k := o.Content[i]; k.Value {
			case "files":
			case "rules":
				changes, err := f.readRuleEntries(o.Content[i+1])
				if err != nil {
					return err
				}
				ov.Rules = changes
			default:
				return errAt(f.name, k, "override key %q is not supported (only files and rules)", k.Value)
			}
		}
		f.out.overrides = append(f.out.overrides, ov)
	}
	return nil
}

// For returns the rules that apply to the document at docPath: the ruleset's
// rules with every matching override applied in order. Rules are copies when
// an override changes them; the ruleset itself is never modified.
func (rs *Ruleset) For(docPath string) []*lint.Rule {
	rules := rs.Rules
	copied := false
	for _, ov := range rs.Overrides {
		if !ov.matches(docPath) {
			continue
		}
		if !copied {
			rules = append([]*lint.Rule(nil), rules...)
			copied = true
		}
		for _, c := range ov.Rules {
			i := indexOf(rules, c.id)
			switch {
			case c.def != nil && i >= 0:
				rules[i] = c.def
			case c.def != nil:
				rules = append(rules, c.def)
			case i >= 0:
				r := cloneRule(rules[i])
				c.apply(r)
				rules[i] = r
			}
		}
	}
	return rules
}

func indexOf(rules []*lint.Rule, id string) int {
	for i, r := range rules {
		if r.ID == id {
			return i
		}
	}
	return -1
}

func (o Override) matches(docPath string) bool {
	abs, err := filepath.Abs(docPath)
	if err != nil {
		abs = docPath
	}
	dir, err := filepath.Abs(o.Dir)
	if err != nil {
		dir = o.Dir
	}
	rel, err := filepath.Rel(dir, abs)
	if err != nil {
		rel = docPath
	}
	rel = filepath.ToSlash(rel)
	for _, g := range o.Files {
		if ok, _ := doublestar.Match(g, rel); ok {
			return true
		}
		if ok, _ := doublestar.Match(g, filepath.ToSlash(docPath)); ok {
			return true
		}
	}
	return false
}
