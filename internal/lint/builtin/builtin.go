// Package builtin assembles what `sequere lint` runs with: the one function
// registry (Spectral's core functions plus the OpenAPI functions) and the
// embedded rulesets (spectral:oas, owasp, sequere), reachable by name from
// --ruleset and from `extends` in any ruleset file.
package builtin

import (
	"io/fs"
	"maps"
	"slices"
	"strings"

	"github.com/sequere/sequere/internal/lint"
	"github.com/sequere/sequere/internal/lint/core"
	"github.com/sequere/sequere/internal/lint/oasfunc"
	"github.com/sequere/sequere/internal/lint/ruleset"
	"github.com/sequere/sequere/internal/lint/rulesets"
)

// Registry returns every function rulesets can name. Core functions win a
// name clash, so Spectral's documented semantics hold for them.
func Registry() map[string]lint.Function {
	reg := oasfunc.Functions()
	maps.Copy(reg, core.Functions())
	return reg
}

// Names lists the built-in rulesets in display order.
func Names() []string { return []string{"spectral:oas", "owasp", "sequere"} }

// Source returns the YAML of a built-in ruleset by canonical name.
func Source(name string) ([]byte, bool) {
	file, ok := rulesets.Files[name]
	if !ok {
		return nil, false
	}
	data, err := fs.ReadFile(rulesets.FS, file)
	return data, err == nil
}

// Options are ruleset reader options that know the built-in rulesets and the
// registry's function names.
func Options() ruleset.Options {
	known := map[string]bool{}
	for name := range Registry() {
		known[name] = true
	}
	return ruleset.Options{Builtin: Source, BuiltinNode: rulesets.Node, Functions: known}
}

// Load reads one --ruleset argument: a built-in name (recommended rules on)
// or a ruleset file.
func Load(arg string) (*ruleset.Ruleset, error) {
	if name, ok := ruleset.BuiltinName(arg); ok && slices.Contains(Names(), name) {
		return pageLinks(ruleset.ReadBuiltin(name, Options()))
	}
	return pageLinks(ruleset.Read(arg, Options()))
}

// Default is the ruleset used when none is given: a ruleset file discovered
// in dir, else spectral:oas with its recommended rules. It returns the
// source it chose.
func Default(dir string) (*ruleset.Ruleset, string, error) {
	if p := ruleset.Discover(dir); p != "" {
		rs, err := pageLinks(ruleset.Read(p, Options()))
		return rs, p, err
	}
	rs, err := pageLinks(ruleset.ReadBuiltin("spectral:oas", Options()))
	return rs, "spectral:oas", err
}

// docsBase is the documentationUrl of the built-in rulesets.
const docsBase = "https://github.com/sequere/sequere/blob/main/docs/rules/"

// pageLinks points built-in rules at their own docs page. Spectral's
// convention, documentationUrl + "#" + id, suits one page for a whole
// ruleset; ours has a page per rule, named like its fixture directory.
func pageLinks(rs *ruleset.Ruleset, err error) (*ruleset.Ruleset, error) {
	if err != nil {
		return nil, err
	}
	for _, r := range rs.Rules {
		if r.DocURL == docsBase+"#"+r.ID {
			r.DocURL = docsBase + strings.ReplaceAll(r.ID, ":", "-") + ".md"
		}
	}
	return rs, nil
}
