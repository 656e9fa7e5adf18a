package server_test

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/rsa"
	"encoding/base64"
	"encoding/json"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"os"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"
	"github.com/pb33f/go-yaml"
	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/sequere/sequere/examples/orders/gen"
	"github.com/sequere/sequere/examples/orders/server"
	"github.com/sequere/sequere/examples/orders/store/storetest"
	"github.com/sequere/sequere/examples/orders/webhooks"
)

func TestMethodNotAllowed(t *testing.T) {
	e := newEnv(t, storetest.Backends(t)[0])
	ada := e.bearer(e.seed.Ada)
	order := "/v2/orders/" + e.seed.Orders[0]
	for _, tt := range []struct{ method, path, allow string }{
		{"PUT", order, "GET, HEAD, PATCH"},
		{"DELETE", order, "GET, HEAD, PATCH"},
		{"GET", "/v2/orders", "POST"},
		{"GET", "/oauth/token", "POST"},
		{"POST", "/v2/users/" + e.seed.Ada.UserID, "GET, HEAD, DELETE"},
		{"OPTIONS", "/healthz", "GET, HEAD"},
	} {
		r := e.call(tt.method, tt.path, "", "auth", ada)
		wantProblem(t, r, 405, "method-not-allowed")
		if got := r.header.Get("Allow"); got != tt.allow {
			t.Errorf("%s %s: Allow %q, want %q", tt.method, tt.path, got, tt.allow)
		}
	}
	if r := e.call("PUT", "/v2/nothing", "", "auth", ada); wantProblem(t, r, 404, "not-found") != nil && r.header.Get("Allow") != "" {
		t.Errorf("a 404 carries Allow %q", r.header.Get("Allow"))
	}
}

func TestCORS(t *testing.T) {
	const app = "https://app.example"
	e := newEnv(t, storetest.Backends(t)[0], withConfig(func(c *server.Config) { c.AllowedOrigins = []string{app, "http://localhost:5173"} }))
	ada := e.bearer(e.seed.Ada)
	order := "/v2/orders/" + e.seed.Orders[0]

	r := e.call("GET", order, "", "auth", ada, "Origin", app)
	exposed := strings.Split(r.header.Get("Access-Control-Expose-Headers"), ", ")
	if r.code != 200 || r.header.Get("Access-Control-Allow-Origin") != app || !slices.Contains(r.header.Values("Vary"), "Origin") {
		t.Fatalf("simple request: %d %v", r.code, r.header)
	}
	for _, h := range []string{"ETag", "Location", "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset", "Retry-After", "Deprecation", "Sunset", "Link"} {
		if !slices.Contains(exposed, h) {
			t.Errorf("%s is not exposed: %v", h, exposed)
		}
	}
	// A browser must be able to read why it was refused.
	if r := e.call("GET", order, "", "Origin", app); r.code != 401 || r.header.Get("Access-Control-Allow-Origin") != app {
		t.Fatalf("401 without CORS headers: %d %v", r.code, r.header)
	}
	if r := e.call("GET", order, "", "auth", ada, "Origin", "https://evil.example"); r.header.Get("Access-Control-Allow-Origin") != "" {
		t.Fatalf("a foreign origin was allowed: %v", r.header)
	}
	if r := e.call("GET", order, "", "auth", ada); r.header.Get("Access-Control-Allow-Origin") != "" {
		t.Fatal("CORS headers without an Origin")
	}

	preflight := func(origin, path, method string) result {
		return e.call("OPTIONS", path, "", "Origin", origin, "Access-Control-Request-Method", method,
			"Access-Control-Request-Headers", "authorization, if-match, content-type")
	}
	r = preflight("http://localhost:5173", order, "PATCH")
	allowHeaders := strings.Split(r.header.Get("Access-Control-Allow-Headers"), ", ")
	if r.code != 204 || r.header.Get("Access-Control-Allow-Origin") != "http://localhost:5173" ||
		r.header.Get("Access-Control-Allow-Methods") != "GET, HEAD, PATCH" || r.header.Get("Access-Control-Max-Age") == "" {
		t.Fatalf("preflight: %d %v", r.code, r.header)
	}
	for _, h := range []string{"Authorization", "X-API-Key", "Content-Type", "If-Match", "If-None-Match", "Idempotency-Key"} {
		if !slices.Contains(allowHeaders, h) {
			t.Errorf("preflight does not allow %s: %v", h, allowHeaders)
		}
	}
	if r := preflight(app, "/v2/orders", "POST"); r.code != 204 || r.header.Get("Access-Control-Allow-Methods") != "POST" {
		t.Fatalf("preflight POST /v2/orders: %d %v", r.code, r.header)
	}
	wantProblem(t, preflight("https://evil.example", order, "PATCH"), 403, "forbidden")
	if r := preflight(app, order, "PUT"); wantProblem(t, r, 405, "method-not-allowed") != nil && r.header.Get("Allow") != "GET, HEAD, PATCH" {
		t.Fatalf("preflight of a wrong method: Allow %q", r.header.Get("Allow"))
	}
	wantProblem(t, preflight(app, "/v2/nothing", "GET"), 404, "not-found")

	// "*" allows any origin, without echoing it.
	open := newEnv(t, storetest.Backends(t)[0], withConfig(func(c *server.Config) { c.AllowedOrigins = []string{"*"} }))
	if r := open.call("GET", "/healthz", "", "Origin", "https://anyone.example"); r.header.Get("Access-Control-Allow-Origin") != "*" {
		t.Fatalf("wildcard: %v", r.header)
	}
}

