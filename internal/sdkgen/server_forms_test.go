package sdkgen

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestGoServerReadsClientForms drives the generated Go client against the
// generated Go server of the torture description: the form body the clients
// send (objects and array items that are objects as JSON text, arrays as
// repeated fields, null and empty arrays left out) must decode to the typed
// value sent, and a member that is not what the clients send is a 400 that
// names it.
func TestGoServerReadsClientForms(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go test on generated packages")
	}
	t.Parallel()
	root, err := os.MkdirTemp(".", "_forms_")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(root) })
	torture := filepath.Join(repo, "testdata/sdkgen/torture/openapi.yaml")
	writeFiles(t, filepath.Join(root, "server"), generate(t, torture, "server").Files)
	var client []File
	for _, f := range genGoClient(t, torture, "example.test/unused").Files {
		// The client joins this module, so it keeps no module of its own.
		if strings.HasSuffix(f.Name, ".go") && !strings.HasSuffix(f.Name, "_test.go") {
			client = append(client, f)
		}
	}
	writeFiles(t, filepath.Join(root, "client"), client)
	importRoot := "github.com/sequere/sequere/internal/sdkgen/" + filepath.Base(root) + "/"
	check := strings.ReplaceAll(serverFormsTest, `"generated/`, `"`+importRoot)
	check += fmt.Sprintf("\nconst wirePreferencesForm = %q\n\nconst wirePreferencesJSON = %q\n", wirePreferencesForm.Encode(), wirePreferencesJSON)
	writeFiles(t, filepath.Join(root, "check"), []File{{Name: "forms_test.go", Data: []byte(check)}})

	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "go", "test", "-count=1", "-v", "-run", "^TestFormsRoundTrip$", "./"+filepath.Join(filepath.Base(root), "check"))
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("generated client against generated server: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), "--- PASS: TestFormsRoundTrip ") {
		t.Errorf("TestFormsRoundTrip did not run:\n%s", out)
	}
}

const serverFormsTest = `package check

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	client "generated/client"
	"generated/server"
)

type preferencesServer struct {
	server.Unimplemented
	got chan server.Preferences
}

func (s *preferencesServer) SetPreferences(_ context.Context, req server.SetPreferencesRequest) (server.SetPreferencesResponse, error) {
	s.got <- req.Body
	return server.SetPreferences204Response{}, nil
}

// decoded is the wire value, as JSON, of what the Go client sends.
const decoded = ` + "`" + `{"tags":["a","b"],"limits":[9007199254740993,-1],"address":{"city":"Oslo","zip":"0150"},"contacts":[{"name":"Ann"},{"name":"Bo"}],"note":null}` + "`" + `

func TestFormsRoundTrip(t *testing.T) {
	impl := &preferencesServer{got: make(chan server.Preferences, 1)}
	srv := httptest.NewServer(server.NewHandler(impl, server.Options{}))
	defer srv.Close()
	received := func(t *testing.T) string {
		t.Helper()
		select {
		case p := <-impl.got:
			b, err := json.Marshal(p)
			if err != nil {
				t.Fatal(err)
			}
			return string(b)
		default:
			return "(nothing reached the handler)"
		}
	}

	t.Run("the Go client", func(t *testing.T) {
		var p client.Preferences
		if err := json.Unmarshal([]byte(wirePreferencesJSON), &p); err != nil {
			t.Fatal(err)
		}
		if _, err := client.New(client.WithBaseURL(srv.URL)).SetPreferences(context.Background(), &client.SetPreferencesRequest{Body: p}); err != nil {
			t.Fatal(err)
		}
		if got := received(t); got != decoded {
			t.Errorf("decoded %s\nwant    %s", got, decoded)
		}
	})

	for _, c := range []struct {
		name, body string
		status     int
		want       string // the decoded body, or text the 400 problem holds
	}{
		{"the form every SDK sends", wirePreferencesForm, http.StatusNoContent, decoded},
		{"a required array left out is empty, a required nullable member null", "address=%7B%7D", http.StatusNoContent, ` + "`" + `{"tags":[],"address":{},"note":null}` + "`" + `},
		{"an object member that is not JSON", "tags=a&address=Oslo", http.StatusBadRequest, ` + "`" + `"pointer":"/address","detail":"must be JSON text"` + "`" + `},
		{"an object array item that is not JSON", "address=%7B%7D&contacts=Ann", http.StatusBadRequest, ` + "`" + `"pointer":"/contacts","detail":"must be JSON text"` + "`" + `},
		{"an object member that is JSON of another type", "address=%5B%5D", http.StatusBadRequest, ` + "`" + `"pointer":"/address","detail":"got array, want object"` + "`" + `},
	} {
		t.Run(c.name, func(t *testing.T) {
			resp, err := http.Post(srv.URL+"/preferences", "application/x-www-form-urlencoded", strings.NewReader(c.body))
			if err != nil {
				t.Fatal(err)
			}
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != c.status {
				t.Fatalf("status %d, want %d: %s", resp.StatusCode, c.status, b)
			}
			if c.status != http.StatusNoContent {
				if !strings.Contains(string(b), c.want) {
					t.Errorf("problem %s does not hold %s", b, c.want)
				}
				return
			}
			if got := received(t); got != c.want {
				t.Errorf("decoded %s\nwant    %s", got, c.want)
			}
		})
	}
}
`

