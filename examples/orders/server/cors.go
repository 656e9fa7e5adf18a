package server

import (
	"net/http"
	"slices"
	"strings"

	"github.com/sequere/sequere/examples/orders/gen"
)

// Without these lists a browser script could send only simple headers and read only
// the safelisted response headers, which would hide ETag, Location and RateLimit-*.
var (
	corsRequestHeaders = "Authorization, X-API-Key, Content-Type, If-Match, If-None-Match, Idempotency-Key"
	corsExposedHeaders = "ETag, Location, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, Retry-After, " +
		"Deprecation, Sunset, Link, WWW-Authenticate"
)

// corsMaxAge lets a browser reuse a preflight for ten minutes.
const corsMaxAge = "600"

// cors lets the configured origins read responses and answers their preflights.
// Credentials travel in headers, not cookies, so Access-Control-Allow-Credentials is
// never needed. It sits outside authentication so that a 401 is readable too.
func (s *Server) cors(mux *http.ServeMux, next http.Handler) http.Handler {
	wildcard := slices.Contains(s.cfg.AllowedOrigins, "*")
	allowed := func(origin string) bool { return wildcard || slices.Contains(s.cfg.AllowedOrigins, origin) }
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		origin := r.Header.Get("Origin")
		if origin == "" {
			next.ServeHTTP(w, r)
			return
		}
		h := w.Header()
		h.Add("Vary", "Origin")
		preflight := r.Method == http.MethodOptions && r.Header.Get("Access-Control-Request-Method") != ""
		if !allowed(origin) {
			if preflight {
				WriteProblem(w, NewProblem("forbidden", http.StatusForbidden, "Origin "+origin+" may not call this API from a browser."))
				return
			}
			next.ServeHTTP(w, r) // the browser withholds the response; other clients ignore CORS
			return
		}
		if wildcard {
			h.Set("Access-Control-Allow-Origin", "*")
		} else {
			h.Set("Access-Control-Allow-Origin", origin)
		}
		if !preflight {
			h.Set("Access-Control-Expose-Headers", corsExposedHeaders)
			next.ServeHTTP(w, r)
			return
		}
		probe := r.Clone(r.Context())
		probe.Method = r.Header.Get("Access-Control-Request-Method")
		methods := gen.Allowed(mux, probe)
		if len(methods) == 0 {
			WriteProblem(w, NewProblem("not-found", http.StatusNotFound, "No such route: "+r.URL.Path+"."))
			return
		}
		if !slices.Contains(methods, probe.Method) {
			h.Set("Allow", strings.Join(methods, ", "))
			WriteProblem(w, NewProblem("method-not-allowed", http.StatusMethodNotAllowed,
				probe.Method+" is not allowed on "+r.URL.Path+"."))
			return
		}
		h.Set("Access-Control-Allow-Methods", strings.Join(methods, ", "))
		h.Set("Access-Control-Allow-Headers", corsRequestHeaders)
		h.Set("Access-Control-Max-Age", corsMaxAge)
		h.Set("Cache-Control", cacheNone)
		w.WriteHeader(http.StatusNoContent)
	})
}