func TestJWKSAndKeyRotation(t *testing.T) {
	e := newEnv(t, storetest.Backends(t)[0])
	var mu sync.Mutex
	now := time.Now()
	e.issuer.Now = func() time.Time { mu.Lock(); defer mu.Unlock(); return now }
	jwks := func() map[string]*rsa.PublicKey {
		t.Helper()
		r := e.call("GET", "/.well-known/jwks.json", "")
		if r.code != 200 || !strings.Contains(r.header.Get("Cache-Control"), "max-age") {
			t.Fatalf("jwks: %d %v %s", r.code, r.header, r.body)
		}
		var set struct {
			Keys []struct{ Kty, Use, Alg, Kid, N, E string }
		}
		if err := json.Unmarshal(r.body, &set); err != nil {
			t.Fatal(err)
		}
		keys := map[string]*rsa.PublicKey{}
		for _, k := range set.Keys {
			n, err1 := base64.RawURLEncoding.DecodeString(k.N)
			ex, err2 := base64.RawURLEncoding.DecodeString(k.E)
			if k.Kty != "RSA" || k.Use != "sig" || k.Alg != "RS256" || err1 != nil || err2 != nil {
				t.Fatalf("JWK %+v", k)
			}
			keys[k.Kid] = &rsa.PublicKey{N: new(big.Int).SetBytes(n), E: int(new(big.Int).SetBytes(ex).Int64())}
		}
		return keys
	}
	// A client verifies our tokens with nothing but the published set.
	verifies := func(keys map[string]*rsa.PublicKey, bearer string) string {
		t.Helper()
		tok, err := jwt.Parse(strings.TrimPrefix(bearer, "Bearer "), func(tok *jwt.Token) (any, error) {
			return keys[tok.Header["kid"].(string)], nil
		}, jwt.WithValidMethods([]string{"RS256"}))
		if err != nil {
			t.Fatalf("a token does not verify with the published keys: %v", err)
		}
		return tok.Header["kid"].(string)
	}
	before := jwks()
	old := e.bearer(e.seed.Ada)
	oldKid := verifies(before, old)
	if len(before) != 1 || oldKid != e.issuer.KeyID {
		t.Fatalf("keys %v, token kid %s", before, oldKid)
	}

	next, _ := rsa.GenerateKey(rand.Reader, 2048)
	e.issuer.Rotate(next, 10*time.Minute)
	during := jwks()
	delete(e.tokens, e.seed.Ada.ClientID)
	fresh := e.bearer(e.seed.Ada)
	if len(during) != 2 || during[oldKid] == nil || verifies(during, fresh) == oldKid || verifies(during, old) != oldKid {
		t.Fatalf("during the overlap the set has %d keys", len(during))
	}
	order := "/v2/orders/" + e.seed.Orders[0]
	for name, tok := range map[string]string{"old key": old, "new key": fresh} {
		if r := e.call("GET", order, "", "auth", tok); r.code != 200 {
			t.Fatalf("%s refused during the overlap: %d %s", name, r.code, r.body)
		}
	}
	// Once the overlap is over the old key is gone, though its token has not expired.
	mu.Lock()
	now = now.Add(11 * time.Minute)
	mu.Unlock()
	wantProblem(t, e.call("GET", order, "", "auth", old), 401, "unauthorized")
	if r := e.call("GET", order, "", "auth", fresh); r.code != 200 {
		t.Fatalf("new key after the overlap: %d", r.code)
	}
	if keys := jwks(); len(keys) != 1 || keys[oldKid] != nil {
		t.Fatalf("after the overlap the set has %d keys", len(keys))
	}
}

