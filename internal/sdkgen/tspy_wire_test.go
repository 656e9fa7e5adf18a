package sdkgen

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"
)

// The torture SDK's calls on the wire, the same for every language's driver:
// a Ledger read from the server and sent back (twice: as decoded from the
// request case, then as decoded from the server's answer), two logical form
// POSTs of an Account each answered 503 once, one multipart upload, a form
// of nested members, and a call with an API key in a cookie (the client
// holds the key for every call; only GET /me requires it).

// wireAccount is the Account a form POST sends: id is readOnly, password
// writeOnly, future_field unknown to the spec.
const wireAccount = `{"id": "acc_9", "password": "hunter2", "created_at": "2026-12-03T07:00:00.123456789+01:00",
 "birthday": "2024-02-29", "balance": -9223372036854775808, "region": "us", "future_field": "kept"}`

var wireAccountForm = url.Values{
	"password":     {"hunter2"},
	"created_at":   {"2026-12-03T07:00:00.123456789+01:00"},
	"birthday":     {"2024-02-29"},
	"balance":      {"-9223372036854775808"},
	"region":       {"us"},
	"future_field": {"kept"},
}

// wireImage is not UTF-8, so a driver that sent the file as text would fail.
var wireImage = []byte{0x89, 'P', 'N', 'G', 0x00, 0xff}

// wirePreferencesForm is the one form encoding of nested members every SDK
// follows (style form, explode true; objects as JSON; null left out).
var wirePreferencesForm = url.Values{
	"tags":     {"a", "b"},
	"limits":   {"9007199254740993", "-1"},
	"address":  {`{"city":"Oslo","zip":"0150"}`},
	"contacts": {`{"name":"Ann"}`, `{"name":"Bo"}`},
}

// wireDeepPreferencesForm is the same value sent to an operation whose
// Encoding Object gives limits, address and contacts style deepObject.
var wireDeepPreferencesForm = url.Values{
	"tags":              {"a", "b"},
	"limits[0]":         {"9007199254740993"},
	"limits[1]":         {"-1"},
	"address[city]":     {"Oslo"},
	"address[zip]":      {"0150"},
	"contacts[0][name]": {"Ann"},
	"contacts[1][name]": {"Bo"},
}

// wirePreferencesJSON is the value whose form encoding is wirePreferencesForm.
const wirePreferencesJSON = `{"tags": ["a", "b"], "limits": [9007199254740993, -1], "address": {"city": "Oslo", "zip": "0150"}, "contacts": [{"name": "Ann"}, {"name": "Bo"}], "note": null}`

// wireCookie is GET /me's one Cookie header: the cookie parameter, then the
// API key exactly as issued (a base64 key keeps its "+", "/" and "=").
const wireCookie = "theme=dark; session=s3cr3t+/="

var wireAvatarFields = map[string]string{
	"token":    "tok",
	"size":     "9007199254740993",
	"taken_at": "2026-01-02T03:04:05.123456789Z",
}

// wireDrivers holds the drivers: each runs the sequence above (the Python
// one with the sync client, then the async one) and writes its webhook
// signature verdicts to the file it is given.
const wireDrivers = "testdata/sdkgen/torture/wire"

type wireRequest struct {
	method, path, query string
	header              http.Header
	body                []byte
}

