package server

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strings"

	"github.com/sequere/sequere/examples/orders/auth"
	"github.com/sequere/sequere/examples/orders/gen"
	"github.com/sequere/sequere/examples/orders/store"
)

// Error makes a Problem an error: operations return it, errorHandler writes it.
func (p Problem) Error() string { return p.Type + ": " + p.Detail }

func notFound(kind, id string) Problem {
	return NewProblem("not-found", http.StatusNotFound, fmt.Sprintf("No %s %s.", kind, id))
}

func invalid(errs ...FieldError) Problem {
	p := NewProblem("validation", http.StatusBadRequest, "Fix the listed fields and retry.")
	p.Errors = errs
	return p
}

func field(in, pointer, detail string) FieldError {
	return FieldError{In: in, Pointer: pointer, Detail: detail}
}

// errorHandler answers an operation's error: a Problem as it is, store errors as their
// problem, anything else as a logged 500 that tells the client nothing of the cause.
func (s *Server) errorHandler(w http.ResponseWriter, r *http.Request, err error) {
	var p Problem
	switch {
	case errors.As(err, &p):
	case errors.Is(err, store.ErrBadCursor):
		p = invalid(field("query", "/cursor", "is not a cursor this API issued"))
	default:
		s.log.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
		p = NewProblem("internal", http.StatusInternalServerError, "The incident was logged.")
	}
	if p.Status == http.StatusUnauthorized {
		w.Header().Set("WWW-Authenticate", `Bearer realm="orders"`)
	}
	WriteProblem(w, p)
}

// guard enforces each operation's security requirement from the spec before the
// request is even decoded: credentials unless the operation allows anonymous access,
// the OAuth scopes it names (API keys carry scopes too), and an API key where the
// spec accepts nothing else (/metrics).
func (s *Server) guard(op gen.Operation, next http.Handler) http.Handler {
	anonymous, keyOnly := false, true
	var scopes []string
	for _, req := range op.Security {
		if len(req) == 0 {
			anonymous = true
		}
		if _, ok := req["oauth2"]; ok {
			keyOnly = false
		}
		scopes = append(scopes, req["oauth2"]...)
	}
	keyOnly = keyOnly && !anonymous
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if rt, ok := r.Context().Value(routeKey{}).(*route); ok {
			rt.pattern = op.Pattern
		}
		if anonymous {
			next.ServeHTTP(w, r)
			return
		}
		p, ok := auth.FromContext(r.Context())
		if !ok || (keyOnly && !p.APIKey) {
			detail := "Send a bearer token or an X-API-Key."
			if keyOnly {
				detail = "This operation needs an API key in X-API-Key."
			}
			unauthorized(w, detail, false)
			return
		}
		for _, sc := range scopes {
			if !p.Has(sc) {
				WriteProblem(w, NewProblem("forbidden", http.StatusForbidden, "This operation needs the "+sc+" scope."))
				return
			}
		}
		// The spec answers a change without If-Match with 428 (RFC 6585), not with the
		// 400 a missing required header gets, so that clients learn to read first.
		if preconditioned[op.ID] && r.Header.Get("If-Match") == "" {
			WriteProblem(w, NewProblem("precondition-required", http.StatusPreconditionRequired,
				"Send the ETag you last read in If-Match."))
			return
		}
		next.ServeHTTP(w, r)
	})
}

// preconditioned are the operations whose If-Match the spec requires.
var preconditioned = map[string]bool{"updateOrder": true}

// caller returns the principal guard let through.
func caller(ctx context.Context) auth.Principal {
	p, _ := auth.FromContext(ctx)
	return p
}

// admin reports whether the caller may act on everyone's resources.
func admin(p auth.Principal) bool { return slices.Contains(p.Scopes, auth.ScopeUsersAdmin) }

// etagMatches compares opaque tags (weak comparison, RFC 9110 8.8.3.2), so a tag a
// cache weakened still revalidates; "*" matches anything.
func etagMatches(header *string, etag string) bool {
	if header == nil || *header == "" {
		return false
	}
	want := strings.TrimPrefix(etag, "W/")
	for _, t := range strings.Split(*header, ",") {
		t = strings.TrimSpace(t)
		if t == "*" || strings.TrimPrefix(t, "W/") == want {
			return true
		}
	}
	return false
}

const (
	cacheResource = "private, no-cache"
	cacheNone     = "no-store"
)
