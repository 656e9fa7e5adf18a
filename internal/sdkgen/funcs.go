package sdkgen

import (
	"strings"
	"text/template"
)

// funcs are the helpers templates may call.
var funcs = template.FuncMap{
	"comment":   comment,
	"join":      strings.Join,
	"conv":      conv,
	"isPointer": func(t string) bool { return strings.HasPrefix(t, "*") },
	"hasQuery": func(op *Operation) bool {
		for _, p := range op.Params {
			if p.In == "query" {
				return true
			}
		}
		return false
	},
	"paramKey": func(p *Param) string {
		if p.In == "path" {
			return p.Wildcard
		}
		return p.Name
	},
}

// comment writes a Go doc comment: "Name doc" (or "Name fallback" without a
// description), wrapped at about 100 columns. name "" comments a field.
func comment(name, doc, fallback string) string {
	text := doc
	switch {
	case name != "" && doc == "":
		text = name + " " + fallback
	case name != "":
		text = name + ": " + doc
	}
	var lines []string
	line := "//"
	for _, w := range strings.Fields(text) {
		if len(line) > 2 && len(line)+1+len(w) > 100 {
			lines = append(lines, line)
			line = "//"
		}
		line += " " + w
	}
	lines = append(lines, line)
	return strings.Join(lines, "\n")
}

// conv is the Go expression turning a validated parameter value v (string,
// int64, float64 or bool by kind) into its field type.
func conv(kind, goType, v string) string {
	switch kind {
	case "integer":
		return goType + "(" + v + ".(int64))"
	case "number":
		return goType + "(" + v + ".(float64))"
	case "boolean":
		return goType + "(" + v + ".(bool))"
	}
	return goType + "(" + v + ".(string))"
}
