package sdkgen

import (
	"fmt"
	"strings"

	"github.com/sequere/sequere/internal/sdkgen/ir"
)

func pyUnionAlias(b *strings.Builder, t *ir.Type) {
	var members []string
	for _, v := range t.Schema.Variants {
		members = append(members, pyType(v.Schema, ""))
	}
	if t.Schema.Nullable {
		members = append(members, "None")
	}
	members = dedupe(members)
	if len(members) == 0 {
		members = []string{"rt.JSON"}
	}
	fmt.Fprintf(b, "%s: t.TypeAlias = %q\n\n\n", pyTypeName(t), strings.Join(members, " | "))
}

// pyUnionCodec: the discriminator's JSON text picks the variant when there is
// one; otherwise the first variant whose shape the JSON has (decode) or whose
// class the value is (encode).
func pyUnionCodec(b *strings.Builder, t *ir.Type) {
	n, fn, s := pyTypeName(t), pyFuncSuffix(t), t.Schema
	fmt.Fprintf(b, "def decode_%s(raw: rt.JSON) -> %s:\n", fn, n)
	if s.Nullable {
		b.WriteString("    if raw is None:\n        return None\n")
	}
	if d := s.Discriminator; d != nil {
		fmt.Fprintf(b, "    tag = c.tag(raw, %q)\n", d.Property)
		for _, v := range s.Variants {
			if len(v.Tags) == 0 {
				continue
			}
			var tags []string
			for _, tg := range v.Tags {
				tags = append(tags, fmt.Sprintf("%q", tg.JSON))
			}
			fmt.Fprintf(b, "    if tag in (%s,):\n        return %s\n", strings.Join(tags, ", "), pyCast(n, pyDec(v.Schema, ""), "raw"))
		}
		// A tag no variant maps is a variant this client does not know yet: kept
		// as the JSON it came as (and written back so), never read as a known one.
		fmt.Fprintf(b, "    if tag != \"\":\n        return t.cast(%q, raw)\n", n)
	}
	for _, v := range s.Variants {
		fmt.Fprintf(b, "    if %s:\n        return %s\n", pyProbeJSON(v.Schema, "raw", 0), pyCast(n, pyDec(v.Schema, ""), "raw"))
	}
	fmt.Fprintf(b, "    return t.cast(%q, raw)\n\n\n", n)

	fmt.Fprintf(b, "def encode_%s(v: %s) -> rt.JSON:\n", fn, n)
	if s.Nullable {
		b.WriteString("    if v is None:\n        return None\n")
	}
	// Variants a value probe cannot tell apart (list[A] | list[B]) would narrow v to
	// both at once; encode_any writes those by their runtime types instead.
	conds := make([]string, len(s.Variants))
	seen := map[string]int{}
	for i, vr := range s.Variants {
		conds[i] = pyProbeValue(vr.Schema, "v", 0)
		seen[conds[i]]++
	}
	for i, vr := range s.Variants {
		if cond := conds[i]; cond != "" && seen[cond] == 1 {
			fmt.Fprintf(b, "    if %s:\n        return %s(v)\n", cond, pyEnc(vr.Schema, ""))
		}
	}
	b.WriteString("    return c.encode_any(v)\n\n\n")
}

// pyProbeJSON is a condition on the JSON x that holds when it has s's shape.
func pyProbeJSON(s *ir.Schema, x string, depth int) string {
	cond := pyShapeJSON(s, x, depth)
	if s.Nullable && cond != "True" {
		return fmt.Sprintf("(%s is None or %s)", x, cond)
	}
	return cond
}

