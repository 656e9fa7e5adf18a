package sdkgen

import (
	"github.com/sequere/sequere/internal/sdkgen/internal/desc"
	"strings"
	"unicode"
)

// initialisms are written in capitals in Go names, as Go style asks.
var initialisms = map[string]string{
	"id": "ID", "ids": "IDs", "url": "URL", "urls": "URLs", "uri": "URI", "http": "HTTP", "https": "HTTPS", "api": "API",
	"json": "JSON", "uuid": "UUID", "ip": "IP", "html": "HTML", "xml": "XML", "jwt": "JWT",
	"sku": "SKU", "sql": "SQL", "ttl": "TTL", "tls": "TLS", "cpu": "CPU", "ui": "UI",
}

// words splits s at non-alphanumerics and at lower-to-upper case changes, so
// "If-None-Match", "user_id", "userId" and "HTTPServer" all split as a reader would.
// Non-ASCII letters stay inside words: Go identifiers may hold them.
func words(s string) []string { return desc.Words(s, false) }

// exported turns any name from a description into an exported Go identifier.
func exported(s string) string {
	var b strings.Builder
	for _, w := range words(s) {
		if up, ok := initialisms[strings.ToLower(w)]; ok {
			b.WriteString(up)
			continue
		}
		rs := []rune(w)
		rs[0] = unicode.ToUpper(rs[0])
		b.WriteString(string(rs))
	}
	name := b.String()
	if name == "" {
		return "X"
	}
	if unicode.IsDigit([]rune(name)[0]) {
		name = "N" + name
	}
	return name
}

// unexported is exported with a lower-case first word.
func unexported(s string) string {
	name := exported(s)
	rs := []rune(name)
	i := 0
	for i < len(rs) && unicode.IsUpper(rs[i]) {
		i++
	}
	switch {
	case i == len(rs):
		return strings.ToLower(name)
	case i > 1:
		i-- // "HTTPServer" -> "httpServer"
	}
	return strings.ToLower(string(rs[:i])) + string(rs[i:])
}

// namer hands out unique identifiers in the order they are asked for.
// next remembers, per base, the suffix to try first, so that n names on one
// base cost n lookups, not n² (an enum of 100,000 similar values).
type namer struct {
	taken map[string]bool
	next  map[string]int
}

func newNamer(reserved ...string) *namer {
	n := &namer{taken: map[string]bool{}, next: map[string]int{}}
	for _, r := range reserved {
		n.taken[r] = true
	}
	return n
}

// unique returns base, or base2, base3... when base is taken.
func (n *namer) unique(base string) string {
	name := base
	i := max(n.next[base], 2)
	for ; n.taken[name]; i++ {
		name = base + itoa(i)
	}
	n.next[base] = i
	n.taken[name] = true
	return name
}

func itoa(i int) string {
	const digits = "0123456789"
	if i < 10 {
		return digits[i : i+1]
	}
	return itoa(i/10) + digits[i%10:i%10+1]
}