// Every operation's responses, success and error alike, say how to cache them and
// how much of the rate limit is left (the probes and preflights excepted, as the
// spec says).
func TestHeadersOnEveryResponse(t *testing.T) {
	e := newEnv(t, storetest.Backends(t)[0])
	ada, admin := e.bearer(e.seed.Ada), e.bearer(e.seed.Admin)
	order := "/v2/orders/" + e.seed.Orders[0]
	user := "/v2/users/" + e.seed.Ada.UserID
	created := e.call("POST", "/v2/webhook-endpoints", `{"url":"https://hooks.example/x","events":["order.paid"]}`, "auth", admin)
	hook := created.header.Get("Location")
	newUser := e.call("POST", "/v2/users", `{"email":"dora@example.com","name":"Dora"}`, "auth", admin).header.Get("Location")
	covered := map[string]bool{"createWebhookEndpoint": true, "createUser": true}
	checks := []struct {
		op, method, path, body string
		headers                []string
	}{
		{"createToken", "POST", "/oauth/token", "grant_type=client_credentials&client_id=" + e.seed.Ada.ClientID + "&client_secret=" + e.seed.Ada.Secret,
			[]string{"Content-Type", "application/x-www-form-urlencoded"}},
		{"createToken", "POST", "/oauth/token", "grant_type=client_credentials", []string{"Content-Type", "application/x-www-form-urlencoded"}},
		{"getJwks", "GET", "/.well-known/jwks.json", "", nil},
		{"getHealth", "GET", "/healthz", "", nil},
		{"getReadiness", "GET", "/readyz", "", nil},
		{"getMetrics", "GET", "/metrics", "", []string{"auth", "Key " + e.seed.Admin.APIKey}},
		{"getUser", "GET", user, "", []string{"auth", ada}},
		{"listUserOrders", "GET", user + "/orders", "", []string{"auth", ada}},
		{"listUserOrdersV1", "GET", "/v1/users/" + e.seed.Ada.UserID + "/orders", "", []string{"auth", ada}},
		{"getOrder", "GET", order, "", []string{"auth", ada}},
		{"getOrder", "GET", order, "", []string{"auth", ada, "If-None-Match", `"v1"`}},
		{"getOrderV1", "GET", "/v1/orders/" + e.seed.Orders[0], "", []string{"auth", ada}},
		{"createOrder", "POST", "/v2/orders", newOrderBody, []string{"auth", ada, "Idempotency-Key", "cache-control-1"}},
		{"createOrder", "POST", "/v2/orders", newOrderBody, []string{"auth", ada, "Idempotency-Key", "cache-control-2", "Content-Type", "text/plain"}},
		{"updateOrder", "PATCH", order, `{"note":"x"}`, []string{"auth", ada, "If-Match", `"v1"`, "Content-Type", "application/merge-patch+json"}},
		{"updateOrder", "PATCH", order, `{"note":"x"}`, []string{"auth", ada, "Content-Type", "application/merge-patch+json"}},
		{"payOrder", "POST", order + "/pay", `{"method":"invoice","purchase_order":"PO-7"}`, []string{"auth", ada}},
		{"fulfilOrder", "POST", order + "/fulfil", "", []string{"auth", admin}},
		{"cancelOrder", "POST", "/v2/orders/" + e.seed.Orders[1] + "/cancel", "", []string{"auth", ada}},
		{"listWebhookEndpoints", "GET", "/v2/webhook-endpoints", "", []string{"auth", admin}},
		{"getWebhookEndpoint", "GET", hook, "", []string{"auth", admin}},
		{"listWebhookDeliveries", "GET", hook + "/deliveries", "", []string{"auth", admin}},
		{"replayWebhookDelivery", "POST", hook + "/deliveries/dlv_aaaaaaaaaaaaaaaa/replay", "", []string{"auth", admin}},
		{"deleteWebhookEndpoint", "DELETE", hook, "", []string{"auth", admin}},
		{"deleteUser", "DELETE", newUser, "", []string{"auth", admin}},
		{"", "PUT", order, "", []string{"auth", ada}},
		{"", "GET", "/v2/nothing", "", nil},
		{"", "OPTIONS", order, "", []string{"Origin", "https://app.example", "Access-Control-Request-Method", "GET"}},
	}
	for _, c := range checks {
		r := e.call(c.method, c.path, c.body, c.headers...)
		if r.header.Get("Cache-Control") == "" {
			t.Errorf("%s %s answered %d without Cache-Control", c.method, c.path, r.code)
		}
		exempt := c.path == "/healthz" || c.path == "/readyz" || c.method == "OPTIONS"
		if !exempt && (r.header.Get("RateLimit-Limit") == "" || r.header.Get("RateLimit-Remaining") == "" || r.header.Get("RateLimit-Reset") == "") {
			t.Errorf("%s %s answered %d without RateLimit headers", c.method, c.path, r.code)
		}
		covered[c.op] = true
	}
	for _, op := range gen.Operations {
		if !covered[op.ID] {
			t.Errorf("operation %s is not checked", op.ID)
		}
	}
}

