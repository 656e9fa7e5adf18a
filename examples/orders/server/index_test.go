package server_test

import (
	"context"
	"net/http/httptest"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sequere/sequere/examples/orders/store/storetest"
	"github.com/sequere/sequere/examples/orders/webhooks"
)

// TestEveryQueryHasAnIndex drives every operation, the webhook dispatcher and the key
// purge, records each SQL statement the store runs, and asks SQLite how it would run
// it: a full table scan or a sort without an index fails the test.
func TestEveryQueryHasAnIndex(t *testing.T) {
	e := newEnv(t, storetest.Backends(t)[0])
	var mu sync.Mutex
	seen := map[string]bool{}
	e.store.Trace(func(q string) { mu.Lock(); seen[q] = true; mu.Unlock() })

	ada, admin := e.bearer(e.seed.Ada), e.bearer(e.seed.Admin)
	rcv := &recorder{}
	hook := httptest.NewTLSServer(rcv)
	defer hook.Close()
	hookPath := e.call("POST", "/v2/webhook-endpoints", `{"url":"`+hook.URL+`","events":["order.created","order.paid"]}`, "auth", admin).header.Get("Location")
	order := e.call("POST", "/v2/orders", newOrderBody, "auth", ada, "Idempotency-Key", "index-0001").header.Get("Location")
	e.call("POST", "/v2/orders", newOrderBody, "auth", ada, "Idempotency-Key", "index-0001")
	e.call("GET", order, "", "auth", "Key "+e.seed.Ada.APIKey)
	e.call("PATCH", order, `{"note":"x"}`, "auth", ada, "If-Match", `"v1"`, "Content-Type", "application/merge-patch+json")
	e.call("POST", order+"/pay", `{"method":"invoice","purchase_order":"PO-9"}`, "auth", ada)
	e.call("POST", order+"/fulfil", "", "auth", admin)
	e.call("POST", "/v2/orders/"+e.seed.Orders[0]+"/cancel", "", "auth", ada)
	user := "/v2/users/" + e.seed.Ada.UserID
	e.call("GET", user, "", "auth", ada)
	next := e.call("GET", user+"/orders?limit=1", "", "auth", ada).json(t)["_links"].(map[string]any)["next"].(map[string]any)["href"].(string)
	e.call("GET", next, "", "auth", ada)
	e.call("GET", user+"/orders?status=paid&limit=1", "", "auth", ada)
	e.call("GET", "/v1/users/"+e.seed.Ada.UserID+"/orders", "", "auth", ada)
	e.call("GET", "/v1/orders/"+e.seed.Orders[1], "", "auth", ada)
	e.call("DELETE", user, "", "auth", admin) // refused: open orders
	carol := e.call("POST", "/v2/users", `{"email":"carol@example.com","name":"Carol"}`, "auth", admin).header.Get("Location")
	e.call("POST", "/v2/users", `{"email":"carol@example.com","name":"Carol"}`, "auth", admin)
	e.call("DELETE", carol, "", "auth", admin)
	e.call("GET", "/v2/webhook-endpoints?limit=1", "", "auth", admin)
	e.call("GET", hookPath, "", "auth", admin)
	d := &webhooks.Dispatcher{Store: e.store, Client: hook.Client()}
	d.RunOnce(context.Background())
	deliveries := e.call("GET", hookPath+"/deliveries?limit=1", "", "auth", admin).json(t)
	e.call("GET", deliveries["_links"].(map[string]any)["next"].(map[string]any)["href"].(string), "", "auth", admin)
	replay := deliveries["data"].([]any)[0].(map[string]any)["_links"].(map[string]any)["replay"].(map[string]any)["href"].(string)
	e.call("POST", replay, "", "auth", admin)
	e.store.Attempts(context.Background(), strings.Split(replay, "/")[5])
	e.store.PurgeIdempotency(context.Background(), time.Now())
	e.call("GET", "/readyz", "")
	e.call("DELETE", hookPath, "", "auth", admin)

	// A bare SCAN reads the whole table; "SCAN t USING (COVERING) INDEX" walks an index
	// in order and is how an unfiltered, ordered page is read.
	fullScan := regexp.MustCompile(`^SCAN \w+$`)
	var queries []string
	for q := range seen {
		queries = append(queries, q)
	}
	slices.Sort(queries)
	checked := 0
	for _, q := range queries {
		if !regexp.MustCompile(`^\s*(SELECT|UPDATE|DELETE)`).MatchString(q) {
			continue
		}
		plan, err := e.store.Plan(context.Background(), q)
		if err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		checked++
		for _, step := range plan {
			if fullScan.MatchString(step) || strings.Contains(step, "TEMP B-TREE") {
				t.Errorf("no index for\n  %s\nplan: %s", q, strings.Join(plan, "; "))
			}
		}
	}
	if checked < 20 {
		t.Fatalf("only %d queries were checked: %v", checked, queries)
	}
	t.Logf("%d queries checked", checked)
}
