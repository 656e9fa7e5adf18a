package mock

import (
	"encoding/json"
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
		{"type": []any{"string", "null"}},
		{"$ref": "#/x"},
		{"type": "integer", "exclusiveMaximum": true},
	} {
		if c := compileScalarCheck(schema, true, 0); c != nil {
			t.Errorf("fast check compiled for %v", schema)
		}
	}
}
