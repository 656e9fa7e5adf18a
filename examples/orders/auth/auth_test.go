package auth_test

import (
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"

	"github.com/sequere/sequere/examples/orders/auth"
)

var clock = time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)

func issuer(t *testing.T) *auth.Issuer {
	t.Helper()
	i, err := auth.NewIssuer("https://orders.example", "orders-api", func() time.Time { return clock })
	if err != nil {
		t.Fatal(err)
	}
	return i
}

func TestVerifyRejectsForgeries(t *testing.T) {
	good := issuer(t)
	other := issuer(t)
	valid := jwt.MapClaims{"iss": good.Issuer, "aud": good.Audience, "sub": "usr_1", "client_id": "cli_1",
		"scope": "orders:read", "iat": clock.Unix(), "exp": clock.Add(time.Hour).Unix()}
	with := func(k string, v any) jwt.MapClaims {
		c := jwt.MapClaims{}
		for key, val := range valid {
			c[key] = val
		}
		c[k] = v
		return c
	}
	// rs256 signs with i's key and names the good issuer's kid, so only the key differs.
	rs256 := func(c jwt.MapClaims, i *auth.Issuer) string {
		return signKid(t, c, i, good.KeyID)
	}
	pub, _ := x509.MarshalPKIXPublicKey(&good.Key.PublicKey)
	hs256, _ := jwt.NewWithClaims(jwt.SigningMethodHS256, valid).SignedString(pub)
	none, _ := jwt.NewWithClaims(jwt.SigningMethodNone, valid).SignedString(jwt.UnsafeAllowNoneSignatureType)
	tests := []struct {
		name  string
		token string
		ok    bool
	}{
		{"valid", rs256(valid, good), true},
		{"alg-none", none, false},
		{"hs256-with-public-key", hs256, false},
		{"wrong-key", rs256(valid, other), false},
		{"wrong-audience", rs256(with("aud", "someone-else"), good), false},
		{"wrong-issuer", rs256(with("iss", "https://evil.example"), good), false},
		{"expired", rs256(with("exp", clock.Add(-time.Second).Unix()), good), false},
		{"no-exp", rs256(with("exp", nil), good), false},
		{"unknown-kid", signKid(t, valid, good, "0000000000000000"), false},
		{"no-kid", signKid(t, valid, good, ""), false},
		{"garbage", "not.a.jwt", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := good.Verify(tt.token)
			if tt.ok {
				if err != nil || p.UserID != "usr_1" || !p.Has("orders:read") {
					t.Fatalf("Verify = %+v, %v", p, err)
				}
				return
			}
			if !errors.Is(err, auth.ErrInvalidToken) {
				t.Fatalf("Verify accepted a forged token: %+v, %v", p, err)
			}
		})
	}
}

func signKid(t *testing.T, c jwt.MapClaims, i *auth.Issuer, kid string) string {
	t.Helper()
	tok := jwt.NewWithClaims(jwt.SigningMethodRS256, c)
	if kid != "" {
		tok.Header["kid"] = kid
	}
	s, err := tok.SignedString(i.Key)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestRotationOverlap(t *testing.T) {
	now := clock
	i, err := auth.NewIssuer("https://orders.example", "orders-api", func() time.Time { return now })
	if err != nil {
		t.Fatal(err)
	}
	oldKid := i.KeyID
	old, _, _ := i.Issue(auth.Principal{ClientID: "cli_1", UserID: "usr_1"})
	if _, err := i.Verify(old); err != nil {
		t.Fatal(err) // cached from here on, which must not outlive the overlap either
	}
	next, _ := rsa.GenerateKey(rand.Reader, 2048)
	i.Rotate(next, 10*time.Minute)
	fresh, _, _ := i.Issue(auth.Principal{ClientID: "cli_1", UserID: "usr_1"})
	if i.KeyID == oldKid || i.KeyID != auth.KeyID(&next.PublicKey) {
		t.Fatalf("kid after rotation %s (was %s)", i.KeyID, oldKid)
	}
	if keys := i.Keys(); len(keys) != 2 || keys[0].ID != i.KeyID || keys[1].ID != oldKid {
		t.Fatalf("keys during the overlap %+v", keys)
	}
	for name, tok := range map[string]string{"old": old, "fresh": fresh} {
		if _, err := i.Verify(tok); err != nil {
			t.Fatalf("%s token refused during the overlap: %v", name, err)
		}
	}
	now = now.Add(10 * time.Minute)
	if _, err := i.Verify(old); !errors.Is(err, auth.ErrInvalidToken) || !strings.Contains(err.Error(), "unknown signing key") {
		t.Fatalf("old-key token after the overlap: %v", err)
	}
	if _, err := i.Verify(fresh); err != nil {
		t.Fatalf("fresh token after the overlap: %v", err)
	}
	if keys := i.Keys(); len(keys) != 1 || keys[0].ID != i.KeyID {
		t.Fatalf("keys after the overlap %+v", keys)
	}
	n, e := i.Keys()[0].JWK()
	if e != "AQAB" || len(n) != 342 {
		t.Fatalf("JWK n %d chars, e %q", len(n), e)
	}
}

func TestCachedTokenStillExpires(t *testing.T) {
	now := clock
	i, err := auth.NewIssuer("https://orders.example", "orders-api", func() time.Time { return now })
	if err != nil {
		t.Fatal(err)
	}
	tok, _, _ := i.Issue(auth.Principal{ClientID: "cli_1", UserID: "usr_1"})
	if _, err := i.Verify(tok); err != nil {
		t.Fatal(err)
	}
	now = now.Add(2 * time.Hour)
	if _, err := i.Verify(tok); !errors.Is(err, auth.ErrInvalidToken) {
		t.Fatalf("an expired token was served from the cache: %v", err)
	}
}

func TestIssueRoundTrip(t *testing.T) {
	i := issuer(t)
	tok, ttl, err := i.Issue(auth.Principal{ClientID: "cli_1", UserID: "usr_1", Scopes: []string{"orders:read", "orders:write"}})
	if err != nil || ttl != time.Hour {
		t.Fatal(err, ttl)
	}
	p, err := i.Verify(tok)
	if err != nil || p.ClientID != "cli_1" || !p.Has("orders:write") || p.Has("users:admin") {
		t.Fatalf("%+v %v", p, err)
	}
}
