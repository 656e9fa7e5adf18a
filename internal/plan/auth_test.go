package plan

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
)

// tokenServer answers client-credentials token requests with t1, t2, ...
// and counts them.
type tokenServer struct{ fetches atomic.Int32 }

func (s *tokenServer) Do(r *http.Request) (*http.Response, error) {
	n := s.fetches.Add(1)
	body := fmt.Sprintf(`{"access_token":"t%d","token_type":"Bearer"}`, n)
	return &http.Response{StatusCode: 200, Header: http.Header{"Content-Type": {"application/json"}}, Body: io.NopCloser(strings.NewReader(body))}, nil
}

const oauthSpec = `openapi: 3.0.3
info: {title: t, version: "1"}
components:
  securitySchemes:
    cc:
      type: oauth2
      flows: {clientCredentials: {tokenUrl: /token, scopes: {}}}
security: [{cc: []}]
paths:
  /things:
    get:
      operationId: listThings
      responses: {"200": {description: ok}}
`

// TestTokenCachedAndRefreshedOnce: the token is fetched once for many
// requests, and when eight workers meet its expiry together (each got a
// 401 with it) one new token is fetched, not eight, and every retry
// carries it.
func TestTokenCachedAndRefreshedOnce(t *testing.T) {
	p, err := Build(loadYAML(t, oauthSpec), Selection{})
	if err != nil {
		t.Fatal(err)
	}
	op, _ := p.Operation("listThings")
	ts := &tokenServer{}
	a := NewAuth(p, Credentials{ClientID: "id", ClientSecret: "secret"}, ts, "http://127.0.0.1:1")
	ctx := context.Background()
	if err := a.Prepare(ctx); err != nil {
		t.Fatal(err)
	}
	apply := func() string {
		r := &Request{Method: "GET", Path: "/things"}
		if err := a.Apply(ctx, r, op, Full); err != nil {
			t.Error(err)
		}
		return r.Header("Authorization")
	}
	for range 5 {
		if got := apply(); got != "Bearer t1" {
			t.Fatalf("Authorization %q, want Bearer t1", got)
		}
	}
	if n := ts.fetches.Load(); n != 1 {
		t.Fatalf("%d token fetches for 5 requests, want 1 (cached)", n)
	}
	var wg sync.WaitGroup
	retried := make([]string, 8)
	for i := range retried {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if !a.Refresh("Bearer t1") {
				t.Error("Refresh after a 401 said a retry is not worth it")
			}
			retried[i] = apply()
		}()
	}
	wg.Wait()
	if n := ts.fetches.Load(); n != 2 {
		t.Errorf("%d token fetches after 8 concurrent 401s, want 2", n)
	}
	for i, got := range retried {
		if got != "Bearer t2" {
			t.Errorf("worker %d retried with %q, want Bearer t2", i, got)
		}
	}
	// A 401 with a token that is no longer current does not fetch again.
	a.Refresh("Bearer t1")
	if got := apply(); got != "Bearer t2" || ts.fetches.Load() != 2 {
		t.Errorf("a stale 401 refreshed again: %q, %d fetches", got, ts.fetches.Load())
	}
}
