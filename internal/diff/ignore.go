package diff

import (
	"fmt"
	"regexp"
	"strings"
	"time"

	yaml "github.com/pb33f/go-yaml"

	"github.com/sequere/sequere/internal/report"
)

// IgnoreEntry is one accepted change: a check id, an endpoint glob ("GET
// /users/*", "/users/**" for any method, "*" for everything, "" for
// document-level changes too), a mandatory reason and an optional expiry after
// which the entry fails the run instead of hiding anything.
type IgnoreEntry struct {
	Check    string
	Endpoint string
	Reason   string
	Expires  time.Time // zero: never
	Location report.Location
	re       *regexp.Regexp
}

// ExpiredID is the finding id of an ignore entry past its expiry date.
const ExpiredID = "ignore-entry-expired"

// ParseIgnore reads an ignore file: a YAML list of {check, endpoint, reason,
// expires}. Unknown check ids and missing reasons are errors, so a typo
// cannot silently ignore nothing.
func ParseIgnore(name string, data []byte) ([]IgnoreEntry, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	root := &doc
	if root.Kind == yaml.DocumentNode && len(root.Content) > 0 {
		root = root.Content[0]
	}
	if root.Kind == yaml.MappingNode {
		root = mapValue(root, "ignore")
	}
	if root == nil || root.Kind != yaml.SequenceNode {
		return nil, fmt.Errorf("%s: expected a list of entries (check, endpoint, reason, expires)", name)
	}
	var out []IgnoreEntry
	for _, n := range root.Content {
		loc := report.Location{File: name, Line: n.Line, Col: n.Column}
		e := IgnoreEntry{Location: loc}
		if n.Kind != yaml.MappingNode {
			return nil, fmt.Errorf("%s: entry is not a mapping", loc)
		}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i].Value, n.Content[i+1].Value
			switch k {
			case "check", "id":
				e.Check = v
			case "endpoint":
				e.Endpoint = v
			case "reason":
				e.Reason = strings.TrimSpace(v)
			case "expires":
				t, err := time.Parse(dateLayout, v)
				if err != nil {
					return nil, fmt.Errorf("%s: expires %q is not a YYYY-MM-DD date", loc, v)
				}
				e.Expires = t
			default:
				return nil, fmt.Errorf("%s: unknown key %q (want check, endpoint, reason, expires)", loc, k)
			}
		}
		if _, ok := byID()[e.Check]; !ok {
			return nil, fmt.Errorf("%s: unknown check id %q (see sequere diff --list-checks)", loc, e.Check)
		}
		if e.Reason == "" {
			return nil, fmt.Errorf("%s: entry for %s has no reason; every exception must say why", loc, e.Check)
		}
		e.re = globRE(e.Endpoint)
		out = append(out, e)
	}
	return out, nil
}

func mapValue(m *yaml.Node, key string) *yaml.Node {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i+1]
		}
	}
	return nil
}

// globRE compiles an endpoint glob: * matches anything but "/", ** anything;
// a glob without a method matches every method.
func globRE(g string) *regexp.Regexp {
	g = strings.TrimSpace(g)
	if g == "" || g == "*" || g == "**" {
		return regexp.MustCompile(`.*`)
	}
	method := `[A-Z]+ `
	if m, p, ok := strings.Cut(g, " "); ok {
		method, g = regexp.QuoteMeta(strings.ToUpper(m))+" ", p
	}
	var b strings.Builder
	for i := 0; i < len(g); i++ {
		switch {
		case strings.HasPrefix(g[i:], "**"):
			b.WriteString(".*")
			i++
		case g[i] == '*':
			b.WriteString("[^/]*")
		case g[i] == '?':
			b.WriteString("[^/]")
		default:
			b.WriteString(regexp.QuoteMeta(g[i : i+1]))
		}
	}
	return regexp.MustCompile("^" + method + b.String() + "$")
}

// Apply removes ignored changes (or the ignored operations of a shared
// change) and returns one error finding per entry past its expiry date.
func (r *Result) Apply(entries []IgnoreEntry, now time.Time) []report.Finding {
	var expired []report.Finding
	var live []IgnoreEntry
	for _, e := range entries {
		if !e.Expires.IsZero() && !now.IsZero() && now.After(e.Expires.AddDate(0, 0, 1)) {
			expired = append(expired, report.Finding{
				ID: ExpiredID, Severity: report.Error, Location: e.Location, Path: []string{e.Check, e.Endpoint},
				Message: fmt.Sprintf("ignore entry for %s on %q expired on %s (%s); fix the change or renew the entry", e.Check, e.Endpoint, e.Expires.Format(dateLayout), e.Reason),
			})
			continue
		}
		live = append(live, e)
	}
	kept := r.Changes[:0]
	for _, ch := range r.Changes {
		if keepChange(ch, live) {
			kept = append(kept, ch)
		}
	}
	r.Changes = kept
	return expired
}

func keepChange(ch *Change, entries []IgnoreEntry) bool {
	var mine []IgnoreEntry
	for _, e := range entries {
		if e.Check == ch.Check.ID {
			mine = append(mine, e)
		}
	}
	if len(mine) == 0 {
		return true
	}
	if len(ch.Endpoints) == 0 {
		for _, e := range mine {
			if e.re.String() == ".*" {
				return false
			}
		}
		return true
	}
	left := ch.Endpoints[:0:0]
	for _, ep := range ch.Endpoints {
		hit := false
		for _, e := range mine {
			if e.re.MatchString(ep) {
				hit = true
				break
			}
		}
		if !hit {
			left = append(left, ep)
		}
	}
	ch.Endpoints = left
	return len(left) > 0
}
