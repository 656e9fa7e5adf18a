package contract

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/sequere/sequere/internal/plan"
	"github.com/sequere/sequere/internal/report"
)

// Report turns a result into the findings model every format renders:
// one finding per failure, at the operation in the description.
func Report(p *plan.Plan, res *Result, version string) *report.Report {
	rep := &report.Report{Tool: "sequere contract", Version: version, Sources: []string{p.Doc.Name}}
	for _, c := range checks {
		if contains(res.Checks, c.ID) {
			rep.Rules = append(rep.Rules, report.Rule{ID: c.ID, Severity: report.Error, Description: c.Description, Ruleset: "sequere contract"})
		}
	}
	for _, f := range res.Failures {
		op, _ := p.Operation(f.Operation)
		loc := report.Location{File: p.Doc.Name}
		path := []string{"paths", f.Path, strings.ToLower(f.Method)}
		if op != nil && op.Location.Node != nil {
			loc = report.Location{File: op.Location.File, Line: op.Location.Node.Line, Col: op.Location.Node.Column}
		}
		msg := fmt.Sprintf("%s [%s, %s phase", f.Summary(), f.Operation, f.Phase)
		if f.Count > 1 {
			msg += fmt.Sprintf(", %d times", f.Count)
		}
		if f.Shrunk {
			msg += ", shrunk"
		}
		msg += "]"
		rep.Findings = append(rep.Findings, report.Finding{
			ID: f.Check, Severity: report.Error, Message: msg, Path: path, Location: loc,
			Fingerprint: report.Fingerprint(f.Check, path, f.Message), Detail: f.Detail(),
		})
	}
	rep.Sort()
	return rep
}

// FailuresFile is what --failures-file holds and --replay reads.
type FailuresFile struct {
	Spec     string    `json:"spec"`
	BaseURL  string    `json:"baseUrl"`
	Seed     uint64    `json:"seed"`
	Failures []Failure `json:"failures"`
}

// WriteFailures saves failures as JSON.
func WriteFailures(w io.Writer, spec, base string, res *Result) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	f := FailuresFile{Spec: spec, BaseURL: base, Seed: res.Seed, Failures: res.Failures}
	if f.Failures == nil {
		f.Failures = []Failure{}
	}
	return enc.Encode(f)
}

// ReadFailures reads a failures file.
func ReadFailures(r io.Reader) (*FailuresFile, error) {
	var f FailuresFile
	dec := json.NewDecoder(r)
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("not a sequere contract failures file: %v", err)
	}
	return &f, nil
}

// PlanLine is one operation of a dry run: the requests each phase would send.
type PlanLine struct {
	Operation string
	Method    string
	Path      string
	Requests  map[string]int
}

// DryRun counts the requests each phase would send, without sending any.
func DryRun(o Options) ([]PlanLine, error) {
	o.Client = noClient{}
	if err := o.defaults(); err != nil {
		return nil, err
	}
	r := newRunner(o)
	chainOf := map[string]int{}
	if hasPhase(o.Phases, PhaseStateful) {
		for _, c := range r.chains() {
			n := 2 + len(c.Update)*2
			if c.Delete != nil {
				n += 2
			}
			chainOf[c.Create.ID] += n
		}
	}
	walkOf := map[string]int{}
	if hasPhase(o.Phases, PhaseStateful) {
		for _, root := range r.linkRoots() {
			walkOf[root.ID] = r.linkRequests(root, 1)
		}
	}
	var out []PlanLine
	for _, op := range o.Plan.Ops {
		l := PlanLine{Operation: op.ID, Method: op.Method, Path: op.Path, Requests: map[string]int{}}
		for _, ph := range o.Phases {
			if ph == PhaseStateful {
				l.Requests[ph] = chainOf[op.ID] + walkOf[op.ID]
				if _, ok := o.Plan.Pagination(op); ok {
					l.Requests[ph] += maxPages
				}
				continue
			}
			l.Requests[ph] = len(r.cases(op, ph))
		}
		out = append(out, l)
	}
	return out, nil
}
