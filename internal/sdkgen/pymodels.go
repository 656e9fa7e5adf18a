package sdkgen

import (
	"fmt"
	"math/big"
	"sort"
	"strings"

	"github.com/sequere/sequere/internal/sdkgen/ir"
)

// pyReserved are names a generated identifier must not take: keywords, and
// builtins an annotation in the same class would otherwise resolve to.
var pyReserved = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`False None True and as assert async await break class continue def del elif else
		except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield match case
		str int float bool bytes list dict set tuple type object self cls options extra_fields from_json to_json`) {
		pyReserved[w] = true
	}
}

func pySafe(name string) string {
	if pyReserved[name] {
		return name + "_"
	}
	return name
}

func pyTypeName(t *ir.Type) string { return pySafe(ir.Pascal(t.Name)) }

func pyFuncSuffix(t *ir.Type) string { return ir.Snake(t.Name) }

// pyType is the annotation of s; q qualifies named types ("" or "m.").
func pyType(s *ir.Schema, q string) string {
	t := pyBaseType(s, q)
	if s.Nullable && s.Kind != ir.KindNull && s.Kind != ir.KindAny {
		t += " | None"
	}
	return t
}

func pyBaseType(s *ir.Schema, q string) string {
	if lit := pyConstLiteral(s); lit != "" {
		return "t.Literal[" + lit + "]"
	}
	switch s.Kind {
	case ir.KindString:
		switch s.Format {
		case "binary":
			return "bytes"
		case "date-time":
			return "rt.DateTime"
		case "date":
			return "rt.Date"
		}
		return "str"
	case ir.KindInteger:
		return "int"
	case ir.KindNumber:
		return "float"
	case ir.KindBoolean:
		return "bool"
	case ir.KindNull:
		return "None"
	case ir.KindArray:
		return "list[" + pyType(s.Items, q) + "]"
	case ir.KindMap:
		return "dict[str, " + pyType(s.Values, q) + "]"
	case ir.KindRef:
		return q + pyTypeName(s.Ref)
	}
	return "rt.JSON"
}

// pyDateCodec names the _codec functions of the string formats that decode to
// datetime values.
var pyDateCodec = map[string]string{"date-time": "datetime", "date": "date"}

// pyDec is a function expression JSON -> value of s.
func pyDec(s *ir.Schema, q string) string {
	var f string
	switch s.Kind {
	case ir.KindArray:
		f = "c.list_of(" + pyDec(s.Items, q) + ")"
	case ir.KindMap:
		f = "c.map_of(" + pyDec(s.Values, q) + ")"
	case ir.KindRef:
		f = q + "decode_" + pyFuncSuffix(s.Ref)
	case ir.KindString:
		if pyDateCodec[s.Format] == "" {
			return "c.ident"
		}
		f = "c.dec_" + pyDateCodec[s.Format]
	default:
		return "c.ident"
	}
	if s.Nullable && !pyCodecTakesNone(s) {
		f = "c.nullable(" + f + ")"
	}
	return f
}

// pyCodecTakesNone: s names a nullable union, enum or alias, whose own decoder
// and encoder already take None (wrapping them again confuses mypy's inference).
func pyCodecTakesNone(s *ir.Schema) bool {
	return s.Kind == ir.KindRef && s.Ref.Schema.Nullable && s.Ref.Schema.Kind != ir.KindObject
}

// pyEnc is a function expression value of s -> JSON.
func pyEnc(s *ir.Schema, q string) string {
	var f string
	switch s.Kind {
	case ir.KindArray:
		f = "c.enc_list(" + pyEnc(s.Items, q) + ")"
	case ir.KindMap:
		f = "c.enc_map(" + pyEnc(s.Values, q) + ")"
	case ir.KindRef:
		f = q + "encode_" + pyFuncSuffix(s.Ref)
	case ir.KindString:
		if pyDateCodec[s.Format] == "" {
			return "c.ident"
		}
		f = "c.enc_" + pyDateCodec[s.Format]
	default:
		return "c.ident"
	}
	if s.Nullable && !pyCodecTakesNone(s) {
		f = "c.enc_nullable(" + f + ")"
	}
	return f
}

