package sdkgen

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/sequere/sequere/internal/sdkgen/ir"
)

// tsIdent matches names usable as a TypeScript property without quotes.
var tsIdent = regexp.MustCompile(`^[A-Za-z_$][A-Za-z0-9_$]*$`)

// pyIdent matches a Python package name.
var pyIdent = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

func tsKey(name string) string {
	if tsIdent.MatchString(name) {
		return name
	}
	return fmt.Sprintf("%q", name)
}

func tsTypeName(t *ir.Type) string { return ir.Pascal(t.Name) }

// tsType is the TypeScript type of s, qualified with q ("" or "m.") for named types.
func tsType(s *ir.Schema, q string) string {
	t := tsBaseType(s, q)
	if s.Nullable && s.Kind != ir.KindNull && s.Kind != ir.KindAny {
		t += " | null"
	}
	return t
}

func tsBaseType(s *ir.Schema, q string) string {
	if lit := tsConstLiteral(s); lit != "" {
		return lit
	}
	switch s.Kind {
	case ir.KindString:
		return "string"
	case ir.KindInteger:
		if s.Format == "int64" || s.Format == "uint64" {
			return "bigint"
		}
		return "number"
	case ir.KindNumber:
		return "number"
	case ir.KindBoolean:
		return "boolean"
	case ir.KindNull:
		return "null"
	case ir.KindArray:
		return "(" + tsType(s.Items, q) + ")[]"
	case ir.KindMap:
		return "{ [key: string]: " + tsType(s.Values, q) + " }"
	case ir.KindRef:
		return q + tsTypeName(s.Ref)
	}
	return "rt.JSONValue"
}

// tsConstLiteral is the literal type of a scalar const ("" for none): JSON
// text is TypeScript text for strings, numbers and booleans; an int64 is a
// bigint literal, as its decoder makes one. A different value a server sends
// is kept as it came (tolerant reading, as for enums), so the literal is the
// documented value, which is what a caller building a request needs.
func tsConstLiteral(s *ir.Schema) string {
	if s.Const == nil {
		return ""
	}
	j := s.Const.JSON
	switch {
	case j == "true" || j == "false" || strings.HasPrefix(j, `"`):
		return j
	case j == "null" || strings.HasPrefix(j, "{") || strings.HasPrefix(j, "["):
		return ""
	case s.Kind == ir.KindInteger && (s.Format == "int64" || s.Format == "uint64"):
		if _, err := strconv.ParseInt(j, 10, 64); err != nil {
			return ""
		}
		return j + "n"
	}
	if _, err := strconv.ParseFloat(j, 64); err != nil {
		return ""
	}
	return j
}

// tsNeedsCodec says whether values of s differ from their JSON (so decode and
// encode must walk them): int64s and named objects, unions and aliases of those.
func tsNeedsCodec(s *ir.Schema) bool {
	switch s.Kind {
	case ir.KindInteger:
		return s.Format == "int64" || s.Format == "uint64"
	case ir.KindArray:
		return tsNeedsCodec(s.Items)
	case ir.KindMap:
		return tsNeedsCodec(s.Values)
	case ir.KindRef:
		return true
	}
	return false
}

// tsDecode is an expression turning the JSON value x into a value of s.
func tsDecode(s *ir.Schema, x, q string) string {
	if !tsNeedsCodec(s) {
		return fmt.Sprintf("%s as %s", x, tsType(s, q))
	}
	var inner string
	switch s.Kind {
	case ir.KindInteger:
		inner = "rt.toBigInt(v)"
	case ir.KindArray:
		inner = fmt.Sprintf("rt.decodeArray(v, (e) => %s)", tsDecode(s.Items, "e", q))
	case ir.KindMap:
		inner = fmt.Sprintf("rt.decodeMap(v, (e) => %s)", tsDecode(s.Values, "e", q))
	case ir.KindRef:
		inner = q + "decode" + tsTypeName(s.Ref) + "(v)"
	}
	if s.Nullable {
		return fmt.Sprintf("((v: rt.JSONValue) => (v === null ? null : %s))(%s)", inner, x)
	}
	return fmt.Sprintf("((v: rt.JSONValue) => %s)(%s)", inner, x)
}

