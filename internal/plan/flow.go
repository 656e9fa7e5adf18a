package plan

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"

	"github.com/getkin/kin-openapi/openapi3"

	"github.com/sequere/sequere/internal/report"
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
	// Const is a link parameter written as a non-string constant.
	Const any `json:"const,omitempty"`
}

// Link is one edge from an operation's response to another operation,
// either written in the description (OpenAPI links) or inferred.
type Link struct {
	Name   string
	From   *Operation
	Status string // the response code the link hangs on
	To     *Operation
	Bind   []Binding
	// Body is the link's requestBody; nil when it gives none.
	Body     *Value
	Inferred bool
	// Where is the link in the description.
	Where report.Location
}

// LinkProblem is a link the description gets wrong: an unknown target, a
// bad runtime expression, a parameter the target does not have.
type LinkProblem struct {
	Where   report.Location
	Message string
}

func (l LinkProblem) String() string { return l.Where.String() + ": " + l.Message }

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
	out, _ := p.DescribedLinks()
	for _, c := range p.Chains() {
		for _, to := range append(append([]*Operation{c.Read}, c.Update...), c.Delete) {
			if to != nil {
				out = append(out, Link{Name: "inferred", From: c.Create, Status: successCode(c.Create), To: to, Bind: c.Bind, Inferred: true})
			}
		}
	}
	return out
}

// DescribedLinks lists the links the description writes (OpenAPI 3
// response links), in operation, status and name order, and what is wrong
// with the rest. A link with a problem is left out whole: following it
// half-bound would blame the server for the description's mistake.
func (p *Plan) DescribedLinks() ([]Link, []LinkProblem) {
	var out []Link
	var problems []LinkProblem
	for _, op := range p.All {
		for _, code := range sortedKeys(op.Responses) {
			r := op.Responses[code]
			for _, name := range sortedKeys(r.Links) {
				l := r.Links[name]
				if l == nil || l.Value == nil {
					continue
				}
				ptr := op.Pointer + spec.Pointer("responses", code, "links", name)
				where := p.Doc.Locate(ptr)
				bad := func(at, format string, args ...any) {
					problems = append(problems, LinkProblem{Where: p.Doc.Locate(ptr + at), Message: fmt.Sprintf("link %q of %s response %s: ", name, op.ID, code) + fmt.Sprintf(format, args...)})
				}
				to, why := p.linkTarget(l.Value)
				if to == nil {
					at := "/operationId"
					if l.Value.OperationID == "" {
						at = "/operationRef"
					}
					bad(at, "%s", why)
					continue
				}
				link := Link{Name: name, From: op, Status: code, To: to, Where: where}
				ok := true
				for _, pn := range sortedKeys(l.Value.Parameters) {
					at := spec.Pointer("parameters", pn)
					key, found := paramKey(to, pn)
					if !found {
						bad(at, "%s has no parameter %q", to.ID, pn)
						ok = false
						continue
					}
					v := l.Value.Parameters[pn]
					if _, err := ParseValue(v); err != nil {
						bad(at, "%v", err)
						ok = false
						continue
					}
					if s, isStr := v.(string); isStr {
						link.Bind = append(link.Bind, Binding{Param: key, Expr: s})
					} else {
						link.Bind = append(link.Bind, Binding{Param: key, Const: v})
					}
				}
				if l.Value.RequestBody != nil {
					v, err := ParseValue(l.Value.RequestBody)
					switch {
					case err != nil:
						bad("/requestBody", "%v", err)
						ok = false
					case to.Body == nil:
						bad("/requestBody", "%s takes no request body", to.ID)
						ok = false
					default:
						link.Body = &v
					}
				}
				if ok {
					out = append(out, link)
				}
			}
		}
	}
	return out, problems
}

// paramKey finds the target parameter a link names: "id", or qualified by
// where it goes, "path.id" (the name alone may be ambiguous).
func paramKey(to *Operation, name string) (string, bool) {
	for _, prm := range to.Params {
		if prm.Name == name {
			return prm.Key(), true
		}
	}
	if in, bare, qualified := strings.Cut(name, "."); qualified {
		for _, prm := range to.Params {
			if prm.In == in && prm.Name == bare {
				return prm.Key(), true
			}
		}
	}
	return "", false
}

// linkTarget resolves operationId or operationRef; why says what failed.
func (p *Plan) linkTarget(l *openapi3.Link) (*Operation, string) {
	switch {
	case l.OperationID != "" && l.OperationRef != "":
		return nil, "operationId and operationRef are mutually exclusive"
	case l.OperationID != "":
		if o, ok := p.Operation(l.OperationID); ok {
			return o, ""
		}
		return nil, fmt.Sprintf("operationId %q names no operation of the description", l.OperationID)
	case l.OperationRef != "":
		file, ptr, _ := strings.Cut(l.OperationRef, "#")
		segs := spec.PointerSegments(ptr)
		if file != "" && !strings.HasSuffix(p.Doc.Name, strings.TrimPrefix(file, "./")) || len(segs) != 3 || segs[0] != "paths" {
			return nil, fmt.Sprintf("operationRef %q is not a #/paths/<path>/<method> pointer into this description", l.OperationRef)
		}
		for _, o := range p.All {
			if o.Path == segs[1] && strings.EqualFold(o.Method, segs[2]) {
				return o, ""
			}
		}
		return nil, fmt.Sprintf("operationRef %q names no operation of the description", l.OperationRef)
	}
	return nil, "neither operationId nor operationRef is given"
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
	// BaseURL is what $url is relative to.
	BaseURL string
	Request *Request
	Input   *Input
	Status  int
	Header  http.Header
	Body    any
}

// Eval evaluates a runtime expression, or a string holding {expression}
// parts, against an exchange. A string without expressions is a constant.
func Eval(expr string, x Exchange) (any, bool) {
	v, missing := Value{raw: expr}.Eval(x)
	return v, len(missing) == 0
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

// eval is the binding's value in x: its constant, or its expression
// evaluated, a Location reduced to its last segment.
func (b Binding) eval(x Exchange) (any, bool) {
	if b.Const != nil {
		return b.Const, true
	}
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
