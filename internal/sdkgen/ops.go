package sdkgen

import (
	"fmt"
	"go/token"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/sequere/sequere/internal/sdkgen/ir"
)

// operations derives every operation from the shared IR, in document order:
// the order in which they are named decides the names, so it must not change.
func (b *builder) operations(api *ir.API, sd *schemaDoc) ([]*Operation, error) {
	srcOps := slices.Clone(api.Operations)
	sort.Slice(srcOps, func(i, j int) bool { return srcOps[i].Index < srcOps[j].Index })
	var ops []*Operation
	opNames := newNamer()
	patterns := map[string]string{}
	for _, o := range srcOps {
		id := o.ID
		if id == "" {
			id = strings.ToLower(o.Method) + " " + o.Path
		}
		op := &Operation{ID: id, Method: o.Method, Path: o.Path, Summary: o.Summary, Deprecated: o.Deprecated}
		if op.Summary == "" {
			op.Summary = o.Doc
		}
		op.Name = opNames.unique(exported(id))
		op.RequestType = b.names.unique(op.Name + "Request")
		op.ResultType = b.names.unique(op.Name + "Response")
		if err := b.params(op, o, sd); err != nil {
			return nil, fmt.Errorf("%s %s: %w", op.Method, op.Path, err)
		}
		b.body(op, o.Body, sd)
		b.responses(op, o.Responses)
		op.Security = security(o)
		if other, dup := patterns[op.Pattern]; dup {
			return nil, fmt.Errorf("%s and %s both route as %q", other, op.ID, op.Pattern)
		}
		patterns[op.Pattern] = op.ID
		ops = append(ops, op)
	}
	return ops, nil
}

// params types the IR's parameters for the request struct and builds the
// ServeMux pattern.
func (b *builder) params(op *Operation, src *ir.Operation, sd *schemaDoc) error {
	fields := newNamer("Body", "RawBody")
	wild := map[string]string{}
	for _, p := range src.Params {
		prm := &Param{Name: p.Name, In: p.In, Field: fields.unique(exported(p.Name)), Required: p.Required}
		// A parameter described by content has no schema the router can
		// split its text by: it is read as plain text.
		schema, source := p.Schema.Written, p.Schema.Source
		if p.ContentType != "" {
			schema, source = nil, node{}
		}
		b.paramType(op, prm, schema)
		prm.Sep = b.separator(op, p, prm)
		if prm.Kind != "raw" {
			prm.Schema = sd.addParam(op.Name, p.Index, source)
		}
		if p.In == "path" {
			prm.Wildcard = p.Name
			if !token.IsIdentifier(p.Name) {
				prm.Wildcard = "p" + strconv.Itoa(p.Index)
			}
			wild[p.Name] = prm.Wildcard
		}
		op.Params = append(op.Params, prm)
	}
	pattern, affixes, err := muxPattern(op.Path, wild)
	if err != nil {
		return err
	}
	for _, prm := range op.Params {
		if a, ok := affixes[prm.Name]; ok && prm.In == "path" {
			prm.Prefix, prm.Suffix = a[0], a[1]
		}
	}
	op.Pattern = op.Method + " " + pattern
	return nil
}

// notePlainText records a parameter the router reads as plain text, and where
// the first one of each cause is.
func (b *builder) notePlainText(cause string, op *Operation, p *ir.Param, prm *Param) {
	if _, ok := b.plainTextAt[cause]; !ok {
		b.plainTextAt[cause] = b.doc.Name
		if p.Schema != nil {
			b.plainTextAt[cause] = posAt(p.Schema.Pos)
		}
	}
	b.plainText[cause] = append(b.plainText[cause], op.ID+" "+prm.Name)
}

// paramElem is the Go type of a parameter's value. The router hands date-time
// parameters over as written, so their time.Time becomes string (and
// modelsUseTime decides from the types alone whether models.go imports time).
func (b *builder) paramElem(s *ir.Written, hint string) string {
	elem, _ := b.goType(s, hint)
	return strings.ReplaceAll(elem, "time.Time", "string")
}

// separator reads a parameter's style: how array items share one value, and
// warnings for the styles the router reads as plain text. Only an explode
// written as false joins query items; the default repeats them.
func (b *builder) separator(op *Operation, p *ir.Param, prm *Param) string {
	switch p.Style {
	case "label", "matrix", "deepObject":
		b.notePlainText("with style "+p.Style, op, p, prm)
		return ""
	}
	if p.ContentType != "" {
		b.notePlainText("described by content", op, p, prm)
	}
	if !prm.Array {
		return ""
	}
	joined := p.ExplodeSet && !p.Explode
	switch {
	case prm.In == "path" || prm.In == "header":
		return ","
	case joined && p.Style == "spaceDelimited":
		return " "
	case joined && p.Style == "pipeDelimited":
		return "|"
	case joined || prm.In == "cookie":
		return ","
	}
	return ""
}

