package server

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"regexp"
	"strings"

	"github.com/sequere/sequere/examples/orders/auth"
	"github.com/sequere/sequere/examples/orders/store"
)

// Error makes a Problem an error, so the core returns it and the edge writes it.
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

// fail writes err: a Problem as it is, store errors as their problem, anything else
// as a logged 500 that tells the client nothing about the cause.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
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

// principal returns the caller, or 401 without credentials and 403 without scope.
func principal(r *http.Request, scope string) (auth.Principal, error) {
	p, ok := auth.FromContext(r.Context())
	if !ok {
		return auth.Principal{}, NewProblem("unauthorized", http.StatusUnauthorized, "Send a bearer token or an X-API-Key.")
	}
	if scope != "" && !p.Has(scope) {
		return auth.Principal{}, NewProblem("forbidden", http.StatusForbidden, "This operation needs the "+scope+" scope.")
	}
	return p, nil
}

func writeJSON(w http.ResponseWriter, status int, cacheControl string, v any) {
	h := w.Header()
	h.Set("Content-Type", "application/json")
	h.Set("Cache-Control", cacheControl)
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

// writeResource writes a single resource with its ETag, honouring If-None-Match on
// reads with a 304.
func writeResource(w http.ResponseWriter, r *http.Request, status int, etag string, v any) {
	w.Header().Set("ETag", etag)
	if r.Method == http.MethodGet && status == http.StatusOK && etagMatches(r.Header.Get("If-None-Match"), etag) {
		w.Header().Set("Cache-Control", "private, no-cache")
		w.WriteHeader(http.StatusNotModified)
		return
	}
	writeJSON(w, status, "private, no-cache", v)
}

// etagMatches compares opaque tags (weak comparison, RFC 9110 8.8.3.2), so a tag a
// cache weakened still revalidates; "*" matches anything.
func etagMatches(header, etag string) bool {
	if header == "" {
		return false
	}
	want := strings.TrimPrefix(etag, "W/")
	for _, t := range strings.Split(header, ",") {
		t = strings.TrimSpace(t)
		if t == "*" || strings.TrimPrefix(t, "W/") == want {
			return true
		}
	}
	return false
}

const maxBody = 1 << 20

// decode reads a JSON body strictly (unknown members are errors, as the spec's
// additionalProperties: false says) into v, returning the raw bytes too.
func decode(r *http.Request, v any) ([]byte, error) {
	raw, err := io.ReadAll(http.MaxBytesReader(nil, r.Body, maxBody))
	if err != nil {
		return nil, invalid(field("body", "", "the body is larger than 1 MiB or unreadable"))
	}
	dec := json.NewDecoder(strings.NewReader(string(raw)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return raw, invalid(field("body", "", "not valid JSON for this operation: "+err.Error()))
	}
	if dec.More() {
		return raw, invalid(field("body", "", "trailing data after the JSON value"))
	}
	return raw, nil
}

var (
	idPatterns = map[string]*regexp.Regexp{
		"usr": regexp.MustCompile(`^usr_[A-Za-z0-9]{12,32}$`),
		"ord": regexp.MustCompile(`^ord_[A-Za-z0-9]{12,32}$`),
		"whk": regexp.MustCompile(`^whk_[A-Za-z0-9]{12,32}$`),
		"dlv": regexp.MustCompile(`^dlv_[A-Za-z0-9]{12,32}$`),
	}
	skuPattern      = regexp.MustCompile(`^[A-Z0-9][A-Z0-9-]*$`)
	currencyPattern = regexp.MustCompile(`^[A-Z]{3}$`)
)

// pathID reads a path parameter and checks its prefix and shape.
func pathID(r *http.Request, name, prefix string) (string, error) {
	id := r.PathValue(name)
	if !idPatterns[prefix].MatchString(id) {
		return "", invalid(field("path", "/"+name, "must be "+prefix+"_ followed by 12 to 32 letters or digits"))
	}
	return id, nil
}
