package mock

import (
	"encoding/json"
	"reflect"
	"testing"
)

// Stripe's bracket convention (nested deepObject, indexed arrays, an empty
// value for an empty object) in queries and form bodies: values are typed by
// the schema through anyOf, and what the schema refuses is still refused.
func TestBracketDecoding(t *testing.T) {
	t.Parallel()
	ts := start(t, load(t, fixture("brackets.yaml")), Options{})
	const form = "Content-Type: application/x-www-form-urlencoded"
	tests := []struct {
		name, method, path, body string
		status                   int
		pointers                 []string
	}{
		{"deepObject under anyOf [object, integer]", "GET", "/charges?created[gt]=0&created[lte]=9", "", 204, nil},
		{"anyOf [object, integer] as the integer", "GET", "/charges?created=5", "", 204, nil},
		{"deepObject under anyOf still typed", "GET", "/charges?created[gt]=soon", "", 422, []string{"/query/created", "/query/created/gt"}},
		{"anyOf [string enum, integer] as the integer", "GET", "/charges?trial_end=0", "", 204, nil},
		{"anyOf [string enum, integer] as the string", "GET", "/charges?trial_end=now", "", 204, nil},
		{"anyOf [string enum, integer] neither", "GET", "/charges?trial_end=later", "", 422, []string{"/query/trial_end", "/query/trial_end"}},
		{"array of objects in brackets", "GET", "/charges?items[0][price]=1&items[0][tax_rates][0]=a&items[1][price]=2", "", 204, nil},
		{"array of objects with [] appends", "GET", "/charges?items[0][tax_rates][]=a&items[0][tax_rates][]=b", "", 204, nil},
		{"array of objects typed", "GET", "/charges?items[0][price]=x", "", 422, []string{"/query/items/0/price"}},
		{"form: nested objects, arrays of objects, empty required object", "POST", "/customers",
			"balance=3&address[line1]=x&address[geo][lat]=1.5&metadata=&tax_id_data[0][type]=eu_vat&tax_id_data[0][value]=7&expand[0]=a&expand[1]=b", 204, nil},
		{"form: empty array", "POST", "/customers", "metadata=&tax_id_data=&expand=", 204, nil},
		{"form: metadata entries", "POST", "/customers", "metadata[k]=v", 204, nil},
		{"form: empty required object absent", "POST", "/customers", "balance=3", 422, []string{"/body"}},
		{"form: array item missing a required property", "POST", "/customers", "metadata=&tax_id_data[0][type]=eu_vat", 422, []string{"/body/tax_id_data/0"}},
		{"form: nested value typed", "POST", "/customers", "metadata=&address[geo][lat]=north", 422, []string{"/body/address/geo/lat"}},
	}
	multipartTypes := map[string]string{}
	for _, mp := range []struct {
		name     string
		parts    []part
		status   int
		pointers []string
	}{
		// Style applies to urlencoded bodies only; multipart objects are JSON.
		{"multipart object under a deepObject encoding", []part{{"link", "", `{"create":true}`}, {"lines", "", `{"n":1}`}, {"lines", "", `{"n":2}`}}, 204, nil},
		{"multipart array of objects typed", []part{{"lines", "", `{"n":"x"}`}}, 422, []string{"/body/lines/0/n"}},
	} {
		body, ct := multipartBody(t, mp.parts...)
		tests = append(tests, struct {
			name, method, path, body string
			status                   int
			pointers                 []string
		}{mp.name, "POST", "/files", body, mp.status, mp.pointers})
		multipartTypes[mp.name] = ct
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var headers []string
			if ct, ok := multipartTypes[tt.name]; ok {
				headers = append(headers, ct)
			} else if tt.body != "" {
				headers = append(headers, form)
			}
			r := call(t, ts, tt.method, tt.path, tt.body, headers...)
			if r.status != tt.status {
				t.Fatalf("status %d, want %d: %s", r.status, tt.status, r.body)
			}
			if r.status == 422 {
				if got := pointers(r.problem(t)); !reflect.DeepEqual(got, tt.pointers) {
					t.Errorf("pointers %q, want %q\n%s", got, tt.pointers, r.body)
				}
			}
		})
	}
}

func TestBracketTreeAndShape(t *testing.T) {
	tr := &tree{}
	s := map[string]any{"type": "array", "items": map[string]any{"type": "object", "properties": map[string]any{
		"n": map[string]any{"anyOf": []any{map[string]any{"type": "string", "enum": []any{""}}, map[string]any{"type": "integer"}}},
		"o": map[string]any{"type": "object"},
	}}}
	q := map[string][]string{"x[1][n]": {"2"}, "x[0][n]": {""}, "x[0][o]": {""}, "y[0]": {"no"}}
	got := tr.shape(bracketTree(q, "x"), s, 0)
	want := []any{map[string]any{"n": "", "o": map[string]any{}}, map[string]any{"n": json.Number("2")}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("shape = %#v, want %#v", got, want)
	}
	if bracketTree(q, "z") != nil {
		t.Error("a name without bracket keys has a tree")
	}
}