// delivery is one webhook request as a receiver saw it.
type delivery struct {
	header http.Header
	body   []byte
}

type recorder struct {
	mu  sync.Mutex
	got []delivery
}

func (rc *recorder) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	b, _ := io.ReadAll(r.Body)
	rc.mu.Lock()
	rc.got = append(rc.got, delivery{r.Header.Clone(), b})
	rc.mu.Unlock()
	w.WriteHeader(http.StatusNoContent)
}

// TestWebhookPayloadsMatchSpec checks each event a receiver gets against what the
// spec's top-level webhooks section declares for it: the body schema and the
// signature and id headers.
func TestWebhookPayloadsMatchSpec(t *testing.T) {
	declared := declaredWebhooks(t)
	each(t, func(t *testing.T, b storetest.Backend) {
		e := newEnv(t, b)
		admin, ada := e.bearer(e.seed.Admin), e.bearer(e.seed.Ada)
		rc := &recorder{}
		hook := httptest.NewTLSServer(rc)
		defer hook.Close()
		r := e.call("POST", "/v2/webhook-endpoints", `{"url":"`+hook.URL+`","events":["order.created","order.paid","order.fulfilled","order.cancelled"]}`, "auth", admin)
		if r.code != 201 {
			t.Fatalf("endpoint: %d %s", r.code, r.body)
		}
		secret := r.json(t)["secret"].(string)
		path := e.call("POST", "/v2/orders", newOrderBody, "auth", ada, "Idempotency-Key", "spec-events-1").header.Get("Location")
		e.call("POST", path+"/pay", `{"method":"card","card_token":"tok_4eC39HqLyjWDarjtT1zdp7dc"}`, "auth", ada)
		e.call("POST", path+"/fulfil", "", "auth", admin)
		e.call("POST", "/v2/orders/"+e.seed.Orders[0]+"/cancel", `{"reason":"out_of_stock"}`, "auth", ada)
		d := &webhooks.Dispatcher{Store: e.store, Client: hook.Client()}
		if n, err := d.RunOnce(context.Background()); n != 4 || err != nil {
			t.Fatalf("dispatched %d: %v", n, err)
		}
		seen := map[string]bool{}
		for _, dl := range rc.got {
			var ev struct{ ID, Type string }
			json.Unmarshal(dl.body, &ev)
			hook, ok := declared[ev.Type]
			if !ok {
				t.Fatalf("event %q is not declared under webhooks: %s", ev.Type, dl.body)
			}
			seen[ev.Type] = true
			var v any
			json.Unmarshal(dl.body, &v)
			if err := hook.schema.Validate(v); err != nil {
				t.Errorf("%s does not match its schema: %v\n%s", ev.Type, err, dl.body)
			}
			for name, pattern := range hook.headers {
				if !pattern.MatchString(dl.header.Get(name)) {
					t.Errorf("%s: header %s %q does not match %s", ev.Type, name, dl.header.Get(name), pattern)
				}
			}
			if dl.header.Get("Webhook-Id") != ev.ID || webhooks.Verify(secret, dl.header.Get(webhooks.SignatureHeader), dl.body, time.Now(), time.Minute) != nil {
				t.Errorf("%s: id or signature wrong: %v", ev.Type, dl.header)
			}
		}
		if len(seen) != 4 {
			t.Fatalf("events seen %v, want all four", seen)
		}
	})
}

