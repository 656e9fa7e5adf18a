package server

import (
	"bytes"
	"context"
	"errors"
	"net/http"
	"strings"

	"github.com/sequere/sequere/examples/orders/auth"
	"github.com/sequere/sequere/examples/orders/gen"
)

// CreateToken is the client-credentials grant (RFC 6749 4.4), the client
// authenticating in the form body as the spec's TokenRequest says.
func (s *Server) CreateToken(ctx context.Context, req gen.CreateTokenRequest) (gen.CreateTokenResponse, error) {
	tok, ttl, scopes, err := s.auth.Token(ctx, req.Body.ClientID, req.Body.ClientSecret, deref(req.Body.Scope))
	switch {
	case errors.Is(err, auth.ErrInvalidClient):
		return nil, NewProblem("unauthorized", http.StatusUnauthorized, "Unknown client or wrong secret.")
	case errors.Is(err, auth.ErrInvalidScope):
		return nil, invalid(field("body", "/scope", "asks for a scope this client was not granted"))
	case err != nil:
		return nil, err
	}
	return gen.CreateToken200Response{Body: gen.Token{AccessToken: tok, TokenType: gen.TokenTokenTypeBearer, ExpiresIn: int32(ttl),
		Scope: strings.Join(scopes, " ")}, Headers: gen.CreateToken200ResponseHeaders{CacheControl: cacheNone}}, nil
}

// GetJwks publishes the keys that verify access tokens, the retired one included
// while its tokens may still be alive. Caches may keep it five minutes, which is
// why a rotation keeps the old key for longer than that.
func (s *Server) GetJwks(context.Context, gen.GetJwksRequest) (gen.GetJwksResponse, error) {
	var set gen.JWKS
	for _, k := range s.issuer.Keys() {
		n, e := k.JWK()
		set.Keys = append(set.Keys, gen.JWK{Kty: gen.JWKKtyRSA, Use: gen.JWKUseSig, Alg: gen.JWKAlgRS256, Kid: k.ID, N: n, E: e})
	}
	return gen.GetJwks200Response{Body: set, Headers: gen.GetJwks200ResponseHeaders{CacheControl: "public, max-age=300"}}, nil
}

// GetHealth answers as soon as the process serves.
func (s *Server) GetHealth(context.Context, gen.GetHealthRequest) (gen.GetHealthResponse, error) {
	return gen.GetHealth200Response{Body: gen.Health{Status: gen.HealthStatusOk}, Headers: gen.GetHealth200ResponseHeaders{CacheControl: cacheNone}}, nil
}

// GetReadiness is ready once seeding is done (SetReady) and the database answers.
func (s *Server) GetReadiness(ctx context.Context, _ gen.GetReadinessRequest) (gen.GetReadinessResponse, error) {
	db, migrations := gen.ReadinessChecksItemStatusOk, gen.ReadinessChecksItemStatusOk
	if err := s.store.Ping(ctx); err != nil {
		db = gen.ReadinessChecksItemStatusFailing
	}
	if !s.ready.Load() {
		migrations = gen.ReadinessChecksItemStatusFailing
	}
	if db != gen.ReadinessChecksItemStatusOk || migrations != gen.ReadinessChecksItemStatusOk {
		p := NewProblem("unavailable", http.StatusServiceUnavailable, "database: "+string(db)+", migrations and seed: "+string(migrations)+".")
		return gen.GetReadiness503Response{Body: genProblem(p)}, nil
	}
	return gen.GetReadiness200Response{Body: gen.Readiness{Status: gen.ReadinessStatusReady, Checks: []gen.ReadinessChecksItem{
		{Name: "database", Status: db}, {Name: "migrations", Status: migrations}}}, Headers: gen.GetReadiness200ResponseHeaders{CacheControl: cacheNone}}, nil
}

// GetMetrics renders the registry in the Prometheus text format; guard has checked
// for an API key, and the operator's scope is checked here.
func (s *Server) GetMetrics(ctx context.Context, _ gen.GetMetricsRequest) (gen.GetMetricsResponse, error) {
	if !admin(caller(ctx)) {
		return nil, NewProblem("forbidden", http.StatusForbidden, "Metrics need an API key with the users:admin scope.")
	}
	var buf bytes.Buffer
	if err := s.registry.WriteText(&buf); err != nil {
		return nil, err
	}
	return gen.GetMetrics200Response{Body: buf.String(), Headers: gen.GetMetrics200ResponseHeaders{CacheControl: cacheNone}}, nil
}
