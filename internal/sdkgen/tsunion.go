package sdkgen

import (
	"fmt"
	"strings"

	"github.com/sequere/sequere/internal/sdkgen/ir"
)

// tsUnion writes a union: the discriminator's JSON text picks the variant when
// there is one; otherwise (and for a tag no variant claims) the first variant
// whose shape the value has. The same test selects the encoder, since a decoded
// value keeps its JSON shape (int64 aside, which the tests accept either way).
func tsUnion(b *strings.Builder, t *ir.Type) {
	n := tsTypeName(t)
	s := t.Schema
	var members []string
	for _, v := range s.Variants {
		members = append(members, tsType(v.Schema, ""))
	}
	if len(members) == 0 {
		members = []string{"rt.JSONValue"}
	}
	null := ""
	if s.Nullable {
		null = " | null"
	}
	fmt.Fprintf(b, "export type %s = %s%s;\n\n", n, strings.Join(dedupe(members), " | "), null)
	for _, dir := range []string{"decode", "encode"} {
		if dir == "decode" {
			fmt.Fprintf(b, "export function decode%s(raw: rt.JSONValue): %s {\n  const x: unknown = raw;\n", n, n)
		} else {
			fmt.Fprintf(b, "export function encode%s(v: %s): rt.JSONValue {\n  const x: unknown = v;\n", n, n)
		}
		if s.Nullable {
			b.WriteString("  if (x === null) return null;\n")
		}
		conv := func(v *ir.Variant) string {
			if dir == "decode" {
				return tsDecode(v.Schema, "raw", "")
			}
			return tsEncode(v.Schema, fmt.Sprintf("(v as %s)", tsType(v.Schema, "")), "")
		}
		if d := s.Discriminator; d != nil {
			fmt.Fprintf(b, "  const tag = rt.isObject(x) && x[%q] !== undefined ? rt.stringifyJSON(x[%q]) : \"\";\n  switch (tag) {\n", d.Property, d.Property)
			for _, v := range s.Variants {
				for _, tag := range v.Tags {
					fmt.Fprintf(b, "    case %q:\n", tag.JSON)
				}
				if len(v.Tags) > 0 {
					fmt.Fprintf(b, "      return %s;\n", conv(v))
				}
			}
			// A tag no variant maps is a variant this client does not know yet: kept
			// as the JSON it came as (and written back so), never read as a known one.
			b.WriteString("  }\n  if (tag !== \"\") return x as rt.JSONValue as never;\n")
		}
		for _, v := range s.Variants {
			fmt.Fprintf(b, "  if (%s) return %s;\n", tsProbe(v.Schema, "x", 0), conv(v))
		}
		b.WriteString("  return x as rt.JSONValue as never;\n}\n\n")
	}
}

// tsProbe is a condition on x (JSON or decoded) that holds when x has s's shape.
func tsProbe(s *ir.Schema, x string, depth int) string {
	cond := tsShape(s, x, depth)
	if s.Nullable && cond != "true" {
		return fmt.Sprintf("(%s === null || %s)", x, cond)
	}
	return cond
}

func tsShape(s *ir.Schema, x string, depth int) string {
	switch s.Kind {
	case ir.KindString:
		return fmt.Sprintf("typeof %s === \"string\"", x)
	case ir.KindInteger, ir.KindNumber:
		return fmt.Sprintf("(typeof %s === \"number\" || typeof %s === \"bigint\")", x, x)
	case ir.KindBoolean:
		return fmt.Sprintf("typeof %s === \"boolean\"", x)
	case ir.KindNull:
		return x + " === null"
	case ir.KindArray:
		return "Array.isArray(" + x + ")"
	case ir.KindMap:
		return "rt.isObject(" + x + ")"
	case ir.KindObject:
		conds := []string{"rt.isObject(" + x + ")"}
		for _, p := range s.Properties {
			// A response lacks writeOnly members, a request readOnly ones.
			if requiredBothWays(p) {
				conds = append(conds, fmt.Sprintf("%q in %s", p.Name, x))
			}
			if p.Schema.Const != nil {
				c := fmt.Sprintf("rt.stringifyJSON((%s as { [k: string]: unknown })[%q]) === %q", x, p.Name, p.Schema.Const.JSON)
				if !p.Required {
					c = fmt.Sprintf("(!(%q in %s) || %s)", p.Name, x, c) // an optional constant may be absent
				}
				conds = append(conds, c)
			}
		}
		return "(" + strings.Join(conds, " && ") + ")"
	case ir.KindEnum:
		switch s.Base {
		case ir.KindString:
			return fmt.Sprintf("typeof %s === \"string\"", x)
		case ir.KindInteger, ir.KindNumber:
			return fmt.Sprintf("typeof %s === \"number\"", x)
		case ir.KindBoolean:
			return fmt.Sprintf("typeof %s === \"boolean\"", x)
		}
	case ir.KindUnion:
		if depth > 3 {
			return "true"
		}
		var alts []string
		for _, v := range s.Variants {
			alts = append(alts, tsProbe(v.Schema, x, depth+1))
		}
		if len(alts) == 0 {
			return "true"
		}
		return "(" + strings.Join(alts, " || ") + ")"
	case ir.KindRef:
		if depth > 3 {
			return "true"
		}
		return tsProbe(s.Ref.Schema, x, depth+1)
	}
	return "true"
}

func dedupe(xs []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}
