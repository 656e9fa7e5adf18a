package docs

import (
	"html"
	"strconv"
	"strings"
	"unicode"
)

func esc(s string) string { return html.EscapeString(s) }

// slug makes an id fragment from any text: letters, digits, - and _ kept,
// everything else one dash. Ids are stable across builds of the same spec.
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range s {
		if r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' || r == '.') {
			b.WriteRune(r)
			dash = false
			continue
		}
		if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

// ids hands out unique ids, suffixing repeats in document order.
type ids map[string]int

func (m ids) unique(id string) string {
	n := m[id]
	m[id] = n + 1
	if n == 0 {
		return id
	}
	return id + "-" + strconv.Itoa(n+1)
}

func itoa(n int) string { return strconv.Itoa(n) }
