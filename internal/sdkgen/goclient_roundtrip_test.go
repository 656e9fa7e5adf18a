package sdkgen

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// roundTripTest runs inside the generated torture package: every case decodes
// into its schema's type, encodes, and must be the same JSON. A union must
// have picked a variant (Raw empty) and an object must keep no unknown
// members, unless the case's name says the value is unknown or has extras —
// so a decoder that kept everything raw would fail.
const roundTripTest = `package api

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestRoundTrip(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(CASES, "*.json"))
	if len(files) == 0 {
		t.Fatal("no cases")
	}
	for _, f := range files {
		name := filepath.Base(f)
		schema, label, _ := strings.Cut(strings.TrimSuffix(name, ".json"), ".")
		t.Run(name, func(t *testing.T) {
			mk, ok := types[schema]
			if !ok {
				t.Fatalf("no type for schema %s", schema)
			}
			in, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			v := mk()
			err = json.Unmarshal(in, v)
			if want, ok := rejected[name]; ok {
				if err == nil || !strings.Contains(err.Error(), want) {
					t.Fatalf("decode error %v, want one containing %q", err, want)
				}
				return
			}
			if err != nil {
				t.Fatalf("decode: %v", err)
			}
			out, err := json.Marshal(v)
			if err != nil {
				t.Fatalf("encode: %v", err)
			}
			if !sameJSONValue(in, out) {
				t.Fatalf("round trip changed the value:\n in: %s\nout: %s", bytes.TrimSpace(in), out)
			}
			if k, ok := reflect.ValueOf(v).Elem().Interface().(interface{ Known() bool }); ok && k.Known() == strings.Contains(label, "unknown") {
				t.Errorf("Known() = %v", k.Known())
			}
			rv := reflect.ValueOf(v).Elem()
			if rv.Kind() != reflect.Struct {
				return
			}
			want, listed := variants[name]
			if raw := rv.FieldByName("Raw"); raw.IsValid() && !listed {
				t.Errorf("a union case needs its variant in variants.txt")
			}
			if f := rv.FieldByName(want); listed && want != "-" && (!f.IsValid() || f.IsNil()) {
				t.Errorf("not decoded as the variant %s: %s", want, out)
			}
			if raw := rv.FieldByName("Raw"); raw.IsValid() && raw.Len() > 0 && !strings.Contains(label, "unknown") {
				t.Errorf("no variant was chosen (kept raw): %s", out)
			}
			if raw := rv.FieldByName("Raw"); raw.IsValid() && raw.Len() == 0 && strings.Contains(label, "unknown-variant") {
				t.Errorf("an unknown variant was decoded as a known one")
			}
			if extra := rv.FieldByName("AdditionalProperties"); extra.IsValid() && extra.Len() > 0 && !strings.Contains(label, "extra") {
				t.Errorf("members were not decoded into fields: %v", extra.MapKeys())
			}
		})
	}
}

// rejected are the cases Go's time package does not read, with the decode
// error expected: RFC 3339 allows a lowercase "t" and "z" (§5.6), time.Parse
// does not; the error names the member.
var rejected = map[string]string{
	"Timestamps.lowercase.json": "Timestamps.at: parsing time \"2024-02-29t23:59:59.5z\"",
}

// sameJSONValue compares JSON values; two strings are also the same when both
// are RFC 3339 date-times of the same instant with the same offset, to the
// nanosecond: time.Time writes "+00:00" as "Z", and nothing else changes.
func sameJSONValue(a, b []byte) bool {
	var x, y any
	da, db := json.NewDecoder(bytes.NewReader(a)), json.NewDecoder(bytes.NewReader(b))
	da.UseNumber()
	db.UseNumber()
	if da.Decode(&x) != nil || db.Decode(&y) != nil {
		return false
	}
	return sameValue(x, y)
}

func sameValue(x, y any) bool {
	switch x := x.(type) {
	case map[string]any:
		y, ok := y.(map[string]any)
		if !ok || len(x) != len(y) {
			return false
		}
		for k, v := range x {
			if w, ok := y[k]; !ok || !sameValue(v, w) {
				return false
			}
		}
		return true
	case []any:
		y, ok := y.([]any)
		if !ok || len(x) != len(y) {
			return false
		}
		for i := range x {
			if !sameValue(x[i], y[i]) {
				return false
			}
		}
		return true
	case string:
		y, ok := y.(string)
		if !ok {
			return false
		}
		if x == y {
			return true
		}
		tx, ex := time.Parse(time.RFC3339Nano, x)
		ty, ey := time.Parse(time.RFC3339Nano, y)
		return ex == nil && ey == nil && tx.Format(time.RFC3339Nano) == ty.Format(time.RFC3339Nano)
	}
	return reflect.DeepEqual(x, y)
}
`

