package loadtest

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/dop251/goja"

	"github.com/sequere/sequere/internal/datagen"
	"github.com/sequere/sequere/internal/mock"
	"github.com/sequere/sequere/internal/plan"
	"github.com/sequere/sequere/internal/spec"
)

// bodyCheck emits the script for sc with --validate and returns its check
// of one response.
func bodyCheck(t *testing.T, sc *Scenario) (func(op string, status int, contentType, body string) bool, string) {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteK6Script(&buf, sc, ScriptOptions{VUs: 1, Duration: time.Second, Validate: true}); err != nil {
		t.Fatal(err)
	}
	vm, _ := loadScript(t, buf.String(), nil)
	fn, ok := goja.AssertFunction(vm.Get("bodyMatches"))
	if !ok {
		t.Fatal("the script has no bodyMatches")
	}
	return func(op string, status int, contentType, body string) bool {
		t.Helper()
		r := map[string]any{"status": status, "body": body, "headers": map[string]any{}}
		if contentType != "" {
			r["headers"] = map[string]any{"Content-Type": contentType}
		}
		v, err := fn(goja.Undefined(), vm.ToValue(op), vm.ToValue(r))
		if err != nil {
			t.Fatalf("bodyMatches(%s, %d, %s): %v", op, status, body, err)
		}
		return v.ToBoolean()
	}, buf.String()
}

func jsonSchema(t *testing.T, src string) any {
	t.Helper()
	dec := json.NewDecoder(strings.NewReader(src))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		t.Fatalf("%s: %v", src, err)
	}
	return v
}

