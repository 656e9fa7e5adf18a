package contract

import (
	"encoding/json"
	"io"
	"mime"
	"net/http"
	"strconv"
	"strings"
	"sync"
)

// accountsServer is the honest implementation of testdata/accounts.yaml;
// each field breaks exactly one documented behaviour, for one check.
type accountsServer struct {
	scope401       bool // a token without accounts:admin gets 401, not the documented 403 (ignored_auth)
	badEmail       bool // getMe's email is no address (response_schema_conformance)
	defaultSuccess bool // a signup answers 200, which only default covers beside the documented 201 (status_code_conformance)
	shallowChecks  bool // a signup's body is checked down to address.geo, not inside it (negative_data_rejection)

	mu      sync.Mutex
	signups int
}

// adaToken is what ada's client credentials buy: accounts:read only.
const adaToken = "Bearer ada-token"

func (s *accountsServer) problem(w http.ResponseWriter, status int, detail string) {
	w.Header().Set("Content-Type", "application/problem+json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]any{"type": "about:blank", "title": http.StatusText(status), "status": status, "detail": detail})
}

func (s *accountsServer) json(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func (s *accountsServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	allow := map[string]string{"/oauth/token": "POST", "/me": "GET, HEAD", "/signups": "POST", "/report": "GET, HEAD"}[r.URL.Path]
	switch {
	case allow == "":
		s.problem(w, 404, "no such route")
	case !strings.Contains(allow, r.Method):
		w.Header().Set("Allow", allow)
		s.problem(w, 405, "see Allow")
	case r.URL.Path == "/oauth/token":
		s.token(w, r)
	case !s.authenticated(w, r):
	case r.URL.Path == "/me":
		email := "ada@example.com"
		if s.badEmail {
			email = "ada at example.com"
		}
		s.json(w, 200, map[string]any{"id": "usr_1", "email": email})
	case r.URL.Path == "/report":
		if s.scope401 {
			w.Header().Set("WWW-Authenticate", `Bearer realm="accounts", error="invalid_token"`)
			s.problem(w, 401, "this token cannot read the report")
			return
		}
		// RFC 6750 section 3.1: a valid token short of a scope.
		w.Header().Set("WWW-Authenticate", `Bearer realm="accounts", error="insufficient_scope", scope="accounts:admin"`)
		s.problem(w, 403, "the report needs accounts:admin")
	default:
		s.signup(w, r)
	}
}

func (s *accountsServer) token(w http.ResponseWriter, r *http.Request) {
	if r.ParseForm() != nil || r.PostForm.Get("client_id") != "ada" || r.PostForm.Get("client_secret") != "ada-secret" {
		s.json(w, 401, map[string]any{"error": "invalid_client"})
		return
	}
	s.json(w, 200, map[string]any{"access_token": "ada-token", "token_type": "Bearer", "expires_in": 3600, "scope": "accounts:read"})
}

func (s *accountsServer) authenticated(w http.ResponseWriter, r *http.Request) bool {
	got := r.Header.Get("Authorization")
	if got == adaToken {
		return true
	}
	challenge := `Bearer realm="accounts"`
	if got != "" {
		challenge = `Bearer realm="accounts", error="invalid_token"`
	}
	w.Header().Set("WWW-Authenticate", challenge)
	s.problem(w, 401, "a bearer token is needed")
	return false
}

func (s *accountsServer) signup(w http.ResponseWriter, r *http.Request) {
	if mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type")); mt != "application/json" {
		s.problem(w, 415, "send application/json")
		return
	}
	b, _ := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	var body any
	if json.Unmarshal(b, &body) != nil || !s.validSignup(body) {
		s.problem(w, 400, "not a signup")
		return
	}
	s.signups++
	status := 201
	if s.defaultSuccess {
		status = 200
	}
	s.json(w, status, map[string]any{"id": "sgn_" + strconv.Itoa(s.signups)})
}

// validSignup is the Signup schema, written out.
func (s *accountsServer) validSignup(v any) bool {
	top, ok := closed(v, "name", "address")
	if !ok || !sized(top["name"], 1, 20) {
		return false
	}
	address, ok := top["address"].(map[string]any)
	if !ok {
		return false
	}
	address, ok = closed(address, "city", "geo")
	if !ok || !sized(address["city"], 1, 20) {
		return false
	}
	if _, ok := address["geo"].(map[string]any); ok && s.shallowChecks {
		return true
	}
	geo, ok := closed(address["geo"], "lat")
	if !ok {
		return false
	}
	lat, ok := geo["lat"].(float64)
	return ok && lat >= -90 && lat <= 90
}

// closed is v as an object that has exactly the given (required) keys.
func closed(v any, keys ...string) (map[string]any, bool) {
	m, ok := v.(map[string]any)
	if !ok || len(m) != len(keys) {
		return nil, false
	}
	for _, k := range keys {
		if _, ok := m[k]; !ok {
			return nil, false
		}
	}
	return m, true
}

func sized(v any, lo, hi int) bool {
	s, ok := v.(string)
	n := len([]rune(s))
	return ok && n >= lo && n <= hi
}
