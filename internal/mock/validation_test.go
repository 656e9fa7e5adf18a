package mock

import (
	"reflect"
	"strings"
	"testing"
)

const trace = "X-Trace: 3fa85f64-5717-4562-b3fc-2c963f66afa6"

func TestRequestValidation(t *testing.T) {
	t.Parallel()
	ts := start(t, load(t, fixture("shop.yaml")), Options{})
	tests := []struct {
		name, method, path, body string
		headers                  []string
		status                   int
		pointers                 []string // every violation, sorted
	}{
		{"valid query styles", "GET", "/search?q=ab&limit=5&tags=a&tags=b&ids=1,2,3&filter[min]=3&filter[color]=red", "", []string{trace, "Cookie: session=abcd"}, 200, nil},
		{"every violation listed", "GET", "/search?q=a&limit=99&ids=1,x&filter[min]=low", "", []string{"X-Trace: nope", "Cookie: session=ab"},
			422, []string{"/query/q", "/query/limit", "/query/ids/1", "/query/filter/min", "/header/X-Trace", "/cookie/session"}},
		{"missing required", "GET", "/search", "", nil, 422, []string{"/query/q", "/header/X-Trace"}},
		{"path pattern", "GET", "/users/UPPER", "", nil, 422, []string{"/path/id"}},
		{"body all errors", "POST", "/products", `{"name":"","price":-1,"email":"x","sku":"abc","created":"yesterday"}`, []string{"X-Api-Key: k"},
			422, []string{"/body/created", "/body/email", "/body/name", "/body/price", "/body/sku"}},
		{"body missing required", "POST", "/products", `{}`, []string{"X-Api-Key: k"}, 422, []string{"/body"}},
		{"body valid", "POST", "/products", `{"name":"Lamp","price":12.5,"status":"live","note":null}`, []string{"X-Api-Key: k"}, 201, nil},
		{"form body coerced", "POST", "/products", "name=Lamp&price=3", []string{"X-Api-Key: k", "Content-Type: application/x-www-form-urlencoded"}, 201, nil},
		{"form body invalid", "POST", "/products", "name=Lamp&price=free", []string{"X-Api-Key: k", "Content-Type: application/x-www-form-urlencoded"}, 422, []string{"/body/price"}},
		{"required readOnly not needed in requests", "POST", "/accounts", `{"name":"A"}`, nil, 201, nil},
		{"other required still needed", "POST", "/accounts", `{}`, nil, 422, []string{"/body"}},
		{"malformed JSON is 400", "POST", "/products", `{"name":`, []string{"X-Api-Key: k"}, 400, nil},
		{"trailing JSON is 400", "POST", "/products", `{} {}`, []string{"X-Api-Key: k"}, 400, nil},
		{"unsupported media type", "POST", "/products", `name`, []string{"X-Api-Key: k", "Content-Type: text/plain"}, 415, nil},
		{"merge patch media type", "PATCH", "/products/1", `{"name":"x"}`, []string{"Content-Type: application/merge-patch+json"}, 200, nil},
		{"not acceptable", "GET", "/products/1", "", []string{"Accept: text/csv"}, 406, nil},
		{"accept xml", "GET", "/products/1", "", []string{"Accept: application/xml"}, 200, nil},
		{"accept wildcard with q", "GET", "/products/1", "", []string{"Accept: text/csv;q=0.9, application/*;q=0.5"}, 200, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := call(t, ts, tt.method, tt.path, tt.body, tt.headers...)
			if r.status != tt.status {
				t.Fatalf("status %d, want %d: %s", r.status, tt.status, r.body)
			}
			if r.status < 400 {
				return
			}
			p := r.problem(t)
			if tt.status == 422 && !reflect.DeepEqual(pointers(p), tt.pointers) {
				t.Errorf("pointers %q, want %q\n%s", pointers(p), tt.pointers, r.body)
			}
		})
	}
}

func TestSecurityPresence(t *testing.T) {
	t.Parallel()
	ts := start(t, load(t, fixture("shop.yaml")), Options{})
	body := `{"name":"Lamp","price":1}`
	r := call(t, ts, "POST", "/products", body)
	if r.status != 401 {
		t.Fatalf("status %d, want 401", r.status)
	}
	r.problem(t)
	ch := r.header.Get("WWW-Authenticate")
	if !strings.Contains(ch, "Bearer") || !strings.Contains(ch, "X-Api-Key") {
		t.Errorf("WWW-Authenticate %q names neither scheme", ch)
	}
	for _, h := range []string{"X-Api-Key: anything", "Authorization: Bearer whatever"} {
		if r := call(t, ts, "POST", "/products", body, h); r.status != 201 {
			t.Errorf("%s: status %d, want 201: %s", h, r.status, r.body)
		}
	}
	if r := call(t, ts, "POST", "/products", body, "Authorization: Basic eDp5"); r.status != 401 {
		t.Errorf("Basic credentials for a bearer scheme: status %d, want 401", r.status)
	}
}

