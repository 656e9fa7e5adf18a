package core

import (
	"math"
	"slices"
	"strconv"
	"strings"

	yaml "github.com/pb33f/go-yaml"

	"github.com/sequere/sequere/internal/lint"
)

func enumeration(c lint.Call) []lint.Violation {
	n := target(c)
	if n == nil || n.Kind != yaml.ScalarNode {
		return nil
	}
	values, _ := c.Options["values"].([]any)
	v := lint.ScalarValue(n)
	printed := make([]string, len(values))
	for i, want := range values {
		if sameScalar(v, want) {
			return nil
		}
		printed[i] = printAny(want)
	}
	return one(`#{{print("value")}} must be equal to one of the allowed values: ` + strings.Join(printed, ", "))
}

func sameScalar(v, want any) bool {
	fv, vNum := toFloat(v)
	fw, wNum := toFloat(want)
	if vNum || wNum {
		return vNum && wNum && fv == fw
	}
	return v == want
}

func toFloat(v any) (float64, bool) {
	switch x := v.(type) {
	case int:
		return float64(x), true
	case int64:
		return float64(x), true
	case uint64:
		return float64(x), true
	case float64:
		return x, true
	}
	return 0, false
}

func printAny(v any) string {
	switch x := v.(type) {
	case nil:
		return "null"
	case string:
		return quote(x)
	case map[string]any:
		return "Object{}"
	case []any:
		return "Array[]"
	}
	if f, ok := toFloat(v); ok {
		return strconv.FormatFloat(f, 'f', -1, 64)
	}
	if b, ok := v.(bool); ok {
		return strconv.FormatBool(b)
	}
	return "undefined"
}

func length(c lint.Call) []lint.Violation {
	n := target(c)
	if n == nil {
		return nil
	}
	var size float64
	switch n.Kind {
	case yaml.MappingNode:
		size = float64(len(n.Content) / 2)
	case yaml.SequenceNode:
		size = float64(len(n.Content))
	case yaml.ScalarNode:
		switch v := lint.ScalarValue(n).(type) {
		case string:
			size = float64(len([]rune(v)))
		case int64:
			size = float64(v)
		case float64:
			size = v
		default:
			return nil
		}
	default:
		return nil
	}
	var out []lint.Violation
	if lo, ok := optNumber(c.Options, "min"); ok && size < lo {
		out = append(out, lint.Violation{Message: `#{{print("property")}}must be longer than ` + num(lo)})
	}
	if hi, ok := optNumber(c.Options, "max"); ok && size > hi {
		out = append(out, lint.Violation{Message: `#{{print("property")}}must be shorter than ` + num(hi)})
	}
	return out
}

func num(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

func alphabetical(c lint.Call) []lint.Violation {
	n := target(c)
	if n == nil || (n.Kind != yaml.MappingNode && n.Kind != yaml.SequenceNode) {
		return nil
	}
	var items []any
	if n.Kind == yaml.MappingNode {
		for i := 0; i+1 < len(n.Content); i += 2 {
			items = append(items, n.Content[i].Value)
		}
	} else {
		for _, e := range n.Content {
			items = append(items, c.Resolve(e))
		}
	}
	if len(items) < 2 {
		return nil
	}
	keyedBy, hasKey := optString(c.Options, "keyedBy")
	vals := make([]any, len(items))
	for i, it := range items {
		switch x := it.(type) {
		case string:
			vals[i] = x
		case *yaml.Node:
			if hasKey {
				if x.Kind != yaml.MappingNode {
					return one(`#{{print("property")}}must be an object`)
				}
				x = c.Resolve(lookup(x, keyedBy))
			}
			if x == nil || x.Kind != yaml.ScalarNode {
				vals[i] = nil
			} else {
				vals[i] = lint.ScalarValue(x)
			}
		}
		switch vals[i].(type) {
		case string, int64, float64:
		default:
			return one(`#{{print("property")}}must be one of the allowed types: number, string`)
		}
	}
	for i := 0; i+1 < len(vals); i++ {
		if compareAlpha(vals[i], vals[i+1]) > 0 {
			if hasKey {
				return one("properties must follow the alphabetical order")
			}
			seg := strconv.Itoa(i)
			if n.Kind == yaml.MappingNode {
				seg = vals[i].(string)
			}
			return []lint.Violation{{
				Message: printAny(vals[i]) + " must be placed after " + printAny(vals[i+1]),
				Path:    append(slices.Clip(c.Target.Path), seg),
			}}
		}
	}
	return nil
}

func lookup(m *yaml.Node, key string) *yaml.Node {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i+1]
		}
	}
	return nil
}

// compareAlpha orders numbers numerically and strings close to JavaScript's
// localeCompare: case-insensitive first, lower case before upper on ties.
func compareAlpha(a, b any) int {
	fa, an := toFloat(a)
	fb, bn := toFloat(b)
	if an && bn {
		return int(math.Copysign(1, fa-fb)) * boolInt(fa != fb)
	}
	sa, aok := a.(string)
	sb, bok := b.(string)
	if !aok || !bok {
		return 0
	}
	if c := strings.Compare(strings.ToLower(sa), strings.ToLower(sb)); c != 0 {
		return c
	}
	return -strings.Compare(sa, sb)
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
