package mock

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestStatefulCRUD(t *testing.T) {
	t.Parallel()
	ts := start(t, load(t, fixture("shop.yaml")), Options{Stateful: true})
	key := "X-Api-Key: k"
	if r := call(t, ts, "GET", "/products", ""); r.status != 200 || r.body != `{"data":[],"total":0}` {
		t.Fatalf("empty list: %d %s", r.status, r.body)
	}
	r := call(t, ts, "POST", "/products", `{"name":"Lamp","price":12}`, key)
	if r.status != 201 {
		t.Fatalf("create: %d %s", r.status, r.body)
	}
	created := r.json(t).(map[string]any)
	id, _ := created["id"].(string)
	if id == "" || created["name"] != "Lamp" || r.header.Get("Location") != "/products/"+id {
		t.Fatalf("created %v, Location %q", created, r.header.Get("Location"))
	}
	if r := call(t, ts, "POST", "/products", `{"name":"Lamp"}`, key); r.status != 422 {
		t.Errorf("invalid create is validated: %d", r.status)
	}
	if got := call(t, ts, "GET", "/products/"+id, "").json(t).(map[string]any); got["name"] != "Lamp" {
		t.Errorf("GET after POST: %v", got)
	}
	if r := call(t, ts, "PUT", "/products/"+id, `{"name":"Desk","price":40}`); r.status != 200 || r.json(t).(map[string]any)["id"] != id {
		t.Errorf("PUT: %d %s", r.status, r.body)
	}
	r = call(t, ts, "PATCH", "/products/"+id, `{"price":41,"email":null}`, "Content-Type: application/merge-patch+json")
	if got := r.json(t).(map[string]any); got["price"] != 41.0 || got["name"] != "Desk" {
		t.Errorf("PATCH merge: %v", got)
	}
	list := call(t, ts, "GET", "/products", "").json(t).(map[string]any)
	if items := list["data"].([]any); len(items) != 1 || items[0].(map[string]any)["name"] != "Desk" {
		t.Errorf("list: %v", list)
	}
	if r := call(t, ts, "DELETE", "/products/"+id, ""); r.status != 204 {
		t.Errorf("DELETE: %d", r.status)
	}
	r = call(t, ts, "GET", "/products/"+id, "")
	if r.status != 404 {
		t.Fatalf("GET after DELETE: %d", r.status)
	}
	r.problem(t)
	if r := call(t, ts, "PATCH", "/products/nope", `{}`, "Content-Type: application/merge-patch+json"); r.status != 404 {
		t.Errorf("PATCH unknown: %d", r.status)
	}
	// Prefer: code bypasses the store for error scenarios.
	if r := call(t, ts, "GET", "/users/zed", "", "Prefer: code=404"); r.status != 404 {
		t.Errorf("Prefer in stateful mode: %d", r.status)
	}
}