// wireServer records every request and answers like the torture API would;
// every odd POST /accounts is a 503 with Retry-After: 0, so each logical
// call is retried exactly once; GET /pets never answers (until the client
// gives up, or 30 s pass), for the per-call timeout; GET
// /accounts/acc_1/export sends its first chunk, then the rest only after GET
// /release, which the driver calls once it holds the first chunk. GET
// /pets?cursor=cancel is held too: GET /pending answers once it is, GET
// /ended once its client has gone (each within 10 s).
func wireServer(t *testing.T, ledger json.RawMessage) (*httptest.Server, func() []wireRequest) {
	var mu sync.Mutex
	var seen []wireRequest
	posts := 0
	release := make(chan struct{}, 4)
	pending, ended := make(chan struct{}, 4), make(chan struct{}, 4)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		mu.Lock()
		seen = append(seen, wireRequest{r.Method, r.URL.Path, r.URL.RawQuery, r.Header.Clone(), body})
		mu.Unlock()
		switch {
		case r.Method == http.MethodPut && r.URL.Path == "/ledgers/led_1":
			w.Header().Set("Content-Type", "application/json")
			w.Write(ledger)
		case r.Method == http.MethodPost && r.URL.Path == "/accounts":
			mu.Lock()
			posts++
			first := posts%2 == 1
			mu.Unlock()
			if first {
				w.Header().Set("Retry-After", "0")
				http.Error(w, "try again", http.StatusServiceUnavailable)
				return
			}
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusCreated)
			io.WriteString(w, wireAccount)
		case r.Method == http.MethodPut && r.URL.Path == "/accounts/acc_1/avatar":
			w.WriteHeader(http.StatusNoContent)
		case r.Method == http.MethodGet && r.URL.Path == "/accounts/acc_1/export":
			w.Header().Set("Content-Type", "application/octet-stream")
			io.WriteString(w, "first chunk\n")
			w.(http.Flusher).Flush()
			select {
			case <-release:
				io.WriteString(w, "second chunk\n")
			case <-time.After(10 * time.Second):
				io.WriteString(w, "the client never released the rest: it waited for the whole body\n")
			}
		case r.Method == http.MethodGet && r.URL.Path == "/release":
			release <- struct{}{}
		case r.Method == http.MethodGet && r.URL.Path == "/pets" && r.URL.Query().Get("cursor") == "cancel":
			pending <- struct{}{}
			select {
			case <-r.Context().Done():
				ended <- struct{}{}
			case <-time.After(30 * time.Second):
			}
		case r.Method == http.MethodGet && r.URL.Path == "/pending":
			select {
			case <-pending:
				io.WriteString(w, "held")
			case <-time.After(10 * time.Second):
				http.Error(w, "no cancellable call arrived", http.StatusGatewayTimeout)
			}
		case r.Method == http.MethodGet && r.URL.Path == "/ended":
			select {
			case <-ended:
				io.WriteString(w, "ended")
			case <-time.After(10 * time.Second):
				io.WriteString(w, "the cancelled call's connection is still open after 10 s")
			}
		case (r.Method == http.MethodGet && r.URL.Path == "/me") || (r.Method == http.MethodPost && (r.URL.Path == "/preferences" || r.URL.Path == "/preferences/deep")):
			w.WriteHeader(http.StatusNoContent)
		case r.Method == http.MethodGet && r.URL.Path == "/pets":
			select {
			case <-r.Context().Done():
			case <-time.After(30 * time.Second):
			}
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(srv.Close)
	return srv, func() []wireRequest {
		mu.Lock()
		defer mu.Unlock()
		return append([]wireRequest(nil), seen...)
	}
}

// runBounded runs a driver with a deadline, so a client stuck on the
// loopback server fails the test instead of hanging it.
func runBounded(t *testing.T, dir string, argv ...string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%s: %v\n%s", strings.Join(argv, " "), err, out)
	}
}

func wireFiles(t *testing.T, root string) (ledgerCase, account string, sent json.RawMessage, ledger json.RawMessage) {
	t.Helper()
	ledgerCase = filepath.Join(repo, "testdata/sdkgen/torture/requests/Ledger.read-modify-write.json")
	in, err := os.ReadFile(ledgerCase)
	if err != nil {
		t.Fatal(err)
	}
	var c struct{ Value, Sent json.RawMessage }
	if err := json.Unmarshal(in, &c); err != nil {
		t.Fatal(err)
	}
	account = filepath.Join(root, "account.json")
	if err := os.WriteFile(account, []byte(wireAccount), 0o644); err != nil {
		t.Fatal(err)
	}
	abs, err := filepath.Abs(ledgerCase)
	if err != nil {
		t.Fatal(err)
	}
	return abs, account, c.Sent, c.Value
}

// TestTypeScriptSendsOnTheWire drives the generated TypeScript SDK under node
// against a loopback server and checks the bytes and headers of each request.
func TestTypeScriptSendsOnTheWire(t *testing.T) {
	tsc := toolchain(t, "SEQUERE_TSC", "typescript's tsc")
	node := toolchain(t, "SEQUERE_NODE", "node")
	t.Parallel()
	root := t.TempDir()
	writeTree(t, root, generateClient(t, "testdata/sdkgen/torture/openapi.yaml", "typescript", "torture").Files)
	writeTree(t, root, []File{repoFile(t, wireDrivers, "wire.mjs")})
	run(t, root, append(tsc, "-p", "tsconfig.json")...)
	ledgerCase, account, sent, ledger := wireFiles(t, root)
	srv, seen := wireServer(t, ledger)
	results := filepath.Join(root, "webhook-results.json")
	runBounded(t, root, append(node, "wire.mjs", srv.URL, ledgerCase, account, webhookCasesFile(t, root), results)...)
	checkWire(t, seen(), 1, 0, sent, "torture/1.0.0")
	checkWebhookResults(t, "TypeScript", results)
}

