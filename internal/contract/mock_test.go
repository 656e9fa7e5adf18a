package contract

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/sequere/sequere/internal/mock"
	"github.com/sequere/sequere/internal/plan"
	"github.com/sequere/sequere/internal/spec"
)

const corpusDir = "../../../shared/corpus/"

// mockCorpus lists the corpus descriptions run against the mock, with the
// request budget each gets: enough for every operation to see every phase
// at a small --max-examples, small enough to take seconds.
//
// gap names what still makes a description fail against the mock; those run
// only with SEQUERE_CONTRACT_KNOWN_GAPS=1 (they are not false passes: they
// report failures, and the reason is written here).
var mockCorpus = []struct {
	name        string
	maxRequests int
	gap         string
}{
	{"petstore.yaml", 2000, ""},
	{"tictactoe.yaml", 2000, ""},
	{"asana.yaml", 6000, ""},
	{"twilio_api_v2010.yaml", 6000, ""},
	// DigitalOcean went from 1,005 failures to 0: operation $refs loaded,
	// the spec's invalid examples dropped by the mock's own validator, a
	// discriminated oneOf read through its discriminator, allOf members that
	// only require or annotate no longer undoing the describing member.
	{"digitalocean/specification/DigitalOcean-public.v2.yaml", 6000, ""},
	{"github-api.github.com.yaml", 5000, ""},
	{"stripe-spec3.yaml", 3000, ""},
}

// TestAgainstMock: the mock is honest by construction and validates every
// request, so any failure against it is a bug of the tester, of the
// generator or of the mock. Every positive and negative phase runs on
// every corpus description with credentials for every scheme.
// SEQUERE_CONTRACT_CORPUS=name[,name] narrows it to some descriptions.
func TestAgainstMock(t *testing.T) {
	only := os.Getenv("SEQUERE_CONTRACT_CORPUS")
	for _, c := range mockCorpus {
		if only != "" && !selected(c.name, only) {
			continue
		}
		big := c.maxRequests > 2000
		if big && testing.Short() {
			continue
		}
		if c.gap != "" && os.Getenv("SEQUERE_CONTRACT_KNOWN_GAPS") == "" && !selected(c.name, only) {
			t.Logf("%s: not run (known gap: %s; SEQUERE_CONTRACT_KNOWN_GAPS=1 runs it)", c.name, c.gap)
			continue
		}
		t.Run(c.name, func(t *testing.T) {
			res := runAgainstMock(t, corpusDir+c.name, c.maxRequests)
			t.Logf("%d operations, %d requests, %d failures in %s", res.Ops, res.Requests, len(res.Failures), res.Elapsed.Round(time.Millisecond))
			byCheck := map[string]int{}
			for i, f := range res.Failures {
				byCheck[f.Check]++
				if i < 400 {
					t.Errorf("%s [%s]: %s", f.Check, f.Phase, f.Summary())
					if f.Check == "positive_data_acceptance" || os.Getenv("SEQUERE_CONTRACT_VERBOSE") != "" {
						t.Logf("  curl: %s\n  body: %.600s", f.Curl, f.Response.Body)
					}
				}
			}
			if len(res.Failures) > 0 {
				t.Errorf("%d failures: %v", len(res.Failures), byCheck)
			}
		})
	}
}

func selected(name, only string) bool {
	for _, w := range strings.Split(only, ",") {
		if w != "" && strings.Contains(name, w) {
			return true
		}
	}
	return false
}

func runAgainstMock(t testing.TB, path string, maxRequests int) *Result {
	t.Helper()
	return againstMock(t, path, Options{Phases: []string{PhaseExamples, PhaseCoverage, PhaseFuzzing, PhaseNegative},
		MaxExamples: 5, MaxRequests: maxRequests, Seed: 3, Workers: 4})
}

// againstMock loads path, serves it with the mock on loopback and runs the
// tester with o (Plan, Auth, BaseURL, Client and Checks filled in).
func againstMock(t testing.TB, path string, o Options) *Result {
	t.Helper()
	doc, err := spec.Load(context.Background(), path, spec.Options{})
	if err != nil {
		t.Skipf("corpus not reachable: %v", err)
	}
	m, err := mock.New(doc, mock.Options{})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(m)
	defer srv.Close()
	p, err := plan.Build(doc, plan.Selection{})
	if err != nil {
		t.Fatal(err)
	}
	// As the command does: a redirect is an answer to check, not to follow
	// (GitHub's log downloads point off the machine).
	client := srv.Client()
	client.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	if tr, ok := client.Transport.(*http.Transport); ok {
		tr.MaxIdleConnsPerHost = 64
	}
	o.Plan, o.BaseURL, o.Client = p, srv.URL, client
	o.Auth = plan.NewAuth(p, mockCredentials(doc), client, srv.URL)
	// The mock checks that credentials are present, not that they are valid.
	o.Checks = allChecksBut("ignored_auth")
	res, err := Run(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// BenchmarkAgainstMock: checked requests per second of the fuzzing phase
// with 8 workers against the in-process mock over loopback (tester and
// mock share the CPU, so this is a lower bound of the tester's own rate;
// bench/contract-speed.sh measures the two processes apart).
func BenchmarkAgainstMock(b *testing.B) {
	for _, c := range []struct {
		name string
		ops  int
	}{{"petstore.yaml", 3}, {"github-api.github.com.yaml", 873}} {
		name := c.name
		b.Run(name, func(b *testing.B) {
			// A phase builds its cases up front: MaxExamples stays small and
			// the request budget ends the run.
			n := max(b.N, 1)
			res := againstMock(b, corpusDir+name, Options{Phases: []string{PhaseFuzzing}, MaxExamples: n/c.ops + 1,
				MaxRequests: n, Seed: 1, Workers: 8})
			b.ReportMetric(float64(res.Requests)/res.Elapsed.Seconds(), "req/s")
			if len(res.Failures) > 0 {
				b.Errorf("%d failures, first: %s", len(res.Failures), res.Failures[0].Summary())
			}
		})
	}
}

// mockCredentials gives every security scheme of doc a made-up value: the
// mock only checks that credentials are there.
func mockCredentials(doc *spec.Document) plan.Credentials {
	c := plan.Credentials{Bearer: "sequere-test-token", APIKeys: map[string]string{}}
	kin, err := doc.Kin()
	if err != nil || kin.Components == nil {
		return c
	}
	names := make([]string, 0, len(kin.Components.SecuritySchemes))
	for name := range kin.Components.SecuritySchemes {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		s := kin.Components.SecuritySchemes[name]
		if s == nil || s.Value == nil {
			continue
		}
		switch {
		case s.Value.Type == "http" && strings.EqualFold(s.Value.Scheme, "basic"):
			c.APIKeys[name] = "user:password"
		default:
			c.APIKeys[name] = fmt.Sprintf("sequere-%s", name)
		}
	}
	return c
}

func allChecksBut(id string) []string {
	var out []string
	for _, c := range Checks() {
		if c.ID != id {
			out = append(out, c.ID)
		}
	}
	return out
}
