package server

import (
	"errors"
	"mime"
	"net/http"
	"regexp"
	"strings"

	"github.com/sequere/sequere/examples/orders/auth"
)

func (s *Server) routes(mux *http.ServeMux) {
	mux.HandleFunc("POST /oauth/token", s.createToken)
	mux.HandleFunc("POST /v2/users", s.createUser)
	mux.HandleFunc("GET /v2/users/{id}", s.getUser)
	mux.HandleFunc("DELETE /v2/users/{id}", s.deleteUser)
	mux.HandleFunc("GET /v2/users/{id}/orders", s.listUserOrders)
	mux.HandleFunc("POST /v2/orders", s.createOrder)
	mux.HandleFunc("GET /v2/orders/{id}", s.getOrder)
	mux.HandleFunc("PATCH /v2/orders/{id}", s.updateOrder)
	mux.HandleFunc("POST /v2/orders/{id}/pay", s.payOrder)
	mux.HandleFunc("POST /v2/orders/{id}/cancel", s.cancelOrder)
	mux.HandleFunc("POST /v2/orders/{id}/fulfil", s.fulfilOrder)
	mux.HandleFunc("GET /v2/webhook-endpoints", s.listWebhookEndpoints)
	mux.HandleFunc("POST /v2/webhook-endpoints", s.createWebhookEndpoint)
	mux.HandleFunc("GET /v2/webhook-endpoints/{id}", s.getWebhookEndpoint)
	mux.HandleFunc("DELETE /v2/webhook-endpoints/{id}", s.deleteWebhookEndpoint)
	mux.HandleFunc("GET /v2/webhook-endpoints/{id}/deliveries", s.listWebhookDeliveries)
	mux.HandleFunc("POST /v2/webhook-endpoints/{id}/deliveries/{delivery_id}/replay", s.replayWebhookDelivery)
	mux.HandleFunc("GET /healthz", s.health)
	mux.HandleFunc("GET /readyz", s.readiness)
	// The deprecated /v1 subset: same handlers, the deprecate middleware adds headers.
	mux.HandleFunc("GET /v1/orders/{id}", s.getOrder)
	mux.HandleFunc("GET /v1/users/{id}/orders", s.listUserOrders)
}

var (
	clientIDPattern = regexp.MustCompile(`^cli_[A-Za-z0-9]{8,32}$`)
	scopePattern    = regexp.MustCompile(`^[a-z]+:[a-z]+( [a-z]+:[a-z]+)*$`)
)

// createToken is the client-credentials grant (RFC 6749 4.4) with the client
// authenticating in the form body, as the spec's TokenRequest says.
func (s *Server) createToken(w http.ResponseWriter, r *http.Request) {
	err := func() error {
		if mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type")); mt != "application/x-www-form-urlencoded" {
			return invalid(field("header", "/Content-Type", "must be application/x-www-form-urlencoded"))
		}
		r.Body = http.MaxBytesReader(w, r.Body, 16<<10)
		if err := r.ParseForm(); err != nil {
			return invalid(field("body", "", "not a form"))
		}
		f := r.PostForm
		var errs []FieldError
		if f.Get("grant_type") != "client_credentials" {
			errs = append(errs, field("body", "/grant_type", "must be client_credentials"))
		}
		if !clientIDPattern.MatchString(f.Get("client_id")) {
			errs = append(errs, field("body", "/client_id", "must be cli_ followed by 8 to 32 letters or digits"))
		}
		if f.Get("client_secret") == "" {
			errs = append(errs, field("body", "/client_secret", "is required"))
		}
		if sc := f.Get("scope"); sc != "" && !scopePattern.MatchString(sc) {
			errs = append(errs, field("body", "/scope", "must be space-separated scopes such as orders:read"))
		}
		if len(errs) > 0 {
			return invalid(errs...)
		}
		tok, ttl, scopes, err := s.auth.Token(r.Context(), f.Get("client_id"), f.Get("client_secret"), f.Get("scope"))
		switch {
		case errors.Is(err, auth.ErrInvalidClient):
			return NewProblem("unauthorized", http.StatusUnauthorized, "Unknown client or wrong secret.")
		case errors.Is(err, auth.ErrInvalidScope):
			return invalid(field("body", "/scope", "asks for a scope this client was not granted"))
		case err != nil:
			return err
		}
		w.Header().Set("Pragma", "no-cache")
		writeJSON(w, http.StatusOK, "no-store", map[string]any{
			"access_token": tok, "token_type": "Bearer", "expires_in": ttl, "scope": strings.Join(scopes, " "),
		})
		return nil
	}()
	if err != nil {
		s.fail(w, r, err)
	}
}

func (s *Server) health(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, "no-store", map[string]string{"status": "ok"})
}

func (s *Server) readiness(w http.ResponseWriter, r *http.Request) {
	type check struct {
		Name   string `json:"name"`
		Status string `json:"status"`
	}
	db, migrations := "ok", "ok"
	if err := s.store.Ping(r.Context()); err != nil {
		db = "failing"
	}
	if !s.ready.Load() {
		migrations = "failing"
	}
	if db != "ok" || migrations != "ok" {
		WriteProblem(w, NewProblem("unavailable", http.StatusServiceUnavailable, "database: "+db+", migrations and seed: "+migrations+"."))
		return
	}
	writeJSON(w, http.StatusOK, "no-store", map[string]any{"status": "ready",
		"checks": []check{{"database", db}, {"migrations", migrations}}})
}
