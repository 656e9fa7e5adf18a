package sdkgen

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/sequere/sequere/internal/sdkgen/ir"
)

// gcReserved are declared by the Go client's runtime templates.
var gcReserved = []string{
	"Client", "Option", "CallOption", "New", "Version", "DefaultBaseURL", "RetryPolicy", "DefaultRetryPolicy",
	"APIError", "Problem", "FieldError", "Nullable", "NewNullable", "Null", "Ptr", "File", "Event", "EventStream",
	"Date", "DateOf", "ParseDate",
	"WithBaseURL", "WithHTTPClient", "WithTimeout", "WithRetry", "WithoutRetries", "WithHeader", "WithUserAgent",
	"WithClock", "WithCallTimeout", "WithCallRetry", "WithRequestHeader", "WithIdempotencyKey", "WithoutIdempotencyKey",
	"VerifyWebhookSignature", "SignWebhook", "ErrBadSignature", "WebhookSignatureHeader",
}

// goClient holds the Go names of one generation run.
type goClient struct {
	api   *ir.API
	names *namer
	// credOption is the Option per security scheme that takes its secret
	// (token, key, or user and password), as schemeOptions named it.
	credOption map[string]string
	typeName   map[*ir.Type]string
	aliasBad   map[*ir.Type]bool // alias cycles, declared as json.RawMessage
	// carriesRO are the types whose values can hold a readOnly member.
	carriesRO map[*ir.Type]bool
	imports   map[string]bool
	// reqTypes are the request struct names by operation, for the README's
	// snippets: a schema may have taken the plain <Operation>Request.
	reqTypes map[string]string
}

func newGoClient(api *ir.API) *goClient {
	g := &goClient{api: api, names: newNamer(gcReserved...), credOption: map[string]string{}, typeName: map[*ir.Type]string{}, aliasBad: map[*ir.Type]bool{}, reqTypes: map[string]string{}}
	reserved := map[string]bool{}
	for _, r := range gcReserved {
		reserved[r] = true
	}
	for _, t := range api.Types {
		n := exported(t.Name)
		if reserved[n] {
			n += "Model" // the description's Problem next to the runtime's
		}
		g.typeName[t] = g.names.unique(n)
	}
	for _, t := range api.Types {
		seen := map[*ir.Type]bool{}
		for u := t; u != nil && u.Schema != nil && u.Schema.Kind == ir.KindRef; u = u.Schema.Ref {
			if seen[u] {
				g.aliasBad[t] = true
				break
			}
			seen[u] = true
		}
	}
	g.markReadOnly()
	return g
}

// isStruct says whether a schema is (a reference to) a Go struct type.
func (g *goClient) isStruct(s *ir.Schema) bool {
	for i := 0; s != nil && i < 32; i++ {
		switch s.Kind {
		case ir.KindRef:
			if g.aliasBad[s.Ref] {
				return false
			}
			s = s.Ref.Schema
		case ir.KindObject, ir.KindUnion:
			return true
		default:
			return false
		}
	}
	return false
}

// goType is the Go type of a schema in place, without null or optional wrapping.
func (g *goClient) goType(s *ir.Schema) string {
	if s == nil {
		return "json.RawMessage"
	}
	switch s.Kind {
	case ir.KindRef:
		return g.typeName[s.Ref]
	case ir.KindString:
		// RFC 3339 date-time and full-date: time.Time keeps nanoseconds and the
		// offset; a value time.Parse rejects is a decode error naming the member.
		switch s.Format {
		case "date-time":
			return "time.Time"
		case "date":
			return "Date"
		}
		return "string"
	case ir.KindInteger:
		if s.Format == "int32" {
			return "int32"
		}
		return "int64"
	case ir.KindNumber:
		if s.Format == "float" {
			return "float32"
		}
		return "float64"
	case ir.KindBoolean:
		return "bool"
	case ir.KindArray:
		return "[]" + g.elemType(s.Items)
	case ir.KindMap:
		return "map[string]" + g.elemType(s.Values)
	}
	return "json.RawMessage"
}

// elemType is an array item or map value: Nullable when null is allowed.
func (g *goClient) elemType(s *ir.Schema) string {
	t := g.goType(s)
	if s != nil && s.Nullable && t != "json.RawMessage" {
		return "Nullable[" + t + "]"
	}
	return t
}

// fieldType is a struct field's type and whether it is omitted when zero.
func (g *goClient) fieldType(p *ir.Property, recursive bool) (string, bool) {
	s := p.Schema
	t := g.goType(s)
	optional := !p.Required || readOnlyProp(p) || s.WriteOnly
	if s.Nullable && t != "json.RawMessage" {
		return "Nullable[" + t + "]", optional
	}
	if !optional {
		if recursive && g.isStruct(s) {
			return "*" + t, false
		}
		return t, false
	}
	if strings.HasPrefix(t, "[]") || strings.HasPrefix(t, "map[") || t == "json.RawMessage" {
		return t, true
	}
	return "*" + t, true
}

