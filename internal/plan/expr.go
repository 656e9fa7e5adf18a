package plan

import (
	"encoding/json"
	"fmt"
	"net/url"
	"strings"
)

// Expr is a parsed OpenAPI runtime expression ($url, $method, $statusCode,
// $request.path.id, $response.body#/id, ...). Parsing up front lets a bad
// expression in a description be reported once, where it is written,
// rather than silently yielding nothing at every request.
type Expr struct {
	// Source is "url", "method", "statusCode", "request" or "response".
	Source string
	// Part is "header", "query", "path" or "body" for request/response.
	Part string
	// Name is the header, query or path parameter name.
	Name string
	// Pointer is the JSON pointer into the body ("" for the whole body).
	Pointer string
	raw     string
}

func (e Expr) String() string { return e.raw }

// ParseExpr parses one runtime expression, following the ABNF of the
// OpenAPI specification (3.0 and 3.1 share it).
func ParseExpr(s string) (Expr, error) {
	e := Expr{raw: s}
	switch s {
	case "$url", "$method", "$statusCode":
		e.Source = s[1:]
		return e, nil
	}
	rest, ok := "", false
	if rest, ok = strings.CutPrefix(s, "$request."); ok {
		e.Source = "request"
	} else if rest, ok = strings.CutPrefix(s, "$response."); ok {
		e.Source = "response"
	} else {
		return e, fmt.Errorf("runtime expression %q: want $url, $method, $statusCode, $request.<source> or $response.<source>", s)
	}
	switch {
	case rest == "body" || strings.HasPrefix(rest, "body#"):
		e.Part = "body"
		ptr := strings.TrimPrefix(strings.TrimPrefix(rest, "body"), "#")
		if ptr != "" && !strings.HasPrefix(ptr, "/") {
			return e, fmt.Errorf("runtime expression %q: the JSON pointer after # must start with /", s)
		}
		for i := 0; i < len(ptr); i++ {
			if ptr[i] == '~' && (i+1 >= len(ptr) || ptr[i+1] != '0' && ptr[i+1] != '1') {
				return e, fmt.Errorf("runtime expression %q: ~ in a JSON pointer must be ~0 or ~1", s)
			}
		}
		e.Pointer = ptr
		return e, nil
	case strings.HasPrefix(rest, "header."), strings.HasPrefix(rest, "query."), strings.HasPrefix(rest, "path."):
		e.Part, e.Name, _ = strings.Cut(rest, ".")
		if e.Name == "" {
			return e, fmt.Errorf("runtime expression %q: no %s name after the dot", s, e.Part)
		}
		if e.Part == "header" {
			for _, c := range e.Name {
				if !tchar(c) {
					return e, fmt.Errorf("runtime expression %q: %q is not a valid header name", s, e.Name)
				}
			}
		}
		if e.Source == "response" && e.Part != "header" {
			return e, fmt.Errorf("runtime expression %q: a response has no %s parameters (only header and body)", s, e.Part)
		}
		return e, nil
	}
	return e, fmt.Errorf("runtime expression %q: after $%s. want header.<name>, query.<name>, path.<name> or body[#/pointer]", s, e.Source)
}

// tchar is RFC 9110's token character.
func tchar(c rune) bool {
	switch {
	case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
		return true
	}
	return strings.ContainsRune("!#$%&'*+-.^_`|~", c)
}

// Eval evaluates the expression against an exchange; ok is false when the
// exchange has no such value.
func (e Expr) Eval(x Exchange) (any, bool) {
	switch e.Source {
	case "url":
		if x.Request == nil {
			return nil, false
		}
		return x.Request.URL(x.BaseURL), true
	case "method":
		if x.Request == nil {
			return nil, false
		}
		return x.Request.Method, true
	case "statusCode":
		return json.Number(itoa(x.Status)), x.Status != 0
	case "response":
		if e.Part == "header" {
			v := x.Header.Get(e.Name)
			return v, v != ""
		}
		return pointerGet(x.Body, e.Pointer)
	}
	// $request: the Input keeps the JSON type of what was sent; the wire
	// form is the fallback for a replayed request with no Input.
	switch e.Part {
	case "path", "query":
		if x.Input != nil {
			if v, ok := x.Input.Params[e.Part+":"+e.Name]; ok {
				return v, true
			}
		}
		if e.Part == "query" && x.Request != nil {
			if u, err := url.Parse(x.Request.Path); err == nil && u.Query().Has(e.Name) {
				return u.Query().Get(e.Name), true
			}
		}
	case "header":
		if x.Request != nil {
			if v := x.Request.Header(e.Name); v != "" {
				return v, true
			}
		}
		if x.Input != nil {
			for k, v := range x.Input.Params {
				if in, name, _ := strings.Cut(k, ":"); in == "header" && strings.EqualFold(name, e.Name) {
					return v, true
				}
			}
		}
	case "body":
		if x.Input != nil && x.Input.HasBody {
			return pointerGet(x.Input.Body, e.Pointer)
		}
	}
	return nil, false
}