// TestK6ScriptValidatorKeywords compiles one schema per keyword into the
// script and runs its check on bodies that match and bodies that do not.
func TestK6ScriptValidatorKeywords(t *testing.T) {
	t.Parallel()
	named := map[string]string{
		// A tree: the recursion goes through a named function.
		"kin:0/Node": `{"type": "object", "required": ["name"], "properties": {"name": {"type": "string"},
			"children": {"type": "array", "items": {"$ref": "kin:0/Node"}}}, "additionalProperties": false}`,
		"kin:1/Cat":    `{"type": "object", "required": ["meow"], "properties": {"meow": {"type": "boolean"}}}`,
		"kin:2/Dog":    `{"type": "object", "required": ["bark"], "properties": {"bark": {"type": "boolean"}}}`,
		"kin:3/Secret": `{"type": "string", "writeOnly": true}`,
	}
	tests := []struct {
		name, schema string
		valid        []string
		invalid      []string
	}{
		{"type", `{"type": "integer"}`, []string{`1`, `-3`, `2.0`}, []string{`1.5`, `"1"`, `null`, `true`}},
		{"3.0 nullable", `{"type": ["string", "null"], "nullable": true}`, []string{`"a"`, `null`}, []string{`1`}},
		{"3.1 type list", `{"type": ["object", "array"]}`, []string{`{}`, `[]`}, []string{`"x"`, `null`, `0`}},
		{"enum", `{"type": "string", "enum": ["a", "b"]}`, []string{`"a"`, `"b"`}, []string{`"c"`, `1`}},
		{"enum nullable", `{"type": ["string", "null"], "enum": ["a"], "nullable": true}`, []string{`"a"`, `null`}, []string{`"b"`}},
		{"enum 3.1 without null", `{"type": ["string", "null"], "enum": ["a"]}`, []string{`"a"`}, []string{`null`}},
		{"enum of objects", `{"enum": [{"a": [1, 2]}]}`, []string{`{"a": [1, 2]}`}, []string{`{"a": [2, 1]}`, `{"a": [1, 2], "b": 0}`}},
		{"const", `{"const": "x"}`, []string{`"x"`}, []string{`"y"`, `null`}},
		{"bounds", `{"type": "number", "minimum": 1, "maximum": 3}`, []string{`1`, `3`, `2.5`}, []string{`0.99`, `3.01`}},
		{"3.0 exclusive bounds", `{"type": "number", "minimum": 1, "exclusiveMinimum": true, "maximum": 3, "exclusiveMaximum": true}`,
			[]string{`1.01`, `2.99`}, []string{`1`, `3`}},
		{"3.1 exclusive bounds", `{"type": "number", "exclusiveMinimum": 1, "exclusiveMaximum": 3}`, []string{`2`}, []string{`1`, `3`}},
		{"multipleOf", `{"type": "number", "multipleOf": 0.1}`, []string{`0.3`, `7`}, []string{`0.35`}},
		{"lengths", `{"type": "string", "minLength": 2, "maxLength": 3}`, []string{`"ab"`, `"äöü"`, `"😀😀"`}, []string{`"a"`, `"abcd"`}},
		{"pattern", `{"type": "string", "pattern": "^ord_[0-9]+$"}`, []string{`"ord_12"`}, []string{`"ord_"`, `"x ord_1"`}},
		{"unicode property pattern goja cannot read", `{"type": "string", "pattern": "^\\p{Lu}"}`, []string{`"Ärger"`, `"ärger"`}, []string{`1`}},
		{"legacy pattern", `{"type": "string", "pattern": "^[a\\-z]+$"}`, []string{`"a-z"`}, []string{`"b"`}},
		{"pattern JavaScript cannot compile", `{"type": "string", "pattern": "(?<!x)a"}`, []string{`"a"`}, nil},
		{"known format", `{"type": "string", "format": "date-time"}`, []string{`"2024-05-01T10:00:00Z"`, `"2024-05-01T10:00:00.5+02:00"`},
			[]string{`"2024-05-01"`, `"yesterday"`}},
		{"uuid format", `{"type": "string", "format": "uuid"}`, []string{`"123e4567-e89b-12d3-a456-426614174000"`}, []string{`"123"`}},
		{"unknown format", `{"type": "string", "format": "sequere-id"}`, []string{`"anything"`}, []string{`1`}},
		{"items and array bounds", `{"type": "array", "items": {"type": "integer"}, "minItems": 1, "maxItems": 2, "uniqueItems": true}`,
			[]string{`[1]`, `[1, 2]`}, []string{`[]`, `[1, 2, 3]`, `[1, "2"]`, `[1, 1]`}},
		{"prefixItems", `{"type": "array", "prefixItems": [{"type": "string"}], "items": {"type": "integer"}}`,
			[]string{`["a", 1, 2]`, `[]`}, []string{`[1]`, `["a", "b"]`}},
		{"required and properties", `{"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}, "n": {"type": "integer"}}}`,
			[]string{`{"id": "a"}`, `{"id": "a", "n": 1, "extra": true}`}, []string{`{}`, `{"id": 1}`, `{"id": "a", "n": "1"}`, `[]`}},
		{"writeOnly required", `{"type": "object", "required": ["id", "password"], "properties": {"id": {"type": "string"}, "password": {"$ref": "kin:3/Secret"}}}`,
			[]string{`{"id": "a"}`}, []string{`{"password": "p"}`}},
		{"additionalProperties false", `{"type": "object", "properties": {"a": {}}, "additionalProperties": false}`,
			[]string{`{}`, `{"a": 1}`}, []string{`{"b": 1}`}},
		{"additionalProperties schema", `{"type": "object", "properties": {"a": {}}, "additionalProperties": {"type": "integer"}}`,
			[]string{`{"a": "x", "b": 1}`}, []string{`{"b": "x"}`}},
		{"property counts", `{"type": "object", "minProperties": 1, "maxProperties": 1}`, []string{`{"a": 1}`}, []string{`{}`, `{"a": 1, "b": 2}`}},
		{"allOf", `{"allOf": [{"type": "object", "required": ["a"]}, {"required": ["b"]}]}`, []string{`{"a": 1, "b": 2}`}, []string{`{"a": 1}`}},
		{"anyOf", `{"anyOf": [{"type": "string"}, {"type": "integer"}]}`, []string{`"a"`, `1`}, []string{`true`}},
		{"oneOf", `{"oneOf": [{"$ref": "kin:1/Cat"}, {"$ref": "kin:2/Dog"}]}`, []string{`{"meow": true}`, `{"bark": false}`},
			[]string{`{"meow": true, "bark": true}`, `{}`}},
		{"not", `{"not": {"type": "string"}}`, []string{`1`}, []string{`"a"`}},
		{"recursive ref", `{"$ref": "kin:0/Node"}`, []string{`{"name": "a", "children": [{"name": "b", "children": [{"name": "c"}]}]}`},
			[]string{`{"name": "a", "children": [{"name": "b", "children": [{}]}]}`, `{"name": "a", "extra": 1}`}},
		{"empty schema", `{}`, []string{`1`, `null`, `{"a": []}`}, nil},
	}
	resolved := map[string]any{}
	for id, src := range named {
		resolved[id] = jsonSchema(t, src)
	}
	rs := &ResponseSchemas{ByOperation: map[string]map[string][]MediaSchema{}, Resolve: func(ref string) (any, bool) {
		v, ok := resolved[ref]
		return v, ok
	}}
	sc := &Scenario{BaseURL: "http://127.0.0.1:8080", Responses: rs}
	for i, tt := range tests {
		id := "op" + strconv.Itoa(i)
		sc.Operations = append(sc.Operations, Operation{ID: id, Method: "GET", Statuses: []string{"200"}, Samples: []Request{{Target: "/"}}})
		rs.ByOperation[id] = map[string][]MediaSchema{"200": {{Type: "application/json", Schema: jsonSchema(t, tt.schema)}}}
	}
	check, _ := bodyCheck(t, sc)
	for i, tt := range tests {
		id := "op" + strconv.Itoa(i)
		for _, body := range tt.valid {
			if !check(id, 200, "application/json; charset=utf-8", body) {
				t.Errorf("%s: %s rejected %s", tt.name, tt.schema, body)
			}
		}
		for _, body := range tt.invalid {
			if check(id, 200, "application/json", body) {
				t.Errorf("%s: %s accepted %s", tt.name, tt.schema, body)
			}
		}
	}
}