// warnPlainText says once per cause which parameters are read as plain text:
// Stripe alone has hundreds of deepObject parameters.
func (b *builder) warnPlainText() {
	causes := make([]string, 0, len(b.plainText))
	for c := range b.plainText {
		causes = append(causes, c)
	}
	sort.Strings(causes)
	for _, c := range causes {
		params := b.plainText[c]
		more := ""
		if len(params) > 1 {
			more = fmt.Sprintf(" and %d more", len(params)-1)
		}
		b.warn("%s: parameters %s are read as plain text: %s%s", b.plainTextAt[c], c, params[0], more)
	}
}

// paramType decides how a parameter's text is read and typed.
func (b *builder) paramType(op *Operation, prm *Param, s *ir.Written) {
	resolved := b.resolvedOf(s)
	if resolved != nil && resolved.NullPair != nil {
		resolved = resolved.NullPair
	}
	types := typesOf(resolved)
	kind := "raw"
	if len(types) == 0 && resolved != nil && resolved.HasEnum {
		types = []string{"string"}
	}
	if len(types) == 1 {
		kind = types[0]
	}
	hint := op.Name + exported(prm.Name)
	switch {
	case kind == "array":
		items := resolved.Items
		it := typesOf(b.resolvedOf(items))
		prm.Array, prm.Kind = true, "raw"
		if len(it) == 1 && isScalarKind(it[0]) {
			prm.Kind = it[0]
		}
		prm.Elem = b.paramElem(items, hint+"Item")
		if prm.Kind == "raw" {
			prm.Elem = "string"
		}
		prm.GoType = "[]" + prm.Elem
		return
	case isScalarKind(kind):
		prm.Kind = kind
		prm.Elem = b.paramElem(s, hint)
	default:
		prm.Kind, prm.Elem = "raw", "string"
	}
	prm.GoType = prm.Elem
	if resolved != nil && resolved.Default != nil && !prm.Required {
		lit := quoteLiteral(*resolved.Default)
		if (kind == "string") == strings.HasPrefix(lit, `"`) {
			prm.Default = prm.Elem + "(" + lit + ")"
		}
	}
	if !prm.Required && prm.Default == "" {
		prm.Pointer = true
		prm.GoType = "*" + prm.Elem
	}
}

// muxPattern turns an OpenAPI path template into a ServeMux pattern.
// ServeMux wildcards fill whole segments, so a segment such as "{sid}.json"
// becomes one wildcard whose fixed text the handler checks and strips (the
// affixes returned per parameter name). Two parameters in one segment are
// refused.
func muxPattern(path string, wild map[string]string) (string, map[string][2]string, error) {
	affixes := map[string][2]string{}
	segs := strings.Split(path, "/")
	for i, s := range segs {
		if !strings.ContainsAny(s, "{}") {
			continue
		}
		open, end := strings.Index(s, "{"), strings.Index(s, "}")
		if strings.Count(s, "{") != 1 || strings.Count(s, "}") != 1 || end < open {
			return "", nil, fmt.Errorf("path segment %q holds more than one parameter, which net/http patterns cannot match", s)
		}
		name := s[open+1 : end]
		w, ok := wild[name]
		if !ok {
			return "", nil, fmt.Errorf("path parameter %q is not declared", name)
		}
		if open > 0 || end < len(s)-1 {
			affixes[name] = [2]string{s[:open], s[end+1:]}
		}
		segs[i] = "{" + w + "}"
	}
	p := strings.Join(segs, "/")
	if strings.HasSuffix(p, "/") {
		p += "{$}"
	}
	return p, affixes, nil
}

// security is the Go literal of the requirements that apply to an operation:
// nil when none is written, an empty list for `security: []`.
func security(o *ir.Operation) string {
	if !o.SecurityWritten {
		return "nil"
	}
	var reqs []string
	for _, alt := range o.Security {
		var parts []string
		for _, r := range alt {
			var scopes []string
			for _, s := range r.Scopes {
				scopes = append(scopes, strconv.Quote(s))
			}
			parts = append(parts, fmt.Sprintf("%q: {%s}", r.Scheme.Name, strings.Join(scopes, ", ")))
		}
		reqs = append(reqs, "{"+strings.Join(parts, ", ")+"}")
	}
	return "[]map[string][]string{" + strings.Join(reqs, ", ") + "}"
}

// sortOps orders operations by Go name.
func sortOps(ops []*Operation) {
	sort.Slice(ops, func(i, j int) bool { return ops[i].Name < ops[j].Name })
}
