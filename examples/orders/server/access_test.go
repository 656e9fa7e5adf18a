package server_test

import (
	"compress/gzip"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/json"
	"io"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"

	"github.com/sequere/sequere/examples/orders/server"
	"github.com/sequere/sequere/examples/orders/store/storetest"
)

func TestForgedTokensAre401(t *testing.T) {
	each(t, func(t *testing.T, b storetest.Backend) {
		e := newEnv(t, b)
		now := time.Now()
		claims := func(mod func(jwt.MapClaims)) jwt.MapClaims {
			c := jwt.MapClaims{"iss": e.issuer.Issuer, "aud": e.issuer.Audience, "sub": e.seed.Ada.UserID, "client_id": e.seed.Ada.ClientID,
				"scope": "orders:read orders:write", "iat": now.Unix(), "exp": now.Add(time.Hour).Unix()}
			if mod != nil {
				mod(c)
			}
			return c
		}
		// Every forgery names our kid, so what it changes is the only thing wrong with it.
		signKid := func(c jwt.MapClaims, key *rsa.PrivateKey, kid string) string {
			tok := jwt.NewWithClaims(jwt.SigningMethodRS256, c)
			tok.Header["kid"] = kid
			s, err := tok.SignedString(key)
			if err != nil {
				t.Fatal(err)
			}
			return s
		}
		sign := func(c jwt.MapClaims, key *rsa.PrivateKey) string { return signKid(c, key, e.issuer.KeyID) }
		otherKey, _ := rsa.GenerateKey(rand.Reader, 2048)
		pub, _ := x509.MarshalPKIXPublicKey(&e.issuer.Key.PublicKey)
		hs256, _ := jwt.NewWithClaims(jwt.SigningMethodHS256, claims(nil)).SignedString(pub)
		none, _ := jwt.NewWithClaims(jwt.SigningMethodNone, claims(nil)).SignedString(jwt.UnsafeAllowNoneSignatureType)
		path := "/v2/orders/" + e.seed.Orders[0]
		if r := e.call("GET", path, "", "auth", "Bearer "+sign(claims(nil), e.issuer.Key)); r.code != 200 {
			t.Fatalf("control: a well-formed token is refused: %d %s", r.code, r.body)
		}
		for name, tok := range map[string]string{
			"alg-none":       none,
			"hs256":          hs256,
			"wrong-key":      sign(claims(nil), otherKey),
			"wrong-audience": sign(claims(func(c jwt.MapClaims) { c["aud"] = "https://evil.example" }), e.issuer.Key),
			"expired":        sign(claims(func(c jwt.MapClaims) { c["exp"] = now.Add(-time.Minute).Unix() }), e.issuer.Key),
			"garbage":        "abc.def.ghi",
			"unknown-kid":    signKid(claims(nil), e.issuer.Key, "0123456789abcdef"),
		} {
			t.Run(name, func(t *testing.T) {
				r := e.call("GET", path, "", "auth", "Bearer "+tok)
				wantProblem(t, r, 401, "unauthorized")
				if r.header.Get("RateLimit-Limit") == "" {
					t.Fatal("a 401 without RateLimit headers")
				}
				if !strings.HasPrefix(r.header.Get("WWW-Authenticate"), "Bearer") {
					t.Fatalf("WWW-Authenticate %q", r.header.Get("WWW-Authenticate"))
				}
			})
		}
	})
}

