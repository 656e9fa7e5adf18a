package docs

import (
	"context"
	"encoding/json"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sequere/sequere/internal/mock"
)

func collectionOf(t *testing.T, path string) (map[string]any, []byte) {
	t.Helper()
	doc := loadCorpus(t, path)
	out, err := Postman(context.Background(), doc, PostmanOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var c map[string]any
	if err := json.Unmarshal(out, &c); err != nil {
		t.Fatalf("collection is not JSON: %v", err)
	}
	return c, out
}

func TestPostmanShape(t *testing.T) {
	c, _ := collectionOf(t, "../../examples/orders/openapi.yaml")
	info := c["info"].(map[string]any)
	if info["schema"] != PostmanSchema {
		t.Errorf("info.schema = %v", info["schema"])
	}
	folders := c["item"].([]any)
	if len(folders) < 2 {
		t.Fatalf("%d folders, want one per tag", len(folders))
	}
	requests := 0
	for _, f := range folders {
		for _, it := range f.(map[string]any)["item"].([]any) {
			requests++
			req := it.(map[string]any)["request"].(map[string]any)
			raw := req["url"].(map[string]any)["raw"].(string)
			if !strings.HasPrefix(raw, "{{baseUrl}}/") {
				t.Errorf("url %q does not start with {{baseUrl}}/", raw)
			}
			if ex, _ := it.(map[string]any)["response"].([]any); len(ex) == 0 {
				t.Errorf("%s: no example response saved with the request", raw)
			}
		}
	}
	if requests < 20 {
		t.Errorf("%d requests, want every operation of the orders API", requests)
	}
	auth, _ := c["auth"].(map[string]any)
	if auth == nil || auth["type"] != "oauth2" {
		t.Errorf("collection auth = %v, want oauth2 from the security schemes", auth)
	}
	vars := map[string]bool{}
	for _, v := range c["variable"].([]any) {
		vars[v.(map[string]any)["key"].(string)] = true
	}
	if !vars["baseUrl"] {
		t.Error("no baseUrl variable")
	}
}

// TestNewman runs the collection with newman against sequere mock: every
// request must pass its status test.
func TestNewman(t *testing.T) {
	newman := needTool(t, "SEQUERE_NEWMAN", "newman")
	for _, tc := range []struct{ name, path string }{
		{"petstore", "../../../shared/corpus/petstore.yaml"},
		{"orders", "../../examples/orders/openapi.yaml"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := loadCorpus(t, tc.path)
			srv, err := mock.New(doc, mock.Options{Now: time.Now})
			if err != nil {
				t.Fatal(err)
			}
			hs := httptest.NewServer(srv)
			defer hs.Close()
			_, out := collectionOf(t, tc.path)
			file := filepath.Join(t.TempDir(), "collection.json")
			if err := os.WriteFile(file, out, 0o644); err != nil {
				t.Fatal(err)
			}
			report := filepath.Join(t.TempDir(), "report.json")
			ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
			defer cancel()
			cmd := exec.CommandContext(ctx, newman, "run", file, "--env-var", "baseUrl="+hs.URL,
				"--reporters", "cli,json", "--reporter-json-export", report, "--timeout-request", "10000", "--disable-unicode", "--color", "off")
			text, err := cmd.CombinedOutput()
			if err != nil {
				t.Fatalf("newman failed: %v\n%s", err, text)
			}
			var r struct {
				Run struct {
					Stats struct {
						Requests   struct{ Total, Failed int }
						Assertions struct{ Total, Failed int }
					}
				}
			}
			b, err := os.ReadFile(report)
			if err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal(b, &r); err != nil {
				t.Fatal(err)
			}
			st := r.Run.Stats
			if st.Requests.Total == 0 || st.Requests.Failed > 0 || st.Assertions.Failed > 0 || st.Assertions.Total < st.Requests.Total {
				t.Fatalf("newman: %+v\n%s", st, text)
			}
			t.Logf("newman: %d requests, %d assertions, none failed", st.Requests.Total, st.Assertions.Total)
		})
	}
}
