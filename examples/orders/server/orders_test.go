package server_test

import (
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/sequere/sequere/examples/orders/store/storetest"
)

func TestOrderLifecycle(t *testing.T) {
	each(t, func(t *testing.T, b storetest.Backend) {
		e := newEnv(t, b)
		ada, admin := e.bearer(e.seed.Ada), e.bearer(e.seed.Admin)

		r := e.call("POST", "/v2/orders", newOrderBody, "auth", ada, "Idempotency-Key", "lifecycle-0001")
		if r.code != 201 || r.header.Get("ETag") != `"v1"` || !strings.HasPrefix(r.header.Get("Location"), "/v2/orders/ord_") {
			t.Fatalf("create: %d %v %s", r.code, r.header, r.body)
		}
		created := r.json(t)
		if created["status"] != "pending" || created["total"].(map[string]any)["amount"] != 2500.0 || created["shipping_address"] != nil {
			t.Fatalf("created %v", created)
		}
		path := r.header.Get("Location")

		r = e.call("GET", path, "", "auth", ada)
		if r.code != 200 || r.header.Get("ETag") != `"v1"` || r.header.Get("Cache-Control") != "private, no-cache" {
			t.Fatalf("get: %d %v", r.code, r.header)
		}
		if links := r.json(t)["_links"].(map[string]any); links["pay"] == nil || links["fulfil"] != nil {
			t.Fatalf("links of a pending order: %v", links)
		}
		if r = e.call("GET", path, "", "auth", ada, "If-None-Match", `"v1"`); r.code != 304 || len(r.body) != 0 {
			t.Fatalf("If-None-Match: %d %q", r.code, r.body)
		}

		patch := `{"note":null,"shipping_address":{"name":"Ada","line1":"12 St James's Square","city":"London","postal_code":"SW1Y 4JH","country":"GB"}}`
		r = e.call("PATCH", path, patch, "auth", ada, "If-Match", `"v1"`, "Content-Type", "application/merge-patch+json")
		if r.code != 200 || r.header.Get("ETag") != `"v2"` {
			t.Fatalf("patch: %d %s", r.code, r.body)
		}
		if got := r.json(t); got["note"] != nil || got["shipping_address"].(map[string]any)["city"] != "London" {
			t.Fatalf("patched %v", got)
		}
		// The spec types shipping_address as a whole Address: a partial one is a 400,
		// a whole one replaces it, and absent members are left alone.
		wantProblem(t, e.call("PATCH", path, `{"shipping_address":{"city":"Paris"}}`, "auth", ada, "If-Match", `"v2"`, "Content-Type", "application/merge-patch+json"), 400, "validation")
		r = e.call("PATCH", path, `{"shipping_address":{"name":"Ada","line1":"1 Rue de Rivoli","city":"Paris","postal_code":"75001","country":"FR"}}`,
			"auth", ada, "If-Match", `"v2"`, "Content-Type", "application/merge-patch+json")
		if got := r.json(t); r.code != 200 || got["shipping_address"].(map[string]any)["city"] != "Paris" || got["note"] != nil || len(got["items"].([]any)) != 1 {
			t.Fatalf("replace address: %d %s", r.code, r.body)
		}
		r = e.call("PATCH", path, `{"note":"x"}`, "auth", ada, "If-Match", `"v1"`, "Content-Type", "application/merge-patch+json")
		if wantProblem(t, r, 412, "precondition-failed"); r.header.Get("ETag") != `"v3"` {
			t.Fatalf("412 should carry the current ETag, got %q", r.header.Get("ETag"))
		}
		wantProblem(t, e.call("PATCH", path, `{"note":"x"}`, "auth", ada, "Content-Type", "application/merge-patch+json"), 428, "precondition-required")
		wantProblem(t, e.call("PATCH", path, `{"status":"paid"}`, "auth", ada, "If-Match", `"v3"`, "Content-Type", "application/merge-patch+json"), 400, "validation")
		wantProblem(t, e.call("PATCH", path, `{"items":[{"sku":"A","quantity":1,"unit_price":{"amount":1,"currency":"EUR"}},{"sku":"B","quantity":1,"unit_price":{"amount":1,"currency":"USD"}}]}`,
			"auth", ada, "If-Match", `"v3"`, "Content-Type", "application/merge-patch+json"), 422, "unprocessable")

		wantProblem(t, e.call("POST", path+"/pay", `{"method":"card"}`, "auth", ada), 400, "validation")
		r = e.call("POST", path+"/pay", `{"method":"card","card_token":"tok_4eC39HqLyjWDarjtT1zdp7dc"}`, "auth", ada)
		if got := r.json(t); r.code != 200 || got["status"] != "paid" || got["paid_at"] == nil {
			t.Fatalf("pay: %d %s", r.code, r.body)
		}
		wantProblem(t, e.call("POST", path+"/pay", `{"method":"invoice","purchase_order":"PO-1"}`, "auth", ada), 409, "invalid-transition")
		wantProblem(t, e.call("PATCH", path, `{"items":[{"sku":"A","quantity":1,"unit_price":{"amount":1,"currency":"EUR"}}]}`,
			"auth", ada, "If-Match", `"v4"`, "Content-Type", "application/merge-patch+json"), 409, "invalid-transition")
		wantProblem(t, e.call("POST", path+"/fulfil", "", "auth", ada), 403, "forbidden")
		if r = e.call("POST", path+"/fulfil", "", "auth", admin); r.code != 200 || r.json(t)["status"] != "fulfilled" {
			t.Fatalf("fulfil: %d %s", r.code, r.body)
		}
		wantProblem(t, e.call("POST", path+"/cancel", "", "auth", ada), 409, "invalid-transition")

		// Cancel another order, with and without a reason.
		other := e.call("GET", "/v2/orders/"+e.seed.Orders[0], "", "auth", ada)
		if other.code != 200 {
			t.Fatal(other.code)
		}
		r = e.call("POST", "/v2/orders/"+e.seed.Orders[0]+"/cancel", `{"reason":"out_of_stock"}`, "auth", ada)
		if got := r.json(t); r.code != 200 || got["cancellation_reason"] != "out_of_stock" || got["cancelled_at"] == nil {
			t.Fatalf("cancel: %d %s", r.code, r.body)
		}
	})
}