func TestValidationOff(t *testing.T) {
	t.Parallel()
	ts := start(t, load(t, fixture("shop.yaml")), Options{NoValidation: true})
	if r := call(t, ts, "GET", "/search?limit=abc", ""); r.status != 200 {
		t.Fatalf("status %d, want 200 without validation", r.status)
	}
}

// Petstore (3.0) and tictactoe (3.1) from the corpus.
func TestCorpusSmallSpecs(t *testing.T) {
	t.Parallel()
	pet := start(t, load(t, corpus+"/petstore.yaml"), Options{})
	ttt := start(t, load(t, corpus+"/tictactoe.yaml"), Options{})
	tests := []struct {
		name   string
		ts     *testServer
		method string
		path   string
		body   string
		hdr    []string
		status int
		want   string
	}{
		{"petstore list", pet, "GET", "/v1/pets?limit=10", "", nil, 200, `[{"id":0,"name":"string","tag":"string"}]`},
		{"petstore limit max", pet, "GET", "/pets?limit=101", "", nil, 422, ""},
		{"petstore create", pet, "POST", "/pets", `{"id":1,"name":"Rex"}`, nil, 201, ""},
		{"petstore create invalid", pet, "POST", "/pets", `{"id":"1"}`, nil, 422, ""},
		{"petstore prefer default", pet, "GET", "/pets", "", []string{"Prefer: code=500"}, 500, `{"code":0,"message":"string"}`},
		{"tictactoe no credentials", ttt, "GET", "/board", "", nil, 401, ""},
		{"tictactoe api key", ttt, "GET", "/board", "", []string{"api-key: k"}, 200, ""},
		{"tictactoe square", ttt, "GET", "/board/1/3", "", []string{"Authorization: Bearer t"}, 200, `"."`},
		// tictactoe documents its refusal as 400 with a message body: the
		// mock answers invalid input that way rather than with its own 422.
		{"tictactoe square range", ttt, "GET", "/board/4/0", "", []string{"Authorization: Bearer t"}, 400, "Illegal coordinates"},
		{"tictactoe put enum", ttt, "PUT", "/board/1/1", `"Z"`, []string{"Authorization: Bearer t"}, 400, ""},
		{"tictactoe put", ttt, "PUT", "/board/1/1", `"X"`, []string{"Authorization: Bearer t"}, 200, ""},
		{"tictactoe named example", ttt, "PUT", "/board/1/1", `"X"`, []string{"Authorization: Bearer t", "Prefer: code=400, example=notEmpty"}, 400, "Square is not empty."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := call(t, tt.ts, tt.method, tt.path, tt.body, tt.hdr...)
			if r.status != tt.status {
				t.Fatalf("status %d, want %d: %s", r.status, tt.status, r.body)
			}
			if tt.want != "" && r.body != tt.want {
				t.Errorf("body %s, want %s", r.body, tt.want)
			}
			if r.status >= 400 && r.header.Get("Content-Type") == "application/problem+json" {
				r.problem(t)
			}
		})
	}
}

// TestDiscriminatedOneOf: with a discriminator, a value that also matches
// another (overlapping) branch is read as the branch its discriminator
// names, as OpenAPI readers do; without one, JSON Schema's oneOf holds.
func TestDiscriminatedOneOf(t *testing.T) {
	t.Parallel()
	ts := start(t, load(t, fixture("discriminated.yaml")), Options{})
	for _, tt := range []struct {
		name, path, body string
		status           int
	}{
		{"plain action matches both branches", "/actions", `{"type":"reboot"}`, 201},
		{"snapshot", "/actions", `{"type":"snapshot","name":"n"}`, 201},
		{"no branch", "/actions", `{"type":"explode"}`, 422},
		{"undiscriminated oneOf matching both", "/shapes", `{}`, 422},
		{"undiscriminated oneOf matching one", "/shapes", `{"r":1,"w":"x"}`, 201},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if r := call(t, ts, "POST", tt.path, tt.body); r.status != tt.status {
				t.Errorf("status %d, want %d: %s", r.status, tt.status, r.body)
			}
		})
	}
}
