package diff

import (
	"strings"
	"testing"
	"time"
)

func TestGlob(t *testing.T) {
	t.Parallel()
	tests := []struct {
		glob, ep string
		want     bool
	}{
		{"GET /users/*", "GET /users/{id}", true},
		{"GET /users/*", "GET /users/{id}/orders", false},
		{"GET /users/**", "GET /users/{id}/orders", true},
		{"/users/*", "DELETE /users/{id}", true},
		{"post /users", "POST /users", true},
		{"POST /users", "GET /users", false},
		{"*", "PUT /anything/at/all", true},
		{"", "PUT /x", true},
	}
	for _, tt := range tests {
		if got := globRE(tt.glob).MatchString(tt.ep); got != tt.want {
			t.Errorf("glob %q on %q = %v, want %v", tt.glob, tt.ep, got, tt.want)
		}
	}
}

func TestParseIgnore(t *testing.T) {
	t.Parallel()
	good := "- check: endpoint-removed\n  endpoint: GET /a\n  reason: agreed\n  expires: 2027-01-31\n"
	es, err := ParseIgnore("i.yaml", []byte(good))
	if err != nil || len(es) != 1 || es[0].Expires.Format(dateLayout) != "2027-01-31" || es[0].Location.Line != 1 {
		t.Fatalf("ParseIgnore = %+v, %v", es, err)
	}
	for _, bad := range []string{
		"- check: nope\n  reason: x\n",
		"- check: endpoint-removed\n",
		"- check: endpoint-removed\n  reason: x\n  expires: soon\n",
		"- check: endpoint-removed\n  reason: x\n  typo: 1\n",
		"check: endpoint-removed\n",
	} {
		if _, err := ParseIgnore("i.yaml", []byte(bad)); err == nil {
			t.Errorf("ParseIgnore accepted %q", bad)
		}
	}
}

// A shared change loses only the ignored operations; it disappears when none
// is left, and an entry past its expiry hides nothing and fails the run.
func TestApplyIgnore(t *testing.T) {
	t.Parallel()
	chk := byID()["schema-property-removed"]
	mk := func() *Result {
		return &Result{Changes: []*Change{{Check: chk, Shared: true, Endpoints: []string{"GET /a", "GET /b"}}}}
	}
	now := time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)
	entry := func(ep, exp string) IgnoreEntry {
		e := IgnoreEntry{Check: chk.ID, Endpoint: ep, Reason: "r", re: globRE(ep)}
		if exp != "" {
			e.Expires, _ = time.Parse(dateLayout, exp)
		}
		return e
	}
	r := mk()
	if exp := r.Apply([]IgnoreEntry{entry("GET /a", "")}, now); len(exp) != 0 || len(r.Changes) != 1 || strings.Join(r.Changes[0].Endpoints, ",") != "GET /b" {
		t.Errorf("partial ignore: %+v", r.Changes[0])
	}
	r = mk()
	if r.Apply([]IgnoreEntry{entry("/*", "2026-11-27")}, now); len(r.Changes) != 0 {
		t.Errorf("entry expiring today must still apply")
	}
	r = mk()
	if exp := r.Apply([]IgnoreEntry{entry("/*", "2026-11-01")}, now); len(exp) != 1 || len(r.Changes) != 1 {
		t.Errorf("expired entry: %d expired findings, %d changes", len(exp), len(r.Changes))
	}
}

func TestSemver(t *testing.T) {
	t.Parallel()
	tests := []struct {
		need      Bump
		base, rev string
		ok        bool
	}{
		{BumpMajor, "1.2.3", "2.0.0", true},
		{BumpMajor, "1.2.3", "1.3.0", false},
		{BumpMajor, "0.4.0", "0.5.0", true},
		{BumpMinor, "1.2.3", "1.2.4", false},
		{BumpMinor, "v1.2", "v1.3", true},
		{BumpPatch, "1.2.3", "1.2.3", false},
		{BumpPatch, "2023-08-16", "2023-09-01", false},
	}
	for _, tt := range tests {
		if got := CheckVersion(tt.need, tt.base, tt.rev) == ""; got != tt.ok {
			t.Errorf("CheckVersion(%s, %s, %s) ok = %v, want %v", tt.need, tt.base, tt.rev, got, tt.ok)
		}
	}
}

func TestAppendSection(t *testing.T) {
	t.Parallel()
	sec := "## 2.0.0 - 2026-11-27\n\n- x\n\n"
	if got := AppendSection("", sec); got != "# Changelog\n\n"+sec {
		t.Errorf("new file: %q", got)
	}
	old := "# Changelog\n\n## 1.0.0 - 2026-01-01\n"
	if got := AppendSection(old, sec); got != "# Changelog\n\n"+sec+"## 1.0.0 - 2026-01-01\n" {
		t.Errorf("existing file: %q", got)
	}
}
