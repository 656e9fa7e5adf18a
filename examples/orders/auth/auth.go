// Package auth issues and verifies the orders API's credentials: RS256 access tokens
// from the OAuth 2.0 client-credentials grant, and API keys. Verification accepts
// only RS256 signed by one of this issuer's keys (named by the token's kid), for this
// audience, with an exp in the future.
package auth

import (
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"encoding/base64"
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

// Issuer signs and verifies access tokens. Zero TTL means one hour. Key and KeyID
// are the signing key; change them only through Rotate once the issuer is in use.
type Issuer struct {
	Key      *rsa.PrivateKey
	KeyID    string
	Issuer   string
	Audience string
	TTL      time.Duration
	Now      func() time.Time

	mu sync.RWMutex
	// retired keys still verify the tokens they signed until their overlap ends.
	retired []retiredKey
	cache   verified
}

type retiredKey struct {
	id    string
	key   *rsa.PublicKey
	until time.Time
}

// PublicKey is a key that verifies tokens, as published in the JWKS.
type PublicKey struct {
	ID  string
	Key *rsa.PublicKey
}

// KeyID derives a key's kid from its modulus, so the same key always has the same id.
func KeyID(pub *rsa.PublicKey) string {
	sum := sha256.Sum256(pub.N.Bytes())
	return hex.EncodeToString(sum[:8])
}

// Rotate makes next the signing key. The previous key keeps verifying for overlap
// (0 means the token TTL, which lets every token it signed live out its exp), and
// stays in Keys as long.
func (i *Issuer) Rotate(next *rsa.PrivateKey, overlap time.Duration) {
	if overlap <= 0 {
		overlap = i.ttl()
	}
	now := i.Now()
	i.mu.Lock()
	defer i.mu.Unlock()
	if KeyID(&next.PublicKey) == i.KeyID {
		return // already signing with it; retiring it would publish one kid twice
	}
	i.retired = slices.DeleteFunc(i.retired, func(k retiredKey) bool { return !now.Before(k.until) })
	i.retired = append(i.retired, retiredKey{id: i.KeyID, key: &i.Key.PublicKey, until: now.Add(overlap)})
	i.Key, i.KeyID = next, KeyID(&next.PublicKey)
	// Cached tokens of the old key were stored without its new end date.
	i.cache.reset()
}

// Keys lists the keys that verify tokens now: the signing key first, then retired
// keys still in their overlap.
func (i *Issuer) Keys() []PublicKey {
	now := i.Now()
	i.mu.RLock()
	defer i.mu.RUnlock()
	keys := []PublicKey{{ID: i.KeyID, Key: &i.Key.PublicKey}}
	for _, k := range i.retired {
		if now.Before(k.until) {
			keys = append(keys, PublicKey{ID: k.id, Key: k.key})
		}
	}
	return keys
}

// JWK is the RFC 7517 form of a key: base64url modulus n and exponent e.
func (k PublicKey) JWK() (n, e string) {
	enc := base64.RawURLEncoding
	return enc.EncodeToString(k.Key.N.Bytes()), enc.EncodeToString(bigEndian(k.Key.E))
}

func bigEndian(e int) []byte {
	var b []byte
	for ; e > 0; e >>= 8 {
		b = append([]byte{byte(e)}, b...)
	}
	return b
}

// ErrUnknownKey is the cause when a token's kid names no key in use.
var ErrUnknownKey = errors.New("unknown signing key")

// verificationKey returns the public key named kid and until when it may verify
// (zero for the signing key).
func (i *Issuer) verificationKey(kid string, now time.Time) (*rsa.PublicKey, time.Time, error) {
	i.mu.RLock()
	defer i.mu.RUnlock()
	if kid == i.KeyID {
		return &i.Key.PublicKey, time.Time{}, nil
	}
	for _, k := range i.retired {
		if k.id == kid && now.Before(k.until) {
			return k.key, k.until, nil
		}
	}
	return nil, time.Time{}, fmt.Errorf("%w %q", ErrUnknownKey, kid)
}

func (i *Issuer) ttl() time.Duration {
	if i.TTL == 0 {
		return time.Hour
	}
	return i.TTL
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

func (v *verified) reset() {
	v.mu.Lock()
	v.entries = nil
	v.mu.Unlock()
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
	if now == nil {
		now = time.Now
	}
	return &Issuer{Key: key, KeyID: KeyID(&key.PublicKey), Issuer: issuer, Audience: audience, TTL: time.Hour, Now: now}, nil
}

type claims struct {
	jwt.RegisteredClaims
	Scope    string `json:"scope"`
	ClientID string `json:"client_id"`
}

// Issue returns a signed token for p and its lifetime.
func (i *Issuer) Issue(p Principal) (string, time.Duration, error) {
	ttl := i.ttl()
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
	i.mu.RLock()
	tok.Header["kid"] = i.KeyID
	s, err := tok.SignedString(i.Key)
	i.mu.RUnlock()
	return s, ttl, err
}

// ErrInvalidToken wraps every verification failure; the cause is for logs, never for
// the client.
var ErrInvalidToken = errors.New("invalid access token")

// Verify checks the key named by kid, signature, algorithm, issuer, audience and expiry.
func (i *Issuer) Verify(token string) (Principal, error) {
	now := i.Now()
	if p, ok := i.cache.get(token, now); ok {
		return p, nil
	}
	var c claims
	var keyUntil time.Time
	_, err := jwt.ParseWithClaims(token, &c, func(t *jwt.Token) (any, error) {
		kid, _ := t.Header["kid"].(string)
		key, until, err := i.verificationKey(kid, now)
		keyUntil = until
		return key, err
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
	// A token signed by a retired key stops verifying with its key, even before its exp.
	exp := c.ExpiresAt.Time
	if !keyUntil.IsZero() && keyUntil.Before(exp) {
		exp = keyUntil
	}
	i.cache.put(token, p, exp)
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
