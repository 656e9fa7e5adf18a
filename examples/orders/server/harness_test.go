package server_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sequere/sequere/examples/orders"
	"github.com/sequere/sequere/examples/orders/auth"
	"github.com/sequere/sequere/examples/orders/server"
	"github.com/sequere/sequere/examples/orders/store"
	"github.com/sequere/sequere/examples/orders/store/storetest"
)

var (
	issuerOnce sync.Once
	sharedKey  *auth.Issuer
)

// issuer generates one RSA key for the whole test binary; key generation is the
// slowest step of a test otherwise.
func issuer(t testing.TB) *auth.Issuer {
	issuerOnce.Do(func() {
		var err error
		sharedKey, err = auth.NewIssuer("https://api.example.com", "https://api.example.com", time.Now)
		if err != nil {
			t.Fatal(err)
		}
	})
	return &auth.Issuer{Key: sharedKey.Key, KeyID: sharedKey.KeyID, Issuer: sharedKey.Issuer, Audience: sharedKey.Audience,
		TTL: time.Hour, Now: time.Now}
}

// env is one running API over real HTTP on 127.0.0.1 with a real database.
type env struct {
	t      testing.TB
	url    string
	api    *server.Server
	store  *store.Store
	seed   orders.Seeded
	issuer *auth.Issuer
	client *http.Client
	tokens map[string]string
}

type option func(*server.Config, *func() time.Time)

func withClock(now func() time.Time) option {
	return func(_ *server.Config, c *func() time.Time) { *c = now }
}

func withConfig(f func(*server.Config)) option {
	return func(cfg *server.Config, _ *func() time.Time) { f(cfg) }
}

// each runs fn once per reachable database backend.
func each(t *testing.T, fn func(t *testing.T, b storetest.Backend)) { storetest.Run(t, fn) }

func newEnv(t testing.TB, b storetest.Backend, opts ...option) *env {
	t.Helper()
	cfg := server.Config{RateLimit: 1000, Burst: 10000}
	var clock func() time.Time
	for _, o := range opts {
		o(&cfg, &clock)
	}
	st := storetest.Open(t, b, clock)
	seed, err := orders.Seed(context.Background(), st)
	if err != nil {
		t.Fatal(err)
	}
	iss := issuer(t)
	api := server.New(st, iss, cfg)
	api.SetReady(true)
	srv := httptest.NewServer(api.Handler())
	t.Cleanup(srv.Close)
	return &env{t: t, url: srv.URL, api: api, store: st, seed: seed, issuer: iss, tokens: map[string]string{},
		client: &http.Client{Transport: &http.Transport{DisableCompression: true}}}
}

type result struct {
	code   int
	header http.Header
	body   []byte
}

// json decodes the body into a generic value.
func (r result) json(t testing.TB) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(r.body, &m); err != nil {
		t.Fatalf("body is not a JSON object: %v\n%s", err, r.body)
	}
	return m
}

// call sends a request; headers come in name, value pairs. A "Bearer x" or "Key x"
// pseudo-header "auth" sets the credentials.
func (e *env) call(method, path, body string, headers ...string) result {
	e.t.Helper()
	req, err := http.NewRequest(method, e.url+path, strings.NewReader(body))
	if err != nil {
		e.t.Fatal(err)
	}
	if body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	for i := 0; i+1 < len(headers); i += 2 {
		switch k, v := headers[i], headers[i+1]; k {
		case "auth":
			if key, ok := strings.CutPrefix(v, "Key "); ok {
				req.Header.Set(auth.APIKeyHeader, key)
			} else {
				req.Header.Set("Authorization", v)
			}
		default:
			req.Header.Set(k, v)
		}
	}
	resp, err := e.client.Do(req)
	if err != nil {
		e.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return result{code: resp.StatusCode, header: resp.Header, body: b}
}

// bearer returns "Bearer <token>" for c from POST /oauth/token.
func (e *env) bearer(c orders.Credential) string {
	e.t.Helper()
	if tok, ok := e.tokens[c.ClientID]; ok {
		return tok
	}
	form := url.Values{"grant_type": {"client_credentials"}, "client_id": {c.ClientID}, "client_secret": {c.Secret}}
	r := e.call("POST", "/oauth/token", form.Encode(), "Content-Type", "application/x-www-form-urlencoded")
	if r.code != 200 {
		e.t.Fatalf("token: %d %s", r.code, r.body)
	}
	tok := "Bearer " + r.json(e.t)["access_token"].(string)
	e.tokens[c.ClientID] = tok
	return tok
}

// wantProblem asserts an RFC 9457 response of the given status and type.
func wantProblem(t testing.TB, r result, status int, kind string) map[string]any {
	t.Helper()
	if r.code != status {
		t.Fatalf("status %d, want %d: %s", r.code, status, r.body)
	}
	if ct := r.header.Get("Content-Type"); ct != "application/problem+json" {
		t.Fatalf("Content-Type %q for a %d", ct, status)
	}
	p := r.json(t)
	if p["type"] != server.ProblemBase+kind || int(p["status"].(float64)) != status || p["title"] == "" {
		t.Fatalf("problem %v, want type %s", p, kind)
	}
	return p
}

const newOrderBody = `{"items":[{"sku":"BOOK-0042","quantity":2,"unit_price":{"amount":1250,"currency":"EUR"}}],"note":"Leave at the door."}`
