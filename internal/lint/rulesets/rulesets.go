// Package rulesets embeds the built-in rulesets as Spectral-format YAML:
// spectral-oas.yaml (spectral:oas), owasp.yaml (owasp) and sequere.yaml
// (sequere). The lint engine's ruleset reader reads them like any user file;
// the functions they name live in internal/lint/core and internal/lint/oasfunc.
package rulesets

import (
	"embed"

	yaml "github.com/pb33f/go-yaml"
)

//go:generate go test -run TestNodesGenerated -update .

// FS holds spectral-oas.yaml, owasp.yaml and sequere.yaml at its root.
//
//go:embed spectral-oas.yaml owasp.yaml sequere.yaml
var FS embed.FS

// Files maps each built-in ruleset name to its file in FS.
var Files = map[string]string{
	"spectral:oas": "spectral-oas.yaml",
	"owasp":        "owasp.yaml",
	"sequere":      "sequere.yaml",
}

// Node returns a built-in ruleset's file already parsed (its document node),
// from nodes_gen.go: parsing the YAML at run time cost ~2 ms of every lint.
// The tree is shared; callers must not modify it.
func Node(name string) (*yaml.Node, bool) {
	switch name {
	case "spectral:oas":
		return spectralOASNode, true
	case "owasp":
		return owaspNode, true
	case "sequere":
		return sequereNode, true
	}
	return nil, false
}
