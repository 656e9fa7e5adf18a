package diff

import (
	"sort"
	"strings"
	"time"

	"github.com/sequere/sequere/internal/report"
)

// Section kinds of a changelog, in the order they are printed.
var sectionOrder = []string{"Breaking", "Deprecated", "Added", "Changed", "Removed"}

// Changelog is the human view of a Result: groups (an endpoint, a shared
// component, or "General") in order, each with entries per section.
type Changelog struct {
	Version string    `json:"version"`
	Date    string    `json:"date"`
	Groups  []*CGroup `json:"groups"`
}

// CGroup is one endpoint ("GET /pets"), one shared component
// ("components/schemas/Pet") or "General" for document-level changes.
type CGroup struct {
	Title     string              `json:"title"`
	Endpoints []string            `json:"endpoints,omitempty"` // for a shared component: who is affected
	Sections  map[string][]string `json:"sections"`
}

// NewChangelog builds the changelog of r, dated now, titled with the
// revision's info.version.
func NewChangelog(r *Result, now time.Time) *Changelog {
	cl := &Changelog{Version: infoVersion(r), Date: now.Format(dateLayout)}
	byTitle := map[string]*CGroup{}
	get := func(title string, eps []string) *CGroup {
		g := byTitle[title]
		if g == nil {
			g = &CGroup{Title: title, Endpoints: eps, Sections: map[string][]string{}}
			byTitle[title] = g
			cl.Groups = append(cl.Groups, g)
		}
		return g
	}
	for _, ch := range r.Changes {
		section := ch.Check.Kind.String()
		if ch.Level == report.Error {
			section = "Breaking"
		}
		msg := ch.Message
		if len(ch.Check.Dirs) > 1 {
			msg += " (" + ch.Direction.String() + ")"
		}
		switch {
		case ch.Shared:
			get(strings.Join(ch.Path[:min(3, len(ch.Path))], "/"), ch.Endpoints).add(section, msg)
		case len(ch.Endpoints) == 0:
			get("General", nil).add(section, msg)
		default:
			for _, ep := range ch.Endpoints {
				get(ep, nil).add(section, strings.TrimPrefix(msg, ep+": "))
			}
		}
	}
	sort.SliceStable(cl.Groups, func(i, j int) bool { return groupRank(cl.Groups[i]) < groupRank(cl.Groups[j]) })
	return cl
}

// groupRank prints endpoints first, then shared components, then General,
// each group in the order changes were found.
func groupRank(g *CGroup) int {
	switch {
	case g.Title == "General":
		return 2
	case strings.Contains(g.Title, " /"), strings.Contains(g.Title, " webhook "):
		return 0
	}
	return 1
}

func infoVersion(r *Result) string {
	if r.Revision == nil {
		return ""
	}
	for i := 0; i+1 < len(r.Revision.Root.Content); i += 2 {
		if r.Revision.Root.Content[i].Value == "info" {
			return nref{r.Revision.Root.Content[i+1], ""}.str("version")
		}
	}
	return ""
}

func (g *CGroup) add(section, msg string) {
	for _, m := range g.Sections[section] {
		if m == msg {
			return
		}
	}
	g.Sections[section] = append(g.Sections[section], msg)
}
