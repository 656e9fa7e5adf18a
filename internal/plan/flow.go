package plan

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strings"

	"github.com/getkin/kin-openapi/openapi3"

	"github.com/sequere/sequere/internal/spec"
)

// Binding feeds one parameter of a follow-up request from an earlier
// exchange: Expr is an OpenAPI runtime expression ($response.body#/id,
// $response.header.Location, $request.path.id).
type Binding struct {
	Param string `json:"param"` // Parameter.Key() of the target
	Expr  string `json:"expr"`
	// LastSegment keeps only the last path segment of the value: a
	// Location header names the resource by its URL.
	LastSegment bool `json:"lastSegment,omitempty"`
}

// Link is one edge from an operation's response to another operation,
// either written in the description (OpenAPI links) or inferred.
type Link struct {
	Name     string
	From     *Operation
	Status   string // the response code the link hangs on
	To       *Operation
	Bind     []Binding
	Inferred bool
}

// Chain is a created resource and the operations on it: a POST whose
// answer names the new resource, and the GET, PUT/PATCH and DELETE of the
// item path, each reached through Bind.
type Chain struct {
	Create *Operation
	Item   string // the item path template: /pets/{petId}
	Bind   []Binding
	Read   *Operation
	Update []*Operation
	Delete *Operation
}

// Links lists the description's links and the links Chains infers, in
// operation order.
func (p *Plan) Links() []Link {
	var out []Link
	for _, op := range p.All {
		for _, code := range sortedKeys(op.Responses) {
			r := op.Responses[code]
			for _, name := range sortedKeys(r.Links) {
				l := r.Links[name]
				if l == nil || l.Value == nil {
					continue
				}
				to := p.linkTarget(l.Value)
				if to == nil {
					continue
				}
				link := Link{Name: name, From: op, Status: code, To: to}
				for _, pn := range sortedKeys(l.Value.Parameters) {
					expr, ok := l.Value.Parameters[pn].(string)
					if !ok {
						continue
					}
					link.Bind = append(link.Bind, Binding{Param: paramKey(to, pn), Expr: expr})
				}
				out = append(out, link)
			}
		}
	}
	for _, c := range p.Chains() {
		for _, to := range append(append([]*Operation{c.Read}, c.Update...), c.Delete) {
			if to != nil {
				out = append(out, Link{Name: "inferred", From: c.Create, Status: successCode(c.Create), To: to, Bind: c.Bind, Inferred: true})
			}
		}
	}
	return out
}

// paramKey finds the target parameter a link names: "id", "path.id".
func paramKey(to *Operation, name string) string {
	in, bare, qualified := strings.Cut(name, ".")
	for _, prm := range to.Params {
		if qualified && prm.In == in && prm.Name == bare || !qualified && prm.Name == name {
			return prm.Key()
		}
	}
	return "path:" + name
}

func (p *Plan) linkTarget(l *openapi3.Link) *Operation {
	if l.OperationID != "" {
		o, _ := p.Operation(l.OperationID)
		return o
	}
	if l.OperationRef != "" {
		_, ptr, _ := strings.Cut(l.OperationRef, "#")
		segs := spec.PointerSegments(ptr)
		if len(segs) == 3 && segs[0] == "paths" {
			for _, o := range p.All {
				if o.Path == segs[1] && strings.EqualFold(o.Method, segs[2]) {
					return o
				}
			}
		}
	}
	return nil
}

func successCode(op *Operation) string {
	for _, code := range sortedKeys(op.Responses) {
		if strings.HasPrefix(code, "2") {
			return code
		}
	}
	return "default"
}

// Chains infers create -> read/update/delete chains: a POST on /things and
// the operations on /things/{param}.
func (p *Plan) Chains() []Chain {
	var out []Chain
	for _, create := range p.All {
		if create.Method != http.MethodPost {
			continue
		}
		var c *Chain
		for _, op := range p.All {
			param, ok := itemOf(create.Path, op.Path)
			if !ok {
				continue
			}
			if c == nil {
				c = &Chain{Create: create, Item: op.Path, Bind: p.bindFor(create, "path:"+param, param)}
			}
			if op.Path != c.Item {
				continue
			}
			switch op.Method {
			case http.MethodGet:
				c.Read = op
			case http.MethodPut, http.MethodPatch:
				c.Update = append(c.Update, op)
			case http.MethodDelete:
				c.Delete = op
			}
		}
		if c != nil && len(c.Bind) > 0 && (c.Read != nil || c.Delete != nil || len(c.Update) > 0) {
			out = append(out, *c)
		}
	}
	return out
}

// itemOf reports whether item is collection + "/{param}".
func itemOf(collection, item string) (string, bool) {
	rest, ok := strings.CutPrefix(item, strings.TrimRight(collection, "/")+"/")
	if !ok || !strings.HasPrefix(rest, "{") || !strings.HasSuffix(rest, "}") || strings.Contains(rest, "/") {
		return "", false
	}
	return rest[1 : len(rest)-1], true
}

