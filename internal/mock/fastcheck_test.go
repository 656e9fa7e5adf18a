package mock

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The fast check may only accept what the full validator accepts; it must
// also cover the parameter schemas it was written for, or it saves nothing.
func TestScalarCheckAgreesWithValidator(t *testing.T) {
	t.Parallel()
	s, err := New(load(t, fixture("shop.yaml")), Options{})
	if err != nil {
		t.Fatal(err)
	}
	m := s.model.Load()
	ops := map[string]*operation{}
	for _, op := range m.ops {
		ops[op.id] = op
	}
	params := map[string]*param{}
	for _, p := range ops["search"].params {
		params[p.name] = p
	}
	params["id"] = ops["user"].params[0]
	n := func(s string) any { return json.Number(s) }
	tests := []struct {
		param  string
		values []any
	}{
		{"q", []any{"ab", "a", "", "ünï", 3, nil, "x" + string(rune(0x1F600))}},
		{"limit", []any{n("1"), n("50"), n("0"), n("51"), n("1.0"), n("5e1"), n("9007199254740993"), n("-1"), "5", true}},
		{"tags", []any{[]any{"a", "b"}, []any{}, []any{"a", n("1")}, "a"}},
		{"ids", []any{[]any{n("1"), n("2")}, []any{n("1"), "x"}, []any{n("1.5")}}},
		{"id", []any{"abc", "ABC", "a-b", ""}},
	}
	for _, tt := range tests {
		p := params[tt.param]
		if p == nil || p.val == nil || p.val.fast == nil {
			t.Fatalf("%s: no fast check compiled", tt.param)
		}
		for _, v := range tt.values {
			fast := p.val.fast.accepts(v)
			full := p.val.s.Validate(v) == nil
			if fast && !full {
				t.Errorf("%s: fast check accepts %#v, the validator rejects it", tt.param, v)
			}
			if full && !fast {
				t.Logf("%s: %#v left to the validator", tt.param, v)
			}
		}
	}
	// Schemas it does not understand get no fast check.
	for _, schema := range []map[string]any{
		{"type": "string", "format": "uuid"},
		{"type": "integer", "multipleOf": json.Number("2")},
		{"type": []any{"string", "integer"}},
		{"type": []any{"null"}},
		{"$ref": "#/x"},
		{"type": "integer", "exclusiveMaximum": true},
	} {
		if c := compileScalarCheck(schema, true, 0); c != nil {
			t.Errorf("fast check compiled for %v", schema)
		}
	}
	// A type and null: null passes unless an enum (which would have to
	// list null) is there to judge it.
	for _, tc := range []struct {
		schema map[string]any
		value  any
		want   bool
	}{
		{map[string]any{"type": []any{"string", "null"}, "minLength": json.Number("2")}, nil, true},
		{map[string]any{"type": []any{"null", "string"}}, "ab", true},
		{map[string]any{"type": []any{"string", "null"}, "minLength": json.Number("2")}, "a", false},
		{map[string]any{"type": []any{"string", "null"}, "enum": []any{"a"}}, nil, false},
		{map[string]any{"type": "integer", "nullable": true}, nil, true},
		{map[string]any{"type": "integer"}, nil, false},
	} {
		c := compileScalarCheck(tc.schema, true, 0)
		if c == nil {
			t.Errorf("no fast check compiled for %v", tc.schema)
			continue
		}
		if got := c.accepts(tc.value); got != tc.want {
			t.Errorf("fast check of %v on %#v: %v, want %v", tc.schema, tc.value, got, tc.want)
		}
	}
}

