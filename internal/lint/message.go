package lint

import (
	"encoding/json"
	"path/filepath"
	"strings"

	yaml "github.com/pb33f/go-yaml"
)

type messageVars struct {
	property    string
	err         string
	description string
	value       string
	path        []string
}

// interpolate fills Spectral's placeholders: {{error}}, {{property}},
// {{path}}, {{description}}, {{value}}, and the #{{print("property")}} /
// #{{print("value")}} forms core function messages use. Unknown placeholders
// print as nothing, as in Spectral.
func interpolate(tmpl string, v messageVars) string {
	if !strings.Contains(tmpl, "{{") {
		return tmpl
	}
	var b strings.Builder
	for {
		i := strings.Index(tmpl, "{{")
		if i < 0 {
			b.WriteString(tmpl)
			break
		}
		j := strings.Index(tmpl[i:], "}}")
		if j < 0 {
			b.WriteString(tmpl)
			break
		}
		pre, name := tmpl[:i], strings.TrimSpace(tmpl[i+2:i+j])
		printForm := strings.HasSuffix(pre, "#")
		if printForm {
			pre = pre[:len(pre)-1]
		}
		b.WriteString(pre)
		b.WriteString(v.lookup(name, printForm))
		tmpl = tmpl[i+j+2:]
	}
	return b.String()
}

func (v messageVars) lookup(name string, printForm bool) string {
	if printForm {
		arg := strings.TrimSuffix(strings.TrimPrefix(name, "print("), ")")
		arg = strings.Trim(arg, `"'`)
		switch arg {
		case "property":
			if v.property != "" {
				return "`" + v.property + "` property "
			}
			return "The document "
		case "value":
			return v.value
		}
		name = arg
	}
	switch name {
	case "property":
		return v.property
	case "error":
		return v.err
	case "description":
		return v.description
	case "value":
		return v.value
	case "path":
		return printPointer(v.path)
	}
	return ""
}

func printPointer(path []string) string {
	var b strings.Builder
	b.WriteString("#")
	for _, p := range path {
		b.WriteByte('/')
		b.WriteString(strings.ReplaceAll(strings.ReplaceAll(p, "~", "~0"), "/", "~1"))
	}
	return b.String()
}

// printValue renders a value the way Spectral's printValue does: JSON for
// scalars, Object{} and Array[] for collections.
func printValue(n *yaml.Node) string {
	if n == nil {
		return "undefined"
	}
	switch n.Kind {
	case yaml.MappingNode:
		return "Object{}"
	case yaml.SequenceNode:
		return "Array[]"
	}
	v := nodeVal(n)
	switch v.k {
	case vStr:
		b, _ := json.Marshal(v.s)
		return string(b)
	case vNull:
		return "null"
	}
	return v.String()
}

// relativeTo names file relative to the directory of the entry file.
func relativeTo(entry, file string) string {
	if strings.Contains(file, "://") {
		return file
	}
	rel, err := filepath.Rel(filepath.Dir(entry), file)
	if err != nil {
		return file
	}
	return filepath.ToSlash(rel)
}
