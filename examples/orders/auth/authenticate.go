package auth

import (
	"context"
	"crypto/subtle"
	"errors"
	"net/http"
	"slices"
	"strings"

	"github.com/sequere/sequere/examples/orders/store"
)

// Errors of Authenticate and Token.
var (
	// ErrNoCredentials means the request carried neither a bearer token nor an API key.
	ErrNoCredentials = errors.New("no credentials")
	// ErrInvalidClient means an unknown client, a wrong secret or an unknown API key.
	ErrInvalidClient = errors.New("invalid client credentials")
	// ErrInvalidScope means the client asked for a scope it was not granted.
	ErrInvalidScope = errors.New("scope not granted to this client")
)

// APIKeyHeader carries an API key.
const APIKeyHeader = "X-API-Key"

// Clients is the part of the store that authentication needs.
type Clients interface {
	GetClient(ctx context.Context, id string) (store.Client, error)
	ClientByAPIKey(ctx context.Context, hash string) (store.Client, error)
}

// Authenticator resolves a request's credentials to a Principal.
type Authenticator struct {
	Issuer  *Issuer
	Clients Clients
}

// Authenticate accepts "Authorization: Bearer <jwt>" or an X-API-Key header. Every
// failure other than ErrNoCredentials wraps ErrInvalidToken or ErrInvalidClient.
func (a *Authenticator) Authenticate(r *http.Request) (Principal, error) {
	if h := r.Header.Get("Authorization"); h != "" {
		scheme, token, ok := strings.Cut(h, " ")
		if !ok || !strings.EqualFold(scheme, "Bearer") || token == "" {
			return Principal{}, ErrInvalidToken
		}
		return a.Issuer.Verify(strings.TrimSpace(token))
	}
	if key := r.Header.Get(APIKeyHeader); key != "" {
		c, err := a.Clients.ClientByAPIKey(r.Context(), HashSecret(key))
		if err != nil {
			return Principal{}, ErrInvalidClient
		}
		return Principal{ClientID: c.ID, UserID: c.UserID, Scopes: c.Scopes, APIKey: true}, nil
	}
	return Principal{}, ErrNoCredentials
}

// Token performs the client-credentials grant: it checks the secret and narrows the
// granted scopes to the requested ones ("" asks for all). It returns the token, its
// lifetime in seconds and the granted scopes.
func (a *Authenticator) Token(ctx context.Context, clientID, secret, scope string) (string, int64, []string, error) {
	c, err := a.Clients.GetClient(ctx, clientID)
	if err != nil {
		// Hash anyway so that an unknown client costs the same as a wrong secret.
		subtle.ConstantTimeCompare([]byte(HashSecret(secret)), []byte(HashSecret(clientID)))
		return "", 0, nil, ErrInvalidClient
	}
	if subtle.ConstantTimeCompare([]byte(HashSecret(secret)), []byte(c.SecretHash)) != 1 {
		return "", 0, nil, ErrInvalidClient
	}
	granted := c.Scopes
	if requested := strings.Fields(scope); len(requested) > 0 {
		for _, s := range requested {
			if !slices.Contains(c.Scopes, s) {
				return "", 0, nil, ErrInvalidScope
			}
		}
		granted = requested
	}
	tok, ttl, err := a.Issuer.Issue(Principal{ClientID: c.ID, UserID: c.UserID, Scopes: granted})
	if err != nil {
		return "", 0, nil, err
	}
	return tok, int64(ttl.Seconds()), granted, nil
}

type principalKey struct{}

// WithPrincipal returns ctx carrying p.
func WithPrincipal(ctx context.Context, p Principal) context.Context {
	return context.WithValue(ctx, principalKey{}, p)
}

// FromContext returns the principal stored by WithPrincipal.
func FromContext(ctx context.Context) (Principal, bool) {
	p, ok := ctx.Value(principalKey{}).(Principal)
	return p, ok
}
