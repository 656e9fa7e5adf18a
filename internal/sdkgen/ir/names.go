package ir

import (
	"github.com/sequere/sequere/internal/sdkgen/internal/desc"
	"strings"
)

// Words splits a name at non-alphanumerics and at case changes, the way a
// reader would: "If-None-Match", "user_id", "userId" and "HTTPServer" give
// [If None Match], [user id], [user Id], [HTTP Server]. Emitters build
// their identifiers from these words.
func Words(s string) []string { return desc.Words(s, true) }

// Pascal joins the words of s capitalised ("user_id" -> "UserId"); a leading
// digit gets an "N" in front, and an empty result is "X".
func Pascal(s string) string {
	var b strings.Builder
	for _, w := range Words(s) {
		b.WriteString(strings.ToUpper(w[:1]))
		b.WriteString(w[1:])
	}
	return lead(b.String())
}

// Snake is the lower-case words joined by "_" ("UserId" -> "user_id").
func Snake(s string) string {
	ws := Words(s)
	for i, w := range ws {
		ws[i] = strings.ToLower(w)
	}
	return lead(strings.Join(ws, "_"))
}

// Camel is Pascal with a lower-case first word ("UserId" -> "userId").
func Camel(s string) string {
	ws := Words(s)
	var b strings.Builder
	for i, w := range ws {
		if i == 0 {
			b.WriteString(strings.ToLower(w))
			continue
		}
		b.WriteString(strings.ToUpper(w[:1]))
		b.WriteString(strings.ToLower(w[1:]))
	}
	return lead(b.String())
}

func lead(s string) string {
	if s == "" {
		return "X"
	}
	if s[0] >= '0' && s[0] <= '9' {
		return "N" + s
	}
	return s
}

// namer hands out names unique ignoring case and separators. next remembers,
// per base, the suffix to try first: taken only grows, so every suffix below
// it is taken already, and n names on one base cost n lookups, not n².
type namer struct {
	taken map[string]bool
	next  map[string]int
}

func newNamer() *namer { return &namer{taken: map[string]bool{}, next: map[string]int{}} }

// fold is the lower-cased words of s run together: its ASCII letters and
// digits, since Words drops every other rune and only splits between the rest.
func fold(s string) string {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z':
			b = append(b, c+'a'-'A')
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
			b = append(b, c)
		}
	}
	return string(b)
}

func (n *namer) unique(base string) string {
	name, key := base, fold(base)
	i := max(n.next[base], 2)
	for ; n.taken[key]; i++ {
		name = base + itoa(i)
		key = fold(name)
	}
	n.next[base] = i
	n.taken[key] = true
	return name
}
