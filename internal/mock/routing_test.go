package mock

import (
	"net/http"
	"testing"
)

func TestRouting(t *testing.T) {
	t.Parallel()
	ts := start(t, load(t, fixture("shop.yaml")), Options{})
	tests := []struct {
		name, method, path string
		status             int
		want               string // body for 200s
		allow              string
	}{
		{"literal before template", "GET", "/users/me", 200, `{"id":"me","name":"Myself"}`, ""},
		{"template", "GET", "/users/alice", 200, `{"id":"alice","name":"Alice"}`, ""},
		{"server base path", "GET", "/v1/users/me", 200, `{"id":"me","name":"Myself"}`, ""},
		{"mixed segment", "GET", "/files/report.csv", 200, "hello", ""},
		{"mixed segment enum", "GET", "/files/report.pdf", 422, "", ""},
		{"unknown path", "GET", "/nowhere", 404, "", ""},
		{"unknown under base", "GET", "/v1/nowhere", 404, "", ""},
		{"wrong method", "DELETE", "/users/me", 405, "", "GET, HEAD"},
		{"Allow in canonical order", "DELETE", "/products", 405, "", "GET, HEAD, POST"},
		{"wrong method item", "POST", "/products/1", 405, "", "GET, HEAD, PUT, PATCH, DELETE"},
		{"HEAD served by GET", "HEAD", "/users/me", 200, "", ""},
		{"trailing slash", "GET", "/users/me/", 200, `{"id":"me","name":"Myself"}`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := call(t, ts, tt.method, tt.path, "")
			if r.status != tt.status {
				t.Fatalf("%s %s: status %d, want %d: %s", tt.method, tt.path, r.status, tt.status, r.body)
			}
			if tt.status >= 400 {
				r.problem(t)
			}
			if tt.want != "" && r.body != tt.want {
				t.Errorf("body %s, want %s", r.body, tt.want)
			}
			if got := r.header.Get("Allow"); got != tt.allow {
				t.Errorf("Allow %q, want %q", got, tt.allow)
			}
		})
	}
}

// The GitHub description has 564 paths with many literal/template overlaps.
func TestRoutingGitHubCorpus(t *testing.T) {
	t.Parallel()
	doc := load(t, corpus+"/github-api.github.com.yaml")
	s, err := New(doc, Options{NoValidation: true})
	if err != nil {
		t.Fatal(err)
	}
	m := s.model.Load()
	tests := []struct{ method, path, op string }{
		{"GET", "/gists/starred", "gists/list-starred"},
		{"GET", "/gists/abc123", "gists/get"},
		{"GET", "/user/repos", "repos/list-for-authenticated-user"},
		{"GET", "/users/octocat/repos", "repos/list-for-user"},
		{"GET", "/repos/o/r/pulls/12/comments", "pulls/list-review-comments"},
		{"GET", "/repos/o/r/pulls/comments", "pulls/list-review-comments-for-repo"},
		{"GET", "/repos/o/r/git/ref/heads", "git/get-ref"},
		{"PATCH", "/repos/o/r/git/refs/heads", "git/update-ref"},
	}
	for _, tt := range tests {
		ms := m.router.lookup(tt.path)
		if len(ms) == 0 || ms[0].route.ops[tt.method] == nil {
			t.Errorf("%s %s: no route", tt.method, tt.path)
			continue
		}
		if got := ms[0].route.ops[tt.method].id; got != tt.op {
			t.Errorf("%s %s routed to %s, want %s", tt.method, tt.path, got, tt.op)
		}
	}
	ts := start(t, doc, Options{})
	r := call(t, ts, "GET", "/gists/starred", "")
	if r.status != http.StatusOK && r.status != http.StatusUnauthorized {
		t.Errorf("GET /gists/starred: %d %s", r.status, r.body)
	}
}