func TestCreateOrderValidation(t *testing.T) {
	each(t, func(t *testing.T, b storetest.Backend) {
		e := newEnv(t, b)
		ada := e.bearer(e.seed.Ada)
		wantProblem(t, e.call("POST", "/v2/orders", newOrderBody, "auth", ada), 400, "validation")
		p := wantProblem(t, e.call("POST", "/v2/orders", `{"items":[{"sku":"bad sku","quantity":0,"unit_price":{"amount":1,"currency":"EUR"}}]}`,
			"auth", ada, "Idempotency-Key", "validation-01"), 400, "validation")
		if errs := p["errors"].([]any); len(errs) != 2 || errs[0].(map[string]any)["pointer"] != "/items/0/quantity" || errs[1].(map[string]any)["pointer"] != "/items/0/sku" {
			t.Fatalf("field errors %v", errs)
		}
		wantProblem(t, e.call("POST", "/v2/orders", `{"items":[],"extra":1}`, "auth", ada, "Idempotency-Key", "validation-02"), 400, "validation")
		wantProblem(t, e.call("POST", "/v2/orders", `{`, "auth", ada, "Idempotency-Key", "validation-03"), 400, "validation")
		wantProblem(t, e.call("GET", "/v2/orders/nope", "", "auth", ada), 400, "validation")
		wantProblem(t, e.call("GET", "/v2/orders/ord_aaaaaaaaaaaaaaaa", "", "auth", ada), 404, "not-found")
		wantProblem(t, e.call("GET", "/v2/nothing-here", "", "auth", ada), 404, "not-found")
		wantProblem(t, e.call("POST", "/v2/orders", newOrderBody, "Idempotency-Key", "validation-04"), 401, "unauthorized")
		wantProblem(t, e.call("POST", "/v2/orders", newOrderBody, "auth", "Key "+e.seed.Admin.APIKey+"x", "Idempotency-Key", "validation-05"), 401, "unauthorized")
	})
}

func TestIdempotencyKey(t *testing.T) {
	each(t, func(t *testing.T, b storetest.Backend) {
		e := newEnv(t, b)
		ada := e.bearer(e.seed.Ada)
		first := e.call("POST", "/v2/orders", newOrderBody, "auth", ada, "Idempotency-Key", "replay-000001")
		// The same body, formatted differently, is the same request.
		again := e.call("POST", "/v2/orders", strings.ReplaceAll(newOrderBody, ",", ", "), "auth", ada, "Idempotency-Key", "replay-000001")
		if first.code != 201 || again.code != 201 || string(first.body) != string(again.body) || again.header.Get("Location") != first.header.Get("Location") {
			t.Fatalf("replay differs:\n%d %s\n%d %s", first.code, first.body, again.code, again.body)
		}
		wantProblem(t, e.call("POST", "/v2/orders", strings.Replace(newOrderBody, `"quantity":2`, `"quantity":3`, 1),
			"auth", ada, "Idempotency-Key", "replay-000001"), 422, "idempotency-key-reused")

		// 20 concurrent requests with one fresh key create exactly one order.
		bob := e.bearer(e.seed.Bob)
		var wg sync.WaitGroup
		bodies := make([]string, 20)
		for i := range bodies {
			wg.Go(func() {
				r := e.call("POST", "/v2/orders", newOrderBody, "auth", bob, "Idempotency-Key", "concurrent-1")
				bodies[i] = fmt.Sprint(r.code, " ", string(r.body))
			})
		}
		wg.Wait()
		for _, got := range bodies {
			if got != bodies[0] || !strings.HasPrefix(got, "201 ") {
				t.Fatalf("responses differ:\n%s\n%s", bodies[0], got)
			}
		}
		list := e.call("GET", "/v2/users/"+e.seed.Bob.UserID+"/orders", "", "auth", bob).json(t)
		if n := len(list["data"].([]any)); n != 1 {
			t.Fatalf("Bob has %d orders after 20 concurrent POSTs with one key, want 1", n)
		}
	})
}
