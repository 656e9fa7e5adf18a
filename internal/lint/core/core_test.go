package core

import (
	"context"
	"strings"
	"testing"

	yaml "github.com/pb33f/go-yaml"

	"github.com/sequere/sequere/internal/lint"
	"github.com/sequere/sequere/internal/spec"
)

func node(t *testing.T, src string) *yaml.Node {
	t.Helper()
	if src == "<missing>" {
		return nil
	}
	var n yaml.Node
	if err := yaml.Unmarshal([]byte(src), &n); err != nil {
		t.Fatal(err)
	}
	return n.Content[0]
}

func TestFunctions(t *testing.T) {
	t.Parallel()
	doc, err := spec.LoadBytes(context.Background(), "api.yaml", []byte("openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    Used: {type: string}\n    Unused: {type: string}\n    Ref: {$ref: '#/components/schemas/Used'}\n"), spec.Options{})
	if err != nil {
		t.Fatal(err)
	}
	fns := Functions()
	tests := []struct {
		fn, value string
		opts      map[string]any
		want      string // violation messages joined by "|"
	}{
		{"truthy", `""`, nil, `#{{print("property")}}must be truthy`},
		{"truthy", `0`, nil, `#{{print("property")}}must be truthy`},
		{"truthy", `{}`, nil, ``},
		{"truthy", `<missing>`, nil, `#{{print("property")}}must be truthy`},
		{"falsy", `false`, nil, ``},
		{"falsy", `x`, nil, `#{{print("property")}}must be falsy`},
		{"defined", `<missing>`, nil, `#{{print("property")}}must be defined`},
		{"defined", `null`, nil, ``},
		{"undefined", `1`, nil, `#{{print("property")}}must be undefined`},
		{"pattern", `abc`, map[string]any{"match": "^a"}, ``},
		{"pattern", `abc`, map[string]any{"match": "/^A/i"}, ``},
		{"pattern", `abc`, map[string]any{"notMatch": "b"}, `#{{print("property")}}must not match the pattern "b"`},
		{"pattern", `abc`, map[string]any{"match": "^(?!abc)"}, `#{{print("property")}}must match the pattern "^(?!abc)"`},
		{"pattern", `{a: 1}`, map[string]any{"match": "x"}, ``},
		{"casing", `fooBar`, map[string]any{"type": "camel"}, ``},
		{"casing", `FooBar`, map[string]any{"type": "camel"}, `must be camel case`},
		{"casing", `foo-bar`, map[string]any{"type": "kebab"}, ``},
		{"casing", `foo1`, map[string]any{"type": "flat", "disallowDigits": true}, `must be flat case`},
		{"casing", `/foo/bar`, map[string]any{"type": "kebab", "separator": map[string]any{"char": "/", "allowLeading": true}}, ``},
		{"casing", `FOO_BAR`, map[string]any{"type": "macro"}, ``},
		{"casing", `Foo-Bar`, map[string]any{"type": "cobol"}, `must be cobol case`},
		{"enumeration", `b`, map[string]any{"values": []any{"a", "b"}}, ``},
		{"enumeration", `c`, map[string]any{"values": []any{"a", "b"}}, `#{{print("value")}} must be equal to one of the allowed values: "a", "b"`},
		{"length", `abc`, map[string]any{"max": int64(2)}, `#{{print("property")}}must be shorter than 2`},
		{"length", `[1]`, map[string]any{"min": int64(2)}, `#{{print("property")}}must be longer than 2`},
		{"length", `{a: 1, b: 2}`, map[string]any{"min": int64(1), "max": int64(2)}, ``},
		{"alphabetical", `[a, b, C]`, nil, ``},
		{"alphabetical", `[b, a]`, nil, `"b" must be placed after "a"`},
		{"alphabetical", `[{name: b}, {name: a}]`, map[string]any{"keyedBy": "name"}, `properties must follow the alphabetical order`},
		{"xor", `{a: 1}`, map[string]any{"properties": []any{"a", "b"}}, ``},
		{"xor", `{a: 1, b: 2}`, map[string]any{"properties": []any{"a", "b"}}, `"a" and "b" must not be both defined or both undefined`},
		{"or", `{c: 1}`, map[string]any{"properties": []any{"a", "b"}}, `At least one of "a" or "b" must be defined`},
		{"schema", `[]`, map[string]any{"schema": map[string]any{"type": "array", "minItems": int64(1)}}, `#{{print("property")}}must not have fewer than 1 items`},
		{"schema", `[x]`, map[string]any{"schema": map[string]any{"type": "array", "minItems": int64(1)}, "dialect": "draft2020-12"}, ``},
		{"schema", `<missing>`, map[string]any{"schema": map[string]any{}}, `#{{print("property")}}must exist`},
		{"typedEnum", `{type: integer, enum: [1, "2"]}`, nil, `Enum value "2" must be "integer".`},
		{"typedEnum", `{type: string, nullable: true, enum: [a, null]}`, nil, ``},
	}
	for _, tt := range tests {
		t.Run(tt.fn+" "+tt.value, func(t *testing.T) {
			c := lint.Call{Doc: doc, Target: lint.Target{Node: node(t, tt.value), File: "api.yaml", Path: []string{"x"}}, Options: tt.opts}
			var got []string
			for _, v := range fns[tt.fn](c) {
				got = append(got, v.Message)
			}
			if g := strings.Join(got, "|"); g != tt.want {
				t.Errorf("got %q, want %q", g, tt.want)
			}
		})
	}
}

func TestUnreferencedReusableObject(t *testing.T) {
	t.Parallel()
	doc, err := spec.LoadBytes(context.Background(), "api.yaml", []byte("openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {$ref: '#/components/schemas/Used'}\ncomponents:\n  schemas:\n    Used: {type: string}\n    Unused: {type: string}\n"), spec.Options{})
	if err != nil {
		t.Fatal(err)
	}
	schemas, _, _ := doc.At("/components/schemas")
	vs := unreferencedReusableObject(lint.Call{Doc: doc, Target: lint.Target{Node: schemas, File: "api.yaml", Path: []string{"components", "schemas"}},
		Options: map[string]any{"reusableObjectsLocation": "#/components/schemas"}})
	if len(vs) != 1 || strings.Join(vs[0].Path, "/") != "components/schemas/Unused" {
		t.Fatalf("got %+v, want one violation at components/schemas/Unused", vs)
	}
}