// TestK6ScriptValidatorResponses: the status and media type pick the
// schema, as the built-in engine's check does.
func TestK6ScriptValidatorResponses(t *testing.T) {
	t.Parallel()
	obj := jsonSchema(t, `{"type": "object", "required": ["id"]}`)
	rs := &ResponseSchemas{Resolve: func(string) (any, bool) { return nil, false }, ByOperation: map[string]map[string][]MediaSchema{
		"getThing": {
			"200":     {{Type: "application/json", Schema: obj}, {Type: "text/plain"}},
			"204":     {},
			"4XX":     {{Type: "application/problem+json", Schema: jsonSchema(t, `{"required": ["title"]}`)}},
			"DEFAULT": {{Type: "*/*"}},
		},
		"noDefault": {"200": {{Type: "application/json", Schema: obj}}},
	}}
	sc := &Scenario{BaseURL: "http://127.0.0.1:8080", Responses: rs, Operations: []Operation{
		{ID: "getThing", Method: "GET", Statuses: []string{"200", "204", "4XX", "default"}, Samples: []Request{{Target: "/"}}},
		{ID: "noDefault", Method: "GET", Statuses: []string{"200"}, Samples: []Request{{Target: "/"}}},
	}}
	check, _ := bodyCheck(t, sc)
	for _, tt := range []struct {
		op       string
		status   int
		ct, body string
		want     bool
	}{
		{"getThing", 200, "application/json", `{"id": 1}`, true},
		{"getThing", 200, "application/json", `{}`, false},
		{"getThing", 200, "application/json", `{"id": `, false},
		{"getThing", 200, "text/plain", `anything`, true},
		{"getThing", 200, "text/html", `<p>`, false},
		{"getThing", 200, "", `{"id": 1}`, false},
		{"getThing", 200, "application/json", ``, true},
		{"getThing", 204, "", ``, true},
		{"getThing", 404, "application/problem+json", `{"title": "gone"}`, true},
		{"getThing", 404, "application/problem+json", `{"detail": "gone"}`, false},
		{"getThing", 500, "text/html", `oops`, true},
		{"noDefault", 500, "application/json", `{"id": 1}`, false},
	} {
		if got := check(tt.op, tt.status, tt.ct, tt.body); got != tt.want {
			t.Errorf("%s %d %s %s: %v, want %v", tt.op, tt.status, tt.ct, tt.body, got, tt.want)
		}
	}
}

type resolverFunc func(string) (any, bool)

func (f resolverFunc) Resolve(ref string) (any, bool) { return f(ref) }

