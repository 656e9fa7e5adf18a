package orders

import (
	"context"
	"crypto/rand"
	"crypto/rsa"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/sequere/sequere/examples/orders/auth"
	"github.com/sequere/sequere/examples/orders/server"
	"github.com/sequere/sequere/examples/orders/store"
	"github.com/sequere/sequere/examples/orders/webhooks"
)

// Options configure Serve. Zero values: Addr 127.0.0.1:8080, an in-memory SQLite
// database, logs discarded, banner discarded.
type Options struct {
	Addr     string
	Database string
	// Banner receives the human greeting with a ready-to-paste curl.
	Banner io.Writer
	Logger *slog.Logger
	// Listening, when set, is told the bound address once /healthz answers.
	Listening func(addr string, seed Seeded)
	// RateLimit and Burst override the per-client token bucket (see server.Config).
	RateLimit float64
	Burst     int
	// WebhookHorizon is how long a failing delivery is retried (default 72 h).
	WebhookHorizon time.Duration
	// WebhookAllowPrivate lets deliveries reach loopback and private addresses, for
	// trying webhooks against a receiver on this machine.
	WebhookAllowPrivate bool
	// CORSOrigins may call the API from a browser (see server.Config.AllowedOrigins).
	CORSOrigins []string
	// KeyRotation, when positive, replaces the token signing key that often; the
	// previous key keeps verifying (and stays in the JWKS) for the token lifetime.
	KeyRotation time.Duration
}

// Serve runs the API until ctx is done, then drains in-flight requests and stops the
// webhook dispatcher. It returns nil after a clean shutdown.
func Serve(ctx context.Context, opts Options) error {
	if opts.Addr == "" {
		opts.Addr = "127.0.0.1:8080"
	}
	if opts.Banner == nil {
		opts.Banner = io.Discard
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	log := opts.Logger
	st, err := store.Open(ctx, opts.Database, nil)
	if err != nil {
		return err
	}
	defer st.Close()
	seed, err := Seed(ctx, st)
	if err != nil {
		return err
	}
	issuer, err := auth.NewIssuer("https://api.example.com", "https://api.example.com", nil)
	if err != nil {
		return err
	}
	api := server.New(st, issuer, server.Config{Logger: log, RateLimit: opts.RateLimit, Burst: opts.Burst,
		AllowedOrigins: opts.CORSOrigins})
	ln, err := net.Listen("tcp", opts.Addr)
	if err != nil {
		return err
	}
	srv := &http.Server{Handler: api.Handler(), ReadHeaderTimeout: 5 * time.Second, ReadTimeout: 30 * time.Second,
		WriteTimeout: 30 * time.Second, IdleTimeout: 2 * time.Minute, ErrorLog: slog.NewLogLogger(log.Handler(), slog.LevelWarn)}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()

	dispatchCtx, stopDispatch := context.WithCancel(context.WithoutCancel(ctx))
	dispatched := make(chan struct{})
	go func() {
		defer close(dispatched)
		policy := webhooks.DefaultPolicy
		if opts.WebhookHorizon > 0 {
			policy.Horizon = opts.WebhookHorizon
		}
		client := webhooks.SafeClient(10 * time.Second)
		if opts.WebhookAllowPrivate {
			client = &http.Client{Timeout: 10 * time.Second}
		}
		(&webhooks.Dispatcher{Store: st, Logger: log, Policy: policy, Client: client}).Run(dispatchCtx, time.Second)
	}()
	go purgeKeys(dispatchCtx, st, log)
	if opts.KeyRotation > 0 {
		t := time.NewTicker(opts.KeyRotation)
		defer t.Stop()
		go rotateKeys(dispatchCtx, issuer, t.C, log)
	}

	api.SetReady(true)
	addr := ln.Addr().String()
	log.Info("listening", "addr", addr, "database", describe(opts.Database), "postgres", st.Postgres())
	if err := banner(ctx, opts.Banner, addr, opts.Database, issuer, seed); err != nil {
		log.Warn("banner", "err", err)
	}
	if opts.Listening != nil {
		opts.Listening(addr, seed)
	}

	select {
	case err := <-served:
		stopDispatch()
		<-dispatched
		return err
	case <-ctx.Done():
	}
	log.Info("shutting down")
	api.SetReady(false)
	shutdownCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
	defer cancel()
	err = srv.Shutdown(shutdownCtx)
	stopDispatch()
	<-dispatched
	if errors.Is(<-served, http.ErrServerClosed) && err == nil {
		log.Info("stopped")
		return nil
	}
	return err
}

// purgeKeys forgets Idempotency-Keys after the 24 hours the spec promises, hourly.
func purgeKeys(ctx context.Context, st *store.Store, log *slog.Logger) {
	t := time.NewTicker(time.Hour)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case now := <-t.C:
			if n, err := st.PurgeIdempotency(ctx, now.Add(-24*time.Hour)); err != nil {
				log.Warn("purge idempotency keys", "err", err)
			} else if n > 0 {
				log.Info("purged idempotency keys", "count", n)
			}
		}
	}
}

// rotateKeys gives the issuer a fresh signing key on every tick.
func rotateKeys(ctx context.Context, issuer *auth.Issuer, tick <-chan time.Time, log *slog.Logger) {
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick:
			key, err := rsa.GenerateKey(rand.Reader, 2048)
			if err != nil {
				log.Error("rotate token signing key", "err", err)
				continue
			}
			issuer.Rotate(key, 0)
			log.Info("rotated token signing key", "kid", issuer.KeyID)
		}
	}
}

func describe(db string) string {
	switch {
	case db == "" || db == ":memory:":
		return "in-memory SQLite"
	case strings.HasPrefix(db, "postgres"):
		return "PostgreSQL"
	}
	return "SQLite file " + db
}

// banner prints where the API is and a curl that works as pasted.
func banner(ctx context.Context, w io.Writer, addr, db string, issuer *auth.Issuer, seed Seeded) error {
	token, _, err := issuer.Issue(auth.Principal{ClientID: seed.Ada.ClientID, UserID: seed.Ada.UserID, Scopes: seed.Ada.Scopes})
	if err != nil {
		return err
	}
	base := "http://" + addr
	path := "/v2/users/" + seed.Ada.UserID + "/orders"
	if len(seed.Orders) > 0 {
		path = "/v2/orders/" + seed.Orders[len(seed.Orders)-1]
	}
	_, err = fmt.Fprintf(w, `Sequere orders API on %[1]s (%[2]s), seeded with Ada, Bob and an operator.

Try it (a token for Ada, valid one hour):
  curl -s %[1]s%[3]s \
    -H 'Authorization: Bearer %[4]s'

Get your own token (client credentials):
  curl -s %[1]s/oauth/token -d grant_type=client_credentials \
    -d client_id=%[5]s -d client_secret=%[6]s

Operator API key (users:admin, also for /metrics): %[7]s
Ada's API key: %[8]s
Health: %[1]s/healthz  Ready: %[1]s/readyz  Stop: Ctrl-C
`, base, describe(db), path, token, seed.Ada.ClientID, seed.Ada.Secret, seed.Admin.APIKey, seed.Ada.APIKey)
	return err
}
