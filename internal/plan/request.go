package plan

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/getkin/kin-openapi/openapi3"
)

// Input is the data of one request before serialisation: JSON values for
// the parameters and the body. A caller may edit it freely (negative data,
// shrinking); Request serialises whatever it holds.
type Input struct {
	// Params holds parameter values by Parameter.Key(); an absent key is a
	// parameter not sent.
	Params map[string]any `json:"params,omitempty"`
	// Body is the body value; HasBody says whether one is sent at all (a
	// JSON null is a body too).
	Body    any  `json:"body,omitempty"`
	HasBody bool `json:"hasBody,omitempty"`
	// MediaType is the body's media type; "" picks the first the operation
	// declares.
	MediaType string `json:"mediaType,omitempty"`
	// RawBody, when set, is sent as the body verbatim (malformed input).
	RawBody string `json:"rawBody,omitempty"`
	// ContentType, when set, replaces the Content-Type header.
	ContentType string `json:"contentType,omitempty"`
	// Method, when set, replaces the operation's method.
	Method string `json:"method,omitempty"`
}

// Clone returns a deep copy, so a caller can mutate one value of it.
func (in Input) Clone() Input {
	out := in
	out.Params = make(map[string]any, len(in.Params))
	for k, v := range in.Params {
		out.Params[k] = deepCopy(v)
	}
	out.Body = deepCopy(in.Body)
	return out
}

func deepCopy(v any) any {
	switch x := v.(type) {
	case map[string]any:
		m := make(map[string]any, len(x))
		for k, e := range x {
			m[k] = deepCopy(e)
		}
		return m
	case []any:
		l := make([]any, len(x))
		for i, e := range x {
			l[i] = deepCopy(e)
		}
		return l
	}
	return v
}

// Header is one request header; Request keeps them ordered.
type Header struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

// Request is a concrete request relative to a base URL. It is plain data
// (saved to failure files and replayed).
type Request struct {
	Operation string   `json:"operation"`
	Method    string   `json:"method"`
	Path      string   `json:"path"` // with the query string
	Headers   []Header `json:"headers,omitempty"`
	Body      string   `json:"body,omitempty"`
	// NoUserAgent: the operation declares a User-Agent parameter this
	// request leaves out, so Go's default User-Agent must not stand in.
	NoUserAgent bool `json:"noUserAgent,omitempty"`
}

// Header returns the first value of a header, case-insensitively.
func (r *Request) Header(name string) string {
	for _, h := range r.Headers {
		if strings.EqualFold(h.Name, name) {
			return h.Value
		}
	}
	return ""
}

// SetHeader replaces (or adds) a header.
func (r *Request) SetHeader(name, value string) {
	r.DelHeader(name)
	r.Headers = append(r.Headers, Header{name, value})
}

// DelHeader removes every value of a header.
func (r *Request) DelHeader(name string) {
	r.Headers = slices.DeleteFunc(r.Headers, func(h Header) bool { return strings.EqualFold(h.Name, name) })
}

// URL joins the request's path onto base (which may carry a path prefix).
func (r *Request) URL(base string) string {
	return strings.TrimRight(base, "/") + r.Path
}

// HTTP builds a fresh *http.Request; call it again to resend.
func (r *Request) HTTP(ctx context.Context, base string) (*http.Request, error) {
	var body io.Reader
	if r.Body != "" {
		body = strings.NewReader(r.Body)
	}
	hr, err := http.NewRequestWithContext(ctx, r.Method, r.URL(base), body)
	if err != nil {
		return nil, err
	}
	for _, h := range r.Headers {
		if strings.EqualFold(h.Name, "Host") {
			hr.Host = h.Value
			continue
		}
		hr.Header.Add(h.Name, h.Value)
	}
	if r.NoUserAgent && hr.Header.Get("User-Agent") == "" {
		hr.Header["User-Agent"] = []string{""} // net/http then sends none
	}
	return hr, nil
}