type declaredHook struct {
	schema  *jsonschema.Schema
	headers map[string]*regexp.Regexp
}

// declaredWebhooks reads the webhooks section of the spec and compiles each event's
// body schema from the generated schemas.json.
func declaredWebhooks(t *testing.T) map[string]declaredHook {
	t.Helper()
	raw, err := os.ReadFile("../openapi.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Webhooks map[string]struct {
			Post struct {
				Parameters []struct {
					Ref string `yaml:"$ref"`
				}
				RequestBody struct {
					Content map[string]struct {
						Schema struct {
							Ref string `yaml:"$ref"`
						}
					}
				} `yaml:"requestBody"`
			}
		}
		Components struct {
			Parameters map[string]struct {
				Name, In string
				Schema   struct{ Pattern string }
			}
		}
	}
	if err := yaml.Unmarshal(raw, &doc); err != nil {
		t.Fatal(err)
	}
	schemas, err := os.ReadFile("../gen/schemas.json")
	if err != nil {
		t.Fatal(err)
	}
	resource, err := jsonschema.UnmarshalJSON(bytes.NewReader(schemas))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("file:///schemas.json", resource); err != nil {
		t.Fatal(err)
	}
	out := map[string]declaredHook{}
	for name, h := range doc.Webhooks {
		ref := h.Post.RequestBody.Content["application/json"].Schema.Ref
		sch, err := c.Compile("file:///schemas.json" + ref)
		if err != nil {
			t.Fatalf("webhook %s: %v", name, err)
		}
		dh := declaredHook{schema: sch, headers: map[string]*regexp.Regexp{}}
		for _, p := range h.Post.Parameters {
			param := doc.Components.Parameters[strings.TrimPrefix(p.Ref, "#/components/parameters/")]
			pattern := param.Schema.Pattern
			if pattern == "" {
				pattern = "."
			}
			dh.headers[param.Name] = regexp.MustCompile(pattern)
		}
		if len(dh.headers) != 2 {
			t.Fatalf("webhook %s declares headers %v", name, dh.headers)
		}
		out[name] = dh
	}
	if len(out) != 4 {
		t.Fatalf("spec declares webhooks %v", out)
	}
	return out
}
