package sdkgen

import (
	"fmt"
	"strings"

	"github.com/sequere/sequere/internal/sdkgen/ir"
)

type pyArg struct {
	Name  string
	Param *ir.Param
}

func pyArgs(op *ir.Operation) []pyArg {
	taken := map[string]bool{"body": true, "options": true, "self": true, "overrides": true}
	var out []pyArg
	for _, p := range op.Params {
		if p == op.Idempotency {
			continue
		}
		a := pySafe(ir.Snake(p.Name))
		for i := 2; taken[a]; i++ {
			a = fmt.Sprintf("%s_%d", pySafe(ir.Snake(p.Name)), i)
		}
		taken[a] = true
		out = append(out, pyArg{a, p})
	}
	return out
}

// pySignature is the keyword-only parameter list shared by the request
// builder and the methods.
func pySignature(op *ir.Operation, args []pyArg) (params, pass string) {
	var ps, names []string
	body := tsBody(op)
	if body != nil {
		if op.Body.Required {
			ps = append(ps, "body: "+pyBodyType(body))
		} else {
			ps = append(ps, "body: "+pyBodyType(body)+" | None = None")
		}
		names = append(names, "body=body")
	}
	for _, a := range args {
		if a.Param.Required {
			ps = append(ps, fmt.Sprintf("%s: %s", a.Name, pyType(a.Param.Schema, "m.")))
		} else {
			ps = append(ps, fmt.Sprintf("%s: %s | None = None", a.Name, pyType(a.Param.Schema, "m.")))
		}
		names = append(names, a.Name+"="+a.Name)
	}
	return strings.Join(ps, ", "), strings.Join(names, ", ")
}

func pyBodyType(c *ir.Content) string {
	switch c.Encoding {
	case ir.EncodingJSON, ir.EncodingForm, ir.EncodingMultipart:
		return pyType(c.Schema, "m.")
	case ir.EncodingText:
		return "str"
	}
	return "bytes"
}

// pyRequestBuilder writes the module-level function building an operation's request.
func pyRequestBuilder(b *strings.Builder, op *ir.Operation, fn string) {
	args := pyArgs(op)
	params, _ := pySignature(op, args)
	sep := ""
	if params != "" {
		sep = ", "
	}
	fmt.Fprintf(b, "def _%s_request(*%s%s, overrides: list[tuple[str, str]] | None = None) -> tr.Request:\n", fn, sep, params)
	b.WriteString("    query_: list[tuple[str, str]] = []\n    headers_: dict[str, str] = {}\n    cookies_: list[str] = []\n")
	path := fmt.Sprintf("%q", op.Path)
	for _, a := range args {
		enc := fmt.Sprintf("%s(%s)", pyEnc(a.Param.Schema, "m."), a.Name)
		switch a.Param.In {
		case "path":
			path += fmt.Sprintf(".replace(%q, urllib.parse.quote(c.simple(%s), safe=\"\"))", "{"+a.Param.Name+"}", enc)
		case "query":
			fmt.Fprintf(b, "    if %s is not None:\n        c.add_query(query_, %q, %s, %q, %s)\n", a.Name, a.Param.Name, enc, a.Param.Style, pyBool(a.Param.Explode))
		case "header":
			fmt.Fprintf(b, "    if %s is not None:\n        headers_[%q] = c.simple(%s)\n", a.Name, a.Param.Name, enc)
		case "cookie":
			fmt.Fprintf(b, "    if %s is not None:\n        cookies_.append(%q + \"=\" + urllib.parse.quote(c.simple(%s)))\n", a.Name, a.Param.Name, enc)
		}
	}
	b.WriteString("    if cookies_:\n        headers_[\"cookie\"] = \"; \".join(cookies_)\n")
	b.WriteString("    if overrides:\n        query_ = pg.apply(query_, overrides)\n")
	fmt.Fprintf(b, "    req_ = tr.Request(method=%q, path=%s, security=%s, query=query_, headers=headers_", op.Method, path, pySecurity(op))
	if op.Idempotency != nil {
		fmt.Fprintf(b, ", idempotency_header=%q", op.Idempotency.Name)
	}
	if op.Success != nil && op.Success.Preferred != nil {
		fmt.Fprintf(b, ", accept=%q", op.Success.Preferred.MediaType)
		if e := op.Success.Preferred.Encoding; e == ir.EncodingBinary || e == ir.EncodingEvents {
			b.WriteString(", stream=True")
		}
	}
	if dec := pyErrorDecoder(op); dec != "" {
		fmt.Fprintf(b, ", decode_error=%s", dec)
	}
	b.WriteString(")\n")
	if body := tsBody(op); body != nil {
		b.WriteString("    if body is not None:\n")
		enc := fmt.Sprintf("c.encode_request(%s, body)", pyEnc(body.Schema, "m."))
		switch body.Encoding {
		case ir.EncodingJSON:
			fmt.Fprintf(b, "        req_.json_body, req_.has_json, req_.content_type = %s, True, %q\n", enc, body.MediaType)
		case ir.EncodingForm:
			deep := ""
			if len(body.DeepObject) > 0 {
				quoted := make([]string, len(body.DeepObject))
				for i, d := range body.DeepObject {
					quoted[i] = fmt.Sprintf("%q", d)
				}
				deep = ", (" + strings.Join(append(quoted, ""), ", ") + ")"
			}
			fmt.Fprintf(b, "        req_.form = c.form_fields(%s%s)\n", enc, deep)
		case ir.EncodingMultipart:
			var files []string
			for _, f := range body.Files {
				files = append(files, fmt.Sprintf("%q", f))
			}
			fmt.Fprintf(b, "        req_.form, req_.files = c.multipart(%s, (%s))\n", enc, strings.Join(append(files, ""), ", "))
		default:
			fmt.Fprintf(b, "        req_.content, req_.content_type = body, %q\n", body.MediaType)
		}
	}
	b.WriteString("    return req_\n\n\n")
}

