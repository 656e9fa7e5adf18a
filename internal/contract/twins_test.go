package contract

import (
	"context"
	"net/http"
	"net/http/httptest"
	"slices"
	"testing"
	"time"

	"github.com/sequere/sequere/internal/plan"
)

func notesPlan(t testing.TB) *plan.Plan { return loadPlan(t, "testdata/notes.yaml") }

// runNotes runs every phase against s as ada, with bob as the other user,
// on the server's own clock.
func runNotes(t *testing.T, s *notesServer) *Result {
	t.Helper()
	return runFixture(t, s, "testdata/notes.yaml", func(p *plan.Plan, srv *httptest.Server, o *Options) {
		o.Auth = plan.NewAuth(p, plan.Credentials{Bearer: "ada-token"}, srv.Client(), srv.URL)
		o.Other = plan.NewAuth(p, plan.Credentials{Bearer: "bob-token"}, srv.Client(), srv.URL)
		o.MaxResponseTime, o.Now = 500*time.Millisecond, s.clock.Now
	})
}

// runFixture runs every phase of the fixture at specPath against h, with
// the options set adds.
func runFixture(t *testing.T, h http.Handler, specPath string, set func(*plan.Plan, *httptest.Server, *Options)) *Result {
	t.Helper()
	srv := httptest.NewServer(h)
	defer srv.Close()
	p := loadPlan(t, specPath)
	o := Options{Plan: p, BaseURL: srv.URL, Client: srv.Client(), Seed: 7, MaxExamples: 10, Timeout: 5 * time.Second}
	set(p, srv, &o)
	res, err := Run(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// TestEachProtocolCheckCatchesItsBug is TestEachCheckCatchesItsBug for the
// checks that need auth, preconditions, idempotency, rate limits and a
// clock: the honest notes server fails nothing, and each twin fails its
// own check and no other.
func TestEachProtocolCheckCatchesItsBug(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		name, check string
		bug         func(*notesServer)
	}{
		{"honest", "", func(*notesServer) {}},
		{"ignores auth", "ignored_auth", func(s *notesServer) { s.ignoresAuth = true }},
		{"key optional", "missing_required_header", func(s *notesServer) { s.keyOptional = true }},
		{"frozen ETag", "conditional_requests", func(s *notesServer) { s.frozenETag = true }},
		{"ignores If-None-Match", "conditional_requests", func(s *notesServer) { s.ignoresNoneMatch = true }},
		{"ignores If-Match", "conditional_requests", func(s *notesServer) { s.ignoresIfMatch = true }},
		{"creates twice", "idempotency_replay", func(s *notesServer) { s.createsTwice = true }},
		{"replays another body", "idempotency_replay", func(s *notesServer) { s.replaysOtherBody = true }},
		{"problem status", "problem_details", func(s *notesServer) { s.badProblemStatus = true }},
		{"no Retry-After", "rate_limit_headers", func(s *notesServer) { s.noRetryAfter = true }},
		{"stalls", "response_time", func(s *notesServer) { s.stalls = true }},
		{"shares notes", "cross_user_access", func(s *notesServer) { s.othersNotesShared = true }},
		{"others write", "cross_user_access", func(s *notesServer) { s.othersWrite = true }},
		{"Retry-After zero", "rate_limit_headers", func(s *notesServer) { s.retryAfterZero = true }},
		{"no If-Match is 400", "missing_required_header", func(s *notesServer) { s.ifMatch400 = true }},
		{"update without ETag", "conditional_requests", func(s *notesServer) { s.updateNoETag = true }},
		{"bad token gets the bare challenge", "ignored_auth", func(s *notesServer) { s.bareChallenge = true }},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			s := newNotesServer()
			tt.bug(s)
			res := runNotes(t, s)
			got := failedChecks(res)
			var want []string
			if tt.check != "" {
				want = []string{tt.check}
			}
			for _, f := range res.Failures {
				t.Logf("%s: %s", f.Check, f.Summary())
			}
			if !slices.Equal(got, want) {
				t.Errorf("failed checks %v, want %v", got, want)
			}
		})
	}
}

// runAccounts runs every phase against s with ada's client credentials,
// whose token is granted accounts:read and not accounts:admin.
func runAccounts(t *testing.T, s *accountsServer, checks []string) *Result {
	t.Helper()
	return runFixture(t, s, "testdata/accounts.yaml", func(p *plan.Plan, srv *httptest.Server, o *Options) {
		o.Auth = plan.NewAuth(p, plan.Credentials{ClientID: "ada", ClientSecret: "ada-secret"}, srv.Client(), srv.URL)
		o.Checks = checks
	})
}

// TestEachScopeFormatStatusAndDepthCheckCatchesItsBug: the honest accounts
// server fails nothing, each twin fails its own check and no other, and
// with that check switched off the twin passes, so it is that check, and
// not a neighbour, that catches the bug.
func TestEachScopeFormatStatusAndDepthCheckCatchesItsBug(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		name, check string
		bug         func(*accountsServer)
	}{
		{"honest", "", func(*accountsServer) {}},
		{"missing scope is 401", "ignored_auth", func(s *accountsServer) { s.scope401 = true }},
		{"email that is no address", "response_schema_conformance", func(s *accountsServer) { s.badEmail = true }},
		{"2xx matched only by default", "status_code_conformance", func(s *accountsServer) { s.defaultSuccess = true }},
		{"body not checked three levels down", "negative_data_rejection", func(s *accountsServer) { s.shallowChecks = true }},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			s := &accountsServer{}
			tt.bug(s)
			res := runAccounts(t, s, nil)
			for _, f := range res.Failures {
				t.Logf("%s: %s", f.Check, f.Summary())
			}
			var want []string
			if tt.check != "" {
				want = []string{tt.check}
			}
			if got := failedChecks(res); !slices.Equal(got, want) {
				t.Fatalf("failed checks %v, want %v", got, want)
			}
			if tt.check == "" {
				return
			}
			var others []string
			for _, c := range Checks() {
				if c.ID != tt.check {
					others = append(others, c.ID)
				}
			}
			off := &accountsServer{}
			tt.bug(off)
			if got := failedChecks(runAccounts(t, off, others)); len(got) != 0 {
				t.Errorf("with %s off, failed checks %v, want none", tt.check, got)
			}
		})
	}
}
