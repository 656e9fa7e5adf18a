package docs

import (
	"encoding/json"
	"strings"

	yaml "github.com/pb33f/go-yaml"
)

// nodeJSON writes example data as indented JSON in the order the spec
// author wrote it (a map would sort the keys).
func nodeJSON(n *yaml.Node) string {
	var b strings.Builder
	writeNodeJSON(&b, n, 0, 0)
	return b.String()
}

func writeNodeJSON(b *strings.Builder, n *yaml.Node, indent, depth int) {
	if n == nil || depth > 64 {
		b.WriteString("null")
		return
	}
	pad := func(k int) {
		b.WriteByte('\n')
		for i := 0; i < k; i++ {
			b.WriteString("  ")
		}
	}
	switch n.Kind {
	case yaml.AliasNode:
		writeNodeJSON(b, n.Alias, indent, depth+1)
	case yaml.MappingNode:
		if len(n.Content) == 0 {
			b.WriteString("{}")
			return
		}
		b.WriteByte('{')
		for i := 0; i+1 < len(n.Content); i += 2 {
			if i > 0 {
				b.WriteByte(',')
			}
			pad(indent + 1)
			k, _ := json.Marshal(n.Content[i].Value)
			b.Write(k)
			b.WriteString(": ")
			writeNodeJSON(b, n.Content[i+1], indent+1, depth+1)
		}
		pad(indent)
		b.WriteByte('}')
	case yaml.SequenceNode:
		if len(n.Content) == 0 {
			b.WriteString("[]")
			return
		}
		b.WriteByte('[')
		for i, c := range n.Content {
			if i > 0 {
				b.WriteByte(',')
			}
			pad(indent + 1)
			writeNodeJSON(b, c, indent+1, depth+1)
		}
		pad(indent)
		b.WriteByte(']')
	default:
		v, _ := json.Marshal(plain(n, depth))
		b.Write(v)
	}
}
