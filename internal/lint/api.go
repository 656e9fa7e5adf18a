// Package lint runs rulesets over a *spec.Document and reports through
// internal/report.
//
// Every ruleset, built-in or user-supplied, has the shape of a Spectral ruleset:
// rules select nodes with JSONPath (`given`), pick a `field`, and apply a named
// function with options (`then`). Built-in rulesets (spectral:oas, owasp,
// sequere) are embedded Spectral-format YAML files that name Go functions from
// one explicit registry, so a user's `.spectral.yaml` and our own rules run
// through the same engine.
package lint

import (
	yaml "github.com/pb33f/go-yaml"

	"github.com/sequere/sequere/internal/report"
	"github.com/sequere/sequere/internal/spec"
)

// Format is a document format a rule applies to, named as Spectral names them:
// oas2, oas3, oas3_0, oas3_1.
type Format string

const (
	OAS2  Format = "oas2"
	OAS3  Format = "oas3"
	OAS30 Format = "oas3_0"
	OAS31 Format = "oas3_1"
)

// Rule is one rule after its ruleset was read (extends, overrides and severity
// changes applied).
type Rule struct {
	ID          string
	Description string
	// Message is the template with Spectral's placeholders ({{error}},
	// {{property}}, {{path}}, {{description}}, {{value}}); "" means the function's
	// own message.
	Message     string
	Severity    report.Severity
	Off         bool // severity "off" (or rule false)
	Recommended bool
	Given       []string // JSONPath expressions (aliases already expanded)
	// GivenFormats, when set, is parallel to Given: entry i limits Given[i] to
	// documents in one of those formats (Spectral's format-scoped aliases). A
	// nil entry, or a missing one, means every format.
	GivenFormats [][]Format
	Then         []Then
	Formats      []Format // empty: every format
	// Resolved false means the rule sees $ref objects as written instead of their
	// targets (Spectral's `resolved: false`).
	Resolved bool
	DocURL   string
	Ruleset  string // spectral:oas, owasp, sequere, or the ruleset file
}

// Then is one `then` clause.
type Then struct {
	Field           string // "" = the given node itself; "@key" = the keys of a mapping
	Function        string
	FunctionOptions map[string]any
}

// Target is what a function is applied to: the node selected by given+field,
// the file that holds it and its JSON path from the entry document's root (the
// path a user sees in findings).
type Target struct {
	Node *yaml.Node
	File string
	Path []string
	// Key is the mapping key node of Node when Node is a mapping value (for
	// `field: "@key"` and for positions that point at the key), else nil.
	Key *yaml.Node
	// Parent is the mapping or sequence Node was reached from: the one holding
	// it or, when Node was reached through a $ref, the one holding that $ref.
	// It is nil for the document root and for missing targets.
	Parent *yaml.Node
}

// Call is what a function receives.
type Call struct {
	Doc     *spec.Document
	Target  Target
	Options map[string]any
	Rule    *Rule
}

// Violation is one problem a function found. Path, when non-nil, is the full
// JSON path of the offending node (it may point below Target.Path); nil means
// Target.Path. Message fills {{error}} in the rule's message template.
type Violation struct {
	Message string
	Path    []string
}

// Function is a rule function: Spectral's core functions (truthy, pattern,
// schema, ...), Spectral's OpenAPI functions (oasOpSuccessResponse, ...) and ours,
// all in one registry keyed by the name rulesets use. The engine calls
// functions from several goroutines at once: a Function must not keep
// unsynchronised state between calls.
type Function func(c Call) []Violation