// Request serialises in for op: parameters by their style and explode,
// the body by its media type.
func (p *Plan) Request(op *Operation, in Input) *Request {
	r := &Request{Operation: op.ID, Method: op.Method}
	if in.Method != "" {
		r.Method = strings.ToUpper(in.Method)
	}
	path := op.Path
	var query []string
	var cookies []string
	for _, prm := range op.Params {
		v, ok := in.Params[prm.Key()]
		if !ok {
			if prm.In == "header" && strings.EqualFold(prm.Name, "User-Agent") {
				r.NoUserAgent = true
			}
			continue
		}
		switch prm.In {
		case "path":
			path = strings.ReplaceAll(path, "{"+prm.Name+"}", pathValue(prm, v))
		case "query":
			query = append(query, queryValue(prm, v)...)
		case "header":
			r.Headers = append(r.Headers, Header{prm.Name, simple(prm, v, ",")})
		case "cookie":
			cookies = append(cookies, prm.Name+"="+url.QueryEscape(simple(prm, v, ",")))
		}
	}
	if len(query) > 0 {
		path += "?" + strings.Join(query, "&")
	}
	r.Path = path
	if len(cookies) > 0 {
		r.Headers = append(r.Headers, Header{"Cookie", strings.Join(cookies, "; ")})
	}
	if in.HasBody || in.RawBody != "" {
		mt := in.MediaType
		if mt == "" && op.Body != nil {
			mt = op.Body.Media[0].Type
		}
		if mt == "" || strings.Contains(mt, "*") {
			mt = "application/json"
		}
		body, ct := encodeBody(mt, in.Body, encodingOf(op, mt))
		if in.RawBody != "" {
			body = in.RawBody
		}
		r.Body = body
		r.Headers = append(r.Headers, Header{"Content-Type", ct})
	}
	if in.ContentType != "" {
		r.SetHeader("Content-Type", in.ContentType)
	}
	if !hasHeader(r.Headers, "Accept") {
		r.Headers = append(r.Headers, Header{"Accept", acceptOf(op)})
	}
	return r
}

func hasHeader(hs []Header, name string) bool {
	for _, h := range hs {
		if strings.EqualFold(h.Name, name) {
			return true
		}
	}
	return false
}

// acceptOf lists the media types the operation's responses declare.
func acceptOf(op *Operation) string {
	seen := map[string]bool{}
	var types []string
	for _, code := range sortedKeys(op.Responses) {
		for _, t := range mediaOrder(op.Responses[code].Content) {
			if !seen[t] {
				seen[t] = true
				types = append(types, t)
			}
		}
	}
	if len(types) == 0 {
		return "*/*"
	}
	if !seen["*/*"] {
		types = append(types, "*/*;q=0.1")
	}
	return strings.Join(types, ", ")
}

// encodingOf is the encoding object of op's body media type mt.
func encodingOf(op *Operation, mt string) map[string]*openapi3.Encoding {
	if op.Body == nil {
		return nil
	}
	for _, m := range op.Body.Media {
		if m.Type == mt && m.Kin != nil {
			return m.Kin.Encoding
		}
	}
	return nil
}

func encodeBody(mt string, v any, enc map[string]*openapi3.Encoding) (body, contentType string) {
	base := strings.ToLower(strings.TrimSpace(strings.SplitN(mt, ";", 2)[0]))
	switch {
	case IsJSON(base):
		b, _ := json.Marshal(v)
		return string(b), mt
	case base == "application/x-www-form-urlencoded":
		vals := url.Values{}
		if m, ok := v.(map[string]any); ok {
			for _, k := range sortedKeys(m) {
				if e := enc[k]; e != nil && e.Style == "deepObject" {
					for _, kv := range deepPairs(k, m[k], nil) {
						vals.Add(kv[0], kv[1])
					}
					continue
				}
				addForm(vals, k, m[k])
			}
		}
		return vals.Encode(), mt
	case strings.HasPrefix(base, "multipart/"):
		var buf bytes.Buffer
		w := multipart.NewWriter(&buf)
		_ = w.SetBoundary("sequere-boundary-7f3a")
		if m, ok := v.(map[string]any); ok {
			for _, k := range sortedKeys(m) {
				// An array is one part per item, as OpenAPI has it.
				if l, ok := m[k].([]any); ok {
					for _, e := range l {
						_ = w.WriteField(k, partValue(e))
					}
					continue
				}
				_ = w.WriteField(k, partValue(m[k]))
			}
		}
		_ = w.Close()
		return buf.String(), w.FormDataContentType()
	case strings.HasPrefix(base, "text/") || base == "application/octet-stream":
		if s, ok := v.(string); ok {
			return s, mt
		}
		b, _ := json.Marshal(v)
		return string(b), mt
	}
	b, _ := json.Marshal(v)
	return string(b), mt
}

// partValue is a multipart part's text: objects and arrays as JSON.
func partValue(v any) string {
	switch v.(type) {
	case map[string]any, []any:
		b, _ := json.Marshal(v)
		return string(b)
	}
	return scalarString(v)
}

