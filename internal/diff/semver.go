package diff

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/sequere/sequere/internal/report"
)

// Bump is the semantic-version increment a set of changes demands.
type Bump int

const (
	BumpNone Bump = iota
	BumpPatch
	BumpMinor
	BumpMajor
)

func (b Bump) String() string { return [...]string{"none", "patch", "minor", "major"}[b] }

// Required is the bump the changes demand: major for any breaking change
// (level error), minor for any addition, patch for anything else.
func (r *Result) Required() Bump {
	b := BumpNone
	for _, ch := range r.Changes {
		switch {
		case ch.Level == report.Error:
			return BumpMajor
		case ch.Check.Kind == Added && b < BumpMinor:
			b = BumpMinor
		case b < BumpPatch:
			b = BumpPatch
		}
	}
	return b
}

// VersionBump says what increment went from base to rev ("1.2.3" → "2.0.0" is
// major). ok is false when either version is not MAJOR[.MINOR[.PATCH]].
func VersionBump(base, rev string) (Bump, bool) {
	bv, ok1 := parseVersion(base)
	rv, ok2 := parseVersion(rev)
	if !ok1 || !ok2 {
		return BumpNone, false
	}
	for i, b := range []Bump{BumpMajor, BumpMinor, BumpPatch} {
		if rv[i] > bv[i] {
			return b, true
		}
		if rv[i] < bv[i] {
			return BumpNone, true
		}
	}
	return BumpNone, true
}

// CheckVersion compares the bump info.version made with the one required and
// explains a shortfall; "" means it is enough. Below 1.0.0 a minor bump is
// enough for breaking changes, as semantic versioning allows.
func CheckVersion(required Bump, base, rev string) string {
	got, ok := VersionBump(base, rev)
	if !ok {
		return fmt.Sprintf("info.version %q → %q is not a semantic version; a %s bump is required", base, rev, required)
	}
	need := required
	if v, _ := parseVersion(base); v[0] == 0 && need == BumpMajor {
		need = BumpMinor
	}
	if got < need {
		return fmt.Sprintf("info.version went from %s to %s (%s) but the changes require a %s bump", base, rev, got, required)
	}
	return ""
}

func parseVersion(s string) ([3]int, bool) {
	var v [3]int
	s = strings.TrimPrefix(strings.TrimSpace(s), "v")
	if i := strings.IndexAny(s, "-+"); i >= 0 {
		s = s[:i]
	}
	parts := strings.Split(s, ".")
	if len(parts) == 0 || len(parts) > 3 {
		return v, false
	}
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil || n < 0 {
			return v, false
		}
		v[i] = n
	}
	return v, true
}
