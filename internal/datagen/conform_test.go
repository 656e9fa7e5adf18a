package datagen

import (
	"encoding/json"
	"strings"
	"testing"
)

func jsonValue(t *testing.T, s string) any {
	t.Helper()
	var v any
	dec := json.NewDecoder(strings.NewReader(s))
	dec.UseNumber()
	if err := dec.Decode(&v); err != nil {
		t.Fatalf("%s: %v", s, err)
	}
	return v
}

func TestConforms(t *testing.T) {
	tests := []struct {
		schema, value string
		want          bool
	}{
		{`{"type":"string","format":"date-time"}`, `"2019-09-15"`, false},
		{`{"type":"string","format":"date-time"}`, `"2019-09-15T02:06:58.147Z"`, true},
		{`{"type":"string","format":"date"}`, `"2019-09-15T02:06:58.147Z"`, false},
		{`{"type":"string","enum":["a","b"]}`, `"text"`, false},
		{`{"type":"string","enum":["a","b"]}`, `"b"`, true},
		{`{"type":"string"}`, `["x"]`, false},
		{`{"description":"no type"}`, `null`, false},
		{`{"type":["string","null"]}`, `null`, true},
		{`{"type":["string","null"],"enum":["a",null]}`, `null`, true},
		{`{"type":"integer","minimum":1,"maximum":3}`, `4`, false},
		{`{"type":"integer"}`, `1.5`, false},
		{`{"type":"string","minLength":34}`, `"short"`, false},
		{`{"type":"string","pattern":"^AC[0-9a-f]{2}$"}`, `"AC0f"`, true},
		{`{"type":"object","required":["name"],"properties":{"name":{"type":"string"}}}`, `{}`, false},
		{`{"type":"object","additionalProperties":false,"properties":{"a":{}}}`, `{"a":"1","b":2}`, false},
		{`{"type":"object","properties":{"status":{"type":"string"}},"anyOf":[{"properties":{"status":{"enum":["completed"]}},"required":["conclusion"]},{"properties":{"status":{"enum":["queued"]}}}]}`, `{"status":"completed"}`, false},
		{`{"oneOf":[{"type":"string"},{"type":"string","format":"email"}]}`, `"user@example.com"`, false},
		{`{"oneOf":[{"type":"string"},{"type":"integer"}]}`, `3`, true},
		// Nested required properties, which a partial check missed under
		// compositions (DigitalOcean's sinks without urn).
		{`{"type":"object","properties":{"sink":{"allOf":[{"type":"object","required":["urn"],"properties":{"urn":{"type":"string"}}}]}}}`, `{"sink":{"name":"x"}}`, false},
		// A pattern Go's regexp cannot compile: the validator cannot judge
		// it, and neither does the mock, so the value passes.
		{`{"type":"string","pattern":"^(?!x)"}`, `"xyz"`, true},
	}
	for _, tt := range tests {
		if got := Conforms(nil, jsonValue(t, tt.schema), jsonValue(t, tt.value)); got != tt.want {
			t.Errorf("Conforms(%s, %s) = %v, want %v", tt.schema, tt.value, got, tt.want)
		}
	}
}

// Generated values are Go numbers, not only json.Number.
func TestConformsGoNumbers(t *testing.T) {
	s := jsonValue(t, `{"type":"integer","minimum":1,"maximum":3}`)
	for _, tt := range []struct {
		v    any
		want bool
	}{{2, true}, {int64(2), true}, {float64(2), true}, {2.5, false}, {4, false}, {int64(0), false}} {
		if got := Conforms(nil, s, tt.v); got != tt.want {
			t.Errorf("Conforms(%T %v) = %v, want %v", tt.v, tt.v, got, tt.want)
		}
	}
}

type mapResolver map[string]any

func (m mapResolver) Resolve(ref string) (any, bool) { v, ok := m[ref]; return v, ok }

type checkingResolver struct {
	mapResolver
	c *Checker
}

func (r *checkingResolver) Checker() *Checker { return r.c }

// The dialects: 3.0 is draft 4 (boolean exclusiveMinimum, $ref siblings
// ignored), 3.1 is 2020-12; refs resolve through the Resolver, and a bare
// {"$ref"} built afresh for every question compiles once.
func TestCheckerDialects(t *testing.T) {
	docs := mapResolver{
		"urn:doc":   jsonValue(t, `{"components":{"schemas":{"Pet":{"type":"object","required":["name"],"properties":{"name":{"type":"string"},"age":{"type":"integer","minimum":0,"exclusiveMinimum":true}}}}}}`),
		"urn:doc31": jsonValue(t, `{"components":{"schemas":{"Age":{"type":"integer","exclusiveMinimum":0}}}}`),
	}
	v30 := &checkingResolver{mapResolver: docs}
	v30.c = NewChecker(v30, false)
	v31 := &checkingResolver{mapResolver: docs}
	v31.c = NewChecker(v31, true)
	pet := func() any { return map[string]any{"$ref": "urn:doc#/components/schemas/Pet"} }
	age31 := func() any { return map[string]any{"$ref": "urn:doc31#/components/schemas/Age"} }
	for _, tt := range []struct {
		name   string
		r      Resolver
		schema any
		value  string
		want   bool
	}{
		{"3.0 ref valid", v30, pet(), `{"name":"Rex","age":1}`, true},
		{"3.0 ref missing required", v30, pet(), `{"age":1}`, false},
		{"3.0 boolean exclusiveMinimum", v30, pet(), `{"name":"Rex","age":0}`, false},
		{"3.0 ref siblings ignored", v30, map[string]any{"$ref": "urn:doc#/components/schemas/Pet", "maxProperties": json.Number("0")}, `{"name":"Rex"}`, true},
		{"3.1 numeric exclusiveMinimum", v31, age31(), `0`, false},
		{"3.1 numeric exclusiveMinimum ok", v31, age31(), `1`, true},
	} {
		if got := Conforms(tt.r, tt.schema, jsonValue(t, tt.value)); got != tt.want {
			t.Errorf("%s: got %v, want %v", tt.name, got, tt.want)
		}
	}
	before := v30.c.n
	for range 3 {
		Conforms(v30, pet(), jsonValue(t, `{"name":"Rex"}`))
	}
	if v30.c.n != before {
		t.Errorf("a bare $ref was compiled again (%d -> %d compilations)", before, v30.c.n)
	}
}

// An example its schema refuses is not used; the generator makes a value.
func TestInvalidExampleIsNotUsed(t *testing.T) {
	s := jsonValue(t, `{"type":"string","format":"date-time","example":"2019-09-15"}`)
	v := Generate(nil, s, Options{})
	if v == "2019-09-15" || !Conforms(nil, s, v) {
		t.Fatalf("got %v", v)
	}
}