// TestPythonSendsOnTheWire does the same with the generated Python SDK, its
// sync client and then its async one.
func TestPythonSendsOnTheWire(t *testing.T) {
	python := toolchain(t, "SEQUERE_PYTHON", "python3 with httpx")
	t.Parallel()
	root := t.TempDir()
	writeTree(t, root, generateClient(t, "testdata/sdkgen/torture/openapi.yaml", "python", "torture").Files)
	writeTree(t, root, []File{repoFile(t, wireDrivers, "wire.py")})
	ledgerCase, account, sent, ledger := wireFiles(t, root)
	srv, seen := wireServer(t, ledger)
	results := filepath.Join(root, "webhook-results.json")
	runBounded(t, root, append(python, "wire.py", srv.URL, ledgerCase, account, webhookCasesFile(t, root), results)...)
	checkWire(t, seen(), 2, 1, sent, "torture/1.0.0")
	checkWebhookResults(t, "Python", results)
}

// checkWire checks what runs repetitions of the driver's sequence sent, with
// cancels cancelled calls among them, each naming the SDK as userAgent.
func checkWire(t *testing.T, reqs []wireRequest, runs, cancels int, ledgerSent json.RawMessage, userAgent string) {
	t.Helper()
	var ledgers, accounts, avatars, hung, cancelled, mes, prefs, deepPrefs []wireRequest
	for _, r := range reqs {
		// The driver's own probes (/release, /pending, /ended) go through fetch or httpx directly.
		driverProbe := r.path == "/release" || r.path == "/pending" || r.path == "/ended"
		if got := r.header.Values("User-Agent"); !driverProbe && (len(got) != 1 || got[0] != userAgent) {
			t.Errorf("%s %s: User-Agent %q, want %q", r.method, r.path, got, userAgent)
		}
		if r.path != "/me" && (r.header.Get("Cookie") != "" || r.header.Get("Authorization") != "") {
			t.Errorf("%s %s requires no credentials, got Cookie %q, Authorization %q", r.method, r.path, r.header.Get("Cookie"), r.header.Get("Authorization"))
		}
		switch r.method + " " + r.path {
		case "GET /me":
			mes = append(mes, r)
		case "POST /preferences":
			prefs = append(prefs, r)
		case "POST /preferences/deep":
			deepPrefs = append(deepPrefs, r)
		case "PUT /ledgers/led_1":
			ledgers = append(ledgers, r)
		case "POST /accounts":
			accounts = append(accounts, r)
		case "PUT /accounts/acc_1/avatar":
			avatars = append(avatars, r)
		case "GET /pets":
			if r.query == "cursor=cancel" {
				cancelled = append(cancelled, r)
			} else {
				hung = append(hung, r)
			}
		case "GET /accounts/acc_1/export", "GET /release", "GET /pending", "GET /ended":
		default:
			t.Errorf("unexpected request %s %s", r.method, r.path)
		}
	}
	if len(ledgers) != 2*runs || len(accounts) != 4*runs || len(avatars) != runs || len(hung) != runs {
		t.Fatalf("requests: %d ledger PUTs, %d account POSTs, %d avatar PUTs, %d timed-out GETs (retries off); want %d, %d, %d, %d",
			len(ledgers), len(accounts), len(avatars), len(hung), 2*runs, 4*runs, runs, runs)
	}
	if len(mes) != runs || len(prefs) != runs || len(deepPrefs) != runs || len(cancelled) != cancels {
		t.Fatalf("requests: %d GET /me, %d POST /preferences, %d POST /preferences/deep, %d cancelled GETs; want %d, %d, %d, %d",
			len(mes), len(prefs), len(deepPrefs), len(cancelled), runs, runs, runs, cancels)
	}

	// An API key in a cookie: one Cookie header, after the cookie parameter.
	for i, r := range mes {
		if got := r.header.Values("Cookie"); len(got) != 1 || got[0] != wireCookie {
			t.Errorf("GET /me %d: Cookie headers %q, want one: %q", i, got, wireCookie)
		}
	}

	// Nested members in a form, the rule of all three SDKs.
	for i, r := range prefs {
		got, err := url.ParseQuery(string(r.body))
		if err != nil {
			t.Fatalf("preferences POST %d: %v: %s", i, err, r.body)
		}
		if !reflect.DeepEqual(got, wirePreferencesForm) {
			t.Errorf("preferences POST %d sent %s\nwant %s", i, r.body, wirePreferencesForm.Encode())
		}
	}
	// The same value where the Encoding Object says deepObject.
	for i, r := range deepPrefs {
		got, err := url.ParseQuery(string(r.body))
		if err != nil || !reflect.DeepEqual(got, wireDeepPreferencesForm) {
			t.Errorf("deep preferences POST %d sent %s\nwant %s", i, r.body, wireDeepPreferencesForm.Encode())
		}
	}

	// JSON: readOnly members left out at every depth, writeOnly and unknown
	// members kept, int64 beyond 2^53 and nanosecond date-times as written.
	for i, r := range ledgers {
		if ct := r.header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
			t.Errorf("ledger PUT %d: Content-Type %q", i, ct)
		}
		if !sameJSONNumbers(r.body, ledgerSent) {
			t.Errorf("ledger PUT %d sent:\n%s\nwant:\n%s", i, r.body, ledgerSent)
		}
		if !bytes.Contains(r.body, []byte("9007199254740993")) {
			t.Errorf("ledger PUT %d: the int64 9007199254740993 is not on the wire exactly: %s", i, r.body)
		}
	}

	// Form: the same rules, and one idempotency key per logical call, the
	// same on its retry.
	for i, r := range accounts {
		if ct := r.header.Get("Content-Type"); !strings.HasPrefix(ct, "application/x-www-form-urlencoded") {
			t.Errorf("account POST %d: Content-Type %q", i, ct)
		}
		got, err := url.ParseQuery(string(r.body))
		if err != nil {
			t.Fatalf("account POST %d: %v: %s", i, err, r.body)
		}
		if !reflect.DeepEqual(got, wireAccountForm) {
			t.Errorf("account POST %d sent %v\nwant %v", i, got, wireAccountForm)
		}
	}
	for i := 0; i < len(accounts); i += 2 {
		key, retry := accounts[i].header.Get("Idempotency-Key"), accounts[i+1].header.Get("Idempotency-Key")
		if key == "" || key != retry {
			t.Errorf("account POST %d: Idempotency-Key %q, on its retry %q", i/2, key, retry)
		}
		if i > 0 && key == accounts[i-2].header.Get("Idempotency-Key") {
			t.Errorf("account POST %d reused the key of the call before it: %q", i/2, key)
		}
	}

	// Multipart: the readOnly member left out, the file part's bytes exact.
	for i, r := range avatars {
		_, params, err := mime.ParseMediaType(r.header.Get("Content-Type"))
		if err != nil || params["boundary"] == "" {
			t.Fatalf("avatar PUT %d: Content-Type %q: %v", i, r.header.Get("Content-Type"), err)
		}
		fields, files := map[string]string{}, map[string][]byte{}
		mr := multipart.NewReader(bytes.NewReader(r.body), params["boundary"])
		for {
			p, err := mr.NextPart()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("avatar PUT %d: %v\n%s", i, err, r.body)
			}
			data, _ := io.ReadAll(p)
			if p.FileName() != "" {
				files[p.FormName()] = data
			} else {
				fields[p.FormName()] = string(data)
			}
		}
		if !reflect.DeepEqual(fields, wireAvatarFields) {
			t.Errorf("avatar PUT %d fields %v, want %v", i, fields, wireAvatarFields)
		}
		if len(files) != 1 || !bytes.Equal(files["image"], wireImage) {
			t.Errorf("avatar PUT %d files %q, want image %q", i, files, wireImage)
		}
	}
}

// sameJSONNumbers compares JSON values with numbers as their text, so an
// int64 that went through a float64 somewhere differs.
func sameJSONNumbers(a, b []byte) bool {
	var x, y any
	da, db := json.NewDecoder(bytes.NewReader(a)), json.NewDecoder(bytes.NewReader(b))
	da.UseNumber()
	db.UseNumber()
	if da.Decode(&x) != nil || db.Decode(&y) != nil {
		return false
	}
	return reflect.DeepEqual(x, y)
}