func TestProxyValidatesBothDirections(t *testing.T) {
	t.Parallel()
	upstream := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		switch r.URL.Path {
		case "/products/good":
			_, _ = w.Write([]byte(`{"name":"Lamp","price":3}`))
		case "/products/bad":
			_, _ = w.Write([]byte(`{"name":7}`))
		default:
			w.WriteHeader(418)
		}
	}))
	defer upstream.Close()
	u, _ := url.Parse(upstream.URL)
	doc := load(t, fixture("shop.yaml"))
	var log bytes.Buffer
	lenient := start(t, doc, Options{Proxy: u, Log: &log, LogJSON: true})
	strict := start(t, doc, Options{Proxy: u, Errors: true})

	r := call(t, lenient, "GET", "/products/good", "")
	if r.status != 200 || r.body != `{"name":"Lamp","price":3}` || r.header.Get("Sequere-Violations") != "" {
		t.Errorf("good exchange: %d %s %q", r.status, r.body, r.header.Get("Sequere-Violations"))
	}
	r = call(t, lenient, "GET", "/products/bad", "")
	if v := r.header.Get("Sequere-Violations"); r.status != 200 || !strings.Contains(v, "/response/body/name") || !strings.Contains(v, "/response/body: missing property 'price'") {
		t.Errorf("bad response passes through with violations: %d %q", r.status, v)
	}
	if r := call(t, lenient, "GET", "/products/x", ""); !strings.Contains(r.header.Get("Sequere-Violations"), "/response/status") {
		t.Errorf("undeclared status not reported: %v", r.header)
	}
	if r := call(t, strict, "GET", "/products/bad", ""); r.status != 502 {
		t.Errorf("--errors on a bad response: %d", r.status)
	} else if p := r.problem(t); len(p.Errors) != 2 {
		t.Errorf("violations %v", p.Errors)
	}
	if r := call(t, strict, "GET", "/search?q=a", ""); r.status != 422 {
		t.Errorf("--errors on a bad request: %d", r.status)
	}
	if r := call(t, strict, "PUT", "/products/good", `{"name":`); r.status != 400 {
		t.Errorf("--errors on a malformed request: %d", r.status)
	}
	// The header: the count, then "pointer: detail" per violation, request
	// ones first; ";" inside a detail would split it, so it becomes ",".
	r = call(t, lenient, "PUT", "/products/bad", `{"name":""}`)
	want := "4; /body: missing property 'price'; /body/name: minLength: got 0, want 1; /response/body: missing property 'price'; /response/body/name: got number, want string"
	if got := r.header.Get("Sequere-Violations"); got != want {
		t.Errorf("Sequere-Violations\n%q\nwant\n%q", got, want)
	}
	if r := call(t, lenient, "GET", "/search?q=a", "", trace); r.status != 418 || !strings.Contains(r.header.Get("Sequere-Violations"), "/query/q") {
		t.Errorf("bad request forwarded with violations: %d %v", r.status, r.header)
	}
	var line map[string]any
	first := strings.SplitN(log.String(), "\n", 2)[0]
	if err := json.Unmarshal([]byte(first), &line); err != nil || line["operation"] != "getProduct" || line["status"] != 200.0 {
		t.Errorf("JSON log line: %s (%v)", first, err)
	}
}

func TestCORS(t *testing.T) {
	t.Parallel()
	doc := load(t, fixture("shop.yaml"))
	ts := start(t, doc, Options{})
	r := call(t, ts, "OPTIONS", "/products", "", "Origin: https://app.example", "Access-Control-Request-Method: POST", "Access-Control-Request-Headers: x-api-key")
	if r.status != 204 || r.header.Get("Access-Control-Allow-Origin") != "https://app.example" || r.header.Get("Access-Control-Allow-Headers") != "x-api-key" {
		t.Errorf("preflight: %d %v", r.status, r.header)
	}
	if r := call(t, ts, "GET", "/users/me", "", "Origin: https://app.example"); r.header.Get("Access-Control-Allow-Origin") == "" {
		t.Errorf("no CORS header on a simple request")
	}
	off := start(t, doc, Options{NoCORS: true})
	if r := call(t, off, "OPTIONS", "/products", "", "Origin: https://app.example", "Access-Control-Request-Method: POST"); r.status != 405 {
		t.Errorf("CORS off: preflight %d, want 405", r.status)
	}
}

func TestTextLogLine(t *testing.T) {
	t.Parallel()
	var log bytes.Buffer
	ts := start(t, load(t, fixture("shop.yaml")), Options{Log: &log})
	call(t, ts, "GET", "/search?q=a", "", trace)
	want := "1970-01-01T00:00:00Z GET /search search 422 invalid (1) 0.000ms [/query/q: minLength: got 1, want 2]\n"
	if log.String() != want {
		t.Errorf("log\n%q\nwant\n%q", log.String(), want)
	}
}

