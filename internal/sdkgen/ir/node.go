package ir

import (
	"strconv"
	"strings"

	yaml "github.com/pb33f/go-yaml"

	"github.com/sequere/sequere/internal/sdkgen/internal/desc"
)

// node is an object of the description with the file that holds it.
type node = desc.Node

type pair = desc.Pair

// jsonOf renders a YAML value as compact JSON text.
func jsonOf(n *yaml.Node) string {
	n = desc.Unalias(n)
	if n == nil {
		return "null"
	}
	var b strings.Builder
	writeJSON(&b, n, 0)
	return b.String()
}

func writeJSON(b *strings.Builder, n *yaml.Node, depth int) {
	n = desc.Unalias(n)
	if n == nil || depth > 64 {
		b.WriteString("null")
		return
	}
	switch n.Kind {
	case yaml.MappingNode:
		b.WriteByte('{')
		for i := 0; i+1 < len(n.Content); i += 2 {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString(strconv.Quote(n.Content[i].Value))
			b.WriteByte(':')
			writeJSON(b, n.Content[i+1], depth+1)
		}
		b.WriteByte('}')
	case yaml.SequenceNode:
		b.WriteByte('[')
		for i, c := range n.Content {
			if i > 0 {
				b.WriteByte(',')
			}
			writeJSON(b, c, depth+1)
		}
		b.WriteByte(']')
	case yaml.ScalarNode:
		switch n.Tag {
		case "!!null":
			b.WriteString("null")
		case "!!bool":
			b.WriteString(strconv.FormatBool(n.Value == "true" || n.Value == "True" || n.Value == "TRUE"))
		case "!!int", "!!float":
			if _, err := strconv.ParseFloat(strings.ReplaceAll(n.Value, "_", ""), 64); err == nil && !strings.ContainsAny(n.Value, "_xXoO") {
				b.WriteString(n.Value)
				return
			}
			b.WriteString(strconv.Quote(n.Value))
		default:
			b.WriteString(jsonString(n.Value))
		}
	default:
		b.WriteString("null")
	}
}

// jsonString quotes s as JSON (strconv.Quote's \x escapes are not JSON).
func jsonString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < 0x20 || r == 0x7f || r == 0xfffd:
			b.WriteString(`\u`)
			h := strconv.FormatInt(int64(r), 16)
			b.WriteString(strings.Repeat("0", 4-len(h)) + h)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

func itoa(i int) string { return strconv.Itoa(i) }
