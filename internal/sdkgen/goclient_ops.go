package sdkgen

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/sequere/sequere/internal/sdkgen/ir"
)

// gcOp is what the operations template needs of one operation.
type gcOp struct {
	Code string
}

type gcParamField struct {
	p     *ir.Param
	field string
	typ   string
}

// bodyKind is how the Go client writes a body content.
func bodyGoType(g *goClient, c *ir.Content) string {
	switch c.Encoding {
	case ir.EncodingJSON, ir.EncodingForm, ir.EncodingMultipart:
		return g.goType(c.Schema)
	case ir.EncodingText:
		return "string"
	}
	return "io.Reader"
}

// goFields names the request struct's parameter fields, one per op.Params.
func goFields(op *ir.Operation) []string {
	fields := newNamer("Body", "Files", "ContentType")
	out := make([]string, len(op.Params))
	for i, p := range op.Params {
		out[i] = fields.unique(exported(p.Name))
	}
	return out
}

func (g *goClient) operation(op *ir.Operation) string {
	var b strings.Builder
	name := exported(op.Name)
	reqType := g.names.unique(name + "Request")
	g.reqTypes[op.Name] = reqType
	respType := g.names.unique(name + "Response")
	fieldNames := goFields(op)
	var params []gcParamField
	for i, p := range op.Params {
		t := g.goType(p.Schema)
		if p.Schema.Kind == ir.KindAny && p.ContentType == "" {
			t = "string"
		}
		if !p.Required && !strings.HasPrefix(t, "[]") && !strings.HasPrefix(t, "map[") && t != "json.RawMessage" {
			t = "*" + t
		}
		params = append(params, gcParamField{p, fieldNames[i], t})
	}
	body := op.Body
	var bodyContent *ir.Content
	if body != nil {
		bodyContent = body.Preferred
	}
	hasReq := len(params) > 0 || bodyContent != nil
	bodyArg := "req.Body" // what is encoded: the body without its readOnly members
	if hasReq {
		fmt.Fprintf(&b, "// %s holds the parameters and body of %s.\ntype %s struct {\n", reqType, name, reqType)
		for _, pf := range params {
			doc := pf.p.Doc
			if pf.p.Required {
				doc = strings.TrimSpace(fullStop(doc) + " Required.")
			}
			b.WriteString(goComment(strings.TrimSpace(pf.p.In + " parameter " + strconv.Quote(pf.p.Name) + ". " + doc)))
			fmt.Fprintf(&b, "\t%s %s\n", pf.field, pf.typ)
		}
		if bodyContent != nil {
			bt := bodyGoType(g, bodyContent)
			if !body.Required && bt != "io.Reader" && !strings.HasPrefix(bt, "[]") && !strings.HasPrefix(bt, "map[") && bt != "json.RawMessage" {
				bt = "*" + bt
			}
			b.WriteString(goComment("Body is sent as " + bodyContent.MediaType + "."))
			fmt.Fprintf(&b, "\tBody %s\n", bt)
			if e := g.strippedAs(bodyContent.Schema, bt, "req.Body"); e != "" && bodyContent.Encoding != ir.EncodingText && bodyContent.Encoding != ir.EncodingBinary {
				bodyArg = e
			}
			if bodyContent.Encoding == ir.EncodingMultipart {
				files := "Files are the file parts of the multipart body."
				if len(bodyContent.Files) > 0 {
					files += " They carry the file properties (" + strings.Join(bodyContent.Files, ", ") + "): Body's values for those are not sent."
				}
				b.WriteString(goComment(files))
				b.WriteString("\tFiles []File\n")
			}
			if bodyContent.Encoding == ir.EncodingBinary {
				fmt.Fprintf(&b, "\t// ContentType of Body; \"\" sends %s.\n\tContentType string\n", bodyContent.MediaType)
			}
		}
		b.WriteString("}\n\n")
	}
	success := op.Success
	var bodyField string
	var successEnc ir.Encoding
	if success != nil && success.Preferred != nil {
		successEnc = success.Preferred.Encoding
		switch successEnc {
		case ir.EncodingJSON:
			bodyField = g.goType(success.Preferred.Schema)
		case ir.EncodingText:
			bodyField = "string"
		case ir.EncodingEvents:
			bodyField = "*EventStream"
		default:
			bodyField = "io.ReadCloser"
		}
	}
	fmt.Fprintf(&b, "// %s is the 2xx response of %s.\ntype %s struct {\n\tStatusCode int\n\tHeader     http.Header\n", respType, name, respType)
	if bodyField != "" {
		note := "Body is the decoded " + success.Status + " body."
		if successEnc == ir.EncodingBinary || successEnc == ir.EncodingEvents {
			note = "Body streams the " + success.Status + " body; close it when done."
		}
		b.WriteString(goComment(note))
		fmt.Fprintf(&b, "\tBody %s\n", bodyField)
	}
	b.WriteString("\traw []byte\n")
	if linkPaged(op) {
		b.WriteString("\tfrom string // the URL that answered, which a relative Link is resolved against\n")
	}
	b.WriteString("}\n\n")

	doc := op.Summary
	if doc == "" {
		doc = op.Doc
	}
	// "Name verb ..." is the form go doc and linters expect of an exported method.
	b.WriteString(comment("", strings.TrimSpace(name+" calls "+op.Method+" "+op.Path+". "+fullStop(doc)), ""))
	b.WriteString("\n")
	if op.Deprecated {
		b.WriteString("//\n// Deprecated: the description marks this operation deprecated.\n")
	}
	sig := "ctx context.Context, opts ...CallOption"
	if hasReq {
		sig = "ctx context.Context, req *" + reqType + ", opts ...CallOption"
	}
	fmt.Fprintf(&b, "func (c *Client) %s(%s) (*%s, error) {\n", name, sig, respType)
	if hasReq {
		fmt.Fprintf(&b, "\tif req == nil {\n\t\treq = &%s{}\n\t}\n", reqType)
	}
	fmt.Fprintf(&b, "\tr := c.newRequest(%q, %q, %v, opts)\n", op.Method, op.Path, op.Idempotent())
	for _, pf := range params {
		switch pf.p.In {
		case "path":
			fmt.Fprintf(&b, "\tr.pathParam(%q, req.%s)\n", pf.p.Name, pf.field)
		case "query":
			fmt.Fprintf(&b, "\tr.queryParam(%q, req.%s, %v)\n", pf.p.Name, pf.field, pf.p.Explode)
		case "header":
			fmt.Fprintf(&b, "\tr.headerParam(%q, req.%s)\n", pf.p.Name, pf.field)
		case "cookie":
			fmt.Fprintf(&b, "\tr.cookieParam(%q, req.%s)\n", pf.p.Name, pf.field)
		}
	}
	if op.Idempotency != nil {
		fmt.Fprintf(&b, "\tr.idemHeader = %q\n", op.Idempotency.Name)
	}
	fmt.Fprintf(&b, "\tr.security = %s\n", securityLiteral(op.Security))
	if bodyContent != nil {
		switch bodyContent.Encoding {
		case ir.EncodingJSON:
			fmt.Fprintf(&b, "\tif err := r.jsonBody(%s); err != nil {\n\t\treturn nil, err\n\t}\n", bodyArg)
			if bodyContent.MediaType != "application/json" {
				fmt.Fprintf(&b, "\tr.contentType = %q\n", bodyContent.MediaType)
			}
		case ir.EncodingForm:
			args := bodyArg
			for _, d := range bodyContent.DeepObject {
				args += ", " + strconv.Quote(d)
			}
			fmt.Fprintf(&b, "\tif err := r.formBody(%s); err != nil {\n\t\treturn nil, err\n\t}\n", args)
		case ir.EncodingMultipart:
			args := bodyArg + ", req.Files"
			for _, f := range bodyContent.Files {
				args += ", " + strconv.Quote(f)
			}
			fmt.Fprintf(&b, "\tif err := r.multipartBody(%s); err != nil {\n\t\treturn nil, err\n\t}\n", args)
		case ir.EncodingText:
			fmt.Fprintf(&b, "\tr.body, r.contentType = []byte(req.Body), %q\n", bodyContent.MediaType)
			if !body.Required {
				b.Reset()
				return g.operationFallback(op)
			}
		default:
			fmt.Fprintf(&b, "\tif req.Body != nil {\n\t\tct := req.ContentType\n\t\tif ct == \"\" {\n\t\t\tct = %q\n\t\t}\n\t\tr.rawBody(req.Body, ct)\n\t}\n", bodyContent.MediaType)
		}
	}
	if successEnc == ir.EncodingBinary || successEnc == ir.EncodingEvents {
		b.WriteString("\tr.streaming = true\n")
	}
	if ev := g.errorValues(op); ev != "" {
		b.WriteString("\tr.errorValue = " + ev + "\n")
	}
	b.WriteString("\tresp, body, err := c.do(ctx, r)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n")
	from := ""
	if linkPaged(op) {
		from = ", from: resp.Request.URL.String()"
	}
	fmt.Fprintf(&b, "\tout := &%s{StatusCode: resp.StatusCode, Header: resp.Header, raw: body%s}\n", respType, from)
	switch successEnc {
	case ir.EncodingJSON:
		b.WriteString("\tif err := decodeJSON(body, &out.Body); err != nil {\n\t\treturn out, err\n\t}\n")
	case ir.EncodingText:
		b.WriteString("\tout.Body = string(body)\n")
	case ir.EncodingEvents:
		b.WriteString("\tout.Body = newEventStream(resp.Body)\n")
	case "":
	default:
		b.WriteString("\tout.Body = resp.Body\n")
	}
	b.WriteString("\treturn out, nil\n}\n")
	if op.Pagination != nil && successEnc == ir.EncodingJSON {
		b.WriteString("\n")
		b.WriteString(g.pager(op, name, reqType, hasReq, params))
	}
	return b.String()
}

