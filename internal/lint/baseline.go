package lint

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"

	"github.com/sequere/sequere/internal/report"
)

// Baseline is a set of accepted findings, keyed by fingerprint (rule id and
// JSON path, never line numbers), so a team can adopt lint on a legacy spec and
// gate only findings that are new. The zero value accepts nothing.
type Baseline struct {
	accepted map[string]bool
}

type baselineFile struct {
	Version  int             `json:"version"`
	Findings []baselineEntry `json:"findings"`
}

type baselineEntry struct {
	Fingerprint string `json:"fingerprint"`
	Rule        string `json:"rule"`
	Path        string `json:"path"`
}

// ReadBaseline parses a baseline written by WriteBaseline.
func ReadBaseline(r io.Reader) (*Baseline, error) {
	var f baselineFile
	dec := json.NewDecoder(r)
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("not a sequere baseline (expected JSON with \"findings\"): %w", err)
	}
	if f.Version != 1 {
		return nil, fmt.Errorf("baseline version %d is not supported (expected 1)", f.Version)
	}
	b := &Baseline{accepted: map[string]bool{}}
	for _, e := range f.Findings {
		b.accepted[e.Fingerprint] = true
	}
	return b, nil
}

// WriteBaseline records every finding of the reports, sorted so the file diffs
// well in review.
func WriteBaseline(w io.Writer, reps ...*report.Report) error {
	f := baselineFile{Version: 1, Findings: []baselineEntry{}}
	seen := map[string]bool{}
	for _, rep := range reps {
		rep.Stamp()
		for _, fd := range rep.Findings {
			if seen[fd.Fingerprint] {
				continue
			}
			seen[fd.Fingerprint] = true
			f.Findings = append(f.Findings, baselineEntry{Fingerprint: fd.Fingerprint, Rule: fd.ID, Path: fd.JSONPath()})
		}
	}
	sort.Slice(f.Findings, func(i, j int) bool {
		a, b := f.Findings[i], f.Findings[j]
		if a.Rule != b.Rule {
			return a.Rule < b.Rule
		}
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		return a.Fingerprint < b.Fingerprint
	})
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(f)
}

// Filter drops the accepted findings from rep and says how many it dropped.
func (b *Baseline) Filter(rep *report.Report) int {
	if b == nil || len(b.accepted) == 0 {
		return 0
	}
	rep.Stamp()
	kept := rep.Findings[:0]
	for _, f := range rep.Findings {
		if !b.accepted[f.Fingerprint] {
			kept = append(kept, f)
		}
	}
	dropped := len(rep.Findings) - len(kept)
	rep.Findings = kept
	return dropped
}
