package sdkgen

import (
	"sort"
	"strings"
	"unicode"
)

// breakAliasCycles turns one alias of every alias cycle into a defined type.
// Recursive schemas that recurse through a struct are fine as they are; only
// chains of $refs to arrays and maps of each other can close a cycle of
// aliases. A cycle made of nothing but references has no shape at all and
// becomes any.
func (b *builder) breakAliasCycles() {
	aliases := map[string]*Type{}
	for _, t := range b.types {
		if t.Kind == KindAlias {
			aliases[t.Name] = t
		}
	}
	const (
		unseen = iota
		onPath
		done
	)
	state := map[string]int{}
	var path []*Type
	var visit func(t *Type)
	visit = func(t *Type) {
		state[t.Name] = onPath
		path = append(path, t)
		for _, dep := range identifiers(t.Base) {
			d := aliases[dep]
			if d == nil || d.Kind != KindAlias {
				continue
			}
			switch state[dep] {
			case unseen:
				visit(d)
			case onPath:
				start := len(path) - 1
				for path[start] != d {
					start--
				}
				breakCycle(path[start:])
			}
		}
		path = path[:len(path)-1]
		state[t.Name] = done
	}
	names := make([]string, 0, len(aliases))
	for n := range aliases {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		if state[n] == unseen {
			visit(aliases[n])
		}
	}
}

// breakCycle makes the first slice or map alias of a cycle a defined type, so
// the other members keep their aliases' assignability.
func breakCycle(cycle []*Type) {
	for _, t := range cycle {
		if t.Kind != KindAlias {
			return // already broken through another path
		}
	}
	for _, t := range cycle {
		if strings.HasPrefix(t.Base, "[]") || strings.HasPrefix(t.Base, "map[") {
			t.Kind = KindDefined
			return
		}
	}
	cycle[0].Base = "any"
}

// identifiers lists the names a Go type expression mentions.
func identifiers(expr string) []string {
	return strings.FieldsFunc(expr, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_'
	})
}
