package mock

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

func TestResponseSelection(t *testing.T) {
	t.Parallel()
	ts := start(t, load(t, fixture("shop.yaml")), Options{})
	tests := []struct {
		name, path string
		hdr        []string
		status     int
		want       string
	}{
		{"first named example", "/users/x1", nil, 200, `{"id":"alice","name":"Alice"}`},
		{"Prefer example", "/users/x1", []string{"Prefer: example=bob"}, 200, `{"id":"bob","name":"Bob"}`},
		// Prism answers a missing example with a 404 problem too.
		{"Prefer unknown example", "/users/x1", []string{"Prefer: example=carol"}, 404, ""},
		{"Prefer code", "/users/x1", []string{"Prefer: code=404"}, 404, `{"message":"not found"}`},
		{"Prefer undeclared code", "/users/x1", []string{"Prefer: code=418"}, 400, ""},
		{"static sample honours formats", "/products/1", nil, 200,
			`{"created":"2024-01-01T00:00:00Z","email":"user@example.com","id":"3fa85f64-5717-4562-b3fc-2c963f66afa6","ip":"192.0.2.1","ip6":"2001:db8::1","kind":"product","name":"string","note":"string","parent":{"created":"2024-01-01T00:00:00Z","email":"user@example.com","id":"3fa85f64-5717-4562-b3fc-2c963f66afa6","ip":"192.0.2.1","ip6":"2001:db8::1","kind":"product","name":"string","note":"string","price":0,"site":"https://example.com","sku":"GET-2438","status":"draft"},"price":0,"site":"https://example.com","sku":"GET-2438","status":"draft"}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := call(t, ts, "GET", tt.path, "", tt.hdr...)
			if r.status != tt.status {
				t.Fatalf("status %d, want %d: %s", r.status, tt.status, r.body)
			}
			if tt.want != "" && r.body != tt.want {
				t.Errorf("body\n%s\nwant\n%s", r.body, tt.want)
			}
			if r.status >= 400 && tt.want == "" {
				r.problem(t)
			}
		})
	}
}

var uuidRE = regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$`)

func TestDynamicResponsesHonourSchema(t *testing.T) {
	t.Parallel()
	doc := load(t, fixture("shop.yaml"))
	a := start(t, doc, Options{Dynamic: true, Seed: 42})
	b := start(t, doc, Options{Dynamic: true, Seed: 42})
	c := start(t, doc, Options{Dynamic: true, Seed: 43})
	ra := call(t, a, "GET", "/search?q=ab", "", trace)
	rb := call(t, b, "GET", "/search?q=ab", "", trace)
	rc := call(t, c, "GET", "/search?q=ab", "", trace)
	if ra.status != 200 || ra.body != rb.body {
		t.Fatalf("same seed, different data:\n%s\n%s", ra.body, rb.body)
	}
	if ra.body == rc.body {
		t.Errorf("different seeds gave the same data: %s", ra.body)
	}
	if ra.header.Get("X-Rate-Limit") != "10" || !uuidRE.MatchString(ra.header.Get("X-Request-Id")) {
		t.Errorf("declared headers not generated: %v", ra.header)
	}
	// Every generated product must itself validate against the schema.
	m := a.Config.Handler.(*Server).model.Load()
	v := m.compiler.get(fixtureLoc(m, "Product"))
	var list []any
	dec := json.NewDecoder(bytes.NewReader([]byte(ra.body)))
	dec.UseNumber()
	if err := dec.Decode(&list); err != nil {
		t.Fatal(err)
	}
	for i, p := range list {
		if errs := v.validate(p, ""); len(errs) > 0 {
			t.Errorf("generated product %d violates the schema: %v\n%v", i, errs, p)
		}
		obj := p.(map[string]any)
		if _, ok := obj["secret"]; ok {
			t.Errorf("writeOnly property in a response: %v", obj)
		}
		if !uuidRE.MatchString(obj["id"].(string)) || !strings.Contains(obj["email"].(string), "@") {
			t.Errorf("formats not honoured: %v", obj)
		}
	}
	// Prefer: dynamic=true switches a static server, for one request.
	st := start(t, doc, Options{})
	r1 := call(t, st, "GET", "/products/1", "", "Prefer: dynamic=true")
	r2 := call(t, st, "GET", "/products/1", "", "Prefer: dynamic=true")
	if r1.body == r2.body {
		t.Errorf("Prefer: dynamic=true without a seed repeated the same data")
	}
	// Discriminator: the generated pet names its own kind.
	pets := call(t, a, "GET", "/pets", "").json(t).([]any)
	if len(pets) < 2 {
		t.Fatalf("minItems 2 not honoured: %v", pets)
	}
	for _, p := range pets {
		pm := p.(map[string]any)
		switch pm["petType"] {
		case "cat":
			if _, ok := pm["lives"]; !ok {
				t.Errorf("cat without lives: %v", pm)
			}
		case "dog":
			if _, ok := pm["bark"]; !ok {
				t.Errorf("dog without bark: %v", pm)
			}
		default:
			t.Errorf("discriminator not set: %v", pm)
		}
	}
}

func fixtureLoc(m *model, schema string) string {
	return m.tree.urls[0] + "#/components/schemas/" + schema
}

// Static mode takes the media type's example, then its first example (in
// document order), then the schema's example or default, and only then
// generates a sample.
func TestStaticPrecedence(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "static.yaml")
	const doc = `openapi: 3.0.3
info: {title: t, version: "1"}
paths:
  /media-example:
    get:
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {type: object, example: {from: schema}}
              example: {from: media}
              examples: {one: {value: {from: examples}}}
  /examples:
    get:
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {type: object, example: {from: schema}}
              examples: {zeta: {value: {from: zeta}}, alpha: {value: {from: alpha}}}
  /examples-ref:
    get:
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {type: object, example: {from: schema}}
              examples: {shared: {$ref: "#/components/examples/shared"}}
  /schema-example:
    get:
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {type: object, example: {from: schema}, default: {from: default}}
  /schema-default:
    get:
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {type: object, default: {from: default}}
  /generated:
    get:
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {type: object, required: [n], properties: {n: {type: integer, minimum: 3}, tag: {type: string, example: "a&b"}}}
components:
  examples:
    shared: {value: {from: components}}
`
	if err := os.WriteFile(path, []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	ts := start(t, load(t, path), Options{})
	for p, want := range map[string]string{
		"/media-example":  `{"from":"media"}`,
		"/examples":       `{"from":"zeta"}`, // document order, as Prism
		"/examples-ref":   `{"from":"components"}`,
		"/schema-example": `{"from":"schema"}`,
		"/schema-default": `{"from":"default"}`,
		"/generated":      `{"n":3,"tag":"a&b"}`,
	} {
		if r := call(t, ts, "GET", p, ""); r.status != 200 || r.body != want {
			t.Errorf("GET %s: %d %s, want %s", p, r.status, r.body, want)
		}
	}
}
