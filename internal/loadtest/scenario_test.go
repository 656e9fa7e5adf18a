package loadtest

import (
	"context"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sequere/sequere/internal/plan"
)

// thingsServer is a small CRUD API: POST /things creates (201, the id in
// the body and in Location), GET and DELETE /things/{id} act on it. It
// records every request line in order.
func thingsServer(t *testing.T) (*httptest.Server, func() []string) {
	t.Helper()
	var mu sync.Mutex
	var log []string
	things := map[string]bool{}
	n := 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		log = append(log, r.Method+" "+r.URL.Path)
		id, item := strings.CutPrefix(r.URL.Path, "/things/")
		switch {
		case r.Method == http.MethodPost && r.URL.Path == "/things":
			n++
			id := fmt.Sprintf("t%d", n)
			things[id] = true
			w.Header().Set("Location", "/things/"+id)
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusCreated)
			fmt.Fprintf(w, `{"id":%q}`, id)
		case item && r.Method == http.MethodGet && things[id]:
			fmt.Fprintf(w, `{"id":%q}`, id)
		case item && r.Method == http.MethodDelete && things[id]:
			delete(things, id)
			w.WriteHeader(http.StatusNoContent)
		default:
			w.WriteHeader(http.StatusNotFound)
		}
	}))
	t.Cleanup(srv.Close)
	return srv, func() []string {
		mu.Lock()
		defer mu.Unlock()
		return append([]string(nil), log...)
	}
}

func thingsScenario(base string, bind plan.Binding) *Scenario {
	const marker = "sequere-flow0-0"
	return &Scenario{BaseURL: base,
		Operations: []Operation{
			{ID: "createThing", Method: "POST", Statuses: []string{"201"},
				Samples: []Request{{Target: "/things", Header: map[string]string{"Content-Type": "application/json"}, Body: `{"name":"a"}`}}},
			{ID: "getThing", Method: "GET", Statuses: []string{"200"}, Samples: []Request{{Target: "/things/" + marker}}},
			{ID: "deleteThing", Method: "DELETE", Statuses: []string{"204"}, Samples: []Request{{Target: "/things/" + marker}}},
		},
		Flows: []Flow{{Name: "createThing → getThing → deleteThing",
			Steps: []FlowStep{{"createThing"}, {"getThing"}, {"deleteThing"}},
			Bind:  []FlowBinding{{Marker: marker, Binding: bind}}}},
	}
}

func TestFlowCreateReadDelete(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name string
		bind plan.Binding
	}{
		{"id in the body", plan.Binding{Param: "path:id", Expr: "$response.body#/id"}},
		{"Location header", plan.Binding{Param: "path:id", Expr: "$response.header.Location", LastSegment: true}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			srv, log := thingsServer(t)
			sc := thingsScenario(srv.URL, tc.bind)
			status := sc.StatusCheck()
			res, err := Run(context.Background(), Options{Next: sc.Next(nil), VUs: 2, Duration: 20 * time.Second, MaxRequests: 10, Now: time.Now,
				Check: func(op string, resp *http.Response, _ []byte, out []CheckResult) []CheckResult {
					return append(out, status(op, resp.StatusCode))
				}})
			if err != nil {
				t.Fatal(err)
			}
			if res.Iterations < 10 || res.Completed != 3*res.Iterations {
				t.Fatalf("%d iterations, %d requests: want every iteration to send its three steps", res.Iterations, res.Completed)
			}
			for _, c := range res.Checks {
				if c.Fails > 0 {
					t.Errorf("check %s failed %d times", c.Name, c.Fails)
				}
			}
			// Per created id: the create, then its read, then its delete.
			steps := map[string][]string{}
			for _, line := range log() {
				if strings.Contains(line, "sequere-flow") {
					t.Fatalf("a marker reached the server: %s", line)
				}
				if line == "POST /things" {
					continue
				}
				method, path, _ := strings.Cut(line, " ")
				steps[path] = append(steps[path], method)
			}
			if int64(len(steps)) != res.Iterations {
				t.Errorf("%d resources read or deleted, want %d", len(steps), res.Iterations)
			}
			for path, got := range steps {
				if strings.Join(got, ",") != "GET,DELETE" {
					t.Errorf("%s: %v, want GET then DELETE", path, got)
				}
			}
		})
	}
}

