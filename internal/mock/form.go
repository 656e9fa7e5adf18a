package mock

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"mime"
	"mime/multipart"
	"net/url"
	"sort"
	"strings"
)

// formField is how one property of a form body is serialised: the
// media type's encoding object (style, explode, contentType) applied to the
// property's schema. It reuses the query parameter decoding, which is what
// OpenAPI says form fields follow.
type formField struct {
	p           *param
	contentType string // from encoding; "" when not declared
}

func (f *formField) contentTypeOr(def string) string {
	if f.contentType == "" {
		return def
	}
	return f.contentType
}

// formFields compiles the properties of a form body schema.
func (m *model) formFields(md *media) map[string]*formField {
	props := m.tree.child(md.schema, "properties")
	if props.v == nil {
		return nil
	}
	enc, _ := md.mt.v["encoding"].(map[string]any)
	out := make(map[string]*formField, len(props.v))
	for name := range props.v {
		ps := m.tree.child(props, name)
		p := &param{name: name, in: "query", style: "form", explode: true, schema: ps}
		f := &formField{p: p}
		if e, _ := m.tree.deref(enc[name]); e != nil {
			if s, ok := e["style"].(string); ok {
				p.style = s
				p.explode = s == "form"
			}
			if x, ok := e["explode"].(bool); ok {
				p.explode = x
			}
			f.contentType, _ = e["contentType"].(string)
			p.jsonBody = isJSON(f.contentType)
		}
		p.kind = m.kindOf(ps.v)
		if p.kind == "array" {
			items, _ := m.tree.deref(ps.v["items"])
			p.itemKind = m.kindOf(items)
		}
		if p.kind == "object" {
			p.props = map[string]string{}
			sub, _ := ps.v["properties"].(map[string]any)
			for k, sv := range sub {
				ss, _ := m.tree.deref(sv)
				p.props[k] = m.kindOf(ss)
			}
			// An object field without an encoding is sent as JSON in
			// practice; form-exploded objects would clash with the
			// top-level fields.
			if f.contentType == "" && p.style == "form" {
				p.jsonBody = true
			}
		}
		m.typeBy(p)
		out[name] = f
	}
	return out
}

// decodeURLEncoded turns an application/x-www-form-urlencoded body into the
// object its schema describes.
func decodeURLEncoded(raw []byte, md *media) (any, []fieldError, error) {
	vals, err := url.ParseQuery(string(raw))
	if err != nil {
		return nil, nil, err
	}
	obj := make(map[string]any, len(vals))
	var errs []fieldError
	for _, f := range md.fields {
		if f.p.jsonBody {
			vs, ok := vals[f.p.name]
			if !ok || len(vs) == 0 {
				continue
			}
			v, err := decodeJSON([]byte(vs[0]))
			if err != nil {
				errs = append(errs, fieldError{Pointer: "/body/" + escapeToken(f.p.name), Detail: "not valid JSON (" + f.contentTypeOr("application/json") + "): " + truncate(vs[0], 60)})
				continue
			}
			obj[f.p.name] = v
			continue
		}
		v, ok, _ := f.p.values(nil, vals, nil)
		if !ok {
			continue
		}
		obj[f.p.name] = v
	}
	for k, vs := range vals {
		if _, known := md.fields[k]; known || len(vs) == 0 || isDeepKey(k, md.fields) {
			continue
		}
		if len(vs) == 1 {
			obj[k] = vs[0]
		} else {
			arr := make([]any, len(vs))
			for i, s := range vs {
				arr[i] = s
			}
			obj[k] = arr
		}
	}
	return obj, errs, nil
}

func isDeepKey(k string, fields map[string]*formField) bool {
	i := strings.IndexByte(k, '[')
	if i <= 0 {
		return false
	}
	f := fields[k[:i]]
	return f != nil && f.p.style == "deepObject"
}

// decodeMultipart reads a multipart/form-data body: each part is a property,
// JSON parts (by their own Content-Type or the encoding's) are parsed,
// repeated parts make arrays, and a part whose Content-Type differs from the
// one its encoding declares is a violation.
func decodeMultipart(raw []byte, ct string, md *media) (any, []fieldError, error) {
	_, params, err := mime.ParseMediaType(ct)
	if err != nil || params["boundary"] == "" {
		return nil, nil, errors.New("no multipart boundary in the Content-Type")
	}
	r := multipart.NewReader(bytes.NewReader(raw), params["boundary"])
	parts := map[string][]any{}
	var order []string
	var errs []fieldError
	for {
		part, err := r.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, nil, err
		}
		name := part.FormName()
		data, err := io.ReadAll(part)
		if err != nil {
			return nil, nil, err
		}
		if name == "" {
			continue
		}
		ptr := "/body/" + escapeToken(name)
		f := md.fields[name]
		partType, _, _ := mime.ParseMediaType(part.Header.Get("Content-Type"))
		var v any = string(data)
		if f != nil {
			if f.contentType != "" && partType != "" && !contentTypeAllowed(partType, f.contentType) {
				errs = append(errs, fieldError{Pointer: ptr, Detail: "part Content-Type " + partType + " is not " + f.contentType + " (encoding)"})
			}
			switch {
			// Style and explode apply to urlencoded bodies only: a
			// multipart object part without a declared type is JSON.
			case isJSON(partType) || f.p.jsonBody || (f.contentType == "" && f.p.kind == "object"):
				dec := json.NewDecoder(bytes.NewReader(data))
				dec.UseNumber()
				var jv any
				if err := dec.Decode(&jv); err != nil {
					errs = append(errs, fieldError{Pointer: ptr, Detail: "not valid JSON: " + err.Error()})
					continue
				}
				v = jv
			case f.p.kind == "array" && (f.p.itemKind == "object" || f.p.itemKind == "array"):
				v = jsonOrString(data)
			case f.p.kind == "array":
				v = coerce(string(data), f.p.itemKind)
			default:
				v = coerce(string(data), f.p.kind)
			}
		}
		if _, seen := parts[name]; !seen {
			order = append(order, name)
		}
		parts[name] = append(parts[name], v)
	}
	obj := make(map[string]any, len(parts))
	for _, name := range order {
		vs := parts[name]
		f := md.fields[name]
		if f != nil && f.p.kind == "array" {
			if len(vs) == 1 {
				if arr, ok := vs[0].([]any); ok {
					obj[name] = arr
					continue
				}
			}
			obj[name] = vs
			continue
		}
		obj[name] = vs[0]
	}
	sort.SliceStable(errs, func(i, j int) bool { return errs[i].Pointer < errs[j].Pointer })
	return obj, errs, nil
}

// jsonOrString is data as JSON, or as the string it is when it is not JSON
// (for the validator to refuse).
func jsonOrString(data []byte) any {
	if v, err := decodeJSON(data); err == nil {
		return v
	}
	return string(data)
}

// contentTypeAllowed matches a part's type against an encoding contentType,
// which may list several types and ranges ("image/png, image/*").
func contentTypeAllowed(typ, declared string) bool {
	for _, d := range strings.Split(declared, ",") {
		if mediaMatch(typ, strings.ToLower(strings.TrimSpace(d))) {
			return true
		}
	}
	return false
}

func escapeToken(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "~", "~0"), "/", "~1")
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "..."
}