// operationFallback is used for optional text bodies: the body is a *string.
func (g *goClient) operationFallback(op *ir.Operation) string {
	cp := *op
	body := *op.Body
	body.Required = true
	cp.Body = &body
	return g.operation(&cp)
}

func securityLiteral(alts []ir.Requirements) string {
	if len(alts) == 0 {
		return "nil"
	}
	var parts []string
	for _, alt := range alts {
		var names []string
		for _, r := range alt {
			names = append(names, strconv.Quote(r.Scheme.Name))
		}
		parts = append(parts, "{"+strings.Join(names, ", ")+"}")
	}
	return "[][]string{" + strings.Join(parts, ", ") + "}"
}

// errorValues decodes documented error bodies into their types.
func (g *goClient) errorValues(op *ir.Operation) string {
	var exact, ranges []string
	def := ""
	for _, r := range op.Responses {
		if r.Preferred == nil || r.Preferred.Encoding != ir.EncodingJSON || r.Code >= 200 && r.Code < 300 || r.Status == "2XX" {
			continue
		}
		t := g.goType(r.Preferred.Schema)
		if t == "json.RawMessage" {
			continue
		}
		dec := "return decodeAs[" + t + "](body)"
		switch {
		case r.Code != 0:
			exact = append(exact, fmt.Sprintf("\t\tcase %d:\n\t\t\t%s\n", r.Code, dec))
		case r.Status == "default":
			def = "\t\t" + dec + "\n"
		case len(r.Status) == 3 && strings.HasSuffix(r.Status, "XX"):
			ranges = append(ranges, fmt.Sprintf("\t\tif status/100 == %c {\n\t\t\t%s\n\t\t}\n", r.Status[0], dec))
		}
	}
	if len(exact) == 0 && len(ranges) == 0 && def == "" {
		return ""
	}
	var b strings.Builder
	b.WriteString("func(status int, body []byte) any {\n")
	if len(exact) > 0 {
		b.WriteString("\t\tswitch status {\n")
		for _, e := range exact {
			b.WriteString(e)
		}
		b.WriteString("\t\t}\n")
	}
	for _, r := range ranges {
		b.WriteString(r)
	}
	if def == "" {
		def = "\t\treturn nil\n"
	}
	b.WriteString(def)
	b.WriteString("\t}")
	return b.String()
}

