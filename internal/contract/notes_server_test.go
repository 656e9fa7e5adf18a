package contract

import (
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"
)

// notesServer is the honest implementation of testdata/notes.yaml; each
// field breaks exactly one documented behaviour, for one check.
type notesServer struct {
	ignoresAuth       bool // getNote answers without credentials (ignored_auth)
	keyOptional       bool // createNote works without Idempotency-Key (missing_required_header)
	frozenETag        bool // the ETag never changes (conditional_requests)
	ignoresNoneMatch  bool // If-None-Match never gives 304 (conditional_requests)
	ignoresIfMatch    bool // any If-Match is accepted (conditional_requests)
	createsTwice      bool // a replayed key creates another note (idempotency_replay)
	replaysOtherBody  bool // a key reused with another body replays the first (idempotency_replay)
	badProblemStatus  bool // problem bodies carry another status (problem_details)
	noRetryAfter      bool // 429 without Retry-After (rate_limit_headers)
	stalls            bool // getStatus takes 2 s on the test clock (response_time)
	othersNotesShared bool // bob's token reads ada's notes (cross_user_access)
	othersWrite       bool // bob's token cannot read ada's notes but can change them (cross_user_access)
	retryAfterZero    bool // a 429 says Retry-After: 0 (rate_limit_headers)
	ifMatch400        bool // a PATCH without If-Match is a 400, not the documented 428 (missing_required_header)
	updateNoETag      bool // an update answers without its new ETag (conditional_requests)
	bareChallenge     bool // a bad token gets the challenge for none, without error="invalid_token" (ignored_auth)

	clock *fakeClock

	mu     sync.Mutex
	notes  map[string]*note
	keys   map[string]replayed
	next   int
	status int
}

type note struct {
	ID, Text, Owner string
	Version         int
}

type replayed struct {
	hash   [32]byte
	header http.Header
	body   []byte
}

var noteTokens = map[string]string{"Bearer ada-token": "ada", "Bearer bob-token": "bob"}

// fakeClock is the run's clock: the server moves it as it "works", so
// response_time is tested without real waiting.
type fakeClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) advance(d time.Duration) {
	c.mu.Lock()
	c.now = c.now.Add(d)
	c.mu.Unlock()
}

func newNotesServer() *notesServer {
	return &notesServer{clock: &fakeClock{now: time.Unix(1700000000, 0)}, notes: map[string]*note{}, keys: map[string]replayed{}}
}

func (s *notesServer) problem(w http.ResponseWriter, status int, detail string) {
	w.Header().Set("Content-Type", "application/problem+json")
	w.WriteHeader(status)
	member := status
	if s.badProblemStatus {
		member = 400
		if status == 400 {
			member = 422
		}
	}
	_ = json.NewEncoder(w).Encode(map[string]any{"type": "about:blank", "title": http.StatusText(status), "status": member, "detail": detail})
}

func (s *notesServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.clock.advance(time.Millisecond)
	s.mu.Lock()
	defer s.mu.Unlock()
	switch {
	case r.URL.Path == "/status":
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			s.notAllowed(w, "GET, HEAD")
			return
		}
		s.getStatus(w)
	case r.URL.Path == "/notes":
		if r.Method != http.MethodPost {
			s.notAllowed(w, "POST")
			return
		}
		if user, ok := s.user(w, r); ok {
			s.create(w, r, user)
		}
	case strings.HasPrefix(r.URL.Path, "/notes/") && !strings.Contains(r.URL.Path[7:], "/"):
		id := r.URL.Path[7:]
		switch r.Method {
		case http.MethodGet, http.MethodHead:
			if _, known := noteTokens[r.Header.Get("Authorization")]; s.ignoresAuth && !known {
				// Anonymous readers see every note.
				if n := s.notes[id]; n != nil {
					s.get(w, r, n)
					return
				}
				s.problem(w, 404, "no note "+id)
				return
			}
			if user, ok := s.user(w, r); ok {
				if n := s.find(w, id, user); n != nil {
					s.get(w, r, n)
				}
			}
		case http.MethodPatch:
			if s.ifMatch400 && len(r.Header.Values("If-Match")) == 0 {
				s.problem(w, 400, "If-Match is missing")
				return
			}
			if user, ok := s.user(w, r); ok {
				if n := s.findToWrite(w, id, user); n != nil {
					s.update(w, r, n)
				}
			}
		case http.MethodDelete:
			if user, ok := s.user(w, r); ok {
				if n := s.findToWrite(w, id, user); n != nil {
					delete(s.notes, id)
					w.WriteHeader(http.StatusNoContent)
				}
			}
		default:
			s.notAllowed(w, "GET, HEAD, PATCH, DELETE")
		}
	default:
		s.problem(w, 404, "no such route")
	}
}

func (s *notesServer) notAllowed(w http.ResponseWriter, allow string) {
	w.Header().Set("Allow", allow)
	s.problem(w, 405, "see Allow")
}

func (s *notesServer) user(w http.ResponseWriter, r *http.Request) (string, bool) {
	u, ok := noteTokens[r.Header.Get("Authorization")]
	if !ok {
		// RFC 6750 section 3.1: a token that was sent and is not known is
		// invalid_token; a request that sent none gets the bare challenge.
		challenge := `Bearer realm="notes"`
		if r.Header.Get("Authorization") != "" && !s.bareChallenge {
			challenge = `Bearer realm="notes", error="invalid_token"`
		}
		w.Header().Set("WWW-Authenticate", challenge)
		s.problem(w, 401, "a bearer token is needed")
	}
	return u, ok
}