func goComment(doc string) string {
	if doc == "" {
		return ""
	}
	return comment("", doc, "") + "\n"
}

// typeDecl is the Go declaration of one named type with its methods.
func (g *goClient) typeDecl(t *ir.Type) string {
	name := g.typeName[t]
	s := t.Schema
	var b strings.Builder
	doc := ""
	if s != nil {
		doc = s.Doc
	}
	b.WriteString(comment(name, doc, "is "+describe(t)+"."))
	b.WriteString("\n")
	switch {
	case s == nil || g.aliasBad[t]:
		fmt.Fprintf(&b, "type %s = json.RawMessage\n", name)
	case s.Kind == ir.KindObject:
		g.structDecl(&b, name, t)
	case s.Kind == ir.KindEnum:
		g.enumDecl(&b, name, s)
	case s.Kind == ir.KindUnion:
		g.unionDecl(&b, name, s)
	case s.Kind == ir.KindRef, s.Kind == ir.KindAny, s.Kind == ir.KindNull, g.goType(s) == "time.Time", g.goType(s) == "Date":
		// An alias, so time.Time and Date keep their methods (JSON, text).
		fmt.Fprintf(&b, "type %s = %s\n", name, g.goType(s))
	default:
		fmt.Fprintf(&b, "type %s %s\n", name, g.goType(s))
	}
	if s != nil && !g.aliasBad[t] {
		g.withoutReadOnlyMethod(&b, name, t)
	}
	return b.String()
}

func describe(t *ir.Type) string {
	if t.Component != "" {
		return "the schema " + t.Component
	}
	return "an inline schema"
}

// structFields are the Go field names of an object's properties, in order.
func (g *goClient) structFields(s *ir.Schema) []string {
	fields := newNamer("AdditionalProperties", "WithoutReadOnly")
	props := goProps(s)
	out := make([]string, len(props))
	for i, p := range props {
		out[i] = fields.unique(exported(p.Name))
	}
	return out
}

// goProps are the properties of s that get a struct field: encoding/json
// cannot name a member with a backtick, quote, backslash or comma in a tag, so
// such a member has none and travels in AdditionalProperties instead.
func goProps(s *ir.Schema) []*ir.Property {
	for i, p := range s.Properties {
		if !jsonNameable(p.Name) {
			out := slices.Clone(s.Properties[:i])
			for _, p := range s.Properties[i+1:] {
				if jsonNameable(p.Name) {
					out = append(out, p)
				}
			}
			return out
		}
	}
	return s.Properties
}

// unionFields are the Go field names of a union's variants, in order.
func (g *goClient) unionFields(s *ir.Schema) []string {
	fields := newNamer("Raw", "WithoutReadOnly")
	out := make([]string, len(s.Variants))
	for i, v := range s.Variants {
		out[i] = fields.unique(exported(v.Name))
	}
	return out
}

