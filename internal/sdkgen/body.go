package sdkgen

import (
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/sequere/sequere/internal/sdkgen/ir"
)

// body picks the request media type the router decodes: JSON first, then a
// form, then anything else as raw bytes.
func (b *builder) body(op *Operation, src *ir.Body, sd *schemaDoc) {
	if src == nil {
		return
	}
	ct := pickContent(src.Contents)
	if ct == nil {
		return
	}
	body := &Body{MediaType: ct.MediaType, Required: src.Required, Encoding: encodingOf(ct.Encoding)}
	schema := ct.Schema.Written
	switch body.Encoding {
	case "json", "form":
		body.Elem = "any"
		if schema != nil {
			body.Elem, _ = b.goType(schema, op.Name+"RequestBody")
			body.Schema = sd.addBody(op.Name, ct.Schema.Source)
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

// pickContent prefers JSON, then forms, then the first media type written.
func pickContent(contents []*ir.Content) *ir.Content {
	for _, enc := range []ir.Encoding{ir.EncodingJSON, ir.EncodingForm} {
		for _, c := range contents {
			if c.Encoding == enc {
				return c
			}
		}
	}
	if len(contents) > 0 {
		return contents[0]
	}
	return nil
}

// encodingOf is how the router reads or writes a media type: event streams
// are text to it, multipart and anything else raw bytes.
func encodingOf(e ir.Encoding) string {
	switch e {
	case ir.EncodingJSON, ir.EncodingForm, ir.EncodingText:
		return string(e)
	case ir.EncodingEvents:
		return "text"
	}
	return "raw"
}

// formKinds says how each form field's text becomes a JSON value. It reads
// what the generated clients send (the Encoding Object defaults: an array is
// one field per item, an object or an array item that is not a scalar one
// field of JSON text, null and an empty array no field), so a member that
// cannot be a string is parsed as JSON and a required member left out is
// the one value that sends nothing: an empty array, else null.
func (b *builder) formKinds(schema *ir.Written) []*FormKind {
	s := b.resolvedOf(schema)
	if s == nil {
		return nil
	}
	required := map[string]bool{}
	for _, name := range s.Required {
		required[name] = true
	}
	var out []*FormKind
	for _, p := range s.Properties {
		ps := b.resolvedOf(p.Schema)
		types := typesOf(ps)
		fk := &FormKind{Name: p.Name, Kind: "string"}
		if required[p.Name] && b.nullable(p.Schema) {
			fk.Absent = "null"
		}
		if len(types) == 1 && types[0] == "array" {
			fk.Array = true
			if required[p.Name] {
				fk.Absent = "empty"
			}
			types = typesOf(b.resolvedOf(ps.Items))
		}
		switch {
		case len(types) == 1 && isScalarKind(types[0]):
			fk.Kind = types[0]
		case len(types) > 0 && !slices.Contains(types, "string"):
			// A string is sent as its text, anything else as JSON.
			fk.Kind = "json"
		}
		out = append(out, fk)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// nestedForms says whether a form member needs more than reading a scalar's
// text; the runtime has that code only then, so servers without such forms
// stay as they were.
func nestedForms(ops []*Operation) bool {
	for _, op := range ops {
		if op.Body == nil {
			continue
		}
		for _, fk := range op.Body.FormKinds {
			if fk.Kind == "json" || fk.Absent != "" {
				return true
			}
		}
	}
	return false
}

// responses builds one Go type per documented status, in status order.
func (b *builder) responses(op *Operation, src []*ir.Response) {
	rs := slices.Clone(src)
	sort.SliceStable(rs, func(i, j int) bool { return statusRank(rs[i].Key) < statusRank(rs[j].Key) })
	for _, r := range rs {
		status := r.Status
		if !validStatus(status) {
			// It would name a Go type (CreateOrder0'Response) that cannot exist.
			b.warn("%s %s: response %q is not a status code, a range such as 4XX or default; it is not generated", op.Method, op.Path, r.Key)
			continue
		}
		label := status
		if status == "default" {
			label = "Default"
		}
		resp := &Response{Status: status, Doc: r.Doc}
		resp.Code, _ = strconv.Atoi(status)
		resp.Type = b.names.unique(op.Name + label + "Response")
		if ct := pickContent(r.Contents); ct != nil {
			resp.MediaType, resp.Encoding = ct.MediaType, encodingOf(ct.Encoding)
			switch resp.Encoding {
			case "json":
				resp.BodyType = "any"
				if sc := ct.Schema.Written; sc != nil {
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

// headers keeps the description's header order: the IR sorts them by name.
func (b *builder) headers(op *Operation, resp *Response, r *ir.Response, label string) {
	hs := slices.Clone(r.Headers)
	sort.Slice(hs, func(i, j int) bool { return hs[i].Index < hs[j].Index })
	fields := newNamer()
	for _, h := range hs {
		if strings.EqualFold(h.Name, "Content-Type") {
			continue
		}
		hdr := &Header{Name: h.Name, Field: fields.unique(exported(h.Name)), Doc: h.Doc}
		sch := b.resolvedOf(h.Schema.Written)
		types := typesOf(sch)
		hdr.GoType = "string"
		if len(types) == 1 && isScalarKind(types[0]) && types[0] != "string" {
			hdr.GoType = b.scalarGoType(types[0], sch.Format, true)
		}
		if !h.Required && hdr.GoType != "string" {
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