// Request bodies: the fast check covers plain objects (JSON bodies and form
// fields) with formats and referenced enums, agrees with the validator on
// every value, and leaves what it cannot judge to the validator.
func TestObjectCheckAgreesWithValidator(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "bodies.yaml")
	const doc = `openapi: 3.0.3
info: {title: t, version: "1"}
paths:
  /things:
    post:
      requestBody:
        content:
          application/json:
            schema: {$ref: "#/components/schemas/Thing"}
          application/x-www-form-urlencoded:
            schema: {$ref: "#/components/schemas/Thing"}
      responses:
        "201": {description: created}
components:
  schemas:
    Kind: {type: string, enum: [a, b]}
    Thing:
      type: object
      required: [id, name]
      properties:
        id: {type: integer, format: int64, minimum: 1}
        name: {type: string, maxLength: 5}
        when: {type: string, format: date-time}
        ref: {type: string, format: uuid}
        phone: {type: string, format: phone-number}
        kind: {$ref: "#/components/schemas/Kind"}
        tags: {type: array, items: {type: string}}
        data:
          type: object
          additionalProperties: false
          properties: {n: {type: number, maximum: 10}}
        any: {oneOf: [{type: string}, {type: integer}]}
        both: {allOf: [{$ref: "#/components/schemas/Kind"}, {type: string, minLength: 1}], description: d}
        num: {oneOf: [{type: integer}, {type: number, minimum: 100}]}
        maybe: {anyOf: [{type: string, maxLength: 3}, {type: integer}]}
        opt: {oneOf: [{type: string}, {type: integer, nullable: true}]}
        pet:
          oneOf: [{$ref: "#/components/schemas/Cat"}, {$ref: "#/components/schemas/Dog"}]
          discriminator: {propertyName: kind}
        loose: {oneOf: [{type: string, pattern: "^a"}, {type: string, pattern: "^b"}]}
    Cat:
      type: object
      required: [kind]
      properties:
        kind: {type: string, enum: [cat]}
        meows: {type: boolean}
    Dog:
      type: object
      required: [kind, barks]
      additionalProperties: false
      properties:
        kind: {type: string, enum: [dog]}
        barks: {type: boolean}
`
	if err := os.WriteFile(path, []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := New(load(t, path), Options{})
	if err != nil {
		t.Fatal(err)
	}
	m := s.model.Load()
	md := m.ops[0].body.media[0]
	if md.val == nil || md.val.fast == nil {
		t.Fatal("no fast check compiled for the request body")
	}
	n := func(s string) any { return json.Number(s) }
	obj := func(kv ...any) map[string]any {
		o := map[string]any{"id": n("1"), "name": "Rex"}
		for i := 0; i+1 < len(kv); i += 2 {
			o[kv[i].(string)] = kv[i+1]
		}
		return o
	}
	tests := []struct {
		value      any
		acceptable bool // the fast check should accept it (else the validator decides)
	}{
		{obj(), true},
		{obj("when", "2024-01-01T00:00:00Z", "ref", "3fa85f64-5717-4562-b3fc-2c963f66afa6", "phone", "+15017122661", "kind", "a", "tags", []any{"x"}, "data", map[string]any{"n": n("9.5")}, "extra", true), true},
		{obj("when", "yesterday"), false},
		{obj("ref", "not-a-uuid"), false},
		{obj("kind", "c"), false},
		{obj("name", "toolong"), false},
		{obj("id", n("0")), false},
		{obj("id", "1"), false},
		{obj("data", map[string]any{"n": n("11")}), false},
		{obj("data", map[string]any{"m": n("1")}), false},
		{obj("tags", []any{n("1")}), false},
		// oneOf: exactly one branch accepts and the others' types rule
		// the value out.
		{obj("any", "x"), true},
		{obj("any", n("3")), true},
		{obj("any", true), false},
		{obj("any", nil), false},
		// Both branches admit numbers: only the validator can tell.
		{obj("num", n("5")), false},
		{obj("num", n("150")), false},
		{obj("maybe", "ab"), true},
		{obj("maybe", n("7")), true},
		{obj("maybe", "abcd"), false},
		{obj("maybe", true), false},
		{obj("opt", "x"), true},
		{obj("opt", nil), true},
		{obj("opt", n("2")), true},
		// The discriminator pattern: the other branch's enum or
		// required properties rule the value out.
		{obj("pet", map[string]any{"kind": "cat", "meows": true}), true},
		{obj("pet", map[string]any{"kind": "dog", "barks": false}), true},
		{obj("pet", map[string]any{"kind": "dog"}), false},
		{obj("pet", map[string]any{"kind": "cat", "barks": true}), true},
		{obj("pet", map[string]any{"kind": "cow"}), false},
		{obj("pet", map[string]any{"kind": "dog", "barks": true, "meows": true}), false},
		// Patterns are not grounds for ruling a branch out.
		{obj("loose", "ab"), false},
		{obj("both", "a"), true},
		{obj("both", "z"), false},
		{obj("both", n("1")), false},
		{map[string]any{"name": "Rex"}, false},
		{[]any{}, false},
		{"Rex", false},
	}
	for _, tt := range tests {
		fast := md.val.fast.accepts(tt.value)
		full := md.val.s.Validate(tt.value) == nil
		if fast && !full {
			t.Errorf("fast check accepts %#v, the validator rejects it", tt.value)
		}
		if fast != tt.acceptable {
			t.Errorf("fast check on %#v: %v, want %v (validator: %v)", tt.value, fast, tt.acceptable, full)
		}
	}
	// Every property with values of every kind, alone and in pairs: the
	// fast check never accepts what the validator rejects.
	values := []any{nil, true, n("0"), n("7"), n("150"), n("1.5"), n("-3"), "", "a", "ab", "abcd", "cat", "dog",
		"2024-01-01T00:00:00Z", []any{}, []any{"x"}, []any{n("1")},
		map[string]any{}, map[string]any{"kind": "cat"}, map[string]any{"kind": "dog", "barks": true},
		map[string]any{"kind": "dog", "barks": true, "meows": false}, map[string]any{"kind": "cow"}, map[string]any{"n": n("3")}}
	names := []string{"id", "name", "when", "kind", "tags", "data", "any", "both", "num", "maybe", "opt", "pet", "loose", "extra"}
	checked, accepted := 0, 0
	for i, a := range names {
		for _, b := range names[i:] {
			for _, va := range values {
				for _, vb := range values {
					body := obj(a, va, b, vb)
					checked++
					if !md.val.fast.accepts(body) {
						continue
					}
					accepted++
					if err := md.val.s.Validate(body); err != nil {
						t.Fatalf("fast check accepts %#v, the validator rejects it: %v", body, err)
					}
				}
			}
		}
	}
	t.Logf("%d bodies, %d accepted by the fast check", checked, accepted)
	if accepted == 0 {
		t.Fatal("the fast check accepted none of the generated bodies")
	}
	// Through the server: a valid form body passes, an invalid one still
	// gets every violation from the validator.
	ts := start(t, load(t, path), Options{})
	form := []string{"Content-Type: application/x-www-form-urlencoded"}
	if r := call(t, ts, "POST", "/things", "id=3&name=Rex&kind=b&ref=3fa85f64-5717-4562-b3fc-2c963f66afa6", form...); r.status != 201 {
		t.Errorf("valid form body: %d %s", r.status, r.body)
	}
	r := call(t, ts, "POST", "/things", "id=0&name=Rex&kind=c&when=soon", form...)
	if r.status != 422 || !strings.Contains(r.body, "/body/id") || !strings.Contains(r.body, "/body/kind") || !strings.Contains(r.body, "/body/when") {
		t.Errorf("invalid form body: %d %s, want 422 listing /body/id, /body/kind and /body/when", r.status, r.body)
	}
}