// pager writes <Op>All: an iterator over every item, fetching pages lazily.
func (g *goClient) pager(op *ir.Operation, name, reqType string, hasReq bool, params []gcParamField) string {
	pg := op.Pagination
	item := g.elemType(pg.Item)
	iterName := g.names.unique(name + "All")
	var b strings.Builder
	fmt.Fprintf(&b, "// %s iterates over every item of %s, fetching pages as they are needed\n// (%s pagination). It stops at the first error, which it yields.\n", iterName, name, pg.Style)
	sig := "ctx context.Context, opts ...CallOption"
	call := "c." + name + "(ctx, opts...)"
	if hasReq {
		sig = "ctx context.Context, req *" + reqType + ", opts ...CallOption"
		call = "c." + name + "(ctx, &page, opts...)"
	}
	fmt.Fprintf(&b, "func (c *Client) %s(%s) iter.Seq2[%s, error] {\n\treturn func(yield func(%s, error) bool) {\n", iterName, sig, item, item)
	if hasReq {
		fmt.Fprintf(&b, "\t\tvar page %s\n\t\tif req != nil {\n\t\t\tpage = *req\n\t\t}\n", reqType)
	}
	var field *gcParamField
	for i := range params {
		if params[i].p.Name == pg.Param && params[i].p.In == "query" {
			field = &params[i]
		}
	}
	if pg.Style != ir.PaginateLink && (field == nil || !hasReq) {
		return ""
	}
	switch pg.Style {
	case ir.PaginateCursor:
		b.WriteString("\t\tprevious := \"\"\n")
	case ir.PaginateLink:
		b.WriteString("\t\tnext := \"\"\n")
	case ir.PaginateOffset:
		fmt.Fprintf(&b, "\t\tvar offset int64\n\t\tif page.%s != nil {\n\t\t\toffset = %s\n\t\t}\n", field.field, g.counterOf("*page."+field.field, field.p.Schema))
	case ir.PaginatePage:
		fmt.Fprintf(&b, "\t\tnumber := int64(%d)\n\t\tif page.%s != nil {\n\t\t\tnumber = %s\n\t\t}\n", pg.First, field.field, g.counterOf("*page."+field.field, field.p.Schema))
	}
	counted := pg.Style == ir.PaginateOffset || pg.Style == ir.PaginatePage
	countsItems := pg.Style == ir.PaginatePage && pg.Total != ""
	if counted {
		b.WriteString("\t\tvar largest int\n")
	}
	if countsItems {
		b.WriteString("\t\tvar received int64\n")
	}
	b.WriteString("\t\tfor {\n")
	if pg.Style == ir.PaginateLink {
		b.WriteString("\t\t\tcallOpts := opts\n\t\t\tif next != \"\" {\n\t\t\t\tcallOpts = append(append([]CallOption(nil), opts...), withURL(next))\n\t\t\t}\n")
		call = strings.Replace(call, "opts...)", "callOpts...)", 1)
	}
	fmt.Fprintf(&b, "\t\t\tresp, err := %s\n\t\t\tif err != nil {\n\t\t\t\tvar zero %s\n\t\t\t\tyield(zero, err)\n\t\t\t\treturn\n\t\t\t}\n", call, item)
	fmt.Fprintf(&b, "\t\t\titems, err := pageItems[%s](resp.raw, %q)\n\t\t\tif err != nil {\n\t\t\t\tvar zero %s\n\t\t\t\tyield(zero, err)\n\t\t\t\treturn\n\t\t\t}\n", item, pg.Items, item)
	b.WriteString("\t\t\tfor _, it := range items {\n\t\t\t\tif !yield(it, nil) {\n\t\t\t\t\treturn\n\t\t\t\t}\n\t\t\t}\n")
	fmt.Fprintf(&b, "\t\t\tif len(items) == 0 || !hasMore(resp.raw, %q) {\n\t\t\t\treturn\n\t\t\t}\n", pg.HasMore)
	if counted {
		// A page shorter than an earlier one is the last; the first page
		// alone proves nothing, as the server may cap the size asked for.
		b.WriteString("\t\t\tif len(items) < largest {\n\t\t\t\treturn\n\t\t\t}\n\t\t\tlargest = len(items)\n")
	}
	if countsItems {
		b.WriteString("\t\t\treceived += int64(len(items))\n")
	}
	switch pg.Style {
	case ir.PaginateCursor:
		if pg.Next != "" {
			fmt.Fprintf(&b, "\t\t\tcursor := cursorAt(resp.raw, %q)\n", pg.Next)
		} else {
			fmt.Fprintf(&b, "\t\t\tcursor := lastItemCursor(resp.raw, %q, %q)\n", pg.Items, pg.ItemCursor)
		}
		// A cursor the server repeats would fetch the same page forever.
		b.WriteString("\t\t\tif cursor == \"\" || cursor == previous {\n\t\t\t\treturn\n\t\t\t}\n\t\t\tprevious = cursor\n")
		fmt.Fprintf(&b, "\t\t\t%s\n", assignParam("page."+field.field, field.typ, "cursor"))
	case ir.PaginateOffset:
		b.WriteString("\t\t\toffset += int64(len(items))\n")
		if pg.Total != "" {
			fmt.Fprintf(&b, "\t\t\tif total, ok := countAt(resp.raw, %q); ok && offset >= total {\n\t\t\t\treturn\n\t\t\t}\n", pg.Total)
		}
		fmt.Fprintf(&b, "\t\t\t%s\n", g.assignCounter("page."+field.field, field.typ, field.p.Schema, "offset"))
	case ir.PaginatePage:
		if pg.Total != "" {
			fmt.Fprintf(&b, "\t\t\tif total, ok := countAt(resp.raw, %q); ok && received >= total {\n\t\t\t\treturn\n\t\t\t}\n", pg.Total)
		}
		b.WriteString("\t\t\tnumber++\n")
		fmt.Fprintf(&b, "\t\t\t%s\n", g.assignCounter("page."+field.field, field.typ, field.p.Schema, "number"))
	case ir.PaginateLink:
		b.WriteString("\t\t\tnext = nextLinkFrom(resp.Header, resp.from)\n\t\t\tif next == \"\" {\n\t\t\t\treturn\n\t\t\t}\n")
	}
	b.WriteString("\t\t}\n\t}\n}\n")
	return b.String()
}