func TestFlowStopsWhenTheCreateFails(t *testing.T) {
	t.Parallel()
	srv, log := thingsServer(t)
	sc := thingsScenario(srv.URL, plan.Binding{Param: "path:id", Expr: "$response.body#/missing"})
	res, err := Run(context.Background(), Options{Next: sc.Next(nil), VUs: 1, Duration: 20 * time.Second, MaxRequests: 3, Now: time.Now})
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range log() {
		if line != "POST /things" {
			t.Fatalf("%s sent although the create's answer names no resource", line)
		}
	}
	if res.Completed != res.Iterations {
		t.Errorf("%d requests for %d iterations, want only the creates", res.Completed, res.Iterations)
	}
}

func TestDataRows(t *testing.T) {
	t.Parallel()
	sc := &Scenario{BaseURL: "http://127.0.0.1:1", DataRows: 3, Operations: []Operation{{ID: "getThing", Method: "GET", Rows: true,
		Samples: []Request{{Target: "/things/a"}, {Target: "/things/b"}, {Target: "/things/c"}}}}}
	rng := rand.New(rand.NewPCG(1, 2))
	for _, tc := range []struct {
		perVU         bool
		iteration, vu int64
		want          string
	}{
		{false, 0, 0, "/things/a"}, {false, 4, 0, "/things/b"}, {false, 5, 1, "/things/c"},
		{true, 5, 0, "/things/a"}, {true, 5, 1, "/things/b"}, {true, 0, 5, "/things/c"},
	} {
		sc.DataPerVU = tc.perVU
		req, _, err := sc.Next(nil)(context.Background(), rng, &Turn{Iteration: tc.iteration, VUIteration: tc.vu})
		if err != nil {
			t.Fatal(err)
		}
		if req.URL.Path != tc.want {
			t.Errorf("per-VU %v, iteration %d, VU iteration %d: %s, want %s", tc.perVU, tc.iteration, tc.vu, req.URL.Path, tc.want)
		}
	}
}

func TestParseData(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name, file, src string
		rows            int
		err             string
	}{
		{"csv", "users.csv", "id,name\n1,ada\n2,\"grace, h\"\n", 2, ""},
		{"json", "users.json", `[{"id": 1, "name": "ada"}, {"id": 2}]`, 2, ""},
		{"csv short row", "users.csv", "id,name\n1,ada\n2\n", 0, "users.csv:3:1: wrong number of fields"},
		{"csv no header", "users.csv", "", 0, "users.csv:1:1: the file is empty"},
		{"csv no rows", "users.csv", "id\n", 0, "users.csv:2:1: no data rows"},
		{"csv empty column", "users.csv", "id,,x\n1,2,3\n", 0, "users.csv:1:2: column 2 has no name"},
		{"json syntax", "users.json", "[\n  {\"id\": 1},\n  {\"id\" 2}\n]", 0, "users.json:3:10:"},
		{"json not objects", "users.json", `[1, 2]`, 0, "users.json:1:"},
		{"json empty", "users.json", `[]`, 0, "an empty array"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			d, err := ParseData(tc.file, []byte(tc.src))
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("error %v, want %q", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(d.Rows) != tc.rows || len(d.Columns) != 2 {
				t.Errorf("%d rows, columns %v", len(d.Rows), d.Columns)
			}
		})
	}
}

// tokenServer grants tok-1, tok-2... and counts the grants.
type tokenServer struct {
	mu     sync.Mutex
	grants int
	srv    *httptest.Server
}

func newTokenServer(t *testing.T, expiresIn int) *tokenServer {
	ts := &tokenServer{}
	ts.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.FormValue("grant_type") != "client_credentials" || r.FormValue("client_id") != "cid" {
			w.WriteHeader(http.StatusBadRequest)
			return
		}
		ts.mu.Lock()
		ts.grants++
		n := ts.grants
		ts.mu.Unlock()
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprintf(w, `{"access_token":"tok-%d","token_type":"Bearer","expires_in":%d}`, n, expiresIn)
	}))
	t.Cleanup(ts.srv.Close)
	return ts
}

func (ts *tokenServer) count() int {
	ts.mu.Lock()
	defer ts.mu.Unlock()
	return ts.grants
}