func TestCallbacksFired(t *testing.T) {
	t.Parallel()
	got := make(chan string, 1)
	receiver := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var body bytes.Buffer
		_, _ = body.ReadFrom(r.Body)
		got <- r.Method + " " + r.URL.Path + " " + r.Header.Get("Content-Type") + " " + body.String()
	}))
	defer receiver.Close()
	ts := start(t, load(t, corpus+"/tictactoe.yaml"), Options{Callbacks: true})
	r := call(t, ts, "PUT", "/board/1/1", `"X"`, "Authorization: Bearer t", "progressUrl: "+receiver.URL+"/progress")
	if r.status != 200 {
		t.Fatalf("PUT: %d %s", r.status, r.body)
	}
	msg := <-got
	if !strings.HasPrefix(msg, "POST /progress application/json {") || !strings.Contains(msg, `"winner"`) {
		t.Errorf("callback request: %s", msg)
	}
}

// What the store serves keeps the contract: ids follow the id schema, a
// write that would leave a resource breaking the response schema is refused
// and stores nothing, writeOnly properties are never returned.
func TestStatefulValidatesAgainstResponseSchema(t *testing.T) {
	t.Parallel()
	ts := start(t, load(t, fixture("shop.yaml")), Options{Stateful: true})
	key := "X-Api-Key: k"
	r := call(t, ts, "POST", "/products", `{"name":"Lamp","price":12,"secret":"s3"}`, key)
	if r.status != 201 {
		t.Fatalf("create: %d %s", r.status, r.body)
	}
	created := r.json(t).(map[string]any)
	id, _ := created["id"].(string)
	if !uuidRE.MatchString(id) {
		t.Errorf("id %q does not follow format: uuid", id)
	}
	if _, ok := created["secret"]; ok {
		t.Errorf("writeOnly property returned by POST: %s", r.body)
	}
	if got := call(t, ts, "GET", "/products/"+id, ""); strings.Contains(got.body, "secret") {
		t.Errorf("writeOnly property returned by GET: %s", got.body)
	}
	// The PATCH request schema is {type: object}: only the merged result
	// can be judged, against the response schema.
	r = call(t, ts, "PATCH", "/products/"+id, `{"price":"free","sku":"x"}`, "Content-Type: application/merge-patch+json")
	if r.status != 422 {
		t.Fatalf("PATCH breaking the schema: %d %s", r.status, r.body)
	}
	if got := pointers(r.problem(t)); !reflect.DeepEqual(got, []string{"/body/price", "/body/sku"}) {
		t.Errorf("pointers %q", got)
	}
	if got := call(t, ts, "GET", "/products/"+id, "").json(t).(map[string]any); got["price"] != 12.0 {
		t.Errorf("a refused PATCH changed the resource: %v", got)
	}
	// /pets has no item path (nothing can be stored there) and minItems: 2:
	// the static answer, not an empty list that breaks the schema.
	if r := call(t, ts, "GET", "/pets", ""); r.status != 200 || len(r.json(t).([]any)) < 2 {
		t.Errorf("GET /pets in stateful mode: %d %s", r.status, r.body)
	}
}

// A resource stored through a loose operation and read through a strict one
// is not served as if it kept the contract.
func TestStatefulStoredResourceBreakingContract(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "things.yaml")
	const doc = `openapi: 3.0.3
info: {title: t, version: "1"}
paths:
  /things:
    post:
      requestBody: {content: {application/json: {schema: {type: object}}}}
      responses:
        "201": {description: c, content: {application/json: {schema: {type: object}}}}
  /things/{id}:
    get:
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses:
        "200":
          description: one
          content:
            application/json:
              schema: {type: object, required: [name], properties: {name: {type: string}, id: {type: integer}}}
`
	if err := os.WriteFile(path, []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	ts := start(t, load(t, path), Options{Stateful: true})
	r := call(t, ts, "POST", "/things", `{"size":3}`)
	if r.status != 201 {
		t.Fatalf("create: %d %s", r.status, r.body)
	}
	r = call(t, ts, "GET", r.header.Get("Location"), "")
	if r.status != 500 {
		t.Fatalf("GET of a stored resource without the required name: %d %s", r.status, r.body)
	}
	if p := r.problem(t); !reflect.DeepEqual(pointers(p), []string{"/body"}) || p.Type != typeContract {
		t.Errorf("problem %+v", p)
	}
}