// TestK6ScriptValidatesSpecs emits the --validate script of real specs and
// runs its check on bodies the data generator makes from each response
// schema and on bodies of the wrong JSON type: the script's verdict is the
// built-in engine's (mock's response checker), body by body, and the script
// stays a size k6 parses at once. Not parallel: the GitHub description
// takes seconds of CPU, which the timing tests must not share.
func TestK6ScriptValidatesSpecs(t *testing.T) {
	for _, tt := range []struct {
		path    string
		maxSize int
	}{
		{"../../examples/orders/openapi.yaml", 200 << 10},
		{"../../../shared/corpus/petstore.yaml", 50 << 10},
		{"../../../shared/corpus/github-api.github.com.yaml", 8 << 20},
	} {
		t.Run(tt.path[strings.LastIndexByte(tt.path, '/')+1:], func(t *testing.T) {
			if strings.Contains(tt.path, "github") && testing.Short() {
				t.Skip("the GitHub description takes seconds to load")
			}
			doc, err := spec.Load(context.Background(), tt.path, spec.Options{})
			if err != nil {
				t.Skipf("corpus spec not here: %v", err)
			}
			pl, err := BuildPlan(context.Background(), doc, PlanOptions{IncludeUnsafe: true, Samples: 1, Seed: 1, Validate: true,
				Credentials: plan.Credentials{Bearer: "x", APIKeys: map[string]string{}}, Now: time.Now})
			if err != nil {
				t.Fatal(err)
			}
			check, src := bodyCheck(t, pl.Script)
			rc, err := mock.NewResponseChecker(doc)
			if err != nil {
				t.Fatal(err)
			}
			builtin := func(op string, status int, ct, body string) bool {
				resp := &http.Response{StatusCode: status, Header: http.Header{"Content-Type": {ct}}}
				return len(rc.Check(op, resp, []byte(body))) == 0
			}
			var agree, passed int
			if len(src) > tt.maxSize {
				t.Errorf("script is %d bytes, over %d", len(src), tt.maxSize)
			}
			rs := pl.Script.Responses
			var valid, invalid int
			for _, op := range pl.Script.Operations {
				codes := make([]string, 0, len(rs.ByOperation[op.ID]))
				for c := range rs.ByOperation[op.ID] {
					codes = append(codes, c)
				}
				sort.Strings(codes)
				for _, code := range codes {
					status, err := strconv.Atoi(strings.ReplaceAll(code, "XX", "99"))
					if err != nil {
						continue // default: any status another code does not claim
					}
					for _, m := range rs.ByOperation[op.ID][code] {
						if m.Schema == nil || strings.Contains(m.Type, "*") {
							continue
						}
						for seed := range uint64(3) {
							v := datagen.Generate(resolverFunc(rs.Resolve), m.Schema, datagen.Options{Dynamic: true, Seed: seed})
							body, _ := json.Marshal(v)
							valid++
							got, want := check(op.ID, status, m.Type, string(body)), builtin(op.ID, status, m.Type, string(body))
							if got != want {
								t.Errorf("%s %s %s: the script says %v, the built-in check %v: %.300s", op.ID, code, m.Type, got, want, body)
							} else {
								agree++
							}
							if got {
								passed++
							}
						}
						if top := topType(rs, m.Schema); top != "" && top != "string" {
							invalid++
							body := `"sequere: not a ` + top + `"`
							if check(op.ID, status, m.Type, body) || builtin(op.ID, status, m.Type, body) {
								t.Errorf("%s %s: a string passed a schema of type %s", op.ID, code, top)
							}
						}
					}
				}
			}
			// The generator's bodies should mostly conform; a few do not where
			// the description contradicts itself (GitHub's docker metadata
			// requires "tags" but declares "tag").
			if passed < valid*9/10 {
				t.Errorf("only %d of %d generated bodies passed", passed, valid)
			}
			if valid == 0 || invalid == 0 {
				t.Errorf("%d valid and %d invalid bodies checked: the spec's responses were not compiled", valid, invalid)
			}
			t.Logf("script %d KiB; %d of %d generated bodies passed, %d verdicts as the built-in check's; %d of the wrong type failed", len(src)>>10, passed, valid, agree, invalid)
		})
	}
}

// topType is the one JSON type a schema requires at its top, or "".
func topType(rs *ResponseSchemas, schema any) string {
	for range 8 {
		m, _ := schema.(map[string]any)
		ref, ok := m["$ref"].(string)
		if !ok {
			break
		}
		schema, _ = rs.Resolve(ref)
	}
	m, _ := schema.(map[string]any)
	if t, ok := m["type"].(string); ok && m["nullable"] != true {
		return t
	}
	return ""
}