func (g *goClient) structDecl(b *strings.Builder, name string, t *ir.Type) {
	fieldNames := g.structFields(t.Schema)
	consts, fills := g.structConsts(name, t, fieldNames)
	fmt.Fprintf(b, "type %s struct {\n", name)
	var known []string
	for i, p := range goProps(t.Schema) {
		ft, omit := g.fieldType(p, t.Recursive)
		tag := p.Name
		if omit {
			tag += ",omitzero"
		}
		doc := p.Doc
		switch {
		case readOnlyProp(p):
			doc = strings.TrimSpace(doc + " Read-only: set by the server; the client does not send it.")
		case p.Schema.WriteOnly:
			doc = strings.TrimSpace(doc + " Write-only: sent, never returned.")
		}
		if p.Schema.Default != nil {
			doc = strings.TrimSpace(doc + " Default: " + p.Schema.Default.JSON + ".")
		}
		switch c := consts[i]; {
		case c != "" && fills[i] != "":
			doc = strings.TrimSpace(doc + " Always " + p.Schema.Const.JSON + " (" + c + "); encoding fills it in when left zero.")
		case c != "":
			doc = strings.TrimSpace(doc + " Always " + p.Schema.Const.JSON + " (" + c + ").")
		case p.Schema.Const != nil:
			doc = strings.TrimSpace(doc + " Always " + p.Schema.Const.JSON + ".")
		}
		b.WriteString(goComment(doc))
		fmt.Fprintf(b, "\t%s %s `json:%s`\n", fieldNames[i], ft, strconv.Quote(tag))
		known = append(known, p.Name)
	}
	b.WriteString("\t// AdditionalProperties keeps members the description does not name, so a\n\t// read-modify-write round trip does not drop them.\n")
	b.WriteString("\tAdditionalProperties map[string]json.RawMessage `json:\"-\"`\n}\n\n")
	sort.Strings(known)
	var set strings.Builder
	for _, k := range known {
		fmt.Fprintf(&set, "%s: true, ", strconv.Quote(k))
	}
	fmt.Fprintf(b, "var %sFields = map[string]bool{%s}\n\n", unexported(name), set.String())
	var decl strings.Builder
	for i, c := range consts {
		if c != "" {
			lit, _ := goConstLiteral(t.Schema.Properties[i].Schema, g.goType(t.Schema.Properties[i].Schema))
			fmt.Fprintf(&decl, "\t%s %s = %s\n", c, g.goType(t.Schema.Properties[i].Schema), lit)
		}
	}
	if decl.Len() > 0 {
		fmt.Fprintf(b, "// The values the description fixes (const) for %s's fields.\nconst (\n%s)\n\n", name, decl.String())
	}
	fmt.Fprintf(b, "func (v %s) MarshalJSON() ([]byte, error) {\n\ttype plain %s\n", name, name)
	for _, f := range fills {
		b.WriteString(f)
	}
	b.WriteString("\treturn marshalWithExtra(plain(v), v.AdditionalProperties)\n}\n\n")
	fmt.Fprintf(b, "func (v *%s) UnmarshalJSON(b []byte) error {\n\ttype plain %s\n\tvar p plain\n\tif err := json.Unmarshal(b, &p); err != nil {\n\t\treturn memberError(%q, b, err)\n\t}\n", name, name, name)
	fmt.Fprintf(b, "\textra, err := unknownMembers(b, %sFields)\n\tif err != nil {\n\t\treturn err\n\t}\n\t*v = %s(p)\n\tv.AdditionalProperties = extra\n\treturn nil\n}\n", unexported(name), name)
}

// structConsts names a constant for each field whose schema fixes a scalar
// value (const), and for the required ones the statement MarshalJSON runs to
// fill a field left zero, so a caller need not repeat the value. An optional
// const is sent only when set: a value read without it is written back
// without it. A different value a server sends is kept and written back as it
// came: tolerant reading, as for enums (Known), so a server that widens a
// const into an enum does not break decoding.
func (g *goClient) structConsts(name string, t *ir.Type, fieldNames []string) (consts, fills []string) {
	consts, fills = make([]string, len(fieldNames)), make([]string, len(fieldNames))
	for i, p := range t.Schema.Properties {
		typ := g.goType(p.Schema)
		lit, zero := goConstLiteral(p.Schema, typ)
		if lit == "" {
			continue
		}
		consts[i] = g.names.unique(name + fieldNames[i] + "Const")
		ft, _ := g.fieldType(p, t.Recursive)
		if ft == typ && lit != zero {
			fills[i] = fmt.Sprintf("\tif v.%s == %s {\n\t\tv.%s = %s\n\t}\n", fieldNames[i], zero, fieldNames[i], consts[i])
		}
	}
	return consts, fills
}

// goConstLiteral is the Go literal of s's const for the Go type typ and that
// type's zero literal; "" when typ cannot hold it as a constant.
func goConstLiteral(s *ir.Schema, typ string) (lit, zero string) {
	if s.Const == nil {
		return "", ""
	}
	j := s.Const.JSON
	switch typ {
	case "string":
		if uq, err := strconv.Unquote(j); err == nil && strings.HasPrefix(j, `"`) {
			return strconv.Quote(uq), `""`
		}
	case "bool":
		if j == "true" || j == "false" {
			return j, "false"
		}
	case "int32", "int64":
		if _, err := strconv.ParseInt(j, 10, map[string]int{"int32": 32, "int64": 64}[typ]); err == nil {
			return j, "0"
		}
	case "float32", "float64":
		if _, err := strconv.ParseFloat(j, 64); err == nil {
			return j, "0"
		}
	}
	return "", ""
}

func (g *goClient) enumDecl(b *strings.Builder, name string, s *ir.Schema) {
	base := map[ir.Kind]string{ir.KindString: "string", ir.KindInteger: "int64", ir.KindNumber: "float64", ir.KindBoolean: "bool"}[s.Base]
	fmt.Fprintf(b, "//\n// Values a newer server adds decode without error; Known tells them apart.\ntype %s %s\n\n", name, base)
	consts := newNamer()
	var names []string
	b.WriteString("const (\n")
	seen := map[string]bool{} // a value listed twice would be a duplicate case in Known
	for _, v := range s.Enum {
		lit := v.JSON
		word := lit
		if uq, err := strconv.Unquote(lit); err == nil {
			word = uq
			lit = strconv.Quote(uq)
		}
		if seen[lit] {
			continue
		}
		seen[lit] = true
		if word == "" {
			word = "Empty"
		}
		word = strings.NewReplacer("-", " Minus ", ".", " Point ").Replace(word)
		cn := g.names.unique(consts.unique(name + exported(word)))
		names = append(names, cn)
		fmt.Fprintf(b, "\t%s %s = %s\n", cn, name, lit)
	}
	b.WriteString(")\n\n")
	fmt.Fprintf(b, "// Known says whether v is one of the values the description lists.\nfunc (v %s) Known() bool {\n\tswitch v {\n\tcase %s:\n\t\treturn true\n\t}\n\treturn false\n}\n", name, strings.Join(names, ", "))
}