// linkPaged says the operation's iterator follows Link headers, so its
// response keeps the URL that answered.
func linkPaged(op *ir.Operation) bool {
	return op.Pagination != nil && op.Pagination.Style == ir.PaginateLink && op.Success != nil &&
		op.Success.Preferred != nil && op.Success.Preferred.Encoding == ir.EncodingJSON
}

// assignParam sets an optional parameter field (a *T) from a string cursor or
// an int64 counter.
func assignParam(field, typ, v string) string {
	elem := strings.TrimPrefix(typ, "*")
	isStr := v == "cursor"
	if elem == typ {
		if isStr && elem != "string" && (elem == "int64" || elem == "int32") {
			return fmt.Sprintf("%s = %s(atoiOr(%s, 0))", field, elem, v)
		}
		return fmt.Sprintf("%s = %s(%s)", field, elem, v)
	}
	switch {
	case elem == "string" && isStr:
		return fmt.Sprintf("%s = &%s", field, v)
	case elem == "string":
		return fmt.Sprintf("s := strconv.FormatInt(%s, 10)\n\t\t\t%s = &s", v, field)
	case isStr && (elem == "int64" || elem == "int32" || elem == "int"):
		return fmt.Sprintf("n := %s(atoiOr(%s, 0))\n\t\t\t%s = &n", elem, v, field)
	case elem == "int64" || elem == "int32" || elem == "int" || elem == "float64":
		return fmt.Sprintf("n := %s(%s)\n\t\t\t%s = &n", elem, v, field)
	}
	return fmt.Sprintf("n := %s(%s)\n\t\t\t%s = &n", elem, v, field)
}

