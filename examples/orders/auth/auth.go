// Package auth issues and verifies the orders API's credentials: RS256 access tokens
// from the OAuth 2.0 client-credentials grant, and API keys. Verification accepts
// only RS256 signed by this issuer's key, for this audience, with an exp in the future.
package auth

import (
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// Scopes of the API.
const (
	ScopeOrdersRead  = "orders:read"
	ScopeOrdersWrite = "orders:write"
	ScopeUsersAdmin  = "users:admin"
)

// AllScopes lists every scope, in documentation order.
var AllScopes = []string{ScopeOrdersRead, ScopeOrdersWrite, ScopeUsersAdmin}

// Principal is the authenticated caller of a request.
type Principal struct {
	ClientID string
	// UserID is the user the client acts for; "" for a client with no user (admin tooling).
	UserID string
	Scopes []string
	// APIKey is true when the caller authenticated with an API key, not a token.
	APIKey bool
}

// Has reports whether p was granted scope.
func (p Principal) Has(scope string) bool { return slices.Contains(p.Scopes, scope) }

// Issuer signs and verifies access tokens. Zero TTL means one hour.
type Issuer struct {
	Key      *rsa.PrivateKey
	KeyID    string
	Issuer   string
	Audience string
	TTL      time.Duration
	Now      func() time.Time

	cache verified
}

// verified remembers tokens whose signature already checked out, until their exp:
// an RS256 verification is the most expensive step of a request, and clients send
// the same token many times. Only the exact token string hits, so a forged variant
// is verified in full.
type verified struct {
	mu      sync.Mutex
	entries map[string]cachedToken
}

type cachedToken struct {
	p   Principal
	exp time.Time
}

const maxCachedTokens = 4096

func (v *verified) get(token string, now time.Time) (Principal, bool) {
	v.mu.Lock()
	defer v.mu.Unlock()
	e, ok := v.entries[token]
	if !ok || !now.Before(e.exp) {
		return Principal{}, false
	}
	return e.p, true
}

func (v *verified) put(token string, p Principal, exp time.Time) {
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.entries == nil || len(v.entries) >= maxCachedTokens {
		v.entries = make(map[string]cachedToken)
	}
	v.entries[token] = cachedToken{p, exp}
}

// NewIssuer generates a fresh 2048-bit key; tokens die with the process, which is
// what a demo server wants.
func NewIssuer(issuer, audience string, now func() time.Time) (*Issuer, error) {
	key, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		return nil, err
	}
	sum := sha256.Sum256(key.PublicKey.N.Bytes())
	if now == nil {
		now = time.Now
	}
	return &Issuer{Key: key, KeyID: hex.EncodeToString(sum[:8]), Issuer: issuer, Audience: audience, TTL: time.Hour, Now: now}, nil
}

type claims struct {
	jwt.RegisteredClaims
	Scope    string `json:"scope"`
	ClientID string `json:"client_id"`
}

// Issue returns a signed token for p and its lifetime.
func (i *Issuer) Issue(p Principal) (string, time.Duration, error) {
	ttl := i.TTL
	if ttl == 0 {
		ttl = time.Hour
	}
	now := i.Now()
	c := claims{
		RegisteredClaims: jwt.RegisteredClaims{
			Issuer:    i.Issuer,
			Subject:   p.UserID,
			Audience:  jwt.ClaimStrings{i.Audience},
			IssuedAt:  jwt.NewNumericDate(now),
			NotBefore: jwt.NewNumericDate(now),
			ExpiresAt: jwt.NewNumericDate(now.Add(ttl)),
			ID:        randomHex(12),
		},
		Scope:    strings.Join(p.Scopes, " "),
		ClientID: p.ClientID,
	}
	tok := jwt.NewWithClaims(jwt.SigningMethodRS256, c)
	tok.Header["kid"] = i.KeyID
	s, err := tok.SignedString(i.Key)
	return s, ttl, err
}

// ErrInvalidToken wraps every verification failure; the cause is for logs, never for
// the client.
var ErrInvalidToken = errors.New("invalid access token")

// Verify checks signature, algorithm, issuer, audience and expiry.
func (i *Issuer) Verify(token string) (Principal, error) {
	if p, ok := i.cache.get(token, i.Now()); ok {
		return p, nil
	}
	var c claims
	_, err := jwt.ParseWithClaims(token, &c, func(t *jwt.Token) (any, error) {
		return &i.Key.PublicKey, nil
	},
		// Pinning the method is what rejects alg "none" and the HS256-with-public-key confusion.
		jwt.WithValidMethods([]string{jwt.SigningMethodRS256.Alg()}),
		jwt.WithIssuer(i.Issuer),
		jwt.WithAudience(i.Audience),
		jwt.WithExpirationRequired(),
		jwt.WithIssuedAt(),
		jwt.WithTimeFunc(i.Now),
	)
	if err != nil {
		return Principal{}, fmt.Errorf("%w: %v", ErrInvalidToken, err)
	}
	if c.ClientID == "" {
		return Principal{}, fmt.Errorf("%w: no client_id", ErrInvalidToken)
	}
	p := Principal{ClientID: c.ClientID, UserID: c.Subject, Scopes: strings.Fields(c.Scope)}
	i.cache.put(token, p, c.ExpiresAt.Time)
	return p, nil
}

// HashSecret is how client secrets and API keys are stored. They are 256-bit random
// values, so a fast hash is enough; a password hash would only slow every request.
func HashSecret(secret string) string {
	sum := sha256.Sum256([]byte(secret))
	return hex.EncodeToString(sum[:])
}

// NewSecret returns a random secret with a readable prefix such as "sk".
func NewSecret(prefix string) string { return prefix + "_" + randomHex(32) }

func randomHex(n int) string {
	b := make([]byte, n)
	rand.Read(b)
	return hex.EncodeToString(b)
}