// bindFor says where the created resource's id comes from: the body's id
// property when the success schema has one, else the Location header; nil
// when the answer names the resource nowhere.
func (p *Plan) bindFor(create *Operation, key, param string) []Binding {
	code := successCode(create)
	r := create.Responses[code]
	if r != nil {
		for _, t := range mediaOrder(r.Content) {
			s := r.Content[t].Schema
			if s == nil || s.Value == nil {
				continue
			}
			for _, name := range []string{param, "id", "uuid", "ID", "Id"} {
				if _, ok := s.Value.Properties[name]; ok {
					return []Binding{{Param: key, Expr: "$response.body#/" + spec.EscapePointer(name)}}
				}
			}
			for _, name := range sortedKeys(s.Value.Properties) {
				if strings.EqualFold(name, param) || strings.HasSuffix(strings.ToLower(param), strings.ToLower(name)) {
					return []Binding{{Param: key, Expr: "$response.body#/" + spec.EscapePointer(name)}}
				}
			}
		}
		for name := range r.Headers {
			if strings.EqualFold(name, "Location") {
				return []Binding{{Param: key, Expr: "$response.header.Location", LastSegment: true}}
			}
		}
	}
	return nil
}

// Exchange is what a runtime expression reads: the request sent and the
// response received (Body decoded JSON, or nil).
type Exchange struct {
	Request *Request
	Input   *Input
	Status  int
	Header  http.Header
	Body    any
}

// Eval evaluates a runtime expression against an exchange.
func Eval(expr string, x Exchange) (any, bool) {
	switch {
	case expr == "$statusCode":
		return json.Number(itoa(x.Status)), true
	case strings.HasPrefix(expr, "$response.header."):
		v := x.Header.Get(strings.TrimPrefix(expr, "$response.header."))
		return v, v != ""
	case strings.HasPrefix(expr, "$response.body"):
		return pointerGet(x.Body, strings.TrimPrefix(strings.TrimPrefix(expr, "$response.body"), "#"))
	case strings.HasPrefix(expr, "$request.path."), strings.HasPrefix(expr, "$request.query."):
		if x.Request == nil {
			return nil, false
		}
		u, err := url.Parse(x.Request.Path)
		if err != nil {
			return nil, false
		}
		if name, ok := strings.CutPrefix(expr, "$request.query."); ok {
			v := u.Query().Get(name)
			return v, v != ""
		}
		if x.Input != nil {
			v, ok := x.Input.Params["path:"+strings.TrimPrefix(expr, "$request.path.")]
			return v, ok
		}
		return nil, false
	case strings.HasPrefix(expr, "$request.header."):
		if x.Request == nil {
			return nil, false
		}
		v := x.Request.Header(strings.TrimPrefix(expr, "$request.header."))
		return v, v != ""
	case !strings.HasPrefix(expr, "$"):
		return expr, true
	}
	return nil, false
}

// Apply evaluates bindings into in.Params; it reports false when one
// could not be evaluated.
func Apply(in *Input, bind []Binding, x Exchange) bool {
	if in.Params == nil {
		in.Params = map[string]any{}
	}
	ok := true
	for _, b := range bind {
		v, found := b.eval(x)
		if !found {
			ok = false
			continue
		}
		in.Params[b.Param] = v
	}
	return ok
}

// eval is the binding's value in x, a Location reduced to its last segment.
func (b Binding) eval(x Exchange) (any, bool) {
	v, found := Eval(b.Expr, x)
	if !found {
		return nil, false
	}
	if s, isStr := v.(string); isStr && b.LastSegment {
		if u, err := url.Parse(s); err == nil {
			s = u.Path
		}
		s = strings.TrimRight(s, "/")
		if i := strings.LastIndexByte(s, '/'); i >= 0 {
			s = s[i+1:]
		}
		v, _ = url.PathUnescape(s)
	}
	return v, true
}

// Value is the binding's value in x as it goes into a URL: a string as is,
// a number or boolean as JSON writes it.
func (b Binding) Value(x Exchange) (string, bool) {
	v, ok := b.eval(x)
	if !ok || v == nil {
		return "", false
	}
	if s, isStr := v.(string); isStr {
		return s, s != ""
	}
	switch v.(type) {
	case map[string]any, []any:
		return "", false
	}
	return scalarString(v), true
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }

// pointerGet reads a JSON pointer in a decoded JSON value.
func pointerGet(v any, ptr string) (any, bool) {
	for _, seg := range spec.PointerSegments(ptr) {
		switch x := v.(type) {
		case map[string]any:
			var ok bool
			if v, ok = x[seg]; !ok {
				return nil, false
			}
		case []any:
			i := 0
			for _, c := range seg {
				if c < '0' || c > '9' {
					return nil, false
				}
				i = i*10 + int(c-'0')
			}
			if i >= len(x) {
				return nil, false
			}
			v = x[i]
		default:
			return nil, false
		}
	}
	return v, v != nil
}

// PointerGet reads a JSON pointer ("/meta/next_cursor") in a decoded JSON value.
func PointerGet(v any, ptr string) (any, bool) { return pointerGet(v, ptr) }
