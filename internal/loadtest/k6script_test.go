package loadtest

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/dop251/goja"

	"github.com/sequere/sequere/internal/plan"
)

func testScenario() *Scenario {
	return &Scenario{
		BaseURL: "http://127.0.0.1:8080/",
		Operations: []Operation{
			{ID: "getOrder", Method: "GET", Weight: 3, Statuses: []string{"200", "404", "4XX"},
				Samples: []Request{{Target: "/v2/orders/ord_1"}, {Target: "/v2/orders/ord_2?expand=items", Header: map[string]string{"Accept": "application/json"}}}},
			{ID: "createOrder", Method: "POST", Weight: 1, Statuses: []string{"201"},
				Samples: []Request{{Target: "/v2/orders", Header: map[string]string{"Content-Type": "application/json"}, Body: `{"items":[{"sku":"a","quantity":1}]}`}}},
		},
		Auth: Auth{Header: map[string]string{"X-API-Key": "key_123"}},
	}
}

var (
	importRe = regexp.MustCompile(`(?m)^import .* from '([^']+)';$`)
	exportRe = regexp.MustCompile(`(?m)^export (const|function|default function)`)
)

// loadScript runs an emitted k6 script in goja. goja has no ES modules, so
// the import lines (which must name only k6's built-in modules) become stubs
// and the exports plain declarations; the rest is parsed as written.
func loadScript(t *testing.T, src string, env map[string]string) (*goja.Runtime, *[]map[string]any) {
	t.Helper()
	for _, m := range importRe.FindAllStringSubmatch(src, -1) {
		if m[1] != "k6/http" && m[1] != "k6" && m[1] != "k6/execution" && m[1] != "k6/data" {
			t.Fatalf("script imports %q: only k6's built-in modules are allowed", m[1])
		}
	}
	if strings.Contains(src, "http://") && strings.Contains(src, "import") && strings.Contains(src, "https://jslib") {
		t.Fatal("script has a remote import")
	}
	body := importRe.ReplaceAllString(src, "")
	body = exportRe.ReplaceAllStringFunc(body, func(s string) string {
		if strings.HasSuffix(s, "default function") {
			return "var __default = function"
		}
		return strings.TrimPrefix(s, "export ")
	})
	vm := goja.New()
	var sent []map[string]any
	httpStub := map[string]any{
		"request": func(method, url string, body goja.Value, params map[string]any) map[string]any {
			sent = append(sent, map[string]any{"method": method, "url": url, "body": body.Export(), "params": params})
			return map[string]any{"status": 200}
		},
		"post": func(url string, body map[string]any) map[string]any {
			sent = append(sent, map[string]any{"method": "POST", "url": url, "form": body})
			return map[string]any{"status": 200, "json": func(string) string { return "tok_1" }}
		},
	}
	envObj := map[string]any{}
	for k, v := range env {
		envObj[k] = v
	}
	_ = vm.Set("http", httpStub)
	_ = vm.Set("__ENV", envObj)
	_ = vm.Set("check", func(v goja.Value, checks map[string]any) bool { return true })
	_ = vm.Set("exec", map[string]any{"scenario": map[string]any{"iterationInTest": 0}, "vu": map[string]any{"iterationInScenario": 0}})
	if _, err := vm.RunString(`function SharedArray(name, fn) { return fn(); }`); err != nil {
		t.Fatal(err)
	}
	if _, err := vm.RunScript("script.js", body); err != nil {
		t.Fatalf("script does not run: %v\n%s", err, src)
	}
	return vm, &sent
}

func options(t *testing.T, vm *goja.Runtime) map[string]any {
	t.Helper()
	o, ok := vm.Get("options").Export().(map[string]any)
	if !ok {
		t.Fatal("no options object")
	}
	return o
}