// tortureWireTest runs only in the torture package (it names its models):
// request bodies, what goes on the wire, and the fixed (const) fields.
const tortureWireTest = `package api

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// TestRequestBodies: a value decoded from the server, sent back, leaves out
// its readOnly members at every depth and keeps everything else (unknown
// members too), while encoding the model itself still writes them all.
func TestRequestBodies(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(REQUESTS, "*.json"))
	if len(files) == 0 {
		t.Fatal("no request cases")
	}
	for _, f := range files {
		name := filepath.Base(f)
		schema, _, _ := strings.Cut(name, ".")
		t.Run(name, func(t *testing.T) {
			in, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			var c struct{ Value, Sent json.RawMessage }
			if err := json.Unmarshal(in, &c); err != nil {
				t.Fatal(err)
			}
			v := types[schema]()
			if err := json.Unmarshal(c.Value, v); err != nil {
				t.Fatalf("decode: %v", err)
			}
			if out, _ := json.Marshal(v); !sameJSONValue(c.Value, out) {
				t.Fatalf("the model round trip changed the value:\n in: %s\nout: %s", c.Value, out)
			}
			out, err := json.Marshal(sent[schema](v))
			if err != nil {
				t.Fatal(err)
			}
			if !sameJSONValue(c.Sent, out) {
				t.Fatalf("request body:\nwant: %s\n got: %s", c.Sent, out)
			}
			if again, _ := json.Marshal(v); !sameJSONValue(c.Value, again) {
				t.Fatalf("preparing the request changed the value itself: %s", again)
			}
		})
	}
}

// TestPutLedgerSends drives the operation against a loopback server: what
// goes on the wire is the request case's "sent".
func TestPutLedgerSends(t *testing.T) {
	in, err := os.ReadFile(filepath.Join(REQUESTS, "Ledger.read-modify-write.json"))
	if err != nil {
		t.Fatal(err)
	}
	var c struct{ Value, Sent json.RawMessage }
	if err := json.Unmarshal(in, &c); err != nil {
		t.Fatal(err)
	}
	got := make(chan []byte, 1)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		got <- b
		w.Header().Set("Content-Type", "application/json")
		w.Write(c.Value)
	}))
	defer srv.Close()
	var l Ledger
	if err := json.Unmarshal(c.Value, &l); err != nil {
		t.Fatal(err)
	}
	resp, err := New(WithBaseURL(srv.URL), WithoutRetries()).PutLedger(context.Background(), &PutLedgerRequest{ID: "led_1", Body: l})
	if err != nil {
		t.Fatal(err)
	}
	if b := <-got; !sameJSONValue(c.Sent, b) {
		t.Fatalf("sent:\n%s\nwant:\n%s", b, c.Sent)
	}
	if out, _ := json.Marshal(resp.Body); !sameJSONValue(c.Value, out) {
		t.Fatalf("response decoded as %s", out)
	}
}

// TestCreateAccountSendsForm: a form body leaves out readOnly members too,
// keeps unknown ones and writes int64 and date-time exactly, the same fields
// the TypeScript and Python wire tests want.
func TestCreateAccountSendsForm(t *testing.T) {
	const account = ` + "`" + `{"id": "acc_9", "password": "hunter2", "created_at": "2026-12-03T07:00:00.123456789+01:00",
 "birthday": "2024-02-29", "balance": -9223372036854775808, "region": "us", "future_field": "kept"}` + "`" + `
	got := make(chan url.Values, 1)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		r.ParseForm()
		got <- r.PostForm
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusCreated)
		io.WriteString(w, account)
	}))
	defer srv.Close()
	var a Account
	if err := json.Unmarshal([]byte(account), &a); err != nil {
		t.Fatal(err)
	}
	if _, err := New(WithBaseURL(srv.URL), WithoutRetries()).CreateAccount(context.Background(), &CreateAccountRequest{Body: a}); err != nil {
		t.Fatal(err)
	}
	want := url.Values{"password": {"hunter2"}, "created_at": {"2026-12-03T07:00:00.123456789+01:00"}, "birthday": {"2024-02-29"},
		"balance": {"-9223372036854775808"}, "region": {"us"}, "future_field": {"kept"}}
	if v := <-got; !reflect.DeepEqual(v, want) {
		t.Fatalf("sent %v\nwant %v", v, want)
	}
}

// TestConstFilled: a required const left zero is sent as the description
// fixes it (so a union built by hand still decodes as the same variant); an
// optional one left unset stays absent, as a round trip needs.
func TestConstFilled(t *testing.T) {
	if CircleKindConst != 1 || SquareKindConst != 2 || AccountKindConst != "account" {
		t.Fatal("const values")
	}
	out, err := json.Marshal(Shape{Square: &Square{Side: 3}})
	if err != nil {
		t.Fatal(err)
	}
	if !sameJSONValue([]byte(` + "`" + `{"kind": 2, "side": 3}` + "`" + `), out) {
		t.Fatalf("sent %s", out)
	}
	var back Shape
	if err := json.Unmarshal(out, &back); err != nil || back.Square == nil {
		t.Fatalf("decoded %+v, %v", back, err)
	}
	var a Account
	if err := json.Unmarshal([]byte(` + "`" + `{"created_at": "2026-12-03T07:00:00Z", "balance": 1}` + "`" + `), &a); err != nil {
		t.Fatal(err)
	}
	if out, _ := json.Marshal(a); !sameJSONValue([]byte(` + "`" + `{"created_at": "2026-12-03T07:00:00Z", "balance": 1}` + "`" + `), out) {
		t.Fatalf("an unset optional const was sent: %s", out)
	}
}
`

