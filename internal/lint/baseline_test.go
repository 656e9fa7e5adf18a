package lint

import (
	"bytes"
	"strings"
	"testing"

	"github.com/sequere/sequere/internal/report"
)

func TestBaselineSurvivesUnrelatedEdits(t *testing.T) {
	old := &report.Report{Findings: []report.Finding{
		{ID: "operation-description", Path: []string{"paths", "/pets", "get"}, Location: report.Location{File: "a.yaml", Line: 10}},
		{ID: "info-contact", Path: []string{"info"}, Location: report.Location{File: "a.yaml", Line: 2}},
	}}
	var buf bytes.Buffer
	if err := WriteBaseline(&buf, old); err != nil {
		t.Fatal(err)
	}
	b, err := ReadBaseline(&buf)
	if err != nil {
		t.Fatal(err)
	}
	// The same findings moved down by an edit above them, plus one new finding.
	now := &report.Report{Findings: []report.Finding{
		{ID: "operation-description", Path: []string{"paths", "/pets", "get"}, Location: report.Location{File: "a.yaml", Line: 14}},
		{ID: "info-contact", Path: []string{"info"}, Location: report.Location{File: "a.yaml", Line: 6}},
		{ID: "operation-description", Path: []string{"paths", "/owners", "get"}, Location: report.Location{File: "a.yaml", Line: 30}},
	}}
	if dropped := b.Filter(now); dropped != 2 {
		t.Errorf("dropped %d, want 2", dropped)
	}
	if len(now.Findings) != 1 || now.Findings[0].Path[1] != "/owners" {
		t.Errorf("kept %+v, want only the new /owners finding", now.Findings)
	}
}

func TestReadBaselineRejectsOtherFiles(t *testing.T) {
	for _, in := range []string{"", "[]", `{"version": 2, "findings": []}`, "not json"} {
		if _, err := ReadBaseline(strings.NewReader(in)); err == nil {
			t.Errorf("ReadBaseline(%q) accepted it", in)
		}
	}
}