func (s *notesServer) find(w http.ResponseWriter, id, user string) *note {
	n := s.notes[id]
	if n == nil || (n.Owner != user && !s.othersNotesShared) {
		s.problem(w, 404, "no note "+id)
		return nil
	}
	return n
}

func (s *notesServer) findToWrite(w http.ResponseWriter, id, user string) *note {
	if n := s.notes[id]; n != nil && s.othersWrite {
		return n
	}
	return s.find(w, id, user)
}

func (s *notesServer) etag(n *note) string {
	if s.frozenETag {
		return `"v1"`
	}
	return `"v` + strconv.Itoa(n.Version) + `"`
}

func (s *notesServer) view(n *note) map[string]any {
	return map[string]any{"id": n.ID, "text": n.Text, "owner": n.Owner}
}

func writeJSON(w http.ResponseWriter, status int, v any) []byte {
	b, _ := json.Marshal(v)
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	w.Write(b)
	return b
}

// body decodes a NewNote, answering 400 when it is not one.
func (s *notesServer) body(w http.ResponseWriter, r *http.Request) ([]byte, string, bool) {
	raw, _ := io.ReadAll(r.Body)
	var b map[string]any
	if !strings.HasPrefix(r.Header.Get("Content-Type"), "application/json") || json.Unmarshal(raw, &b) != nil || b == nil {
		s.problem(w, 400, "a JSON NewNote is expected")
		return nil, "", false
	}
	text, ok := b["text"].(string)
	if len(b) != 1 || !ok || len(text) < 1 || len(text) > 50 {
		s.problem(w, 400, "text must be 1 to 50 characters, alone")
		return nil, "", false
	}
	return raw, text, true
}

func validKey(k string) bool {
	if len(k) < 8 || len(k) > 64 {
		return false
	}
	for _, c := range k {
		if !(c == '-' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			return false
		}
	}
	return true
}

func (s *notesServer) create(w http.ResponseWriter, r *http.Request, user string) {
	key := r.Header.Get("Idempotency-Key")
	if !validKey(key) && !(s.keyOptional && key == "") {
		s.problem(w, 400, "Idempotency-Key must be 8 to 64 letters, digits or dashes")
		return
	}
	raw, text, ok := s.body(w, r)
	if !ok {
		return
	}
	var canonical any
	_ = json.Unmarshal(raw, &canonical)
	cb, _ := json.Marshal(canonical)
	hash := sha256.Sum256(append([]byte(user+"\n"), cb...))
	if prev, seen := s.keys[user+" "+key]; seen && key != "" && !s.createsTwice {
		if prev.hash != hash && !s.replaysOtherBody {
			s.problem(w, 422, "this Idempotency-Key was used with another body")
			return
		}
		for k, v := range prev.header {
			w.Header()[k] = v
		}
		w.WriteHeader(http.StatusCreated)
		w.Write(prev.body)
		return
	}
	s.next++
	n := &note{ID: "n" + strconv.Itoa(s.next), Text: text, Owner: user, Version: 1}
	s.notes[n.ID] = n
	w.Header().Set("Location", "/notes/"+n.ID)
	w.Header().Set("ETag", s.etag(n))
	body := writeJSON(w, http.StatusCreated, s.view(n))
	s.keys[user+" "+key] = replayed{hash: hash, header: w.Header().Clone(), body: body}
}

func (s *notesServer) get(w http.ResponseWriter, r *http.Request, n *note) {
	tag := s.etag(n)
	w.Header().Set("ETag", tag)
	if inm := r.Header.Get("If-None-Match"); inm != "" && !s.ignoresNoneMatch && (inm == tag || inm == "*") {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	writeJSON(w, 200, s.view(n))
}

func (s *notesServer) update(w http.ResponseWriter, r *http.Request, n *note) {
	im := r.Header.Get("If-Match")
	if im == "" {
		s.problem(w, 428, "send the ETag in If-Match")
		return
	}
	if im != s.etag(n) && im != "*" && !s.ignoresIfMatch {
		s.problem(w, 412, "the note has changed")
		return
	}
	_, text, ok := s.body(w, r)
	if !ok {
		return
	}
	n.Text = text
	n.Version++
	if !s.updateNoETag {
		w.Header().Set("ETag", s.etag(n))
	}
	writeJSON(w, 200, s.view(n))
}

// getStatus is rate limited: every third call is refused.
func (s *notesServer) getStatus(w http.ResponseWriter) {
	if s.stalls {
		s.clock.advance(2 * time.Second)
	}
	s.status++
	w.Header().Set("RateLimit-Limit", "2")
	if s.status%3 == 0 {
		w.Header().Set("RateLimit-Remaining", "0")
		if !s.noRetryAfter {
			w.Header().Set("Retry-After", "1")
			if s.retryAfterZero {
				w.Header().Set("Retry-After", "0")
			}
		}
		s.problem(w, http.StatusTooManyRequests, fmt.Sprintf("call %d is over the limit", s.status))
		return
	}
	w.Header().Set("RateLimit-Remaining", strconv.Itoa(2-s.status%3))
	writeJSON(w, 200, map[string]any{"ok": true})
}