// tortureSpecs are the round-trip specs: the 3.1 torture spec, and the 3.0
// one for nullable: true. wire says whether the spec is the torture spec, whose
// models the request and wire tests name.
var tortureSpecs = []struct {
	dir  string
	wire bool
}{
	{"testdata/sdkgen/torture", true},
	{"testdata/sdkgen/torture30", false},
}

// tortureVariants reads a spec's variants.txt (absent: no union cases):
// case file name → the variant it must decode as ("-": unknown, kept raw).
func tortureVariants(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	b, err := os.ReadFile(filepath.Join(repo, dir, "variants.txt"))
	if os.IsNotExist(err) {
		return out
	}
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		if f := strings.Fields(line); len(f) == 2 && !strings.HasPrefix(line, "#") {
			out[f[0]] = f[1]
		}
	}
	return out
}

func TestGoClientTortureRoundTrip(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the go toolchain")
	}
	t.Parallel()
	for _, spec := range tortureSpecs {
		t.Run(filepath.Base(spec.dir), func(t *testing.T) { goTortureRoundTrip(t, spec.dir, spec.wire) })
	}
}

func goTortureRoundTrip(t *testing.T, spec string, wire bool) {
	torture := filepath.Join(repo, spec)
	cases, err := filepath.Abs(filepath.Join(torture, "cases"))
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(cases, "*.json"))
	schemas := map[string]bool{}
	for _, f := range files {
		s, _, _ := strings.Cut(filepath.Base(f), ".")
		schemas[s] = true
	}
	requests, err := filepath.Abs(filepath.Join(torture, "requests"))
	if err != nil {
		t.Fatal(err)
	}
	reqFiles, _ := filepath.Glob(filepath.Join(requests, "*.json"))
	sent := map[string]bool{}
	for _, f := range reqFiles {
		s, _, _ := strings.Cut(filepath.Base(f), ".")
		schemas[s], sent[s] = true, true
	}
	var names []string
	for s := range schemas {
		names = append(names, s)
	}
	sort.Strings(names)
	var reg strings.Builder
	reg.WriteString("\nconst CASES = " + strconv.Quote(cases) + "\n\nvar types = map[string]func() any{\n")
	for _, s := range names {
		reg.WriteString("\t" + strconv.Quote(s) + ": func() any { return new(" + exported(s) + ") },\n")
	}
	reg.WriteString("}\n\nconst REQUESTS = " + strconv.Quote(requests) + "\n\nvar sent = map[string]func(any) any{\n")
	for _, s := range names {
		if sent[s] {
			reg.WriteString("\t" + strconv.Quote(s) + ": func(v any) any { return v.(*" + exported(s) + ").WithoutReadOnly() },\n")
		}
	}
	reg.WriteString("}\n\nvar variants = map[string]string{\n")
	variants := tortureVariants(t, spec)
	var vnames []string
	for k := range variants {
		vnames = append(vnames, k)
	}
	sort.Strings(vnames)
	for _, k := range vnames {
		reg.WriteString("\t" + strconv.Quote(k) + ": " + strconv.Quote(variants[k]) + ",\n")
	}
	reg.WriteString("}\n")
	dir := t.TempDir()
	if wire {
		avatar, err := json.Marshal(map[string]any{"upload_id": "up_1", "token": "tok", "size": json.Number("9007199254740993"), "taken_at": "2026-01-02T03:04:05.123456789Z", "image": ""})
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&reg, "\nconst WIRE_AVATAR = %q\n\nconst WIRE_COOKIE = %q\n\nconst WIRE_PREFERENCES = %q\n\nconst WIRE_PREFERENCES_JSON = %q\n\nconst WIRE_DEEP_PREFERENCES = %q\n\nconst WEBHOOK_CASES = %q\n",
			avatar, wireCookie, wirePreferencesForm.Encode(), wirePreferencesJSON, wireDeepPreferencesForm.Encode(), webhookCasesFile(t, dir))
	}
	res := genGoClient(t, filepath.Join(torture, "openapi.yaml"), "example.test/torture")
	files2 := append(res.Files, File{Name: "roundtrip_test.go", Data: []byte(roundTripTest + reg.String())})
	// -run matches nothing silently: each test must be seen passing.
	tests := []string{"TestRoundTrip"}
	if wire {
		files2 = append(files2, File{Name: "torture_test.go", Data: []byte(tortureWireTest)}, File{Name: "wire_test.go", Data: []byte(goWireTest)})
		tests = append(tests, "TestRequestBodies", "TestPutLedgerSends", "TestCreateAccountSendsForm", "TestConstFilled", "TestPutAvatarSendsMultipart",
			"TestSetPreferencesSendsForm", "TestExportAccountStreams", "TestCallTimeoutEndsAHangingCall", "TestCredentialsOnlyWhereRequired",
			"TestOAuthRefreshesOnce", "TestWebhookSignatures")
	}
	writeFiles(t, dir, files2)
	cmd := exec.Command("go", "test", "-count=1", "-v", "-run", "^("+strings.Join(tests, "|")+")$", ".")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=", "GOWORK=off")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("round trip in the generated Go package: %v\n%s", err, out)
	}
	for _, name := range tests {
		if !strings.Contains(string(out), "--- PASS: "+name+" ") {
			t.Errorf("%s did not run in the generated Go package", name)
		}
	}
}
