// Package server is the orders API over HTTP: the handlers behind the routes of
// examples/orders/openapi.yaml, and the middleware every request passes (logging,
// metrics, gzip, CORS, authentication, rate limiting, /v1 deprecation headers).
package server

import (
	"log/slog"
	"net/http"
	"strings"
	"sync/atomic"
	"time"

	"github.com/sequere/sequere/examples/orders/auth"
	"github.com/sequere/sequere/examples/orders/gen"
	"github.com/sequere/sequere/examples/orders/metrics"
	"github.com/sequere/sequere/examples/orders/ratelimit"
	"github.com/sequere/sequere/examples/orders/store"
)

// Config tunes a Server; zero fields take the defaults noted.
type Config struct {
	// RateLimit is requests per second per client (default 50), Burst the bucket size
	// (default 100).
	RateLimit float64
	Burst     int
	// V1Deprecated and V1Sunset date the /v1 subset (defaults 2026-01-01, 2027-06-30).
	V1Deprecated time.Time
	V1Sunset     time.Time
	Logger       *slog.Logger
	// AllowedOrigins may call the API from a browser (CORS); "*" allows any origin.
	// Empty allows none.
	AllowedOrigins []string
	// Now is the clock for rate limiting; the store and issuer carry their own.
	Now func() time.Time
}

// Server serves the API from a store with an issuer. Build it with New.
type Server struct {
	cfg      Config
	store    *store.Store
	issuer   *auth.Issuer
	auth     *auth.Authenticator
	limiter  *ratelimit.Limiter
	registry *metrics.Registry
	metrics  *serverMetrics
	log      *slog.Logger
	ready    atomic.Bool
}

// New returns a server that is not ready until SetReady(true).
func New(st *store.Store, issuer *auth.Issuer, cfg Config) *Server {
	if cfg.RateLimit == 0 {
		cfg.RateLimit = 50
	}
	if cfg.Burst == 0 {
		cfg.Burst = 100
	}
	if cfg.V1Deprecated.IsZero() {
		cfg.V1Deprecated = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	if cfg.V1Sunset.IsZero() {
		cfg.V1Sunset = time.Date(2027, 6, 30, 0, 0, 0, 0, time.UTC)
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	reg := metrics.NewRegistry()
	return &Server{
		cfg:      cfg,
		store:    st,
		issuer:   issuer,
		auth:     &auth.Authenticator{Issuer: issuer, Clients: st},
		limiter:  ratelimit.New(cfg.RateLimit, cfg.Burst, cfg.Now),
		registry: reg,
		metrics:  newMetrics(reg),
		log:      cfg.Logger,
	}
}

// SetReady flips /readyz; serve sets it once seeding is done and clears it on shutdown.
func (s *Server) SetReady(ok bool) { s.ready.Store(ok) }

// Registry is where the server's metrics live; callers may add their own.
func (s *Server) Registry() *metrics.Registry { return s.registry }

var _ gen.Server = (*Server)(nil)

// cacheByDefault marks every response no-store unless its handler says otherwise,
// so that no path (a generated 415, a preflight, a 204) reaches a cache unlabelled.
func cacheByDefault(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// A shared slice spares an allocation on the hot path; Set replaces it and Add
		// appends to a full slice, so it is never written through.
		w.Header()["Cache-Control"] = noStore
		next.ServeHTTP(w, r)
	})
}

var noStore = []string{cacheNone}

// Handler returns the whole API: the generated router (request decoding and
// validation against the spec) around this server's operations, inside the
// middleware every request passes.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	gen.Register(mux, s, gen.Options{
		ValidationProblemType: ProblemBase + "validation",
		ErrorHandler:          s.errorHandler,
		Middleware:            s.guard,
	})
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		if allow := gen.Allowed(mux, r); len(allow) > 0 {
			w.Header().Set("Allow", strings.Join(allow, ", "))
			WriteProblem(w, NewProblem("method-not-allowed", http.StatusMethodNotAllowed,
				r.Method+" is not allowed on "+r.URL.Path+"; see Allow."))
			return
		}
		WriteProblem(w, NewProblem("not-found", http.StatusNotFound, "No such route: "+r.Method+" "+r.URL.Path+"."))
	})
	var h http.Handler = mux
	h = s.deprecate(h)
	h = s.limit(h)
	h = s.authenticate(h)
	h = s.cors(mux, h)
	h = Gzip(h)
	h = cacheByDefault(h)
	return s.observe(h)
}
