package datagen

import (
	"encoding/json"
	"testing"
)

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
		{`{"type":"integer","minimum":1,"maximum":3}`, `4`, false},
		{`{"type":"integer"}`, `1.5`, false},
		{`{"type":"string","minLength":34}`, `"short"`, false},
		{`{"type":"string","pattern":"^AC[0-9a-f]{2}$"}`, `"AC0f"`, true},
		{`{"type":"object","required":["name"],"properties":{"name":{"type":"string"}}}`, `{}`, false},
		{`{"type":"object","additionalProperties":false,"properties":{"a":{}}}`, `{"a":"1","b":2}`, false},
		{`{"type":"object","properties":{"status":{"type":"string"}},"anyOf":[{"properties":{"status":{"enum":["completed"]}},"required":["conclusion"]},{"properties":{"status":{"enum":["queued"]}}}]}`, `{"status":"completed"}`, false},
		{`{"oneOf":[{"type":"string"},{"type":"string","format":"email"}]}`, `"user@example.com"`, false},
		{`{"oneOf":[{"type":"string"},{"type":"integer"}]}`, `3`, true},
	}
	for _, tt := range tests {
		var s, v any
		if err := json.Unmarshal([]byte(tt.schema), &s); err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal([]byte(tt.value), &v); err != nil {
			t.Fatal(err)
		}
		if got := Conforms(nil, s, v); got != tt.want {
			t.Errorf("Conforms(%s, %s) = %v, want %v", tt.schema, tt.value, got, tt.want)
		}
	}
}

// An example its schema refuses is not used; the generator makes a value.
func TestInvalidExampleIsNotUsed(t *testing.T) {
	var s any
	_ = json.Unmarshal([]byte(`{"type":"string","format":"date-time","example":"2019-09-15"}`), &s)
	v := Generate(nil, s, Options{})
	if v == "2019-09-15" || !Conforms(nil, s, v) {
		t.Fatalf("got %v", v)
	}
}