// kindOf is the JSON kind under references.
func kindOf(s *ir.Schema) ir.Kind {
	for i := 0; s != nil && i < 32; i++ {
		if s.Kind != ir.KindRef {
			return s.Kind
		}
		s = s.Ref.Schema
	}
	return ir.KindAny
}

// counterOf reads an offset or page parameter as int64.
func (g *goClient) counterOf(expr string, s *ir.Schema) string {
	switch kindOf(s) {
	case ir.KindInteger, ir.KindNumber:
		return "int64(" + expr + ")"
	}
	return "atoiOr(string(" + expr + "), 0)"
}

// assignCounter writes an int64 counter into an offset or page parameter.
func (g *goClient) assignCounter(field, typ string, s *ir.Schema, v string) string {
	elem := strings.TrimPrefix(typ, "*")
	val := elem + "(" + v + ")"
	switch kindOf(s) {
	case ir.KindInteger, ir.KindNumber:
	default:
		val = elem + "(strconv.FormatInt(" + v + ", 10))"
	}
	if elem == typ {
		return field + " = " + val
	}
	return "n := " + val + "\n\t\t\t" + field + " = &n"
}

// fullStop ends a description taken from the spec with a full stop when it
// has no closing punctuation, so the text the generator appends after it reads
// as a new sentence.
func fullStop(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || strings.ContainsAny(s[len(s)-1:], ".!?:") {
		return s
	}
	return s + "."
}
