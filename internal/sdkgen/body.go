package sdkgen

import (
	"sort"
	"strconv"
	"strings"
)

// body picks the request media type the router decodes: JSON first, then a
// form, then anything else as raw bytes.
func (b *builder) body(op *Operation, rb node, sd *schemaDoc) {
	if t, _, isRef := b.resolve(rb); isRef {
		rb = t
	}
	if !rb.OK() {
		return
	}
	mt, media := pickMedia(rb.Child("content"))
	if !media.OK() {
		return
	}
	body := &Body{MediaType: mt, Required: rb.Str("required") == "true", Encoding: encodingOf(mt)}
	schema := media.Child("schema")
	switch body.Encoding {
	case "json", "form":
		body.Elem = "any"
		if schema.OK() {
			body.Elem, _ = b.goType(schema, op.Name+"RequestBody")
			body.Schema = sd.addBody(op.Name, schema)
		}
		if body.Encoding == "form" {
			body.FormKinds = b.formKinds(schema)
		}
	default:
		body.Encoding, body.Elem = "raw", "[]byte"
	}
	body.GoType = body.Elem
	if !body.Required && !isRefType(body.Elem) {
		body.GoType = "*" + body.Elem
	}
	op.Body = body
}

func isRefType(t string) bool {
	return strings.HasPrefix(t, "[]") || strings.HasPrefix(t, "map[") || t == "any"
}

// pickMedia prefers JSON, then forms, then the first media type written.
func pickMedia(content node) (string, node) {
	ps := content.Entries()
	for _, enc := range []string{"json", "form"} {
		for _, p := range ps {
			if encodingOf(p.Key) == enc {
				return p.Key, p.Val
			}
		}
	}
	if len(ps) > 0 {
		return ps[0].Key, ps[0].Val
	}
	return "", node{}
}

func encodingOf(mediaType string) string {
	mt := strings.ToLower(strings.TrimSpace(strings.Split(mediaType, ";")[0]))
	switch {
	case mt == "application/json" || strings.HasSuffix(mt, "+json"):
		return "json"
	case mt == "application/x-www-form-urlencoded":
		return "form"
	case strings.HasPrefix(mt, "text/"):
		return "text"
	}
	return "raw"
}

// formKinds says how each form field's text becomes a JSON value.
func (b *builder) formKinds(schema node) []*FormKind {
	s := resolvedOf(b, schema)
	var out []*FormKind
	for _, p := range s.Pairs("properties") {
		ps := resolvedOf(b, p.Val)
		types, _ := b.schemaTypes(ps)
		fk := &FormKind{Name: p.Key, Kind: "string"}
		if len(types) == 1 && types[0] == "array" {
			fk.Array = true
			types, _ = b.schemaTypes(resolvedOf(b, ps.Child("items")))
		}
		if len(types) == 1 && isScalarKind(types[0]) {
			fk.Kind = types[0]
		}
		out = append(out, fk)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// responses builds one Go type per documented status, in status order.
func (b *builder) responses(op *Operation, rs node) {
	ps := rs.Entries()
	sort.SliceStable(ps, func(i, j int) bool { return statusRank(ps[i].Key) < statusRank(ps[j].Key) })
	for _, p := range ps {
		if strings.HasPrefix(p.Key, "x-") {
			continue
		}
		r := p.Val
		if t, _, isRef := b.resolve(r); isRef {
			if !t.OK() {
				continue
			}
			r = t
		}
		status := strings.ToUpper(p.Key)
		if status == "DEFAULT" {
			status = "default"
		}
		if !validStatus(status) {
			// It would name a Go type (CreateOrder0'Response) that cannot exist.
			b.warn("%s %s: response %q is not a status code, a range such as 4XX or default; it is not generated", op.Method, op.Path, p.Key)
			continue
		}
		label := status
		if status == "default" {
			label = "Default"
		}
		resp := &Response{Status: status, Doc: firstSentence(r.Str("description"))}
		resp.Code, _ = strconv.Atoi(status)
		resp.Type = b.names.unique(op.Name + label + "Response")
		if mt, media := pickMedia(r.Child("content")); media.OK() {
			resp.MediaType, resp.Encoding = mt, encodingOf(mt)
			switch resp.Encoding {
			case "json":
				resp.BodyType = "any"
				if sc := media.Child("schema"); sc.OK() {
					resp.BodyType, _ = b.goType(sc, op.Name+label+"ResponseBody")
				}
			case "text":
				resp.BodyType = "string"
			default:
				resp.Encoding, resp.BodyType = "raw", "[]byte"
			}
		}
		b.headers(op, resp, r, label)
		op.Responses = append(op.Responses, resp)
	}
}

func (b *builder) headers(op *Operation, resp *Response, r node, label string) {
	fields := newNamer()
	for _, h := range r.Pairs("headers") {
		if strings.EqualFold(h.Key, "Content-Type") {
			continue
		}
		hv := resolvedOf(b, h.Val)
		hdr := &Header{Name: h.Key, Field: fields.unique(exported(h.Key)), Doc: firstSentence(hv.Str("description"))}
		sch := resolvedOf(b, hv.Child("schema"))
		types, _ := b.schemaTypes(sch)
		hdr.GoType = "string"
		if len(types) == 1 && isScalarKind(types[0]) && types[0] != "string" {
			hdr.GoType = b.scalarGoType(types[0], sch.Str("format"), true)
		}
		if hv.Str("required") != "true" && hdr.GoType != "string" {
			hdr.Pointer = true
		}
		resp.Headers = append(resp.Headers, hdr)
	}
	if len(resp.Headers) > 0 {
		resp.HeaderType = b.names.unique(op.Name + label + "ResponseHeaders")
	}
}

// validStatus accepts what OpenAPI allows as a responses key: a status code
// (100-599), a range (1XX-5XX) or default.
func validStatus(s string) bool {
	if s == "default" {
		return true
	}
	if len(s) != 3 || s[0] < '1' || s[0] > '5' {
		return false
	}
	if s[1:] == "XX" {
		return true
	}
	return s[1] >= '0' && s[1] <= '9' && s[2] >= '0' && s[2] <= '9'
}

// statusRank orders 200 < 404 < 4XX < default.
func statusRank(s string) int {
	if n, err := strconv.Atoi(s); err == nil {
		return n * 10
	}
	if len(s) == 3 && strings.EqualFold(s[1:], "XX") && s[0] >= '1' && s[0] <= '5' {
		return int(s[0]-'0')*1000 + 999
	}
	return 100000
}
