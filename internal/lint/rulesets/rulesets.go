// Package rulesets embeds the built-in rulesets as Spectral-format YAML:
// spectral-oas.yaml (spectral:oas), owasp.yaml (owasp) and sequere.yaml
// (sequere). The lint engine's ruleset reader reads them like any user file;
// the functions they name live in internal/lint/core and internal/lint/oasfunc.
package rulesets

import "embed"

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
