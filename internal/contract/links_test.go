package contract

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// accountServer implements testdata/links.yaml; lost forgets accounts as
// soon as they are made, undead keeps closed ones readable.
type accountServer struct {
	lost, undead bool

	mu       sync.Mutex
	accounts map[string]string
	closed   map[string]bool
	next     int
	notes    []string
}

func newAccountServer() *accountServer {
	return &accountServer{accounts: map[string]string{}, closed: map[string]bool{}}
}

func (s *accountServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	reply := func(status int, v any) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(status)
		_ = json.NewEncoder(w).Encode(v)
	}
	segs := strings.Split(strings.Trim(r.URL.Path, "/"), "/")
	switch {
	case r.URL.Path == "/signup" && r.Method == http.MethodPost:
		var body struct {
			Name *string `json:"name"`
		}
		if json.NewDecoder(r.Body).Decode(&body) != nil || body.Name == nil || len(*body.Name) < 1 || len(*body.Name) > 20 ||
			!strings.HasPrefix(r.Header.Get("Content-Type"), "application/json") {
			w.WriteHeader(http.StatusBadRequest)
			return
		}
		s.next++
		id := fmt.Sprintf("a%d", s.next)
		if !s.lost {
			s.accounts[id] = *body.Name
		}
		w.Header().Set("X-Account-Version", "v1-"+id)
		reply(http.StatusCreated, map[string]any{"id": id, "name": *body.Name})
	case len(segs) == 2 && segs[0] == "accounts":
		name, ok := s.accounts[segs[1]]
		if s.closed[segs[1]] && !s.undead {
			ok = false
		}
		switch r.Method {
		case http.MethodGet:
			if !ok {
				w.WriteHeader(http.StatusNotFound)
				return
			}
			reply(http.StatusOK, map[string]any{"id": segs[1], "name": name})
		case http.MethodDelete:
			if !ok {
				w.WriteHeader(http.StatusNotFound)
				return
			}
			s.closed[segs[1]] = true
			w.WriteHeader(http.StatusNoContent)
		default:
			w.WriteHeader(http.StatusMethodNotAllowed)
		}
	case len(segs) == 3 && segs[0] == "accounts" && segs[2] == "notes" && r.Method == http.MethodPost:
		var body struct {
			Text   *string `json:"text"`
			Status *int    `json:"status"`
		}
		if json.NewDecoder(r.Body).Decode(&body) != nil || body.Text == nil || r.Header.Get("X-Version") == "" {
			w.WriteHeader(http.StatusBadRequest)
			return
		}
		if _, ok := s.accounts[segs[1]]; !ok || s.closed[segs[1]] {
			w.WriteHeader(http.StatusNotFound)
			return
		}
		s.notes = append(s.notes, fmt.Sprintf("%s %s %s %v", segs[1], r.Header.Get("X-Version"), *body.Text, derefInt(body.Status)))
		reply(http.StatusCreated, body)
	default:
		w.WriteHeader(http.StatusNotFound)
	}
}

// requestLines keeps "METHOD /path" of every request, leaving the body
// for the handler.
type requestLines struct {
	mu    sync.Mutex
	lines []string
	h     http.Handler
}

func (rl *requestLines) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	rl.mu.Lock()
	rl.lines = append(rl.lines, r.Method+" "+r.URL.RequestURI())
	rl.mu.Unlock()
	rl.h.ServeHTTP(w, r)
}

func derefInt(p *int) any {
	if p == nil {
		return nil
	}
	return *p
}