func pyDocLine(doc string) string {
	doc = strings.TrimSpace(strings.ReplaceAll(strings.ReplaceAll(doc, "\\", "\\\\"), `"""`, `\"\"\"`))
	doc = strings.ReplaceAll(strings.ReplaceAll(doc, "\r", " "), "\n", " ")
	if strings.HasSuffix(doc, `"`) {
		doc += " " // a closing quote would run into the docstring's
	}
	return doc
}

type pyField struct {
	Attr string
	Prop *ir.Property
}

// pyFields orders an object's properties for a dataclass: required first (no
// default), then the rest (default UNSET, or the literal of a required
// const), each group in document order.
func pyFields(s *ir.Schema) []pyField {
	taken := map[string]bool{}
	var out []pyField
	for _, p := range s.Properties {
		a := pySafe(ir.Snake(p.Name))
		for i := 2; taken[a]; i++ {
			a = fmt.Sprintf("%s_%d", pySafe(ir.Snake(p.Name)), i)
		}
		taken[a] = true
		out = append(out, pyField{a, p})
	}
	noDefault := func(p *ir.Property) bool { return requiredBothWays(p) && pyConstLiteral(p.Schema) == "" }
	sort.SliceStable(out, func(i, j int) bool { return noDefault(out[i].Prop) && !noDefault(out[j].Prop) })
	return out
}

func pyModel(b *strings.Builder, t *ir.Type) {
	n := pyTypeName(t)
	fn := pyFuncSuffix(t)
	s := t.Schema
	switch s.Kind {
	case ir.KindObject:
		fields := pyFields(s)
		fmt.Fprintf(b, "@dc.dataclass\nclass %s:\n", n)
		if d := pyDocLine(s.Doc); d != "" {
			fmt.Fprintf(b, "    \"\"\"%s\"\"\"\n\n", d)
		}
		for _, f := range fields {
			lit := pyConstLiteral(f.Prop.Schema)
			switch {
			case requiredBothWays(f.Prop) && lit != "":
				// A required const is filled in: the caller need not repeat it.
				fmt.Fprintf(b, "    %s: %s = %s\n", f.Attr, pyType(f.Prop.Schema, ""), lit)
			case requiredBothWays(f.Prop):
				fmt.Fprintf(b, "    %s: %s\n", f.Attr, pyType(f.Prop.Schema, ""))
			default:
				fmt.Fprintf(b, "    %s: %s | rt.Unset = rt.UNSET\n", f.Attr, pyType(f.Prop.Schema, ""))
			}
			doc := f.Prop.Doc
			if d := f.Prop.Schema.Default; d != nil {
				// Documentation only, as in every target: the server applies it.
				doc = strings.TrimSpace(doc + " Default: " + d.JSON + ".")
			}
			if d := pyDocLine(doc); d != "" {
				fmt.Fprintf(b, "    \"\"\"%s\"\"\"\n", d)
			}
		}
		b.WriteString("    extra_fields: dict[str, rt.JSON] = dc.field(default_factory=dict)\n")
		b.WriteString("    \"\"\"Members the description does not list, written back by to_json.\"\"\"\n\n")
		fmt.Fprintf(b, "    @classmethod\n    def from_json(cls, raw: rt.JSON) -> %s:\n        o = c.expect_object(raw, %q)\n", n, n)
		var known []string
		for _, f := range fields {
			known = append(known, fmt.Sprintf("%q", f.Prop.Name))
		}
		fmt.Fprintf(b, "        return cls(\n")
		for _, f := range fields {
			if requiredBothWays(f.Prop) {
				fmt.Fprintf(b, "            %s=%s(c.required(o, %q, %q)),\n", f.Attr, pyDec(f.Prop.Schema, ""), f.Prop.Name, n)
			} else {
				fmt.Fprintf(b, "            %s=c.optional(o, %q, %s),\n", f.Attr, f.Prop.Name, pyDec(f.Prop.Schema, ""))
			}
		}
		fmt.Fprintf(b, "            extra_fields=c.extra(o, _KNOWN_%s),\n        )\n\n", strings.ToUpper(fn))
		b.WriteString("    def to_json(self) -> dict[str, rt.JSON]:\n        out: dict[str, rt.JSON] = dict(self.extra_fields)\n")
		for _, f := range fields {
			if requiredBothWays(f.Prop) {
				fmt.Fprintf(b, "        out[%q] = %s(self.%s)\n", f.Prop.Name, pyEnc(f.Prop.Schema, ""), f.Attr)
			} else {
				cond := "not isinstance(self." + f.Attr + ", rt.Unset)"
				if readOnlyProp(f.Prop) {
					cond += " and not c.sending_request()" // set by the server: not sent back
				}
				fmt.Fprintf(b, "        if %s:\n            out[%q] = %s(self.%s)\n", cond, f.Prop.Name, pyEnc(f.Prop.Schema, ""), f.Attr)
			}
		}
		b.WriteString("        return out\n\n\n")
		// Annotated: a model whose members are all unlisted has an empty set,
		// and mypy --strict cannot infer the element type of frozenset().
		fmt.Fprintf(b, "_KNOWN_%s: t.Final[frozenset[str]] = frozenset({%s})\n\n\n", strings.ToUpper(fn), strings.Join(known, ", "))
		fmt.Fprintf(b, "def decode_%s(raw: rt.JSON) -> %s:\n    return %s.from_json(raw)\n\n\n", fn, n, n)
		fmt.Fprintf(b, "def encode_%s(v: %s) -> rt.JSON:\n    return v.to_json()\n\n\n", fn, n)
		return
	case ir.KindEnum:
		base := map[ir.Kind]string{ir.KindString: "str", ir.KindInteger: "int", ir.KindNumber: "float", ir.KindBoolean: "bool"}[s.Base]
		if base == "" {
			base = "rt.JSON"
		}
		var lits []string
		for _, v := range s.Enum {
			if lit := pyLiteral(v.JSON); lit != "" {
				lits = append(lits, lit)
			}
		}
		// Open: a value a newer server adds still decodes (as the base type).
		typ := base
		if len(lits) > 0 && base != "rt.JSON" && base != "float" {
			typ = fmt.Sprintf("t.Union[t.Literal[%s], %s]", strings.Join(lits, ", "), base)
		}
		if s.Nullable {
			typ = fmt.Sprintf("t.Optional[%s]", typ)
		}
		fmt.Fprintf(b, "%s: t.TypeAlias = %s\n", n, typ)
		fmt.Fprintf(b, "%s_VALUES: t.Final = (%s)\n\n\n", strings.ToUpper(fn), strings.Join(append(lits, ""), ", "))
	case ir.KindUnion:
		pyUnionAlias(b, t)
	default:
		fmt.Fprintf(b, "%s: t.TypeAlias = %q\n\n\n", n, pyType(s, ""))
	}
	if s.Kind == ir.KindUnion {
		pyUnionCodec(b, t)
		return
	}
	fmt.Fprintf(b, "def decode_%s(raw: rt.JSON) -> %s:\n    return %s\n\n\n", fn, n, pyCast(n, pyDec(s, ""), "raw"))
	fmt.Fprintf(b, "def encode_%s(v: %s) -> rt.JSON:\n    return %s(v)\n\n\n", fn, n, pyEnc(s, ""))
}

