package plan

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"
)

func TestParseExpr(t *testing.T) {
	for _, tt := range []struct {
		in, err string
		want    Expr
	}{
		{in: "$url", want: Expr{Source: "url"}},
		{in: "$method", want: Expr{Source: "method"}},
		{in: "$statusCode", want: Expr{Source: "statusCode"}},
		{in: "$request.path.id", want: Expr{Source: "request", Part: "path", Name: "id"}},
		{in: "$request.query.q.x", want: Expr{Source: "request", Part: "query", Name: "q.x"}},
		{in: "$request.header.X-Trace", want: Expr{Source: "request", Part: "header", Name: "X-Trace"}},
		{in: "$request.body", want: Expr{Source: "request", Part: "body"}},
		{in: "$response.body#/items/0/a~1b", want: Expr{Source: "response", Part: "body", Pointer: "/items/0/a~1b"}},
		{in: "$response.header.Location", want: Expr{Source: "response", Part: "header", Name: "Location"}},
		{in: "$response.", err: "want header.<name>"},
		{in: "$response.path.id", err: "a response has no path parameters"},
		{in: "$request.header.", err: "no header name"},
		{in: "$request.header.a b", err: "not a valid header name"},
		{in: "$response.body#id", err: "must start with /"},
		{in: "$response.body#/a~2", err: "~0 or ~1"},
		{in: "$requests.path.id", err: "want $url"},
		{in: "$", err: "want $url"},
	} {
		got, err := ParseExpr(tt.in)
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("ParseExpr(%q) error %v, want one with %q", tt.in, err, tt.err)
			}
			continue
		}
		got.raw = ""
		if err != nil || got != tt.want {
			t.Errorf("ParseExpr(%q) = %+v, %v; want %+v", tt.in, got, err, tt.want)
		}
	}
}

func TestValueEval(t *testing.T) {
	x := Exchange{
		BaseURL: "http://h/api",
		Request: &Request{Method: "POST", Path: "/users?team=7", Headers: []Header{{Name: "X-Trace", Value: "t1"}}},
		Input:   &Input{Params: map[string]any{"path:org": "acme"}, Body: map[string]any{"name": "ann"}, HasBody: true},
		Status:  201,
		Header:  http.Header{"Location": {"/users/u9"}},
		Body:    map[string]any{"id": json.Number("42"), "tags": []any{"a", "b"}},
	}
	for _, tt := range []struct {
		v       any
		want    string
		missing string
	}{
		{v: "$response.body#/id", want: `42`},
		{v: "$response.body#/tags", want: `["a","b"]`},
		{v: "$response.body", want: `{"id":42,"tags":["a","b"]}`},
		{v: "$response.header.Location", want: `"/users/u9"`},
		{v: "$request.query.team", want: `"7"`},
		{v: "$request.path.org", want: `"acme"`},
		{v: "$request.header.x-trace", want: `"t1"`},
		{v: "$request.body#/name", want: `"ann"`},
		{v: "$url", want: `"http://h/api/users?team=7"`},
		{v: "$method", want: `"POST"`},
		{v: "$statusCode", want: `201`},
		{v: "user {$response.body#/id} of {$request.path.org}", want: `"user 42 of acme"`},
		{v: map[string]any{"owner": "$response.body#/id", "n": 3.0, "l": []any{"{$method}"}}, want: `{"l":["POST"],"n":3,"owner":42}`},
		{v: "plain", want: `"plain"`},
		{v: "$response.body#/nope", want: `null`, missing: "$response.body#/nope"},
		{v: "x{$response.header.ETag}", want: `"x"`, missing: "$response.header.ETag"},
	} {
		val, err := ParseValue(tt.v)
		if err != nil {
			t.Fatalf("ParseValue(%v): %v", tt.v, err)
		}
		got, missing := val.Eval(x)
		b, _ := json.Marshal(got)
		if string(b) != tt.want || strings.Join(missing, ",") != tt.missing {
			t.Errorf("Eval(%v) = %s, missing %v; want %s, missing %q", tt.v, b, missing, tt.want, tt.missing)
		}
	}
}

// FuzzRuntimeExpr: a description's link expressions are untrusted input;
// parsing and evaluating them never panics.
func FuzzRuntimeExpr(f *testing.F) {
	for _, s := range []string{"$url", "$response.body#/a/0", "$request.header.X", "{$", "a{$response.body#/~}b", "{$request.query.q}{", "$response.body#/a~01"} {
		f.Add(s)
	}
	x := Exchange{Request: &Request{Method: "GET", Path: "/a?b=c"}, Input: &Input{Params: map[string]any{}}, Body: map[string]any{"a": []any{1.0}}}
	f.Fuzz(func(t *testing.T, s string) {
		_, _ = ParseExpr(s)
		if v, err := ParseValue(s); err == nil {
			_, _ = v.Eval(x)
		}
		_, _ = Value{raw: map[string]any{"k": s}}.Eval(x)
	})
}