func TestK6ScriptConstantArrivalRate(t *testing.T) {
	t.Parallel()
	th1, _ := ParseThreshold("http_req_duration: p(95)<28")
	th2, _ := ParseThreshold("http_req_duration{operation:getOrder}: p(99)<50")
	th3, _ := ParseThreshold("http_req_failed: rate<0.01; abortOnFail; delayAbortEval=10s")
	th4, _ := ParseThreshold("http_req_send_lag: p(99)<5")
	p := Constant(200, 30*time.Second)
	var buf bytes.Buffer
	err := WriteK6Script(&buf, testScenario(), ScriptOptions{Source: "openapi.yaml", Rate: &p, MaxInFlight: 500,
		Thresholds: []Threshold{th1, th2, th3, th4}, Timeout: 60 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	vm, sent := loadScript(t, buf.String(), nil)
	o := options(t, vm)
	sc := o["scenarios"].(map[string]any)["load"].(map[string]any)
	if sc["executor"] != "constant-arrival-rate" || sc["rate"] != int64(200) || sc["timeUnit"] != "1s" ||
		sc["duration"] != "30s" || sc["maxVUs"] != int64(500) {
		t.Errorf("scenario %v", sc)
	}
	th := o["thresholds"].(map[string]any)
	if got := th["http_req_duration"].([]any); len(got) != 1 || got[0] != "p(95)<28" {
		t.Errorf("http_req_duration thresholds %v", got)
	}
	if got := th["http_req_duration{operation:getOrder}"].([]any); got[0] != "p(99)<50" {
		t.Errorf("tagged threshold %v", got)
	}
	abort := th["http_req_failed"].([]any)[0].(map[string]any)
	if abort["threshold"] != "rate<0.01" || abort["abortOnFail"] != true || abort["delayAbortEval"] != "10s" {
		t.Errorf("abortOnFail threshold %v", abort)
	}
	if _, ok := th["http_req_send_lag"]; ok {
		t.Error("a sequere-only metric reached k6's thresholds")
	}

	// The default function sends a request of the plan with its auth and tags.
	setup, _ := goja.AssertFunction(vm.Get("setup"))
	data, err := setup(goja.Undefined())
	if err != nil {
		t.Fatal(err)
	}
	def, _ := goja.AssertFunction(vm.Get("__default"))
	for range 20 {
		if _, err := def(goja.Undefined(), data); err != nil {
			t.Fatal(err)
		}
	}
	if len(*sent) != 20 {
		t.Fatalf("%d requests sent by 20 iterations", len(*sent))
	}
	var gets, posts int
	for _, r := range *sent {
		params := r["params"].(map[string]any)
		if params["headers"].(map[string]any)["X-API-Key"] != "key_123" {
			t.Errorf("request without the API key: %v", r)
		}
		switch r["method"] {
		case "GET":
			gets++
			if !strings.HasPrefix(r["url"].(string), "http://127.0.0.1:8080/v2/orders/ord_") {
				t.Errorf("GET url %v", r["url"])
			}
		case "POST":
			posts++
			if r["body"] != `{"items":[{"sku":"a","quantity":1}]}` {
				t.Errorf("POST body %v", r["body"])
			}
		}
		if params["tags"].(map[string]any)["operation"] == nil {
			t.Errorf("request not tagged with its operation: %v", params)
		}
	}
	if gets == 0 || posts == 0 {
		t.Errorf("weights 3:1 over 20 iterations gave %d GET and %d POST", gets, posts)
	}

	// handleSummary writes the data where --engine k6 reads it.
	vm2, _ := loadScript(t, buf.String(), map[string]string{"SEQUERE_SUMMARY": "/tmp/out.json"})
	hs, _ := goja.AssertFunction(vm2.Get("handleSummary"))
	data2, _ := vm2.RunString(`({metrics: {http_reqs: {type: 'counter', contains: 'default', values: {count: 3, rate: 1}},
		http_req_duration: {type: 'trend', contains: 'time', values: {avg: 1.5}, thresholds: {'p(95)<28': {ok: true}}}}})`)
	out, err := hs(goja.Undefined(), data2)
	if err != nil {
		t.Fatal(err)
	}
	files := out.Export().(map[string]any)
	if _, ok := files["/tmp/out.json"]; !ok {
		t.Errorf("handleSummary wrote %v, not SEQUERE_SUMMARY", files)
	}
	if !strings.Contains(files["stdout"].(string), "http_req_duration") {
		t.Errorf("stdout summary %q", files["stdout"])
	}
}

func TestK6ScriptRampAndVUs(t *testing.T) {
	t.Parallel()
	stages, err := ParseStages("0:10s,200:30s")
	if err != nil {
		t.Fatal(err)
	}
	ramp := Profile{Start: 0, Stages: stages}
	var buf bytes.Buffer
	if err := WriteK6Script(&buf, testScenario(), ScriptOptions{Rate: &ramp, MaxInFlight: 100}); err != nil {
		t.Fatal(err)
	}
	vm, _ := loadScript(t, buf.String(), nil)
	sc := options(t, vm)["scenarios"].(map[string]any)["load"].(map[string]any)
	st := sc["stages"].([]any)
	if sc["executor"] != "ramping-arrival-rate" || sc["timeUnit"] != "1m" || len(st) != 2 ||
		st[1].(map[string]any)["target"] != int64(12000) || st[1].(map[string]any)["duration"] != "30s" {
		t.Errorf("ramping scenario %v", sc)
	}
	buf.Reset()
	if err := WriteK6Script(&buf, testScenario(), ScriptOptions{VUs: 7, Duration: 90 * time.Second}); err != nil {
		t.Fatal(err)
	}
	vm, _ = loadScript(t, buf.String(), nil)
	sc = options(t, vm)["scenarios"].(map[string]any)["load"].(map[string]any)
	if sc["executor"] != "constant-vus" || sc["vus"] != int64(7) || sc["duration"] != "90s" {
		t.Errorf("constant-vus scenario %v", sc)
	}
}

// TestK6ScriptFlowsDataAndTokenRefresh runs the emitted script's default
// function against a stub http module: a flow's later steps get the id the
// create answered, the data rows are taken in the test's iteration order,
// and a 401 makes the VU fetch a new token for its next request.
func TestK6ScriptFlowsDataAndTokenRefresh(t *testing.T) {
	t.Parallel()
	sc := &Scenario{BaseURL: "http://127.0.0.1:8080",
		Operations: []Operation{
			{ID: "createThing", Method: "POST", Statuses: []string{"201"}, Rows: true, OAuth: true,
				Samples: []Request{{Target: "/things", Body: `{"name":"ada"}`}, {Target: "/things", Body: `{"name":"grace"}`}}},
			{ID: "getThing", Method: "GET", Statuses: []string{"200"}, Samples: []Request{{Target: "/things/sequere-flow0-0"}}},
			{ID: "deleteThing", Method: "DELETE", Statuses: []string{"204"}, Samples: []Request{{Target: "/things/sequere-flow0-0"}}},
		},
		Flows: []Flow{{Name: "crd", Steps: []FlowStep{{"createThing"}, {"getThing"}, {"deleteThing"}},
			Bind: []FlowBinding{{Marker: "sequere-flow0-0", Binding: plan.Binding{Param: "path:id", Expr: "$response.header.Location", LastSegment: true}}}}},
		Auth:     Auth{TokenURL: "http://127.0.0.1:8080/oauth/token", ClientID: "cid", ClientSecret: "s"},
		DataRows: 2,
	}
	var buf bytes.Buffer
	if err := WriteK6Script(&buf, sc, ScriptOptions{VUs: 1, Duration: time.Second}); err != nil {
		t.Fatal(err)
	}
	src := buf.String()
	if !strings.Contains(src, "new SharedArray('plan'") {
		t.Errorf("script holds the data outside a SharedArray:\n%s", src)
	}
	vm, _ := loadScript(t, src, nil)
	var sent []string
	grants := 0
	created := 0
	_ = vm.Set("http", map[string]any{
		"post": func(url string, body map[string]any) map[string]any {
			grants++
			tok := fmt.Sprintf("tok-%d", grants)
			return map[string]any{"status": 200, "json": func(k string) any {
				if k == "expires_in" {
					return 3600
				}
				return tok
			}}
		},
		"request": func(method, url string, body goja.Value, params map[string]any) map[string]any {
			auth := params["headers"].(map[string]any)["Authorization"]
			sent = append(sent, fmt.Sprintf("%s %s %v %v", method, strings.TrimPrefix(url, "http://127.0.0.1:8080"), body.Export(), auth))
			if method == "POST" {
				created++
				status := 201
				if created == 2 {
					status = 401 // the token was revoked: the VU fetches a new one
				}
				return map[string]any{"status": status, "headers": map[string]any{"Location": fmt.Sprintf("/things/t%d", created)}}
			}
			return map[string]any{"status": 200, "headers": map[string]any{}}
		},
	})
	setup, _ := goja.AssertFunction(vm.Get("setup"))
	data, err := setup(goja.Undefined())
	if err != nil {
		t.Fatal(err)
	}
	def, _ := goja.AssertFunction(vm.Get("__default"))
	exec := vm.Get("exec").ToObject(vm).Get("scenario").ToObject(vm)
	for i := range 3 {
		_ = exec.Set("iterationInTest", i)
		if _, err := def(goja.Undefined(), data); err != nil {
			t.Fatal(err)
		}
	}
	want := []string{
		`POST /things {"name":"ada"} Bearer tok-1`, "GET /things/t1 <nil> Bearer tok-1", "DELETE /things/t1 <nil> Bearer tok-1",
		`POST /things {"name":"grace"} Bearer tok-1`, // 401: no read nor delete of what was not created
		`POST /things {"name":"ada"} Bearer tok-2`, "GET /things/t3 <nil> Bearer tok-2", "DELETE /things/t3 <nil> Bearer tok-2",
	}
	if strings.Join(sent, "\n") != strings.Join(want, "\n") {
		t.Errorf("requests:\n%s\nwant:\n%s", strings.Join(sent, "\n"), strings.Join(want, "\n"))
	}
}