// tsEncode is an expression turning the value x of s into JSON.
func tsEncode(s *ir.Schema, x, q string) string {
	if !tsNeedsCodec(s) {
		return fmt.Sprintf("(%s as rt.JSONValue)", x)
	}
	t := tsBaseType(s, q)
	var inner string
	switch s.Kind {
	case ir.KindInteger:
		inner = "rt.fromBigInt(v)"
	case ir.KindArray:
		inner = fmt.Sprintf("v.map((e) => %s)", tsEncode(s.Items, "e", q))
	case ir.KindMap:
		inner = fmt.Sprintf("rt.encodeMap(v, (e) => %s)", tsEncode(s.Values, "e", q))
	case ir.KindRef:
		inner = q + "encode" + tsTypeName(s.Ref) + "(v)"
	}
	if s.Nullable {
		return fmt.Sprintf("((v: %s | null): rt.JSONValue => (v === null ? null : %s))(%s)", t, inner, x)
	}
	return fmt.Sprintf("((v: %s): rt.JSONValue => %s)(%s)", t, inner, x)
}

func tsDoc(b *strings.Builder, indent, doc string, deprecated bool) {
	tsDocDefault(b, indent, doc, deprecated, nil)
}

// tsDocDefault is tsDoc with a JSDoc @default tag when def is set. The
// default is documentation only: the server applies it to what is not sent
// (OpenAPI's meaning of default), so the client neither fills it in on decode
// nor sends it unasked (a merge-patch body would otherwise overwrite the
// stored value).
func tsDocDefault(b *strings.Builder, indent, doc string, deprecated bool, def *ir.Value) {
	doc = strings.TrimSpace(strings.ReplaceAll(doc, "*/", "*\\/"))
	if def != nil {
		// A tag starts its own line, where JSDoc readers look for it.
		b.WriteString(indent + "/**\n")
		if doc != "" {
			b.WriteString(indent + " * " + strings.ReplaceAll(doc, "\n", " ") + "\n")
		}
		if deprecated {
			b.WriteString(indent + " * @deprecated\n")
		}
		b.WriteString(indent + " * @default " + strings.ReplaceAll(def.JSON, "*/", "*\\/") + "\n" + indent + " */\n")
		return
	}
	if doc == "" && !deprecated {
		return
	}
	b.WriteString(indent + "/**")
	if doc != "" {
		b.WriteString(" " + strings.ReplaceAll(doc, "\n", " "))
	}
	if deprecated {
		b.WriteString(" @deprecated")
	}
	b.WriteString(" */\n")
}

