package datagen

import (
	"encoding/json"
	"net"
	"net/mail"
	"net/url"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"
)

type refs map[string]any

func (r refs) Resolve(ref string) (any, bool) { v, ok := r[ref]; return v, ok }

func schema(t *testing.T, s string) map[string]any {
	t.Helper()
	var v map[string]any
	dec := json.NewDecoder(strings.NewReader(s))
	dec.UseNumber()
	if err := dec.Decode(&v); err != nil {
		t.Fatal(err)
	}
	return v
}

func TestFormatsAndBounds(t *testing.T) {
	t.Parallel()
	checks := []struct {
		schema string
		ok     func(any) bool
	}{
		{`{"type":"string","format":"uuid"}`, func(v any) bool {
			return regexp.MustCompile(`^[0-9a-f-]{36}$`).MatchString(v.(string))
		}},
		{`{"type":"string","format":"email"}`, func(v any) bool { _, err := mail.ParseAddress(v.(string)); return err == nil }},
		{`{"type":"string","format":"date-time"}`, func(v any) bool { _, err := time.Parse(time.RFC3339, v.(string)); return err == nil }},
		{`{"type":"string","format":"date"}`, func(v any) bool { _, err := time.Parse(time.DateOnly, v.(string)); return err == nil }},
		{`{"type":"string","format":"uri"}`, func(v any) bool { u, err := url.Parse(v.(string)); return err == nil && u.Scheme != "" }},
		{`{"type":"string","format":"ipv4"}`, func(v any) bool { ip := net.ParseIP(v.(string)); return ip != nil && ip.To4() != nil }},
		{`{"type":"string","format":"ipv6"}`, func(v any) bool { return net.ParseIP(v.(string)) != nil && strings.Contains(v.(string), ":") }},
		{`{"type":"string","pattern":"^[A-Z]{2}-\\d{3}$"}`, func(v any) bool { return regexp.MustCompile(`^[A-Z]{2}-\d{3}$`).MatchString(v.(string)) }},
		{`{"type":"string","minLength":12,"maxLength":14}`, func(v any) bool { n := len(v.(string)); return n >= 12 && n <= 14 }},
		{`{"type":"integer","minimum":5,"maximum":7}`, func(v any) bool { n, _ := v.(json.Number).Int64(); return n >= 5 && n <= 7 }},
		{`{"type":"integer","minimum":5,"exclusiveMinimum":true,"maximum":6}`, func(v any) bool { n, _ := v.(json.Number).Int64(); return n == 6 }},
		{`{"type":"number","exclusiveMinimum":1,"exclusiveMaximum":2}`, func(v any) bool { n, _ := v.(json.Number).Float64(); return n > 1 && n < 2 }},
		{`{"type":"integer","multipleOf":5,"minimum":1}`, func(v any) bool { n, _ := v.(json.Number).Int64(); return n%5 == 0 && n >= 5 }},
		{`{"type":"array","minItems":3,"maxItems":3,"items":{"type":"boolean"}}`, func(v any) bool { return len(v.([]any)) == 3 }},
		{`{"enum":["a","b"]}`, func(v any) bool { return v == "a" || v == "b" }},
		{`{"const":42}`, func(v any) bool { return v == json.Number("42") }},
		// Required but not declared (Tinkoff's SandboxSetPositionBalanceRequest).
		{`{"type":"object","required":["currency","balance"],"properties":{"balance":{"type":"number"}}}`, func(v any) bool {
			m := v.(map[string]any)
			_, cur := m["currency"].(string)
			return cur && m["balance"] != nil
		}},
		{`{"type":"object","required":["n"],"additionalProperties":{"type":"integer"}}`, func(v any) bool {
			_, ok := v.(map[string]any)["n"].(json.Number)
			return ok
		}},
	}
	for _, dyn := range []bool{false, true} {
		for _, c := range checks {
			for seed := uint64(1); seed <= 20; seed++ {
				v := Generate(nil, schema(t, c.schema), Options{Dynamic: dyn, Seed: seed})
				if !c.ok(v) {
					t.Errorf("dynamic=%v seed %d: %s gave %#v", dyn, seed, c.schema, v)
					break
				}
			}
		}
	}
}

func TestSeedReproducible(t *testing.T) {
	t.Parallel()
	s := schema(t, `{"type":"object","properties":{"id":{"type":"string","format":"uuid"},"n":{"type":"integer"},"tags":{"type":"array","items":{"type":"string"}}}}`)
	a := Generate(nil, s, Options{Dynamic: true, Seed: 9})
	b := Generate(nil, s, Options{Dynamic: true, Seed: 9})
	c := Generate(nil, s, Options{Dynamic: true, Seed: 10})
	if !reflect.DeepEqual(a, b) || reflect.DeepEqual(a, c) {
		t.Errorf("seed 9: %v / %v; seed 10: %v", a, b, c)
	}
}

