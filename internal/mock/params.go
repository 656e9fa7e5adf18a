package mock

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strconv"
	"strings"
)

// param is a compiled parameter.
type param struct {
	name, in string
	required bool
	style    string
	explode  bool
	kind     string // JSON type the raw string is coerced to: string, integer, number, boolean, array, object
	itemKind string
	props    map[string]string // property kinds for object parameters
	jsonBody bool              // declared with content: application/json
	val      *validator
	schema   at
	// kinds are the JSON types the schema admits through its compositions,
	// set when more than one (anyOf [integer, string]); tree types
	// deepObject values.
	kinds map[string]bool
	tree  *tree
	ptr   string // JSON pointer of the value in problem reports: /query/limit
}

func (m *model) param(pv at) *param {
	p := &param{}
	p.name, _ = pv.v["name"].(string)
	p.in, _ = pv.v["in"].(string)
	if p.name == "" || p.in == "" {
		return nil
	}
	p.ptr = "/" + p.in + "/" + escapeToken(p.name)
	p.required, _ = pv.v["required"].(bool)
	if p.in == "path" {
		p.required = true
	}
	p.style, _ = pv.v["style"].(string)
	if p.style == "" {
		p.style = map[string]string{"query": "form", "cookie": "form", "path": "simple", "header": "simple"}[p.in]
	}
	p.explode = p.style == "form"
	if e, ok := pv.v["explode"].(bool); ok {
		p.explode = e
	}
	p.schema = m.tree.child(pv, "schema")
	if content := m.tree.child(pv, "content"); content.v != nil {
		for typ := range content.v {
			p.schema = m.tree.child(m.tree.child(content, typ), "schema")
			p.jsonBody = isJSON(typ)
			break
		}
	}
	if p.schema.v == nil {
		return p
	}
	p.kind = m.kindOf(p.schema.v)
	if p.kind == "array" {
		items, _ := m.tree.deref(p.schema.v["items"])
		p.itemKind = m.kindOf(items)
	}
	if p.kind == "object" {
		p.props = map[string]string{}
		props, _ := p.schema.v["properties"].(map[string]any)
		for name, pv := range props {
			ps, _ := m.tree.deref(pv)
			p.props[name] = m.kindOf(ps)
		}
	}
	m.typeBy(p)
	p.val = m.compiler.get(p.schema.loc)
	return p
}

// kindOf finds the JSON type a schema expects, looking through allOf/oneOf/anyOf.
func (m *model) kindOf(s map[string]any) string {
	for range 8 {
		if s == nil {
			return ""
		}
		switch t := s["type"].(type) {
		case string:
			return t
		case []any:
			for _, x := range t {
				if x, ok := x.(string); ok && x != "null" {
					return x
				}
			}
		}
		var next map[string]any
		for _, k := range []string{"allOf", "oneOf", "anyOf"} {
			if l, ok := s[k].([]any); ok && len(l) > 0 {
				next, _ = m.tree.deref(l[0])
				break
			}
		}
		if next == nil {
			if _, ok := s["properties"]; ok {
				return "object"
			}
			if _, ok := s["items"]; ok {
				return "array"
			}
		}
		s = next
	}
	return ""
}

// coerce turns a raw string into the JSON value the schema expects; a string
// that does not parse stays a string so the validator reports the type error.
func coerce(raw, kind string) any {
	switch kind {
	case "integer", "number":
		if _, err := strconv.ParseFloat(raw, 64); err == nil && raw != "" && !strings.ContainsAny(raw, "xXpP_") {
			return json.Number(raw)
		}
	case "boolean":
		if raw == "true" {
			return true
		} else if raw == "false" {
			return false
		}
	case "null":
		if raw == "" || raw == "null" {
			return nil
		}
	}
	return raw
}

// delimiter of an array or object serialised in one string.
func (p *param) delimiter() string {
	switch {
	case p.style == "label" && p.explode:
		return "."
	case p.style == "matrix" && p.explode:
		return ";" + p.name + "="
	}
	switch p.style {
	case "spaceDelimited":
		return " "
	case "pipeDelimited":
		return "|"
	}
	return ","
}