// deepPairs writes v under name in deepObject style as the servers that
// read it nest it (Stripe, Rails, qs): brackets for every level of objects
// and arrays, card[networks][preferred]=visa and items[0][price]=p, and an
// empty value for an empty object or array, which would otherwise vanish.
// OpenAPI itself defines one level of object properties only.
func deepPairs(name string, v any, out [][2]string) [][2]string {
	switch x := v.(type) {
	case map[string]any:
		if len(x) == 0 {
			return append(out, [2]string{name, ""})
		}
		for _, k := range sortedKeys(x) {
			out = deepPairs(name+"["+k+"]", x[k], out)
		}
		return out
	case []any:
		if len(x) == 0 {
			return append(out, [2]string{name, ""})
		}
		for i, e := range x {
			out = deepPairs(name+"["+strconv.Itoa(i)+"]", e, out)
		}
		return out
	}
	return append(out, [2]string{name, scalarString(v)})
}

func addForm(vals url.Values, k string, v any) {
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			vals.Add(k, scalarString(e))
		}
	case map[string]any:
		b, _ := json.Marshal(x)
		vals.Add(k, string(b))
	default:
		vals.Add(k, scalarString(v))
	}
}

// scalarString renders a JSON scalar the way it appears in a URL.
func scalarString(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case json.Number:
		return x.String()
	case bool:
		if x {
			return "true"
		}
		return "false"
	case float64, int, int64:
		b, _ := json.Marshal(x)
		return string(b)
	}
	b, _ := json.Marshal(v)
	return string(b)
}

func contentParam(p *Parameter) bool { return p.Kin != nil && len(p.Kin.Content) > 0 }

// simple serialises a value in the simple style (header, and the base of
// the others): arrays joined by sep, objects as k,v pairs or k=v pairs.
func simple(p *Parameter, v any, sep string) string {
	if contentParam(p) {
		b, _ := json.Marshal(v)
		return string(b)
	}
	switch x := v.(type) {
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = scalarString(e)
		}
		return strings.Join(parts, sep)
	case map[string]any:
		var parts []string
		for _, k := range sortedKeys(x) {
			if p.Explode {
				parts = append(parts, k+"="+scalarString(x[k]))
			} else {
				parts = append(parts, k, scalarString(x[k]))
			}
		}
		return strings.Join(parts, sep)
	}
	return scalarString(v)
}

func pathValue(p *Parameter, v any) string {
	esc := func(s string) string { return url.PathEscape(s) }
	switch p.Style {
	case "label":
		sep := ","
		if p.Explode {
			sep = "."
		}
		return "." + escapeParts(simple(p, v, sep), esc)
	case "matrix":
		switch x := v.(type) {
		case []any:
			if p.Explode {
				var b strings.Builder
				for _, e := range x {
					b.WriteString(";" + p.Name + "=" + esc(scalarString(e)))
				}
				return b.String()
			}
		case map[string]any:
			if p.Explode {
				var b strings.Builder
				for _, k := range sortedKeys(x) {
					b.WriteString(";" + k + "=" + esc(scalarString(x[k])))
				}
				return b.String()
			}
		}
		return ";" + p.Name + "=" + escapeParts(simple(p, v, ","), esc)
	}
	return escapeParts(simple(p, v, ","), esc)
}

// escapeParts escapes a serialised value but keeps the style's delimiters.
func escapeParts(s string, esc func(string) string) string {
	return esc(s)
}

func queryValue(p *Parameter, v any) []string {
	name := url.QueryEscape(p.Name)
	esc := url.QueryEscape
	if contentParam(p) {
		b, _ := json.Marshal(v)
		return []string{name + "=" + esc(string(b))}
	}
	if p.Style == "deepObject" {
		switch v.(type) {
		case []any, map[string]any:
			var out []string
			for _, kv := range deepPairs(p.Name, v, nil) {
				out = append(out, esc(kv[0])+"="+esc(kv[1]))
			}
			return out
		}
	}
	switch x := v.(type) {
	case []any:
		sep := ","
		switch p.Style {
		case "spaceDelimited":
			sep = " "
		case "pipeDelimited":
			sep = "|"
		}
		if p.Explode {
			out := make([]string, len(x))
			for i, e := range x {
				out[i] = name + "=" + esc(scalarString(e))
			}
			return out
		}
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = esc(scalarString(e))
		}
		return []string{name + "=" + strings.Join(parts, esc(sep))}
	case map[string]any:
		keys := sortedKeys(x)
		switch {
		case p.Explode:
			out := make([]string, len(keys))
			for i, k := range keys {
				out[i] = esc(k) + "=" + esc(scalarString(x[k]))
			}
			return out
		}
		parts := make([]string, 0, 2*len(keys))
		for _, k := range keys {
			parts = append(parts, esc(k), esc(scalarString(x[k])))
		}
		return []string{name + "=" + strings.Join(parts, ",")}
	}
	return []string{name + "=" + esc(scalarString(v))}
}

// String renders the request line, for messages.
func (r *Request) String() string { return fmt.Sprintf("%s %s", r.Method, r.Path) }
