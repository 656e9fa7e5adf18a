package server

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/sequere/sequere/examples/orders/auth"
	"github.com/sequere/sequere/examples/orders/metrics"
)

// metrics are per server, registered in its own registry, so tests can run servers
// side by side.
type serverMetrics struct {
	requests *metrics.CounterVec
	duration *metrics.HistogramVec
}

func newMetrics(reg *metrics.Registry) *serverMetrics {
	m := &serverMetrics{
		requests: reg.NewCounterVec("http_requests_total", "Requests served.", "code", "route"),
		duration: reg.NewHistogramVec("http_request_duration_seconds", "Time to serve a request.",
			[]float64{.0005, .001, .0025, .005, .01, .025, .05, .1, .25, 1}, "route"),
	}
	reg.Register(metrics.NewGoCollector())
	reg.Register(metrics.NewProcessCollector())
	return m
}

// statusWriter remembers the status for logs and metrics.
type statusWriter struct {
	http.ResponseWriter
	status int
}

func (s *statusWriter) WriteHeader(code int) {
	if s.status == 0 {
		s.status = code
	}
	s.ResponseWriter.WriteHeader(code)
}

func (s *statusWriter) Write(p []byte) (int, error) {
	if s.status == 0 {
		s.status = http.StatusOK
	}
	return s.ResponseWriter.Write(p)
}

func (s *statusWriter) Unwrap() http.ResponseWriter { return s.ResponseWriter }

// route is filled in by guard with the operation's pattern, for metrics and logs.
type route struct{ pattern string }

type routeKey struct{}

// observe logs every request, counts it by route and turns a panic into a 500 problem.
func (s *Server) observe(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w}
		rt := &route{}
		r = r.WithContext(context.WithValue(r.Context(), routeKey{}, rt))
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				s.log.Error("panic", "method", r.Method, "path", r.URL.Path, "panic", fmt.Sprint(v))
				if sw.status == 0 {
					WriteProblem(sw, NewProblem("internal", http.StatusInternalServerError, "The incident was logged."))
				}
			}
			pattern := rt.pattern
			if pattern == "" {
				pattern = "unmatched"
			}
			elapsed := time.Since(start)
			s.metrics.requests.WithLabelValues(strconv.Itoa(sw.status), pattern).Inc()
			s.metrics.duration.WithLabelValues(pattern).Observe(elapsed.Seconds())
			if s.log.Enabled(r.Context(), slog.LevelInfo) {
				s.log.LogAttrs(r.Context(), slog.LevelInfo, "request", slog.String("method", r.Method), slog.String("path", r.URL.Path),
					slog.Int("status", sw.status), slog.Duration("duration", elapsed), slog.String("route", pattern))
			}
		}()
		next.ServeHTTP(sw, r)
	})
}

// authenticate resolves credentials to a principal in the context. Requests without
// credentials pass through (the handler decides whether the operation needs them);
// wrong credentials stop here with a 401.
func (s *Server) authenticate(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p, err := s.auth.Authenticate(r)
		switch {
		case errors.Is(err, auth.ErrNoCredentials):
			next.ServeHTTP(w, r)
		case err != nil:
			// Failed attempts spend the caller's address bucket, which also slows guessing.
			s.limiter.Allow("ip:" + remoteIP(r)).SetHeaders(w.Header())
			s.log.Info("rejected credentials", "path", r.URL.Path, "err", err)
			unauthorized(w, "The credentials are invalid, expired or not meant for this API.", true)
		default:
			next.ServeHTTP(w, r.WithContext(auth.WithPrincipal(r.Context(), p)))
		}
	})
}

func unauthorized(w http.ResponseWriter, detail string, invalid bool) {
	challenge := `Bearer realm="orders"`
	if invalid {
		challenge += `, error="invalid_token"`
	}
	w.Header().Set("WWW-Authenticate", challenge)
	WriteProblem(w, NewProblem("unauthorized", http.StatusUnauthorized, detail))
}

// limit applies the token bucket of the client, or of the remote address for
// anonymous requests.
func (s *Server) limit(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/healthz" || r.URL.Path == "/readyz" {
			next.ServeHTTP(w, r)
			return
		}
		key := "ip:" + remoteIP(r)
		if p, ok := auth.FromContext(r.Context()); ok {
			key = "client:" + p.ClientID
		}
		d := s.limiter.Allow(key)
		d.SetHeaders(w.Header())
		if !d.Allowed {
			WriteProblem(w, NewProblem("rate-limited", http.StatusTooManyRequests,
				fmt.Sprintf("Retry in %s seconds.", w.Header().Get("Retry-After"))))
			return
		}
		next.ServeHTTP(w, r)
	})
}

func remoteIP(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

// deprecate marks every /v1 response with RFC 9745 Deprecation, RFC 8594 Sunset and a
// Link to the /v2 successor.
func (s *Server) deprecate(next http.Handler) http.Handler {
	deprecation := fmt.Sprintf("@%d", s.cfg.V1Deprecated.Unix())
	sunset := s.cfg.V1Sunset.UTC().Format(http.TimeFormat)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if rest, ok := strings.CutPrefix(r.URL.Path, "/v1/"); ok {
			h := w.Header()
			h.Set("Deprecation", deprecation)
			h.Set("Sunset", sunset)
			h.Set("Link", `</v2/`+rest+`>; rel="successor-version"`)
		}
		next.ServeHTTP(w, r)
	})
}
