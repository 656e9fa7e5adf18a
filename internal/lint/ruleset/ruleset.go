// Package ruleset reads Spectral rulesets (YAML or JSON) unchanged into
// lint rules: extends (files, built-in names, [name, recommended|all|off],
// chains), rules (definitions and severity-only overrides), aliases
// (including format-scoped targets), formats, and overrides by file glob.
//
// Custom JavaScript functions (`functions`, `functionsDir`, a `function` not
// in the registry) are refused with an error naming the rule and function.
// Every error names the ruleset file and, where known, line and column.
package ruleset

import (
	"fmt"
	"slices"

	yaml "github.com/pb33f/go-yaml"

	"github.com/sequere/sequere/internal/lint"
)

// Ruleset is a read ruleset. Rules are in definition order, inherited rules
// first; Overrides apply per linted file through For.
type Ruleset struct {
	Source    string
	Rules     []*lint.Rule
	Overrides []Override
}

// Override is one `overrides` entry: rule changes for documents matching a
// glob (relative to the ruleset's directory).
type Override struct {
	Files []string
	Dir   string
	Rules []ruleChange
}

// Error is a problem in a ruleset file. Line and Col are 0 when unknown.
type Error struct {
	File      string
	Line, Col int
	Msg       string
}

func (e *Error) Error() string {
	if e.Line == 0 {
		return fmt.Sprintf("%s: %s", e.File, e.Msg)
	}
	return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Line, e.Col, e.Msg)
}

// Options tell the reader what exists besides files.
type Options struct {
	// Builtin returns the bytes of a built-in ruleset (spectral:oas, owasp,
	// sequere); ok false means no such name.
	Builtin func(name string) (data []byte, ok bool)
	// BuiltinNode, when set, returns a built-in ruleset already parsed (its
	// document node), which the reader uses instead of parsing Builtin's
	// bytes. The reader does not modify the tree.
	BuiltinNode func(name string) (doc *yaml.Node, ok bool)
	// Functions is the set of function names the engine can run; nil skips
	// the check.
	Functions map[string]bool
	// ReadFile reads a ruleset file; nil means os.ReadFile.
	ReadFile func(name string) ([]byte, error)
}

// Rule returns the rule with id, or nil.
func (rs *Ruleset) Rule(id string) *lint.Rule {
	for _, r := range rs.Rules {
		if r.ID == id {
			return r
		}
	}
	return nil
}

// Merge combines rulesets given one after another (repeated --ruleset): a
// later rule with the same id replaces the earlier one in place.
func Merge(sets ...*Ruleset) *Ruleset {
	out := &Ruleset{}
	index := map[string]int{}
	for _, rs := range sets {
		if rs == nil {
			continue
		}
		if out.Source == "" {
			out.Source = rs.Source
		}
		for _, r := range rs.Rules {
			if i, ok := index[r.ID]; ok {
				out.Rules[i] = r
				continue
			}
			index[r.ID] = len(out.Rules)
			out.Rules = append(out.Rules, r)
		}
		out.Overrides = append(out.Overrides, rs.Overrides...)
	}
	return out
}

func cloneRule(r *lint.Rule) *lint.Rule {
	c := *r
	c.Given = slices.Clone(r.Given)
	c.GivenFormats = slices.Clone(r.GivenFormats)
	c.Then = slices.Clone(r.Then)
	c.Formats = slices.Clone(r.Formats)
	return &c
}