func TestDirectionsCompositionAndRecursion(t *testing.T) {
	t.Parallel()
	r := refs{
		"#Node": map[string]any{"type": "object", "required": []any{"name"}, "properties": map[string]any{
			"name": map[string]any{"type": "string"}, "child": map[string]any{"$ref": "#Node"}}},
		"#Base": map[string]any{"type": "object", "properties": map[string]any{"id": map[string]any{"type": "integer", "readOnly": true}}},
	}
	s := schema(t, `{"allOf":[{"$ref":"#Base"},{"type":"object","properties":{"pw":{"type":"string","writeOnly":true},"name":{"type":"string"}}}]}`)
	resp := Generate(r, s, Options{}).(map[string]any)
	req := Generate(r, s, Options{Direction: Request}).(map[string]any)
	if _, ok := resp["pw"]; ok || resp["id"] == nil || resp["name"] == nil {
		t.Errorf("response: %v", resp)
	}
	if _, ok := req["id"]; ok || req["pw"] == nil {
		t.Errorf("request: %v", req)
	}
	tree := Generate(r, map[string]any{"$ref": "#Node"}, Options{}).(map[string]any)
	depth := 0
	for n := tree; n != nil; depth++ {
		n, _ = n["child"].(map[string]any)
	}
	if depth != 2 {
		t.Errorf("recursive schema nested %d levels, want 2: %v", depth, tree)
	}
	nul := Generate(nil, schema(t, `{"type":["null","string"]}`), Options{})
	if nul != "string" {
		t.Errorf("nullable string: %v", nul)
	}
}

// An allOf member that only annotates must not decide the value's type,
// whichever side of the typed member it stands.
func TestAllOfAnnotationMemberKeepsType(t *testing.T) {
	t.Parallel()
	r := refs{"#Tags": map[string]any{"type": "array", "nullable": true, "items": map[string]any{"type": "string"}}}
	for _, s := range []string{
		`{"allOf":[{"$ref":"#Tags"},{"description":"the tags"}]}`,
		`{"allOf":[{"description":"the tags"},{"$ref":"#Tags"}]}`,
	} {
		for _, o := range []Options{{}, {Dynamic: true, Seed: 7}} {
			if v := Generate(r, schema(t, s), o); v != nil {
				if _, ok := v.([]any); !ok {
					t.Errorf("%s (dynamic %v): %#v, want an array", s, o.Dynamic, v)
				}
			}
		}
	}
}

// properties, items and format apply to their own type only: without a
// declared type, a value of another type breaks nothing and is no violation.
func TestViolationsOfUndeclaredTypes(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		schema string
		want   []string
	}{
		{`{"properties":{"ids":{"type":"array"}},"required":["ids"]}`, []string{"required property ids missing"}},
		{`{"type":"object","properties":{"ids":{"type":"array"}},"required":["ids"]}`,
			[]string{"null where a value is required", "a string where an object is expected", "required property ids missing"}},
		{`{"items":{"type":"integer"}}`, nil},
		{`{"format":"uuid"}`, []string{"not a valid uuid"}},
	} {
		var got []string
		for _, v := range Violations(nil, schema(t, tt.schema), ViolationOptions{}) {
			got = append(got, v.Why)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: %q, want %q", tt.schema, got, tt.want)
		}
	}
}

// A required property the schema does not describe is generated all the
// same, from additionalProperties when it is a schema.
func TestRequiredUndescribedProperty(t *testing.T) {
	for _, tt := range []struct{ schema, want string }{
		{`{"type":"object","properties":{"token":{"type":"string"}},"required":["endpoint"]}`, "endpoint"},
		{`{"type":"object","required":["n"],"additionalProperties":{"type":"integer"}}`, "n"},
	} {
		s := jsonValue(t, tt.schema)
		for _, dyn := range []bool{false, true} {
			v, ok := Generate(nil, s, Options{Dynamic: dyn, Seed: 3}).(map[string]any)
			if _, has := v[tt.want]; !ok || !has || !Conforms(nil, s, v) {
				t.Errorf("%s (dynamic %v): got %v", tt.schema, dyn, v)
			}
		}
	}
}

// TestAllOfMembersDoNotUndoEachOther: a member that only requires a
// property keeps the value the describing member made, and a member that
// only annotates never replaces a typed member's value, null included
// (DigitalOcean's job names and firewall tags).
func TestAllOfMembersDoNotUndoEachOther(t *testing.T) {
	for _, tt := range []struct{ name, schema string }{
		{"required only", `{"allOf":[{"type":"object","properties":{"name":{"type":"string","pattern":"^[a-z]{3}$"}}},{"type":"object","required":["name"]}]}`},
		{"required beside the allOf", `{"allOf":[{"type":"object","properties":{"name":{"type":"string","pattern":"^[a-z]{3}$"},"other":{"type":"integer"}}},{"type":"object","properties":{"index":{"type":"string"}}}],"required":["name"]}`},
		{"annotated nullable array", `{"type":"object","properties":{"tags":{"allOf":[{"type":"array","items":{"type":"string"},"nullable":true},{"description":"tags","example":"gateway"}]}}}`},
	} {
		s := jsonValue(t, tt.schema)
		for seed := range uint64(200) {
			v := Generate(nil, s, Options{Dynamic: true, Seed: seed})
			if !Conforms(nil, s, v) {
				t.Fatalf("%s, seed %d: %v does not conform", tt.name, seed, v)
			}
			if m, ok := v.(map[string]any); ok {
				if tags, ok := m["tags"]; ok {
					if _, isString := tags.(string); isString {
						t.Fatalf("%s, seed %d: tags is the annotation's string %v", tt.name, seed, tags)
					}
				}
			}
		}
	}
}
