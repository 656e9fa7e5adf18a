package report

import (
	"fmt"
	"io"
	"strings"
)

// LoadPlan is what `sequere load --dry-run` shows: the operations and flows
// a run would send, the data feeding them, what was left out and why, and
// the thresholds.
type LoadPlan struct {
	Spec, Model string
	Operations  []LoadPlanOperation
	Flows       []LoadPlanFlow
	Data        *LoadPlanData // nil without a data file
	Skipped     []string
	Thresholds  []LoadPlanThreshold
}

// LoadPlanOperation is one planned operation; Example is a request of its
// samples ("" without one).
type LoadPlanOperation struct {
	ID, Method, Path string
	Weight, Requests int
	Statuses         []string
	Example          string
}

// LoadPlanFlow is one flow with where its later steps' values come from
// ("path:id from $response.body#/id").
type LoadPlanFlow struct {
	Name     string
	Bindings []string
}

// LoadPlanData is the data file and the operations its rows feed.
type LoadPlanData struct {
	File  string
	Rows  int
	PerVU bool
	Feeds []string
}

// LoadPlanThreshold is one threshold as given.
type LoadPlanThreshold struct{ Name, Source string }

// WriteLoadPlan writes the plan as plain text.
func WriteLoadPlan(w io.Writer, p *LoadPlan) error {
	b := &strings.Builder{}
	fmt.Fprintf(b, "Plan for %s (%s)\n\n", p.Spec, p.Model)
	for _, op := range p.Operations {
		fmt.Fprintf(b, "  %-28s %-6s %-40s weight %d, %d requests, documents %s\n", op.ID, op.Method, op.Path, op.Weight, op.Requests, strings.Join(op.Statuses, " "))
		if op.Example != "" {
			fmt.Fprintf(b, "  %-28s e.g. %s %s\n", "", op.Method, op.Example)
		}
	}
	if len(p.Flows) > 0 {
		b.WriteString("\nFlows (each iteration runs one):\n")
		for _, fl := range p.Flows {
			fmt.Fprintf(b, "  %s (%s)\n", fl.Name, strings.Join(fl.Bindings, ", "))
		}
	}
	if d := p.Data; d != nil {
		mode := "shared: iterations take the rows in turn"
		if d.PerVU {
			mode = "per VU: every VU walks the rows from the first"
		}
		fmt.Fprintf(b, "\nData: %d rows of %s (%s), feeding %s\n", d.Rows, d.File, mode, strings.Join(d.Feeds, ", "))
	}
	if len(p.Skipped) > 0 {
		b.WriteString("\nLeft out:\n")
		for _, s := range p.Skipped {
			fmt.Fprintf(b, "  %s\n", s)
		}
	}
	if len(p.Thresholds) > 0 {
		b.WriteString("\nThresholds:\n")
		for _, t := range p.Thresholds {
			fmt.Fprintf(b, "  %s: %s\n", t.Name, t.Source)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// LoadStart is the line `sequere load` writes to stderr as a run begins,
// so a user sees what is being hit before the first result.
type LoadStart struct {
	Operations int
	Spec       string
	BaseURL    string
	Model      string
}

// WriteLoadStart writes the start line.
func WriteLoadStart(w io.Writer, s LoadStart) error {
	_, err := fmt.Fprintf(w, "sequere load: %d operations of %s against %s, %s\n", s.Operations, s.Spec, s.BaseURL, s.Model)
	return err
}