// values extracts the parameter from the request; present is false when it is
// absent. Path values arrive percent-encoded from the router.
func (p *param) values(r *http.Request, q url.Values, pathVals map[string]string) (v any, present bool, malformed bool) {
	switch p.in {
	case "path":
		raw, ok := pathVals[p.name]
		if !ok {
			return nil, false, false
		}
		raw = strings.TrimPrefix(strings.TrimPrefix(raw, "."), ";"+p.name+"=")
		if u, err := url.PathUnescape(raw); err == nil {
			raw = u
		} else {
			malformed = true
		}
		return p.fromString(raw), true, malformed
	case "query":
		if p.style == "deepObject" && p.tree != nil {
			if obj := bracketTree(q, p.name); obj != nil {
				return p.tree.shape(obj, p.schema.v, 0), true, false
			}
			if vs, ok := q[p.name]; ok && len(vs) > 0 {
				// Written without brackets: a scalar, a repeated list or
				// Stripe's empty value for an empty object.
				if len(vs) == 1 && (p.kind != "array" || vs[0] == "") {
					return p.tree.shape(vs[0], p.schema.v, 0), true, false
				}
				l := make([]any, len(vs))
				for i, s := range vs {
					l[i] = s
				}
				return p.tree.shape(l, p.schema.v, 0), true, false
			}
			return nil, false, false
		}
		if p.kind == "object" && p.explode {
			obj := map[string]any{}
			for name, kind := range p.props {
				if vs, ok := q[name]; ok && len(vs) > 0 {
					obj[name] = coerce(vs[0], kind)
				}
			}
			return obj, len(obj) > 0, false
		}
		vs, ok := q[p.name]
		if !ok {
			return nil, false, false
		}
		if p.kind == "array" && p.explode {
			out := make([]any, 0, len(vs))
			for _, s := range vs {
				out = append(out, coerce(s, p.itemKind))
			}
			return out, true, false
		}
		return p.fromString(vs[0]), true, false
	case "header":
		vs := r.Header.Values(p.name)
		if len(vs) == 0 {
			return nil, false, false
		}
		return p.fromString(strings.Join(vs, ",")), true, false
	case "cookie":
		c, err := r.Cookie(p.name)
		if err != nil {
			return nil, false, false
		}
		return p.fromString(c.Value), true, false
	}
	return nil, false, false
}

func (p *param) fromString(raw string) any {
	if p.jsonBody {
		var v any
		dec := json.NewDecoder(strings.NewReader(raw))
		dec.UseNumber()
		if dec.Decode(&v) == nil {
			return v
		}
		return raw
	}
	switch p.kind {
	case "array":
		if raw == "" {
			return []any{}
		}
		parts := strings.Split(raw, p.delimiter())
		out := make([]any, len(parts))
		for i, s := range parts {
			out[i] = coerce(s, p.itemKind)
		}
		return out
	case "object":
		obj := map[string]any{}
		sep := ","
		if p.explode && p.in != "query" {
			for _, kv := range strings.Split(raw, sep) {
				k, v, _ := strings.Cut(kv, "=")
				obj[k] = coerce(v, p.props[k])
			}
			return obj
		}
		parts := strings.Split(raw, sep)
		for i := 0; i+1 < len(parts); i += 2 {
			obj[parts[i]] = coerce(parts[i+1], p.props[parts[i]])
		}
		return obj
	}
	if len(p.kinds) > 1 {
		return coerceKinds(raw, p.kinds)
	}
	return coerce(raw, p.kind)
}

// typeBy lets p type its values through the compositions of its schema.
func (m *model) typeBy(p *param) {
	p.tree = m.tree
	if p.schema.v == nil {
		return
	}
	if k := m.tree.kinds(p.schema.v, 0); len(k) > 1 {
		p.kinds = k
	}
}