func runLinks(t *testing.T, file string, h http.Handler) *Result {
	t.Helper()
	srv := httptest.NewServer(h)
	defer srv.Close()
	res, err := Run(context.Background(), Options{Plan: loadPlan(t, file), BaseURL: srv.URL, Client: srv.Client(),
		Phases: []string{PhaseStateful}, Seed: 3, Timeout: 5 * time.Second, MaxRequests: 200})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// TestLinksAreFollowed: with no chain to infer, the stateful phase reaches
// every operation through the links, binding path and header parameters
// and a request body (embedded expressions, $statusCode) from the answers.
func TestLinksAreFollowed(t *testing.T) {
	t.Parallel()
	s := newAccountServer()
	rec := &requestLines{h: s}
	res := runLinks(t, "testdata/links.yaml", rec)
	for _, f := range res.Failures {
		t.Errorf("%s: %s", f.Check, f.Summary())
	}
	if len(res.Warnings) > 0 {
		t.Errorf("warnings on a correct description: %v", res.Warnings)
	}
	lines := rec.lines
	want := []string{
		"POST /signup",
		"GET /accounts/a1",        // ReadAccount: $response.body#/id
		"DELETE /accounts/a1",     // CloseAccount, a components link behind $ref
		"GET /accounts/a1",        // ReadClosed: $request.path.accountId, must be 404
		"POST /accounts/a1/notes", // AddNote, by operationRef
	}
	for _, w := range want {
		if !slices.Contains(lines, w) {
			t.Errorf("no %q among the requests:\n%s", w, strings.Join(lines, "\n"))
		}
	}
	if i, j := slices.Index(lines, "DELETE /accounts/a1"), slices.Index(lines, "POST /accounts/a1/notes"); i >= 0 && j >= 0 && j > i {
		t.Errorf("the delete was followed before the note was added (reads and writes go first):\n%s", strings.Join(lines, "\n"))
	}
	if len(s.notes) != 1 || s.notes[0] != "a1 v1-a1 note for "+firstName(t) {
		t.Errorf("the note's bound values: %q", s.notes)
	}
}

// firstName is the name the sign-up's example sends, which the AddNote
// link quotes through $request.body#/name.
func firstName(t *testing.T) string {
	p := loadPlan(t, "testdata/links.yaml")
	op, _ := p.Operation("signUp")
	return fmt.Sprint(p.Example(op).Body.(map[string]any)["name"]) + " 201"
}

// TestLinkChecks: a link from a success that leads to a 404 fails
// ensure_resource_availability; a closed account still readable through
// the delete's link fails use_after_free. Nothing else fires.
func TestLinkChecks(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		check string
		bug   func(*accountServer)
	}{
		{"ensure_resource_availability", func(s *accountServer) { s.lost = true }},
		{"use_after_free", func(s *accountServer) { s.undead = true }},
	} {
		t.Run(tt.check, func(t *testing.T) {
			t.Parallel()
			s := newAccountServer()
			tt.bug(s)
			res := runLinks(t, "testdata/links.yaml", s)
			if got := failedChecks(res); !slices.Equal(got, []string{tt.check}) {
				for _, f := range res.Failures {
					t.Logf("%s: %s", f.Check, f.Summary())
				}
				t.Errorf("failed checks %v, want [%s]", got, tt.check)
			}
		})
	}
}

// TestBrokenLinksWarn: each mistake in a description's links is one
// warning naming where it is written; the good link is still followed.
func TestBrokenLinksWarn(t *testing.T) {
	t.Parallel()
	rec := &requestLines{}
	rec.h = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case r.Method == http.MethodPost && r.URL.Path == "/things":
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusCreated)
			fmt.Fprint(w, `{"id":"t1"}`)
		case r.Method == http.MethodGet && r.URL.Path == "/thing/t1":
			w.WriteHeader(http.StatusOK)
		default:
			w.WriteHeader(http.StatusNotFound)
		}
	})
	res := runLinks(t, "testdata/links-broken.yaml", rec)
	want := []string{
		`testdata/links-broken.yaml:20:28: link "NoSuchTarget" of makeThing response 201: operationId "readThingy" names no operation of the description`,
		`testdata/links-broken.yaml:26:21: link "BadExpression" of makeThing response 201: runtime expression "$response.bdy#/id": after $response. want header.<name>, query.<name>, path.<name> or body[#/pointer]`,
		`testdata/links-broken.yaml:30:26: link "UnknownParameter" of makeThing response 201: readThing has no parameter "thingId"`,
		`testdata/links-broken.yaml:34:21: link "Unclosed" of makeThing response 201: "{$response.body#/id": an embedded expression opened with { is not closed`,
	}
	slices.Sort(want)
	gotWarn := slices.Clone(res.Warnings)
	slices.Sort(gotWarn)
	if !slices.Equal(gotWarn, want) {
		t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(gotWarn, "\n"), strings.Join(want, "\n"))
	}
	if !slices.Contains(rec.lines, "GET /thing/t1") {
		t.Errorf("the good link was not followed: %v", rec.lines)
	}
	if len(res.Failures) > 0 {
		t.Errorf("failures: %v", failedChecks(res))
	}
}
