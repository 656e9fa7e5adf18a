// Package core implements Spectral's core rule functions (truthy, falsy,
// defined, undefined, pattern, casing, enumeration, length, alphabetical,
// schema, xor, or, typedEnum, unreferencedReusableObject) with Spectral's
// semantics and messages.
//
// As in Spectral, a function given a value of a type it does not handle
// (pattern on an object, xor on a string) reports nothing, and messages use
// the #{{print("property")}} placeholder that the engine fills in. Every
// function is safe for concurrent use.
package core

import (
	yaml "github.com/pb33f/go-yaml"

	"github.com/sequere/sequere/internal/lint"
)

// Functions returns the core functions keyed by the names rulesets use. The
// map is new on each call.
func Functions() map[string]lint.Function {
	return map[string]lint.Function{
		"truthy":                     truthy,
		"falsy":                      falsy,
		"defined":                    defined,
		"undefined":                  undefinedFn,
		"pattern":                    pattern,
		"casing":                     casing,
		"enumeration":                enumeration,
		"length":                     length,
		"alphabetical":               alphabetical,
		"schema":                     schema,
		"xor":                        xor,
		"or":                         or,
		"typedEnum":                  typedEnum,
		"unreferencedReusableObject": unreferencedReusableObject,
	}
}

func one(msg string) []lint.Violation { return []lint.Violation{{Message: msg}} }

// target is the resolved target node (nil when missing).
func target(c lint.Call) *yaml.Node { return c.Resolve(c.Target.Node) }

// jsTruthy is JavaScript truthiness of a YAML value: objects and arrays are
// always truthy, scalars by value.
func jsTruthy(n *yaml.Node) bool {
	if n == nil {
		return false
	}
	if n.Kind != yaml.ScalarNode {
		return true
	}
	switch v := lint.ScalarValue(n).(type) {
	case nil:
		return false
	case bool:
		return v
	case int64:
		return v != 0
	case float64:
		return v != 0 && v == v
	case string:
		return v != ""
	}
	return true
}

func isString(n *yaml.Node) bool {
	if n == nil || n.Kind != yaml.ScalarNode {
		return false
	}
	_, ok := lint.ScalarValue(n).(string)
	return ok
}

func optString(opts map[string]any, key string) (string, bool) {
	s, ok := opts[key].(string)
	return s, ok
}

func optNumber(opts map[string]any, key string) (float64, bool) {
	switch v := opts[key].(type) {
	case int:
		return float64(v), true
	case int64:
		return float64(v), true
	case uint64:
		return float64(v), true
	case float64:
		return v, true
	}
	return 0, false
}

func optStrings(opts map[string]any, key string) []string { return lint.OptionStrings(opts, key) }
