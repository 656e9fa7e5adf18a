package mock

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"sort"
	"strings"
)

// isXML reports an XML media type (application/xml, text/xml, +xml).
func isXML(typ string) bool {
	typ = strings.TrimSpace(strings.SplitN(strings.ToLower(typ), ";", 2)[0])
	return typ == "application/xml" || typ == "text/xml" || strings.HasSuffix(typ, "+xml")
}

// toXML renders a JSON value as XML: objects become elements per property,
// arrays repeat their element, the root is named by the schema's xml.name
// or its component name.
func toXML(v any, root string) []byte {
	var b bytes.Buffer
	b.WriteString(xml.Header)
	writeXML(&b, sanitizeXMLName(root), v)
	return b.Bytes()
}

func writeXML(b *bytes.Buffer, name string, v any) {
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			writeXML(b, name, e)
		}
		return
	case map[string]any:
		fmt.Fprintf(b, "<%s>", name)
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			writeXML(b, sanitizeXMLName(k), x[k])
		}
		fmt.Fprintf(b, "</%s>", name)
		return
	case nil:
		fmt.Fprintf(b, "<%s/>", name)
		return
	}
	fmt.Fprintf(b, "<%s>", name)
	_ = xml.EscapeText(b, []byte(headerString(v)))
	fmt.Fprintf(b, "</%s>", name)
}

func sanitizeXMLName(s string) string {
	var out strings.Builder
	for i, r := range s {
		ok := r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || i > 0 && (r == '-' || r == '.' || r >= '0' && r <= '9')
		if ok {
			out.WriteRune(r)
		} else {
			out.WriteByte('_')
		}
	}
	if out.Len() == 0 {
		return "root"
	}
	return out.String()
}

// xmlRoot names the root element of a media type's schema.
func (m *model) xmlRoot(md *media) string {
	if x, ok := md.schema.v["xml"].(map[string]any); ok {
		if n, ok := x["name"].(string); ok && n != "" {
			return n
		}
	}
	if loc := md.schema.loc; strings.Contains(loc, "/schemas/") {
		return loc[strings.LastIndexByte(loc, '/')+1:]
	}
	return "root"
}