// TestFormKinds pins how the server reads each form member's text, one rule
// per shape of schema: what the clients send as text is read as its scalar,
// what they send as JSON text is parsed, and a required member they cannot
// send (an empty array, null) is filled in.
func TestFormKinds(t *testing.T) {
	for _, c := range []struct {
		name, property string
		required       bool
		want           string // kind, then "array" and the absent value when set
	}{
		{"a string", `{type: string}`, false, "string"},
		{"an integer", `{type: integer}`, false, "integer"},
		{"a nullable integer is an integer that may be left out", `{type: [integer, "null"]}`, false, "integer"},
		{"a required nullable member left out is null", `{type: [string, "null"]}`, true, "string absent=null"},
		{"an object", `{type: object, properties: {a: {type: string}}}`, false, "json"},
		{"a referenced object", `{$ref: '#/components/schemas/Obj'}`, false, "json"},
		{"a scalar of several types that cannot be a string", `{type: [integer, boolean]}`, false, "json"},
		{"a type that may be a string is read as one", `{type: [string, object]}`, false, "string"},
		{"an array of strings", `{type: array, items: {type: string}}`, false, "string array"},
		{"a required array left out is empty", `{type: array, items: {type: boolean}}`, true, "boolean array absent=empty"},
		{"an array of objects", `{type: array, items: {$ref: '#/components/schemas/Obj'}}`, false, "json array"},
		{"an array of arrays", `{type: array, items: {type: array, items: {type: integer}}}`, false, "json array"},
	} {
		t.Run(c.name, func(t *testing.T) {
			required := "[]"
			if c.required {
				required = "[p]"
			}
			src := "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n  /f:\n    post:\n      operationId: send\n" +
				"      requestBody:\n        content:\n          application/x-www-form-urlencoded:\n" +
				"            schema: {type: object, required: " + required + ", properties: {p: " + c.property + "}}\n" +
				"      responses: {'204': {description: ok}}\n" +
				"components:\n  schemas:\n    Obj: {type: object, properties: {a: {type: string}}}\n"
			api := buildSource(t, src)
			kinds := api.Operations[0].Body.FormKinds
			if len(kinds) != 1 {
				t.Fatalf("form kinds %v, want one", kinds)
			}
			got := kinds[0].Kind
			if kinds[0].Array {
				got += " array"
			}
			if kinds[0].Absent != "" {
				got += " absent=" + kinds[0].Absent
			}
			if got != c.want {
				t.Errorf("read as %q, want %q", got, c.want)
			}
			if api.NestedForms != (strings.Contains(c.want, "json") || strings.Contains(c.want, "absent")) {
				t.Errorf("NestedForms %v for %q", api.NestedForms, c.want)
			}
		})
	}
}