func pyBool(v bool) string {
	if v {
		return "True"
	}
	return "False"
}

func pySecurity(op *ir.Operation) string {
	var alts []string
	for _, alt := range op.Security {
		var names []string
		for _, r := range alt {
			names = append(names, fmt.Sprintf("%q", r.Scheme.Name))
		}
		alts = append(alts, "("+strings.Join(append(names, ""), ", ")+")")
	}
	return "(" + strings.Join(append(alts, ""), ", ") + ")"
}

func pyErrorDecoder(op *ir.Operation) string {
	var cases []string
	for _, r := range op.Responses {
		if r.Code < 400 || r.Preferred == nil || r.Preferred.Encoding != ir.EncodingJSON || r.Preferred.Schema.Kind != ir.KindRef {
			continue
		}
		cases = append(cases, fmt.Sprintf("%d: %s", r.Code, pyDec(r.Preferred.Schema, "m.")))
	}
	if len(cases) == 0 {
		return ""
	}
	return "c.by_status({" + strings.Join(cases, ", ") + "})"
}

// pyResult is the return annotation and the statement producing it from `res`.
func pyResult(op *ir.Operation, async bool) (typ, stmt string) {
	if op.Success == nil || op.Success.Preferred == nil {
		return "None", "return None"
	}
	c := op.Success.Preferred
	switch c.Encoding {
	case ir.EncodingJSON:
		t := pyType(c.Schema, "m.")
		return t, "return " + pyCast(t, pyDec(c.Schema, "m."), "c.loads(res.content)")
	case ir.EncodingText:
		return "str", "return res.text"
	case ir.EncodingEvents:
		if async {
			return "t.AsyncIterator[ev.ServerEvent]", "return ev.aevents(res)"
		}
		return "t.Iterator[ev.ServerEvent]", "return ev.events(res)"
	}
	// Binary: the streamed response; read it with iter_bytes() and close it.
	return "httpx.Response", "return res"
}

func pyMethod(b *strings.Builder, op *ir.Operation, fn string, async bool) {
	args := pyArgs(op)
	params, pass := pySignature(op, args)
	sep := ""
	if params != "" {
		sep = ", "
	}
	aw, adef := "", "def"
	if async {
		aw, adef = "await ", "async def"
	}
	typ, stmt := pyResult(op, async)
	fmt.Fprintf(b, "    %s %s(self, *%s%s, options: tr.CallOptions | None = None) -> %s:\n", adef, fn, sep, params, typ)
	doc := pyDocLine(strings.TrimSpace(op.Method + " " + op.Path + ". " + op.Summary))
	fmt.Fprintf(b, "        \"\"\"%s\"\"\"\n", doc)
	if typ == "None" {
		fmt.Fprintf(b, "        %sself._transport.send(_%s_request(%s), options)\n\n", aw, fn, pass)
	} else {
		fmt.Fprintf(b, "        res = %sself._transport.send(_%s_request(%s), options)\n        %s\n\n", aw, fn, pass, stmt)
	}
	p := op.Pagination
	if p == nil || op.Success == nil || op.Success.Preferred == nil || op.Success.Preferred.Encoding != ir.EncodingJSON {
		return
	}
	style := fmt.Sprintf("pg.PageStyle(%q, items=%q, param=%q, next=%q, item_cursor=%q, has_more=%q, total=%q, first=%d)", p.Style, p.Items, p.Param, p.Next, p.ItemCursor, p.HasMore, p.Total, p.First)
	item := pyType(p.Item, "m.")
	comma := ""
	if pass != "" {
		comma = ", "
	}
	start := ""
	if p.Style == ir.PaginateOffset || p.Style == ir.PaginatePage {
		for _, a := range pyArgs(op) {
			if a.Param.In == "query" && a.Param.Name == p.Param {
				start = ", pg.start(" + a.Name + ")"
			}
		}
	}
	send := fmt.Sprintf("self._transport.send(pg.aim(_%s_request(%s%soverrides=pg.overrides(nxt)), nxt), options)", fn, pass, comma)
	if async {
		fmt.Fprintf(b, "    def %s_all(self, *%s%s, options: tr.CallOptions | None = None) -> t.AsyncIterator[%s]:\n", fn, sep, params, item)
		b.WriteString("        \"\"\"Every item of every page, fetched lazily as the iteration advances.\"\"\"\n\n")
		fmt.Fprintf(b, "        async def fetch(nxt: pg.Next) -> pg.Fetched:\n            res = await %s\n            return c.loads(res.content), res.headers, str(res.url)\n\n", send)
		fmt.Fprintf(b, "        return pg.apaginate(%s, fetch, %s%s)\n\n", style, pyDec(p.Item, "m."), start)
		return
	}
	fmt.Fprintf(b, "    def %s_all(self, *%s%s, options: tr.CallOptions | None = None) -> t.Iterator[%s]:\n", fn, sep, params, item)
	b.WriteString("        \"\"\"Every item of every page, fetched lazily as the iteration advances.\"\"\"\n\n")
	fmt.Fprintf(b, "        def fetch(nxt: pg.Next) -> pg.Fetched:\n            res = %s\n            return c.loads(res.content), res.headers, str(res.url)\n\n", send)
	fmt.Fprintf(b, "        return pg.paginate(%s, fetch, %s%s)\n\n", style, pyDec(p.Item, "m."), start)
}