// Value is a link's parameter or requestBody value: a runtime expression,
// a string with {expression} parts, or a constant (an object or array
// whose strings may themselves be expressions).
type Value struct {
	raw any
}

// ParseValue checks every expression inside v.
func ParseValue(v any) (Value, error) {
	return Value{raw: v}, walkExprs(v, func(string) error { return nil })
}

// walkExprs calls fn on every string in v, after checking the expressions
// it holds.
func walkExprs(v any, fn func(string) error) error {
	switch x := v.(type) {
	case string:
		if err := checkTemplate(x); err != nil {
			return err
		}
		return fn(x)
	case map[string]any:
		for _, k := range sortedKeys(x) {
			if err := walkExprs(x[k], fn); err != nil {
				return err
			}
		}
	case []any:
		for _, e := range x {
			if err := walkExprs(e, fn); err != nil {
				return err
			}
		}
	}
	return nil
}

// checkTemplate parses a string that is one expression, or holds
// {expression} parts.
func checkTemplate(s string) error {
	if strings.HasPrefix(s, "$") {
		_, err := ParseExpr(s)
		return err
	}
	for rest := s; ; {
		i := strings.Index(rest, "{$")
		if i < 0 {
			return nil
		}
		j := strings.IndexByte(rest[i:], '}')
		if j < 0 {
			return fmt.Errorf("%q: an embedded expression opened with { is not closed", s)
		}
		if _, err := ParseExpr(rest[i+1 : i+j]); err != nil {
			return err
		}
		rest = rest[i+j+1:]
	}
}

// Missing lists the expressions of a Value the exchange has no value for.
type Missing []string

// Eval evaluates a Value: a whole-string expression keeps the JSON type of
// what it points at; embedded ones are rendered into the string. It
// returns the expressions that found nothing.
func (v Value) Eval(x Exchange) (any, Missing) {
	var missing Missing
	out := evalValue(v.raw, x, &missing)
	return out, missing
}

func evalValue(v any, x Exchange, missing *Missing) any {
	switch t := v.(type) {
	case string:
		if strings.HasPrefix(t, "$") {
			e, err := ParseExpr(t)
			if err != nil {
				*missing = append(*missing, t)
				return nil
			}
			got, ok := e.Eval(x)
			if !ok {
				*missing = append(*missing, t)
			}
			return got
		}
		if !strings.Contains(t, "{$") {
			return t
		}
		var b strings.Builder
		rest := t
		for {
			i := strings.Index(rest, "{$")
			j := -1
			if i >= 0 {
				j = strings.IndexByte(rest[i:], '}')
			}
			if i < 0 || j < 0 {
				b.WriteString(rest)
				return b.String()
			}
			b.WriteString(rest[:i])
			src := rest[i+1 : i+j]
			e, err := ParseExpr(src)
			got, ok := any(nil), false
			if err == nil {
				got, ok = e.Eval(x)
			}
			if !ok {
				*missing = append(*missing, src)
			}
			b.WriteString(scalarString(got))
			rest = rest[i+j+1:]
		}
	case map[string]any:
		m := make(map[string]any, len(t))
		for k, e := range t {
			m[k] = evalValue(e, x, missing)
		}
		return m
	case []any:
		l := make([]any, len(t))
		for i, e := range t {
			l[i] = evalValue(e, x, missing)
		}
		return l
	}
	return v
}

// FromRequest reports whether every expression in v reads the request
// (a value a link may legitimately lack when the request did not send it).
func (v Value) FromRequest() bool {
	all := true
	_ = walkExprs(v.raw, func(s string) error {
		if strings.Contains(s, "$response.") || strings.Contains(s, "$statusCode") {
			all = false
		}
		return nil
	})
	return all
}

// Raw is the value as written in the description.
func (v Value) Raw() any { return v.raw }
