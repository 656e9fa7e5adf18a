package contract

import (
	"encoding/json"
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// petServer is the honest implementation of testdata/pets.yaml; each
// field set breaks exactly one documented behaviour.
type petServer struct {
	serverError, undocumentedStatus, wrongContentType, noLocation, badSchema bool
	acceptsInvalid, rejectsValid, no405, undead, unreadable, repeatPage      bool
	// skipPage's cursor passes over one item, longPage ignores the limit
	// after the first page, crashOnCursor answers a cursor it never issued
	// with a 500.
	skipPage, longPage, crashOnCursor bool

	mu   sync.Mutex
	pets map[string]map[string]any
	ids  []string
	next int
}

func newPetServer() *petServer {
	s := &petServer{pets: map[string]map[string]any{}}
	for i := range 5 {
		s.add(map[string]any{"name": fmt.Sprintf("seed%d", i)})
	}
	return s
}

func (s *petServer) add(p map[string]any) map[string]any {
	s.next++
	id := "p" + strconv.Itoa(s.next)
	// Invalid input a careless server accepts is still stored as a
	// representation of the documented shape.
	name, ok := p["name"].(string)
	if !ok {
		name = fmt.Sprint(p["name"])
	}
	pet := map[string]any{"id": id, "name": name}
	if a, ok := p["age"].(float64); ok && a == float64(int(a)) {
		pet["age"] = a
	}
	s.pets[id] = pet
	s.ids = append(s.ids, id)
	return pet
}

func problem(w http.ResponseWriter, status int) {
	w.Header().Set("Content-Type", "application/problem+json")
	w.WriteHeader(status)
	fmt.Fprintf(w, `{"status":%d,"title":%q}`, status, http.StatusText(status))
}

func (s *petServer) json(w http.ResponseWriter, status int, v any) {
	ct := "application/json"
	if s.wrongContentType {
		ct = "text/plain"
	}
	w.Header().Set("Content-Type", ct)
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func (s *petServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	switch {
	case r.URL.Path == "/pets":
		switch r.Method {
		case http.MethodGet, http.MethodHead:
			s.list(w, r)
		case http.MethodPost:
			s.create(w, r)
		default:
			s.notAllowed(w, "GET, HEAD, POST")
		}
	case strings.HasPrefix(r.URL.Path, "/pets/") && !strings.Contains(r.URL.Path[6:], "/"):
		id := r.URL.Path[6:]
		switch r.Method {
		case http.MethodGet, http.MethodHead:
			s.get(w, id)
		case http.MethodDelete:
			if _, ok := s.pets[id]; !ok {
				problem(w, 404)
				return
			}
			if s.undocumentedStatus {
				delete(s.pets, id)
				s.ids = slices.DeleteFunc(s.ids, func(x string) bool { return x == id })
				s.json(w, http.StatusOK, map[string]any{"deleted": id})
				return
			}
			if !s.undead {
				delete(s.pets, id)
				s.ids = slices.DeleteFunc(s.ids, func(x string) bool { return x == id })
			}
			w.WriteHeader(http.StatusNoContent)
		default:
			s.notAllowed(w, "GET, HEAD, DELETE")
		}
	default:
		problem(w, 404)
	}
}

func (s *petServer) notAllowed(w http.ResponseWriter, allow string) {
	if s.no405 {
		problem(w, 404)
		return
	}
	w.Header().Set("Allow", allow)
	problem(w, 405)
}

func (s *petServer) get(w http.ResponseWriter, id string) {
	if s.serverError {
		problem(w, 500)
		return
	}
	pet, ok := s.pets[id]
	if !ok || s.unreadable {
		problem(w, 404)
		return
	}
	if s.badSchema {
		pet = map[string]any{"id": pet["id"], "name": 42}
	}
	s.json(w, 200, pet)
}

func (s *petServer) list(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	limit := 10
	if v := q.Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 100 {
			problem(w, 400)
			return
		}
		limit = n
	}
	start := 0
	if c := q.Get("cursor"); c != "" {
		n, err := strconv.Atoi(strings.TrimPrefix(c, "c"))
		if err != nil || n < 0 || !strings.HasPrefix(c, "c") {
			if s.crashOnCursor {
				problem(w, 500)
				return
			}
			problem(w, 400)
			return
		}
		start = n
		if s.longPage {
			limit = 100
		}
	}
	page := []any{}
	end := min(start+limit, len(s.ids))
	for _, id := range s.ids[min(start, len(s.ids)):end] {
		page = append(page, s.pets[id])
	}
	body := map[string]any{"data": page}
	if end < len(s.ids) {
		next := end
		if s.repeatPage {
			next = end - 1
		}
		if s.skipPage {
			next = end + 1
		}
		body["next_cursor"] = "c" + strconv.Itoa(next)
	}
	s.json(w, 200, body)
}

func (s *petServer) create(w http.ResponseWriter, r *http.Request) {
	var body map[string]any
	ct := r.Header.Get("Content-Type")
	err := json.NewDecoder(r.Body).Decode(&body)
	if !s.acceptsInvalid {
		if !strings.HasPrefix(ct, "application/json") || err != nil || !validPet(body) {
			problem(w, 400)
			return
		}
		if age, ok := body["age"].(float64); ok && s.rejectsValid && age > 20 {
			problem(w, 400)
			return
		}
	}
	if body == nil {
		body = map[string]any{"name": "x"}
	}
	pet := s.add(body)
	if !s.noLocation {
		w.Header().Set("Location", "/pets/"+pet["id"].(string))
	}
	s.json(w, 201, pet)
}

func validPet(b map[string]any) bool {
	if b == nil {
		return false
	}
	for k := range b {
		if k != "name" && k != "age" {
			return false
		}
	}
	name, ok := b["name"].(string)
	if !ok || len(name) < 1 || len(name) > 20 {
		return false
	}
	if a, has := b["age"]; has {
		f, ok := a.(float64)
		if !ok || f != float64(int(f)) || f < 0 || f > 30 {
			return false
		}
	}
	return true
}