func TestTokenEndpoint(t *testing.T) {
	each(t, func(t *testing.T, b storetest.Backend) {
		e := newEnv(t, b)
		form := "Content-Type"
		ct := "application/x-www-form-urlencoded"
		c := e.seed.Ada
		r := e.call("POST", "/oauth/token", "grant_type=client_credentials&client_id="+c.ClientID+"&client_secret="+c.Secret+"&scope=orders:read", form, ct)
		tok := r.json(t)
		if r.code != 200 || tok["token_type"] != "Bearer" || tok["scope"] != "orders:read" || tok["expires_in"] != 3600.0 || r.header.Get("Cache-Control") != "no-store" {
			t.Fatalf("token: %d %v %s", r.code, r.header, r.body)
		}
		// A read-only token cannot write.
		wantProblem(t, e.call("POST", "/v2/orders", newOrderBody, "auth", "Bearer "+tok["access_token"].(string), "Idempotency-Key", "readonly-01"), 403, "forbidden")
		wantProblem(t, e.call("POST", "/oauth/token", "grant_type=client_credentials&client_id="+c.ClientID+"&client_secret=wrong", form, ct), 401, "unauthorized")
		wantProblem(t, e.call("POST", "/oauth/token", "grant_type=client_credentials&client_id="+c.ClientID+"&client_secret="+c.Secret+"&scope=users:admin", form, ct), 400, "validation")
		wantProblem(t, e.call("POST", "/oauth/token", "grant_type=password&client_id="+c.ClientID+"&client_secret="+c.Secret, form, ct), 400, "validation")
		// API keys work in place of a token.
		if r := e.call("GET", "/v2/orders/"+e.seed.Orders[0], "", "auth", "Key "+c.APIKey); r.code != 200 {
			t.Fatalf("API key: %d %s", r.code, r.body)
		}
	})
}

func TestNoBOLA(t *testing.T) {
	each(t, func(t *testing.T, b storetest.Backend) {
		e := newEnv(t, b)
		bob := e.bearer(e.seed.Bob)
		adas := "/v2/orders/" + e.seed.Orders[0]
		wantProblem(t, e.call("GET", adas, "", "auth", bob), 404, "not-found")
		wantProblem(t, e.call("GET", "/v1/orders/"+e.seed.Orders[0], "", "auth", bob), 404, "not-found")
		wantProblem(t, e.call("PATCH", adas, `{"note":"mine now"}`, "auth", bob, "If-Match", `"v1"`, "Content-Type", "application/merge-patch+json"), 404, "not-found")
		wantProblem(t, e.call("POST", adas+"/cancel", "", "auth", bob), 404, "not-found")
		wantProblem(t, e.call("GET", "/v2/users/"+e.seed.Ada.UserID, "", "auth", bob), 404, "not-found")
		wantProblem(t, e.call("GET", "/v2/users/"+e.seed.Ada.UserID+"/orders", "", "auth", bob), 404, "not-found")
		wantProblem(t, e.call("DELETE", "/v2/users/"+e.seed.Ada.UserID, "", "auth", bob), 403, "forbidden")
		wantProblem(t, e.call("GET", "/v2/webhook-endpoints", "", "auth", bob), 403, "forbidden")
		// The admin sees everyone's.
		if r := e.call("GET", adas, "", "auth", e.bearer(e.seed.Admin)); r.code != 200 {
			t.Fatalf("admin: %d", r.code)
		}
	})
}

func TestPagination(t *testing.T) {
	each(t, func(t *testing.T, b storetest.Backend) {
		e := newEnv(t, b)
		ada := e.bearer(e.seed.Ada)
		var seen []string
		next := "/v2/users/" + e.seed.Ada.UserID + "/orders?limit=2"
		for pages := 0; next != ""; pages++ {
			if pages > 3 {
				t.Fatal("pagination does not end")
			}
			r := e.call("GET", next, "", "auth", ada)
			if r.code != 200 || r.header.Get("Cache-Control") != "no-store" {
				t.Fatalf("%s: %d %s", next, r.code, r.body)
			}
			var pg struct {
				Data []struct{ ID string }
				Meta struct {
					Limit      int
					NextCursor *string `json:"next_cursor"`
					HasMore    bool    `json:"has_more"`
				}
				Links struct{ Next *struct{ Href string } } `json:"_links"`
			}
			json.Unmarshal(r.body, &pg)
			for _, o := range pg.Data {
				seen = append(seen, o.ID)
			}
			next = ""
			if pg.Links.Next != nil {
				next = pg.Links.Next.Href
			}
			if pg.Meta.Limit != 2 || pg.Meta.HasMore != (next != "") || (pg.Meta.NextCursor != nil) != pg.Meta.HasMore {
				t.Fatalf("meta %+v next %q", pg.Meta, next)
			}
		}
		want := e.seed.Orders
		if len(seen) != 3 || seen[0] != want[2] || seen[2] != want[0] {
			t.Fatalf("pages gave %v, want newest first of %v", seen, want)
		}
		base := "/v2/users/" + e.seed.Ada.UserID + "/orders"
		wantProblem(t, e.call("GET", base+"?limit=0", "", "auth", ada), 400, "validation")
		wantProblem(t, e.call("GET", base+"?cursor=%21%21", "", "auth", ada), 400, "validation")
		wantProblem(t, e.call("GET", base+"?status=lost", "", "auth", ada), 400, "validation")
		if r := e.call("GET", base+"?status=paid", "", "auth", ada); len(r.json(t)["data"].([]any)) != 0 {
			t.Fatalf("status filter: %s", r.body)
		}
	})
}