func (g *goClient) unionDecl(b *strings.Builder, name string, s *ir.Schema) {
	b.WriteString("//\n// One field is set after decoding; Raw keeps a value no variant matched\n// (a variant a newer server added), and is written back as it came.\n")
	fmt.Fprintf(b, "type %s struct {\n", name)
	vf := g.unionFields(s)
	for i, v := range s.Variants {
		fmt.Fprintf(b, "\t%s *%s\n", vf[i], g.goType(v.Schema))
	}
	b.WriteString("\tRaw json.RawMessage\n}\n\n")
	fmt.Fprintf(b, "func (u %s) MarshalJSON() ([]byte, error) {\n\tswitch {\n", name)
	for i := range s.Variants {
		fmt.Fprintf(b, "\tcase u.%s != nil:\n\t\treturn json.Marshal(u.%s)\n", vf[i], vf[i])
	}
	b.WriteString("\tcase u.Raw != nil:\n\t\treturn u.Raw, nil\n\t}\n\treturn []byte(\"null\"), nil\n}\n\n")
	fmt.Fprintf(b, "func (u *%s) UnmarshalJSON(b []byte) error {\n\t*u = %s{}\n\tif jsonKind(b) == 'n' {\n\t\treturn nil\n\t}\n", name, name)
	if d := s.Discriminator; d != nil {
		fmt.Fprintf(b, "\tif tag := discriminant(b, %s); tag != nil {\n\t\tswitch {\n", strconv.Quote(d.Property))
		for i, v := range s.Variants {
			if len(v.Tags) == 0 {
				continue
			}
			var conds []string
			for _, t := range v.Tags {
				conds = append(conds, "sameJSON(tag, "+strconv.Quote(t.JSON)+")")
			}
			fmt.Fprintf(b, "\t\tcase %s:\n\t\t\tu.%s = new(%s)\n\t\t\treturn json.Unmarshal(b, u.%s)\n", strings.Join(conds, " || "), vf[i], g.goType(v.Schema), vf[i])
		}
		b.WriteString("\t\t}\n\t\t// A tag no variant maps is a variant this client does not know yet.\n\t\tu.Raw = append(json.RawMessage(nil), b...)\n\t\treturn nil\n\t}\n")
	}
	for i, v := range s.Variants {
		cond := g.probe(v.Schema)
		fmt.Fprintf(b, "\tif %s {\n\t\tvar x %s\n\t\tif json.Unmarshal(b, &x) == nil {\n\t\t\tu.%s = &x\n\t\t\treturn nil\n\t\t}\n\t}\n", cond, g.goType(v.Schema), vf[i])
	}
	b.WriteString("\tu.Raw = append(json.RawMessage(nil), b...)\n\treturn nil\n}\n")
}

// probe is the Go condition under which an undiscriminated variant is tried.
func (g *goClient) probe(s *ir.Schema) string {
	r := s
	for i := 0; r != nil && r.Kind == ir.KindRef && i < 32 && !g.aliasBad[r.Ref]; i++ {
		r = r.Ref.Schema
	}
	if r == nil {
		return "true"
	}
	switch r.Kind {
	case ir.KindObject:
		var req []string
		for _, p := range r.Properties {
			if requiredBothWays(p) {
				req = append(req, strconv.Quote(p.Name))
			}
		}
		return "jsonKind(b) == '{' && hasMembers(b, " + strings.Join(req, ", ") + ")"
	case ir.KindMap:
		return "jsonKind(b) == '{'"
	case ir.KindArray:
		return "jsonKind(b) == '['"
	case ir.KindString:
		return "jsonKind(b) == '\"'"
	case ir.KindEnum:
		switch r.Base {
		case ir.KindString:
			return "jsonKind(b) == '\"'"
		case ir.KindBoolean:
			return "jsonKind(b) == 't'"
		}
		return "jsonKind(b) == '0'"
	case ir.KindInteger:
		return "jsonKind(b) == '0' && isInteger(b)"
	case ir.KindNumber:
		return "jsonKind(b) == '0'"
	case ir.KindBoolean:
		return "jsonKind(b) == 't'"
	}
	return "true"
}
