package diff

import (
	"fmt"
	"strings"

	"github.com/sequere/sequere/internal/report"
)

// maxListed bounds how many affected operations a shared finding names.
const maxListed = 5

// Report turns the result into findings. A change to a shared component is one
// finding at the component naming the operations it reaches; expand gives one
// finding per affected operation instead, its path under that operation.
func (r *Result) Report(expand bool) *report.Report {
	rep := &report.Report{Tool: "sequere diff", Sources: []string{r.Base.Name, r.Revision.Name}, Rules: Rules()}
	for _, ch := range r.Changes {
		if expand && ch.Shared {
			for _, ep := range ch.Endpoints {
				path := append(endpointPath(ep), ch.Path...)
				rep.Findings = append(rep.Findings, ch.finding(ep+": "+ch.Message, path))
			}
			continue
		}
		msg := ch.Message
		if ch.Shared {
			msg += " (" + affected(ch) + ")"
		}
		rep.Findings = append(rep.Findings, ch.finding(msg, ch.Path))
	}
	return rep
}

// endpointPath is the JSON path of an endpoint name: "GET /pets" or, for a
// 3.1 webhook, "POST webhook newPet".
func endpointPath(ep string) []string {
	method, p, _ := strings.Cut(ep, " ")
	if name, ok := strings.CutPrefix(p, "webhook "); ok {
		return []string{"webhooks", name, strings.ToLower(method)}
	}
	return []string{"paths", p, strings.ToLower(method)}
}

func (ch *Change) finding(msg string, path []string) report.Finding {
	f := report.Finding{
		ID: ch.Check.ID, Severity: ch.Level, Message: msg, Path: path,
		Location: ch.Location, Base: ch.Base,
	}
	if ch.Guards != 0 {
		f.Message += " [not breaking: " + ch.Guards.String() + "]"
	}
	// Formatters print one location; the base side rides in the message so
	// every format shows both (html also gets it as a column).
	if ch.Base != nil {
		f.Message += " (base: " + ch.Base.String() + ")"
	}
	f.Fingerprint = report.Fingerprint(f.ID, path, ch.Direction.String()+"\x00"+ch.Message)
	return f
}

// affected renders "request of 3 operations: GET /a, POST /b, PUT /c".
func affected(ch *Change) string {
	n := len(ch.Endpoints)
	list := ch.Endpoints
	more := ""
	if n > maxListed {
		list, more = list[:maxListed], fmt.Sprintf(", and %d more", n-maxListed)
	}
	word := "operations"
	if n == 1 {
		word = "operation"
	}
	return fmt.Sprintf("%s of %d %s: %s%s", ch.Direction, n, word, strings.Join(list, ", "), more)
}
