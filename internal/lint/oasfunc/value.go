package oasfunc

import (
	"encoding/json"
	"math"
	"strconv"
	"strings"

	yaml "github.com/pb33f/go-yaml"
)

// toValue converts a YAML node to the JSON data model (map[string]any, []any,
// json.Number, string, bool, nil) that the JSON Schema validator reads.
// Aliases become copies: this is where a YAML alias bomb turned into
// gigabytes (issue 14), and what bounds it is spec.Load, which refuses a file
// whose expansion passes spec.AliasExpansionFloor (or twice its size), so a
// conversion of a loaded document is at most that many values.
func toValue(n *yaml.Node) any {
	return convert(n, nil, 0)
}

// rewriter adjusts a mapping while it is converted: schema conversion uses it
// to point $refs at compiler URLs and to apply OpenAPI's nullable.
type rewriter func(n *yaml.Node, m map[string]any)

func convert(n *yaml.Node, rw rewriter, depth int) any {
	if n == nil || depth > 512 {
		return nil
	}
	switch n.Kind {
	case yaml.DocumentNode:
		if len(n.Content) == 0 {
			return nil
		}
		return convert(n.Content[0], rw, depth+1)
	case yaml.AliasNode:
		return convert(n.Alias, rw, depth+1)
	case yaml.MappingNode:
		m := make(map[string]any, len(n.Content)/2)
		for i := 0; i+1 < len(n.Content); i += 2 {
			k := n.Content[i]
			if k.Value == "<<" && k.Tag == "!!merge" {
				if mm, ok := convert(n.Content[i+1], rw, depth+1).(map[string]any); ok {
					for mk, mv := range mm {
						if _, set := m[mk]; !set {
							m[mk] = mv
						}
					}
				}
				continue
			}
			m[k.Value] = convert(n.Content[i+1], rw, depth+1)
		}
		if rw != nil {
			rw(n, m)
		}
		return m
	case yaml.SequenceNode:
		s := make([]any, len(n.Content))
		for i, c := range n.Content {
			s[i] = convert(c, rw, depth+1)
		}
		return s
	}
	return scalarValue(n)
}

func scalarValue(n *yaml.Node) any {
	switch n.Tag {
	case "!!null":
		return nil
	case "!!bool":
		return strings.EqualFold(n.Value, "true")
	case "!!int":
		if _, err := strconv.ParseInt(n.Value, 10, 64); err == nil {
			return json.Number(n.Value)
		}
		if i, err := strconv.ParseInt(strings.ReplaceAll(n.Value, "_", ""), 0, 64); err == nil {
			return json.Number(strconv.FormatInt(i, 10))
		}
		if _, err := strconv.ParseFloat(n.Value, 64); err == nil {
			return json.Number(n.Value)
		}
		return n.Value
	case "!!float":
		f, err := strconv.ParseFloat(strings.TrimPrefix(n.Value, "+"), 64)
		if err != nil {
			switch strings.ToLower(n.Value) {
			case ".inf", "+.inf":
				return math.Inf(1)
			case "-.inf":
				return math.Inf(-1)
			}
			return n.Value
		}
		if math.IsInf(f, 0) || math.IsNaN(f) {
			return f
		}
		return json.Number(strconv.FormatFloat(f, 'g', -1, 64))
	}
	return n.Value
}

func bytesReader(b []byte) *strings.Reader { return strings.NewReader(string(b)) }
