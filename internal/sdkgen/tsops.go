package sdkgen

import (
	"fmt"
	"strings"

	"github.com/sequere/sequere/internal/sdkgen/ir"
)

// tsParam is one operation parameter as a member of the method's request object.
type tsParam struct {
	Key   string // member name (camelCase, unique)
	Param *ir.Param
}

// tsParams names the request members: camelCase of the parameter, made unique
// (a path "id" and a query "id" become id and id2), "body" kept for the body.
func tsParams(op *ir.Operation) []tsParam {
	taken := map[string]bool{"body": true}
	var out []tsParam
	for _, p := range op.Params {
		if op.Idempotency != nil && p == op.Idempotency {
			continue
		}
		key := ir.Camel(p.Name)
		for i := 2; taken[key]; i++ {
			key = fmt.Sprintf("%s%d", ir.Camel(p.Name), i)
		}
		taken[key] = true
		out = append(out, tsParam{key, p})
	}
	return out
}

// tsBody picks the content an operation sends; nil when it sends none.
func tsBody(op *ir.Operation) *ir.Content {
	if op.Body == nil {
		return nil
	}
	return op.Body.Preferred
}

// tsResult is the TypeScript type a call resolves to and the expression that
// produces it from the Response `res`.
func tsResult(op *ir.Operation) (typ, expr string) {
	if op.Success == nil || op.Success.Preferred == nil {
		return "void", "await res.body?.cancel();\n    return;"
	}
	c := op.Success.Preferred
	switch c.Encoding {
	case ir.EncodingJSON:
		return tsType(c.Schema, "m."), "return " + tsDecode(c.Schema, "rt.parseJSON(await res.text())", "m.") + ";"
	case ir.EncodingText:
		return "string", "return await res.text();"
	case ir.EncodingEvents:
		return "AsyncGenerator<rt.ServerEvent, void, undefined>", "return rt.events(res);"
	}
	// Binary: the Response itself, so a download streams (res.body) instead of buffering.
	return "Response", "return res;"
}

func tsOperation(b *strings.Builder, op *ir.Operation, method string) {
	params := tsParams(op)
	body := tsBody(op)
	var members []string
	required := false
	for _, p := range params {
		opt := "?"
		if p.Param.Required {
			opt, required = "", true
		}
		members = append(members, fmt.Sprintf("%s%s: %s", p.Key, opt, tsType(p.Param.Schema, "m.")))
	}
	if body != nil {
		opt := "?"
		if op.Body.Required {
			opt, required = "", true
		}
		members = append(members, fmt.Sprintf("body%s: %s", opt, tsBodyType(body)))
	}
	reqType := "{ " + strings.Join(members, "; ") + " }"
	if len(members) == 0 {
		reqType = "Record<string, never>"
	}
	def := ""
	if !required {
		def = " = {}"
	}
	typ, expr := tsResult(op)
	b.WriteString("\n")
	doc := op.Summary
	if op.Doc != "" && op.Doc != doc {
		doc = strings.TrimSpace(fullStop(doc) + " " + op.Doc)
	}
	tsDoc(b, "  ", fmt.Sprintf("%s %s. %s", op.Method, op.Path, doc), op.Deprecated)
	fmt.Fprintf(b, "  async %s(req: %s%s, call: rt.CallOptions = {}): Promise<%s> {\n", method, reqType, def, typ)
	fmt.Fprintf(b, "    const res = await this.%sSend(req, { overrides: [] }, call);\n    %s\n  }\n", method, expr)
	if p := op.Pagination; p != nil && op.Success != nil && op.Success.Preferred != nil && op.Success.Preferred.Encoding == ir.EncodingJSON {
		b.WriteString("\n")
		tsDoc(b, "  ", "Every item of every page, fetched lazily as the iteration advances.", false)
		fmt.Fprintf(b, "  async *%sAll(req: %s%s, call: rt.CallOptions = {}): AsyncGenerator<%s, void, undefined> {\n", method, reqType, def, tsType(p.Item, "m."))
		style := fmt.Sprintf("{ style: %q, items: %q, param: %q, next: %q, itemCursor: %q, hasMore: %q, total: %q, first: %d }", p.Style, p.Items, p.Param, p.Next, p.ItemCursor, p.HasMore, p.Total, p.First)
		fmt.Fprintf(b, "    const fetchPage = async (next: rt.NextPage): Promise<rt.Page> => {\n      const res = await this.%sSend(req, next, call);\n      return { raw: rt.parseJSON(await res.text()), headers: res.headers, url: res.url };\n    };\n", method)
		start := ""
		if k := tsParamKey(params, p.Param); k != "" && (p.Style == ir.PaginateOffset || p.Style == ir.PaginatePage) {
			start = ", rt.pageStart(req." + k + ")"
		}
		fmt.Fprintf(b, "    yield* rt.paginate(%s, fetchPage, (e) => %s%s);\n  }\n", style, tsDecode(p.Item, "e", "m."), start)
	}
	b.WriteString("\n")
	fmt.Fprintf(b, "  private async %sSend(req: %s, next: rt.NextPage, call: rt.CallOptions): Promise<Response> {\n", method, reqType)
	b.WriteString("    const query: [string, string][] = [];\n    const headers: [string, string][] = [];\n    const cookies: string[] = [];\n")
	path := fmt.Sprintf("%q", op.Path)
	for _, p := range params {
		acc := "req." + p.Key
		enc := tsEncode(p.Param.Schema, acc, "m.")
		if !p.Param.Required {
			enc = fmt.Sprintf("%s === undefined ? undefined : %s", acc, tsEncode(p.Param.Schema, acc+"!", "m."))
		}
		switch p.Param.In {
		case "path":
			path += fmt.Sprintf(".replace(%q, rt.pathParam(%s))", "{"+p.Param.Name+"}", enc)
		case "query":
			fmt.Fprintf(b, "    rt.addQuery(query, %q, %s, %q, %v);\n", p.Param.Name, enc, p.Param.Style, p.Param.Explode)
		case "header":
			fmt.Fprintf(b, "    if (%s !== undefined) headers.push([%q, rt.simple(%s)]);\n", acc, p.Param.Name, tsEncode(p.Param.Schema, acc+"!", "m."))
		case "cookie":
			fmt.Fprintf(b, "    if (%s !== undefined) cookies.push(%q + \"=\" + encodeURIComponent(rt.simple(%s)));\n", acc, p.Param.Name, tsEncode(p.Param.Schema, acc+"!", "m."))
		}
	}
	b.WriteString("    if (cookies.length > 0) headers.push([\"cookie\", cookies.join(\"; \")]);\n")
	b.WriteString("    const overrides = \"overrides\" in next ? next.overrides : [];\n    const names = new Set(overrides.map(([k]) => k));\n")
	fmt.Fprintf(b, "    const request: rt.Request = {\n      method: %q,\n      path: %s,\n", op.Method, path)
	b.WriteString("      query: [...query.filter(([k]) => !names.has(k)), ...overrides],\n      headers,\n")
	fmt.Fprintf(b, "      security: %s,\n", tsSecurity(op))
	if op.Idempotency != nil {
		fmt.Fprintf(b, "      idempotencyHeader: %q,\n", op.Idempotency.Name)
	}
	if op.Success != nil && op.Success.Preferred != nil {
		fmt.Fprintf(b, "      accept: %q,\n", op.Success.Preferred.MediaType)
	}
	if dec := tsErrorDecoder(op); dec != "" {
		fmt.Fprintf(b, "      decodeError: %s,\n", dec)
	}
	b.WriteString("    };\n")
	if body != nil {
		fmt.Fprintf(b, "    if (req.body !== undefined) request.body = %s;\n", tsBodyValue(body, "req.body"))
	}
	b.WriteString("    if (\"url\" in next) request.url = next.url;\n")
	b.WriteString("    return this.transport.send(request, call);\n  }\n")
}

