package sdkgen

import (
	"fmt"
	"strings"

	"github.com/sequere/sequere/internal/sdkgen/ir"
)

// The Go client sends a request body through WithoutReadOnly: a copy of the
// value with every readOnly member cleared, at any depth. A value read from
// the server (its id, createdAt) can so be modified and sent back as it is,
// while a plain json.Marshal of a model still writes everything, so a
// decode-encode round trip loses nothing.

// markReadOnly finds the named types whose values can hold a readOnly member:
// objects with one, and whatever contains those. A fixed point, since types
// may refer to each other in cycles.
func (g *goClient) markReadOnly() {
	g.carriesRO = map[*ir.Type]bool{}
	for changed := true; changed; {
		changed = false
		for _, t := range g.api.Types {
			if g.carriesRO[t] || g.aliasBad[t] || t.Schema == nil || !g.typeCarries(t.Schema) {
				continue
			}
			g.carriesRO[t] = true
			changed = true
		}
	}
}

func (g *goClient) typeCarries(s *ir.Schema) bool {
	switch s.Kind {
	case ir.KindObject:
		for _, p := range goProps(s) {
			if readOnlyProp(p) || g.reachesReadOnly(p.Schema) {
				return true
			}
		}
	case ir.KindUnion:
		for _, v := range s.Variants {
			if g.reachesReadOnly(v.Schema) {
				return true
			}
		}
	default:
		return g.reachesReadOnly(s)
	}
	return false
}

// reachesReadOnly says whether a value of s in place can hold a readOnly member.
func (g *goClient) reachesReadOnly(s *ir.Schema) bool {
	for i := 0; s != nil && i < 32; i++ {
		switch s.Kind {
		case ir.KindRef:
			return g.carriesRO[s.Ref] && !g.aliasBad[s.Ref]
		case ir.KindArray:
			s = s.Items
		case ir.KindMap:
			s = s.Values
		default:
			return false
		}
	}
	return false
}

// stripped is an expression of x's type (goType(s)) without readOnly members;
// "" when there is nothing to clear.
func (g *goClient) stripped(s *ir.Schema, x string) string {
	if !g.reachesReadOnly(s) {
		return ""
	}
	switch s.Kind {
	case ir.KindRef:
		return x + ".WithoutReadOnly()"
	case ir.KindArray:
		return fmt.Sprintf("withoutReadOnlyEach(%s, func(e %s) %s { return %s })", x, g.elemType(s.Items), g.elemType(s.Items), g.strippedElem(s.Items, "e"))
	case ir.KindMap:
		return fmt.Sprintf("withoutReadOnlyValues(%s, func(e %s) %s { return %s })", x, g.elemType(s.Values), g.elemType(s.Values), g.strippedElem(s.Values, "e"))
	}
	return ""
}

// strippedElem is stripped for an array item or map value (elemType).
func (g *goClient) strippedElem(s *ir.Schema, x string) string {
	if t := g.elemType(s); strings.HasPrefix(t, "Nullable[") {
		inner := g.goType(s)
		return fmt.Sprintf("withoutReadOnlyNullable(%s, func(e %s) %s { return %s })", x, inner, inner, g.stripped(s, "e"))
	}
	return g.stripped(s, x)
}

// strippedAs is stripped for x of the Go type typ, s's type possibly wrapped
// in a pointer or Nullable (a field or a request body).
func (g *goClient) strippedAs(s *ir.Schema, typ, x string) string {
	inner := g.goType(s)
	switch {
	case !g.reachesReadOnly(s):
		return ""
	case typ == "*"+inner:
		return fmt.Sprintf("withoutReadOnlyPtr(%s, func(e %s) %s { return %s })", x, inner, inner, g.stripped(s, "e"))
	case typ == "Nullable["+inner+"]":
		return fmt.Sprintf("withoutReadOnlyNullable(%s, func(e %s) %s { return %s })", x, inner, inner, g.stripped(s, "e"))
	case typ == inner:
		return g.stripped(s, x)
	}
	return ""
}

// withoutReadOnlyMethod writes the WithoutReadOnly method of a named type
// that carries readOnly members.
func (g *goClient) withoutReadOnlyMethod(b *strings.Builder, name string, t *ir.Type) {
	s := t.Schema
	if !g.carriesRO[t] {
		return
	}
	var body strings.Builder
	switch s.Kind {
	case ir.KindObject:
		for i, p := range goProps(s) {
			field := "v." + g.structFields(s)[i]
			ft, _ := g.fieldType(p, t.Recursive)
			if readOnlyProp(p) {
				zero := "nil"
				if strings.HasPrefix(ft, "Nullable[") {
					zero = ft + "{}"
				}
				fmt.Fprintf(&body, "\t%s = %s\n", field, zero)
			} else if e := g.strippedAs(p.Schema, ft, field); e != "" {
				fmt.Fprintf(&body, "\t%s = %s\n", field, e)
			}
		}
	case ir.KindUnion:
		for i, v := range s.Variants {
			field := "v." + g.unionFields(s)[i]
			if e := g.strippedAs(v.Schema, "*"+g.goType(v.Schema), field); e != "" {
				fmt.Fprintf(&body, "\t%s = %s\n", field, e)
			}
		}
	case ir.KindRef, ir.KindAny, ir.KindNull:
		return // an alias: the method is its target's
	default:
		if e := g.stripped(s, "v"); e != "" {
			fmt.Fprintf(&body, "\tv = %s\n", e)
		}
	}
	fmt.Fprintf(b, "\n// WithoutReadOnly is v as the client sends it in a request body: its readOnly\n// members (set by the server), at any depth, cleared.\nfunc (v %s) WithoutReadOnly() %s {\n%s\treturn v\n}\n", name, name, body.String())
}

// goReadOnlyHelpers are the generic helpers WithoutReadOnly methods call, by
// name; each is written only when called (staticcheck flags unused ones).
var goReadOnlyHelpers = []struct{ name, code string }{
	{"withoutReadOnlyEach", `
// withoutReadOnlyEach applies f to a copy of s.
func withoutReadOnlyEach[S ~[]E, E any](s S, f func(E) E) S {
	if s == nil {
		return nil
	}
	out := make(S, len(s))
	for i, e := range s {
		out[i] = f(e)
	}
	return out
}
`},
	{"withoutReadOnlyValues", `
// withoutReadOnlyValues applies f to a copy of m.
func withoutReadOnlyValues[M ~map[string]E, E any](m M, f func(E) E) M {
	if m == nil {
		return nil
	}
	out := make(M, len(m))
	for k, e := range m {
		out[k] = f(e)
	}
	return out
}
`},
	{"withoutReadOnlyPtr", `
// withoutReadOnlyPtr applies f to a copy of *p.
func withoutReadOnlyPtr[T any](p *T, f func(T) T) *T {
	if p == nil {
		return nil
	}
	c := f(*p)
	return &c
}
`},
	{"withoutReadOnlyNullable", `
// withoutReadOnlyNullable applies f to n's value, if it has one.
func withoutReadOnlyNullable[T any](n Nullable[T], f func(T) T) Nullable[T] {
	if n.Valid {
		n.Value = f(n.Value)
	}
	return n
}
`},
}

// readOnlyHelpers is the code of the helpers models calls.
func readOnlyHelpers(models string) string {
	var b strings.Builder
	for _, h := range goReadOnlyHelpers {
		if strings.Contains(models, h.name+"(") {
			b.WriteString(h.code)
		}
	}
	return b.String()
}
