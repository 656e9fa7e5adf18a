package orders_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sequere/sequere/examples/orders/webhooks"
	"github.com/sequere/sequere/internal/sdkgen"
	"github.com/sequere/sequere/internal/sdkgen/sdktest"
	"github.com/sequere/sequere/internal/spec"
)

func sdkTool(t *testing.T, env string) []string { return sdktest.Toolchain(t, env, env) }

// TestGeneratedTypeScriptAndPythonClientsEndToEnd drives the orders API on
// loopback with the generated TypeScript and Python SDKs, behind the same
// fault-injecting proxy as the Go client's test (503 then 429 on the first
// create, an unusable first token). The scenario scripts are testdata/e2e.
func TestGeneratedTypeScriptAndPythonClientsEndToEnd(t *testing.T) {
	for _, lang := range []string{"typescript", "python"} {
		t.Run(lang, func(t *testing.T) {
			var tools [][]string
			if lang == "typescript" {
				tools = [][]string{sdkTool(t, "SEQUERE_TSC"), sdkTool(t, "SEQUERE_NODE")}
			} else {
				tools = [][]string{sdkTool(t, "SEQUERE_PYTHON")}
			}
			t.Parallel()
			dir := t.TempDir()
			generateSDK(t, lang, dir)
			script, _ := filepath.Abs("testdata/e2e/e2e.mjs")
			if lang == "typescript" {
				run(t, dir, nil, append(tools[0], "-p", "tsconfig.json")...)
			} else {
				script, _ = filepath.Abs("testdata/e2e/e2e.py")
			}
			if lang == "typescript" {
				data, err := os.ReadFile(script)
				if err != nil {
					t.Fatal(err)
				}
				script = filepath.Join(dir, "e2e.mjs")
				if err := os.WriteFile(script, data, 0o644); err != nil {
					t.Fatal(err)
				}
			}

			front, f, seed := startOrdersBehindFaults(t)

			eventOrder := seed.Orders[0]
			payload, _ := json.Marshal(map[string]any{"id": "evt_1", "type": "order.created", "created_at": "2026-12-03T07:00:00Z",
				"data": map[string]any{"order": map[string]any{"id": eventOrder, "user_id": seed.Ada.UserID, "status": "pending",
					"items": []any{map[string]any{"sku": "SKU-1", "quantity": 1, "unit_price": map[string]any{"amount": 1, "currency": "EUR"}}},
					"total": map[string]any{"amount": 1, "currency": "EUR"}, "created_at": "2026-12-03T07:00:00Z", "updated_at": "2026-12-03T07:00:00Z",
					"note": nil, "shipping_address": nil, "paid_at": nil, "fulfilled_at": nil, "cancelled_at": nil, "cancellation_reason": nil,
					"_links": map[string]any{"self": map[string]any{"href": "/v2/orders/" + eventOrder}, "user": map[string]any{"href": "/v2/users/" + seed.Ada.UserID}}}}})
			env := []string{
				"BASE_URL=" + front.URL, "CLIENT_ID=" + seed.Ada.ClientID, "CLIENT_SECRET=" + seed.Ada.Secret,
				"USER_ID=" + seed.Ada.UserID, "ORDER_ID=" + seed.Orders[0], "WANT_ORDERS=" + fmt.Sprint(len(seed.Orders)+12),
				"WEBHOOK_PAYLOAD=" + string(payload), "WEBHOOK_SIGNATURE=" + webhooks.Sign("whsec_test", time.Now(), payload),
				"EVENT_ORDER_ID=" + eventOrder, "PYTHONPATH=" + dir,
			}
			run(t, dir, env, append(tools[len(tools)-1], script)...)

			f.mu.Lock()
			defer f.mu.Unlock()
			if f.tokens != 2 || f.failedCalls != 1 {
				t.Errorf("token fetches %d, 401s %d: want 2 fetches (the unusable token, then a fresh one, then reused) and one 401", f.tokens, f.failedCalls)
			}
			if f.creates != 3 || f.keys[0] == "" || f.keys[0] != f.keys[1] || f.keys[1] != f.keys[2] {
				t.Errorf("want 3 attempts at the injected create with one idempotency key, got %d: %q", f.creates, f.keys)
			}
		})
	}
}

func generateSDK(t *testing.T, lang, dir string) {
	t.Helper()
	doc, err := spec.Load(context.Background(), "openapi.yaml", spec.Options{})
	if err != nil {
		t.Fatal(err)
	}
	res, err := sdkgen.Client(doc, lang, sdkgen.ClientOptions{Package: "orders_client"})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range res.Files {
		path := filepath.Join(dir, filepath.FromSlash(f.Name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func run(t *testing.T, dir string, env []string, argv ...string) {
	t.Helper()
	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%s: %v\n%s", strings.Join(argv, " "), err, out)
	}
	t.Logf("%s: %s", filepath.Base(argv[len(argv)-1]), strings.TrimSpace(string(out)))
}
