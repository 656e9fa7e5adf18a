package contract

import (
	"context"
	"net/http"
	"net/http/httptest"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sequere/sequere/internal/plan"
	"github.com/sequere/sequere/internal/spec"
)

func petPlan(t testing.TB) *plan.Plan { return loadPlan(t, "testdata/pets.yaml") }

func loadPlan(t testing.TB, path string) *plan.Plan {
	t.Helper()
	doc, err := spec.Load(context.Background(), path, spec.Options{})
	if err != nil {
		t.Fatal(err)
	}
	p, err := plan.Build(doc, plan.Selection{})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func run(t *testing.T, h http.Handler, mod func(*Options)) *Result {
	t.Helper()
	srv := httptest.NewServer(h)
	defer srv.Close()
	o := Options{Plan: petPlan(t), BaseURL: srv.URL, Client: srv.Client(), Seed: 7, MaxExamples: 10, Timeout: 5 * time.Second}
	if mod != nil {
		mod(&o)
	}
	res, err := Run(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func failedChecks(res *Result) []string {
	var ids []string
	for _, f := range res.Failures {
		if !slices.Contains(ids, f.Check) {
			ids = append(ids, f.Check)
		}
	}
	slices.Sort(ids)
	return ids
}

// TestEachCheckCatchesItsBug runs every phase against the honest pet
// server and against one twin per check that breaks only that behaviour.
func TestEachCheckCatchesItsBug(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		check string
		bug   func(*petServer)
		also  []string
	}{
		{"", func(*petServer) {}, nil},
		// An undocumented 500 is both a server error and an undocumented status.
		{"not_a_server_error", func(s *petServer) { s.serverError = true }, []string{"status_code_conformance"}},
		{"status_code_conformance", func(s *petServer) { s.undocumentedStatus = true }, nil},
		{"content_type_conformance", func(s *petServer) { s.wrongContentType = true }, nil},
		{"response_headers_conformance", func(s *petServer) { s.noLocation = true }, nil},
		{"response_schema_conformance", func(s *petServer) { s.badSchema = true }, nil},
		{"negative_data_rejection", func(s *petServer) { s.acceptsInvalid = true }, nil},
		{"positive_data_acceptance", func(s *petServer) { s.rejectsValid = true }, nil},
		{"unsupported_method", func(s *petServer) { s.no405 = true }, nil},
		{"use_after_free", func(s *petServer) { s.undead = true }, nil},
		{"ensure_resource_availability", func(s *petServer) { s.unreadable = true }, nil},
		{"pagination_consistency", func(s *petServer) { s.repeatPage = true }, nil},
		{"pagination_consistency", func(s *petServer) { s.skipPage = true }, nil},
		{"pagination_consistency", func(s *petServer) { s.longPage = true }, nil},
		{"not_a_server_error", func(s *petServer) { s.crashOnCursor = true }, nil},
	} {
		name := tt.check
		if name == "" {
			name = "honest"
		}
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			s := newPetServer()
			tt.bug(s)
			res := run(t, s, nil)
			got := failedChecks(res)
			var want []string
			if tt.check != "" {
				want = append([]string{tt.check}, tt.also...)
				slices.Sort(want)
			}
			if !slices.Equal(got, want) {
				for _, f := range res.Failures {
					t.Logf("%s: %s", f.Check, f.Summary())
				}
				t.Errorf("failed checks %v, want %v", got, want)
			}
		})
	}
}

// recorder keeps every request line and body the server sees, in order.
type recorder struct {
	mu   sync.Mutex
	seen []string
	h    http.Handler
}

func (rc *recorder) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	rc.mu.Lock()
	var b strings.Builder
	b.WriteString(r.Method + " " + r.URL.RequestURI())
	for _, k := range []string{"Content-Type", "Accept"} {
		b.WriteString(" " + r.Header.Get(k))
	}
	buf := make([]byte, 1<<16)
	n, _ := r.Body.Read(buf)
	b.Write(buf[:n])
	rc.seen = append(rc.seen, b.String())
	rc.mu.Unlock()
	rc.h.ServeHTTP(w, r)
}

func TestSameSeedSameRequests(t *testing.T) {
	t.Parallel()
	clock := func() time.Time { return time.Unix(1700000000, 0) }
	sequence := func(seed uint64) []string {
		rc := &recorder{h: newPetServer()}
		run(t, rc, func(o *Options) { o.Seed = seed; o.Now = clock })
		return rc.seen
	}
	a, b := sequence(99), sequence(99)
	if !reflect.DeepEqual(a, b) {
		t.Fatalf("two runs with seed 99 sent different requests (%d and %d)", len(a), len(b))
	}
	if c := sequence(100); reflect.DeepEqual(a, c) {
		t.Error("seeds 99 and 100 sent the same requests")
	}
}

func TestBadServers(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		name, want string
		h          http.HandlerFunc
	}{
		{"hangs", "no response within", func(w http.ResponseWriter, r *http.Request) {
			if r.Method == http.MethodHead {
				return
			}
			<-r.Context().Done()
		}},
		{"huge body", "larger than", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/json")
			w.Write([]byte(`{"data":[` + strings.Repeat(`"x",`, 1<<16) + `"x"]}`))
		}},
		{"invalid JSON", "not valid JSON", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/json")
			w.Write([]byte(`{"data": [1,`))
		}},
		{"short body", "reading the response body", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/json")
			w.Header().Set("Content-Length", "100")
			w.Write([]byte(`{"data":[]}`))
		}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			res := run(t, tt.h, func(o *Options) {
				o.Timeout = 200 * time.Millisecond
				o.MaxBody = 1 << 16
				o.Phases = []string{PhaseExamples}
				o.Plan.Ops = o.Plan.Ops[:1]
			})
			for _, f := range res.Failures {
				if strings.Contains(f.Message, tt.want) {
					return
				}
			}
			t.Errorf("no failure says %q: %+v", tt.want, res.Failures)
		})
	}
}

func TestUnreachable(t *testing.T) {
	t.Parallel()
	srv := httptest.NewServer(http.NotFoundHandler())
	url := srv.URL
	srv.Close()
	_, err := Run(context.Background(), Options{Plan: petPlan(t), BaseURL: url, Client: http.DefaultClient, Timeout: time.Second})
	if err == nil || !strings.Contains(err.Error(), url) {
		t.Fatalf("want an error naming %s, got %v", url, err)
	}
}

func TestMaxRequests(t *testing.T) {
	t.Parallel()
	res := run(t, newPetServer(), func(o *Options) { o.MaxRequests = 7; o.Workers = 3 })
	if res.Requests != 7 || res.Stopped == "" {
		t.Errorf("sent %d requests, stopped %q; want 7 and a reason", res.Requests, res.Stopped)
	}
}