func TestGzipAndDeprecation(t *testing.T) {
	e := newEnv(t, storetest.Backends(t)[0])
	ada := e.bearer(e.seed.Ada)
	list := "/v2/users/" + e.seed.Ada.UserID + "/orders"
	plain := e.call("GET", list, "", "auth", ada)
	zipped := e.call("GET", list, "", "auth", ada, "Accept-Encoding", "gzip")
	if plain.header.Get("Content-Encoding") != "" || zipped.header.Get("Content-Encoding") != "gzip" || !strings.Contains(zipped.header.Get("Vary"), "Accept-Encoding") {
		t.Fatalf("encodings: plain %v zipped %v", plain.header, zipped.header)
	}
	zr, err := gzip.NewReader(strings.NewReader(string(zipped.body)))
	if err != nil {
		t.Fatal(err)
	}
	unzipped, _ := io.ReadAll(zr)
	if string(unzipped) != string(plain.body) || len(zipped.body) >= len(plain.body) {
		t.Fatalf("gzip body differs or is not smaller: %d vs %d", len(zipped.body), len(plain.body))
	}
	if r := e.call("GET", list, "", "auth", ada, "Accept-Encoding", "gzip;q=0"); r.header.Get("Content-Encoding") != "" {
		t.Fatal("gzip;q=0 was compressed")
	}

	r := e.call("GET", "/v1/orders/"+e.seed.Orders[0], "", "auth", ada)
	if r.code != 200 || r.header.Get("Deprecation") != "@1767225600" || r.header.Get("Sunset") != "Wed, 30 Jun 2027 00:00:00 GMT" ||
		r.header.Get("Link") != `</v2/orders/`+e.seed.Orders[0]+`>; rel="successor-version"` {
		t.Fatalf("v1 headers: %d %v", r.code, r.header)
	}
	if r := e.call("GET", "/v1/users/"+e.seed.Ada.UserID+"/orders?limit=1", "", "auth", ada); r.code != 200 || r.header.Get("Deprecation") == "" {
		t.Fatalf("v1 list: %d %v", r.code, r.header)
	}
	if r := e.call("GET", "/v2/orders/"+e.seed.Orders[0], "", "auth", ada); r.header.Get("Deprecation") != "" {
		t.Fatal("v2 is marked deprecated")
	}
}

func TestRateLimit(t *testing.T) {
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	e := newEnv(t, storetest.Backends(t)[0], withConfig(func(c *server.Config) {
		c.RateLimit, c.Burst, c.Now = 1, 3, func() time.Time { return now }
	}))
	key := "Key " + e.seed.Ada.APIKey
	path := "/v2/orders/" + e.seed.Orders[0]
	for i := 2; i >= 0; i-- {
		r := e.call("GET", path, "", "auth", key)
		if r.code != 200 || r.header.Get("RateLimit-Limit") != "3" || r.header.Get("RateLimit-Remaining") != strconv.Itoa(i) {
			t.Fatalf("request with %d left: %d %v", i, r.code, r.header)
		}
	}
	r := e.call("GET", path, "", "auth", key)
	wantProblem(t, r, 429, "rate-limited")
	if r.header.Get("Retry-After") != "1" || r.header.Get("RateLimit-Remaining") != "0" {
		t.Fatalf("429 headers %v", r.header)
	}
	// Another client has its own bucket; time refills this one.
	if r := e.call("GET", "/v2/orders/"+e.seed.Orders[0], "", "auth", "Key "+e.seed.Admin.APIKey); r.code != 200 {
		t.Fatalf("other client: %d", r.code)
	}
	now = now.Add(time.Second)
	if r := e.call("GET", path, "", "auth", key); r.code != 200 {
		t.Fatalf("after a second: %d", r.code)
	}
}