// pyConstLiteral is the Python literal of a const that typing.Literal takes
// (a string, an integer or a boolean; "" otherwise). As in TypeScript, a
// different value a server sends is kept as it came, like an unknown enum
// value.
func pyConstLiteral(s *ir.Schema) string {
	if s.Const == nil {
		return ""
	}
	lit := pyLiteral(s.Const.JSON)
	if lit == "" || strings.HasPrefix(lit, `"`) || lit == "True" || lit == "False" {
		return lit
	}
	if _, ok := new(big.Int).SetString(lit, 10); !ok {
		return "" // typing.Literal takes no floats
	}
	return lit
}

// pyLiteral is a Python literal for a scalar JSON value, "" for others.
func pyLiteral(j string) string {
	switch {
	case j == "true":
		return "True"
	case j == "false":
		return "False"
	case j == "null" || strings.HasPrefix(j, "{") || strings.HasPrefix(j, "["):
		return ""
	}
	return j
}

// pyCast wraps a decoded expression in typing.cast when the decoder returns
// Any (a scalar passed through); mypy --strict rejects a cast it finds redundant.
func pyCast(typ, dec, arg string) string {
	if strings.Contains(dec, "c.ident") {
		return fmt.Sprintf("t.cast(%q, %s(%s))", typ, dec, arg)
	}
	return fmt.Sprintf("%s(%s)", dec, arg)
}