func pyShapeJSON(s *ir.Schema, x string, depth int) string {
	kind := s.Kind
	if kind == ir.KindEnum {
		kind = s.Base
	}
	switch kind {
	case ir.KindString:
		if f := pyDateCodec[s.Format]; f != "" && s.Kind == ir.KindString {
			return fmt.Sprintf("c.is_%s(%s)", f, x)
		}
		return fmt.Sprintf("isinstance(%s, str)", x)
	case ir.KindInteger:
		return fmt.Sprintf("(isinstance(%s, int) and not isinstance(%s, bool))", x, x)
	case ir.KindNumber:
		return fmt.Sprintf("(isinstance(%s, (int, float)) and not isinstance(%s, bool))", x, x)
	case ir.KindBoolean:
		return fmt.Sprintf("isinstance(%s, bool)", x)
	case ir.KindNull:
		return x + " is None"
	case ir.KindArray:
		// Look at the items too, so that list[A] | list[B] decode by their items' shape.
		if item := pyProbeJSON(s.Items, fmt.Sprintf("e%d", depth), depth+1); item != "True" && depth <= 3 {
			return fmt.Sprintf("(isinstance(%s, list) and all(%s for e%d in %s))", x, item, depth, x)
		}
		return fmt.Sprintf("isinstance(%s, list)", x)
	case ir.KindMap:
		return fmt.Sprintf("isinstance(%s, dict)", x)
	case ir.KindObject:
		conds := []string{fmt.Sprintf("isinstance(%s, dict)", x)}
		for _, p := range s.Properties {
			if requiredBothWays(p) { // a response lacks writeOnly members, a request readOnly ones
				conds = append(conds, fmt.Sprintf("%q in %s", p.Name, x))
			}
			if p.Schema.Const != nil {
				c := fmt.Sprintf("c.tag(%s, %q) == %q", x, p.Name, p.Schema.Const.JSON)
				if !p.Required {
					c = fmt.Sprintf("(%q not in %s or %s)", p.Name, x, c) // an optional constant may be absent
				}
				conds = append(conds, c)
			}
		}
		return "(" + strings.Join(conds, " and ") + ")"
	case ir.KindUnion:
		if depth > 3 || len(s.Variants) == 0 {
			return "True"
		}
		var alts []string
		for _, v := range s.Variants {
			alts = append(alts, pyProbeJSON(v.Schema, x, depth+1))
		}
		return "(" + strings.Join(alts, " or ") + ")"
	case ir.KindRef:
		if depth > 3 {
			return "True"
		}
		return pyProbeJSON(s.Ref.Schema, x, depth+1)
	}
	return "True"
}

// pyProbeValue is a condition on the decoded value x ("" when it cannot tell).
func pyProbeValue(s *ir.Schema, x string, depth int) string {
	if s.Kind == ir.KindRef && s.Ref.Schema.Kind == ir.KindObject {
		cond := fmt.Sprintf("isinstance(%s, %s)", x, pyTypeName(s.Ref))
		if s.Nullable {
			cond = fmt.Sprintf("(%s is None or %s)", x, cond)
		}
		return cond
	}
	if s.Kind == ir.KindRef && s.Ref.Schema.Kind != ir.KindObject && depth <= 3 {
		return pyProbeValue(s.Ref.Schema, x, depth+1)
	}
	switch s.Kind {
	case ir.KindString:
		switch s.Format {
		case "date-time":
			return fmt.Sprintf("isinstance(%s, rt.DateTime)", x)
		case "date":
			return fmt.Sprintf("(isinstance(%s, rt.Date) and not isinstance(%s, rt.DateTime))", x, x)
		}
	case ir.KindObject, ir.KindMap:
		return fmt.Sprintf("isinstance(%s, dict)", x)
	case ir.KindArray:
		// mypy cannot narrow by the items, so two list variants share this
		// condition and pyUnionCodec leaves both to encode_any.
		return fmt.Sprintf("isinstance(%s, list)", x)
	case ir.KindUnion:
		var alts []string
		for _, v := range s.Variants {
			c := pyProbeValue(v.Schema, x, depth+1)
			if c == "" {
				return ""
			}
			alts = append(alts, c)
		}
		if len(alts) == 0 {
			return ""
		}
		return "(" + strings.Join(alts, " or ") + ")"
	case ir.KindAny:
		return ""
	}
	return pyProbeJSON(s, x, depth)
}