func TestTokenSourceRefreshesAheadOfExpiry(t *testing.T) {
	t.Parallel()
	ts := newTokenServer(t, 60)
	t0 := time.Unix(1_700_000_000, 0)
	var mu sync.Mutex
	now := t0
	clock := func() time.Time { mu.Lock(); defer mu.Unlock(); return now }
	auth := Auth{TokenURL: ts.srv.URL, ClientID: "cid", ClientSecret: "s"}
	first, err := FetchToken(context.Background(), ts.srv.Client(), auth)
	if err != nil || first.ExpiresIn != time.Minute {
		t.Fatalf("token %+v, %v", first, err)
	}
	src := NewTokenSource(auth, ts.srv.Client(), clock, first)
	refreshed := make(chan struct{}, 4)
	src.onRefresh = func() { refreshed <- struct{}{} }
	if tok, _ := src.Token(context.Background()); tok != "tok-1" || ts.count() != 1 {
		t.Fatalf("token %s after %d grants, want tok-1 and no refresh", tok, ts.count())
	}
	mu.Lock()
	now = t0.Add(50 * time.Second) // within the 12 s margin (a fifth of 60 s)
	mu.Unlock()
	// The request that notices goes on with the current token: the refresh
	// is in the background, the schedule does not wait for it.
	if tok, _ := src.Token(context.Background()); tok != "tok-1" {
		t.Fatalf("token %s while the refresh runs, want tok-1", tok)
	}
	<-refreshed
	if tok, _ := src.Token(context.Background()); tok != "tok-2" || src.Refreshes() != 1 {
		t.Fatalf("token %s after %d refreshes, want tok-2 after 1", tok, src.Refreshes())
	}
}

func TestTokenSourceRefreshesOnceOn401(t *testing.T) {
	t.Parallel()
	ts := newTokenServer(t, 0)
	auth := Auth{TokenURL: ts.srv.URL, ClientID: "cid", ClientSecret: "s"}
	src := NewTokenSource(auth, ts.srv.Client(), time.Now, Token{AccessToken: "tok-0"})
	refreshed := make(chan struct{}, 4)
	src.onRefresh = func() { refreshed <- struct{}{} }
	var wg sync.WaitGroup
	for range 50 {
		wg.Add(1)
		go func() { defer wg.Done(); src.Unauthorized("tok-0") }()
	}
	wg.Wait()
	<-refreshed
	src.Unauthorized("tok-0") // a late 401 to the old token changes nothing
	if tok, _ := src.Token(context.Background()); tok != "tok-1" || ts.count() != 1 {
		t.Fatalf("token %s after %d grants, want tok-1 after exactly one", tok, ts.count())
	}
}

// TestOAuthRefreshDuringARun: the API revokes the first token after ten
// requests; the 401s start one refresh and the run goes on with the new
// token, without stopping.
func TestOAuthRefreshDuringARun(t *testing.T) {
	t.Parallel()
	ts := newTokenServer(t, 3600)
	var mu sync.Mutex
	served, unauthorized := 0, 0
	lastStatus := 0
	api := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		served++
		valid := "Bearer tok-1"
		if served > 10 {
			valid = "Bearer tok-2"
		}
		if r.Header.Get("Authorization") != valid {
			unauthorized++
			lastStatus = http.StatusUnauthorized
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
		lastStatus = http.StatusOK
		_, _ = w.Write([]byte("{}"))
	}))
	t.Cleanup(api.Close)
	auth := Auth{TokenURL: ts.srv.URL, ClientID: "cid", ClientSecret: "s"}
	first, err := FetchToken(context.Background(), ts.srv.Client(), auth)
	if err != nil {
		t.Fatal(err)
	}
	src := NewTokenSource(auth, ts.srv.Client(), time.Now, first)
	sc := &Scenario{BaseURL: api.URL, Operations: []Operation{{ID: "getThing", Method: "GET", OAuth: true, Statuses: []string{"200"},
		Samples: []Request{{Target: "/things/1", Header: map[string]string{"Authorization": "Bearer baked-in"}}}}}}
	res, err := Run(context.Background(), Options{Next: sc.Next(src), VUs: 1, Duration: 20 * time.Second, MaxRequests: 200, Now: time.Now,
		Check: func(op string, resp *http.Response, _ []byte, out []CheckResult) []CheckResult {
			if resp.StatusCode == http.StatusUnauthorized {
				src.Unauthorized(strings.TrimPrefix(resp.Request.Header.Get("Authorization"), "Bearer "))
			}
			return out
		}})
	if err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	defer mu.Unlock()
	if res.Completed != 200 || ts.count() != 2 || lastStatus != http.StatusOK {
		t.Fatalf("%d requests, %d grants, last status %d: want 200 requests, one refresh, and the new token accepted", res.Completed, ts.count(), lastStatus)
	}
	if unauthorized == 0 || unauthorized > 150 {
		t.Errorf("%d 401s: want some (the revoked token) and the rest answered with the new one", unauthorized)
	}
}