// tsParamKey is the request member of the query parameter name, "" when none.
func tsParamKey(params []tsParam, name string) string {
	for _, p := range params {
		if p.Param.In == "query" && p.Param.Name == name {
			return p.Key
		}
	}
	return ""
}

func tsBodyType(c *ir.Content) string {
	switch c.Encoding {
	case ir.EncodingJSON, ir.EncodingForm, ir.EncodingMultipart:
		if c.Encoding != ir.EncodingJSON && len(c.Files) > 0 {
			return tsType(c.Schema, "m.") + " | Record<string, unknown>"
		}
		return tsType(c.Schema, "m.")
	case ir.EncodingText:
		return "string"
	}
	return "BodyInit"
}

func tsBodyValue(c *ir.Content, x string) string {
	switch c.Encoding {
	case ir.EncodingJSON:
		// The value goes in as an argument: a closure would lose the caller's
		// narrowing of an optional body to defined.
		return fmt.Sprintf("{ kind: \"json\", value: rt.encodeRequest(%s, (b) => %s), contentType: %q }", x, tsEncode(c.Schema, "b", "m."), c.MediaType)
	case ir.EncodingForm, ir.EncodingMultipart:
		// Through the model's encoder like a JSON body (no readOnly members,
		// int64 and dates as their JSON text); file members are not JSON and
		// go on as the caller gave them.
		files := make([]string, len(c.Files))
		for i, f := range c.Files {
			files[i] = fmt.Sprintf("%q", f)
		}
		if len(files) > 0 {
			x += " as " + tsType(c.Schema, "m.") // the body type admits a plain record for the files
		}
		deep := ""
		if len(c.DeepObject) > 0 {
			quoted := make([]string, len(c.DeepObject))
			for i, d := range c.DeepObject {
				quoted[i] = fmt.Sprintf("%q", d)
			}
			deep = ", deep: [" + strings.Join(quoted, ", ") + "]"
		}
		return fmt.Sprintf("{ kind: %q, value: rt.encodeFormRequest(%s, (b) => %s, [%s])%s }", c.Encoding, x, tsEncode(c.Schema, "b", "m."), strings.Join(files, ", "), deep)
	case ir.EncodingText:
		return fmt.Sprintf("{ kind: \"text\", value: %s, contentType: %q }", x, c.MediaType)
	}
	return fmt.Sprintf("{ kind: \"binary\", value: %s, contentType: %q }", x, c.MediaType)
}

func tsSecurity(op *ir.Operation) string {
	var alts []string
	for _, alt := range op.Security {
		var names []string
		for _, r := range alt {
			names = append(names, fmt.Sprintf("%q", r.Scheme.Name))
		}
		alts = append(alts, "["+strings.Join(names, ", ")+"]")
	}
	return "[" + strings.Join(alts, ", ") + "]"
}

// tsErrorDecoder decodes the documented schema of an error status into ApiError.data.
func tsErrorDecoder(op *ir.Operation) string {
	var cases []string
	for _, r := range op.Responses {
		if r.Code < 400 || r.Preferred == nil || r.Preferred.Encoding != ir.EncodingJSON || r.Preferred.Schema.Kind != ir.KindRef {
			continue
		}
		cases = append(cases, fmt.Sprintf("if (status === %d) return %s;", r.Code, tsDecode(r.Preferred.Schema, "raw", "m.")))
	}
	if len(cases) == 0 {
		return ""
	}
	return "(status: number, raw: rt.JSONValue): unknown => {\n        " + strings.Join(cases, "\n        ") + "\n        return undefined;\n      }"
}