// tsModel writes the declaration, decoder and encoder of one named type.
func tsModel(b *strings.Builder, t *ir.Type) {
	n := tsTypeName(t)
	s := t.Schema
	tsDoc(b, "", s.Doc, s.Deprecated)
	switch s.Kind {
	case ir.KindObject:
		fmt.Fprintf(b, "export interface %s extends rt.Extensible {\n", n)
		for _, p := range s.Properties {
			doc := p.Doc
			switch p.Schema.Format {
			case "date-time", "date":
				// Kept as the server's text: Date holds milliseconds and no offset, so
				// parsing here would lose what a round trip must give back.
				doc = strings.TrimSpace(doc + " RFC 3339 " + p.Schema.Format + " as sent (parse with new Date() where milliseconds suffice).")
			}
			tsDocDefault(b, "  ", doc, p.Schema.Deprecated, p.Schema.Default)
			opt := "?"
			if requiredBothWays(p) {
				opt = ""
			}
			ro := ""
			if readOnlyProp(p) {
				ro = "readonly "
			}
			fmt.Fprintf(b, "  %s%s%s: %s;\n", ro, tsKey(p.Name), opt, tsType(p.Schema, ""))
		}
		b.WriteString("}\n\n")
		fmt.Fprintf(b, "export function decode%s(raw: rt.JSONValue): %s {\n", n, n)
		fmt.Fprintf(b, "  const o = rt.expectObject(raw, %q);\n  const out: { [key: string | symbol]: unknown } = {};\n  const extra: { [key: string]: rt.JSONValue } = {};\n", n)
		b.WriteString("  for (const [k, x] of Object.entries(o)) {\n    switch (k) {\n")
		for _, p := range s.Properties {
			fmt.Fprintf(b, "      case %q:\n        out[k] = %s;\n        break;\n", p.Name, tsDecode(p.Schema, "x", ""))
		}
		b.WriteString("      default:\n        extra[k] = x;\n    }\n  }\n")
		b.WriteString("  if (Object.keys(extra).length > 0) out[rt.unknownFields] = extra;\n")
		fmt.Fprintf(b, "  return out as unknown as %s;\n}\n\n", n)
		fmt.Fprintf(b, "export function encode%s(v: %s): rt.JSONValue {\n  const out: { [key: string]: rt.JSONValue } = { ...v[rt.unknownFields] };\n", n, n)
		for _, p := range s.Properties {
			acc := fmt.Sprintf("v[%q]", p.Name)
			cond := acc + " !== undefined"
			if readOnlyProp(p) {
				cond += " && !rt.sendingRequest()" // set by the server: not sent back
			}
			if lit := tsConstLiteral(p.Schema); lit != "" && requiredBothWays(p) {
				// Filled in for JavaScript callers the type checker did not see.
				fmt.Fprintf(b, "  out[%q] = %s;\n", p.Name, tsEncode(p.Schema, "("+acc+" ?? "+lit+")", ""))
				continue
			}
			fmt.Fprintf(b, "  if (%s) out[%q] = %s;\n", cond, p.Name, tsEncode(p.Schema, acc, ""))
		}
		b.WriteString("  return out;\n}\n\n")
		return
	case ir.KindEnum:
		var vals []string
		for _, v := range s.Enum {
			vals = append(vals, v.JSON)
		}
		open := map[ir.Kind]string{ir.KindString: "(string & {})", ir.KindInteger: "(number & {})", ir.KindNumber: "(number & {})"}[s.Base]
		if open != "" {
			vals = append(vals, open)
		}
		if len(vals) == 0 {
			vals = []string{"rt.JSONValue"}
		}
		null := ""
		if s.Nullable {
			null = " | null"
		}
		// Open enums: a value a newer server sends still decodes.
		fmt.Fprintf(b, "export type %s = %s%s;\n\n", n, strings.Join(vals, " | "), null)
		fmt.Fprintf(b, "export const %sValues = [%s] as const;\n\n", n, strings.Join(enumJSON(s.Enum), ", "))
		// Go's Known(): whether a decoded value is one the description lists.
		fmt.Fprintf(b, "export function isKnown%s(v: %s): v is (typeof %sValues)[number] {\n  return (%sValues as readonly unknown[]).includes(v);\n}\n\n", n, n, n, n)
		fmt.Fprintf(b, "export function decode%s(raw: rt.JSONValue): %s {\n  return raw as %s;\n}\n\n", n, n, n)
		fmt.Fprintf(b, "export function encode%s(v: %s): rt.JSONValue {\n  return v;\n}\n\n", n, n)
		return
	case ir.KindUnion:
		tsUnion(b, t)
		return
	}
	fmt.Fprintf(b, "export type %s = %s;\n\n", n, tsType(s, ""))
	fmt.Fprintf(b, "export function decode%s(raw: rt.JSONValue): %s {\n  return %s;\n}\n\n", n, n, tsDecode(s, "raw", ""))
	fmt.Fprintf(b, "export function encode%s(v: %s): rt.JSONValue {\n  return %s;\n}\n\n", n, n, tsEncode(s, "v", ""))
}

func enumJSON(vals []ir.Value) []string {
	var out []string
	for _, v := range vals {
		if strings.HasPrefix(v.JSON, "{") || strings.HasPrefix(v.JSON, "[") {
			continue
		}
		out = append(out, v.JSON)
	}
	return out
}
