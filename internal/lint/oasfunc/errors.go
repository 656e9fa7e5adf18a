package oasfunc

import (
	"strings"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/santhosh-tekuri/jsonschema/v6/kind"
	"golang.org/x/text/language"
	"golang.org/x/text/message"

	"github.com/sequere/sequere/internal/lint"
)

var printer = sync.OnceValue(func() *message.Printer { return message.NewPrinter(language.English) })

// violations turns a validation error into one violation per offending
// instance location, below base. For oneOf/anyOf only the branch that got
// furthest into the instance speaks, which is what a reader wants to fix;
// additionalProperties errors point at each unexpected property.
func violations(err error, base []string) []lint.Violation {
	return violationsUnder(err, base, nil)
}

// violationsUnder is violations for an error from validating the value at
// prefix (below base) on its own: instance locations are relative to it.
func violationsUnder(err error, base, prefix []string) []lint.Violation {
	ve, ok := err.(*jsonschema.ValidationError)
	if !ok {
		return nil
	}
	var out []lint.Violation
	seen := map[string]bool{}
	for _, leaf := range leaves(ve, nil) {
		loc := leaf.InstanceLocation
		if len(prefix) > 0 {
			loc = append(append([]string(nil), prefix...), loc...)
		}
		if ap, ok := leaf.ErrorKind.(*kind.AdditionalProperties); ok {
			for _, p := range ap.Properties {
				out = add(out, seen, path(path(base, loc...), p), "property "+quote(p)+" is not expected here")
			}
			continue
		}
		msg := describe(leaf.ErrorKind)
		if len(loc) > 0 {
			msg = quote(loc[len(loc)-1]) + " " + msg
		}
		out = add(out, seen, path(base, loc...), msg)
	}
	return out
}

// describe says what is wrong the way Spectral's schema messages do
// ("must have required property", "type must be"), for the kinds a
// description gets wrong most; the rest keep the validator's wording.
func describe(k jsonschema.ErrorKind) string {
	switch k := k.(type) {
	case *kind.Required:
		quoted := make([]string, len(k.Missing))
		for i, m := range k.Missing {
			quoted[i] = quote(m)
		}
		if len(quoted) == 1 {
			return "must have required property " + quoted[0]
		}
		return "must have required properties " + strings.Join(quoted, ", ")
	case *kind.Type:
		return "type must be " + strings.Join(k.Want, " or ") + ", not " + k.Got
	}
	return k.LocalizedString(printer())
}

func add(out []lint.Violation, seen map[string]bool, p []string, msg string) []lint.Violation {
	k := strings.Join(p, "\x00")
	if seen[k] {
		return out
	}
	seen[k] = true
	return append(out, lint.Violation{Message: msg, Path: p})
}

func quote(s string) string { return `"` + s + `"` }

func leaves(e *jsonschema.ValidationError, out []*jsonschema.ValidationError) []*jsonschema.ValidationError {
	if len(e.Causes) == 0 {
		return append(out, e)
	}
	switch e.ErrorKind.(type) {
	case *kind.OneOf, *kind.AnyOf:
		best, depth := e.Causes[0], -1
		for _, c := range e.Causes {
			if d := maxDepth(c); d > depth {
				best, depth = c, d
			}
		}
		if depth <= len(e.InstanceLocation) {
			// No branch got below this value: the value itself is wrong.
			return append(out, e)
		}
		return leaves(best, out)
	}
	for _, c := range e.Causes {
		out = leaves(c, out)
	}
	return out
}

func maxDepth(e *jsonschema.ValidationError) int {
	d := len(e.InstanceLocation)
	for _, c := range e.Causes {
		d = max(d, maxDepth(c))
	}
	return d
}
