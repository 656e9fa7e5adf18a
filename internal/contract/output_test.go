package contract

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/sequere/sequere/internal/report"
)

func sectionNames(d report.Detail) []string {
	var l []string
	for _, s := range d {
		l = append(l, s.Name)
	}
	return l
}

// TestFailureDetailAndReplay: a shrunk failure's finding carries the
// expectation, curl line, response, seed and both inputs as detail, not in
// its message; replaying the saved failures file reports the same detail.
func TestFailureDetailAndReplay(t *testing.T) {
	t.Parallel()
	srv := httptest.NewServer(http.HandlerFunc(sizeBugServer))
	defer srv.Close()
	p := loadPlan(t, "testdata/shrink.yaml")
	o := Options{Plan: p, BaseURL: srv.URL, Client: srv.Client(), Phases: []string{PhaseFuzzing},
		Checks: []string{"not_a_server_error"}, Seed: 11, MaxExamples: 5, Timeout: 5 * time.Second}
	res, err := Run(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	rep := Report(p, res, "test")
	if len(rep.Findings) == 0 {
		t.Fatal("no findings")
	}
	want := []string{"expected", "request", "response", "seed", "input (shrunk in", "original input"}
	for _, f := range rep.Findings {
		names := strings.Join(sectionNames(f.Detail), "|")
		for _, w := range want {
			if !strings.Contains(names, w) {
				t.Errorf("%s: detail sections %s lack %q", f.Message, names, w)
			}
		}
		if strings.Contains(f.Message, "curl") {
			t.Errorf("the message still packs the curl line: %s", f.Message)
		}
		if !strings.Contains(f.Detail[1].Text, "curl -sS -X POST") || f.Detail[3].Text != "11" {
			t.Errorf("request/seed sections: %q %q", f.Detail[1].Text, f.Detail[3].Text)
		}
	}

	var saved bytes.Buffer
	if err := WriteFailures(&saved, "testdata/shrink.yaml", srv.URL, res); err != nil {
		t.Fatal(err)
	}
	file, err := ReadFailures(&saved)
	if err != nil {
		t.Fatal(err)
	}
	o.Seed = 0 // a replay need not be given the seed again
	again, err := Replay(context.Background(), o, file.Failures)
	if err != nil {
		t.Fatal(err)
	}
	if again.Requests != len(file.Failures) {
		t.Errorf("replay sent %d requests for %d failures", again.Requests, len(file.Failures))
	}
	rerep := Report(p, again, "test")
	if len(rerep.Findings) != len(rep.Findings) {
		t.Fatalf("replay: %d findings, the run %d", len(rerep.Findings), len(rep.Findings))
	}
	for i, f := range rerep.Findings {
		if !slices.Equal(sectionNames(f.Detail), sectionNames(rep.Findings[i].Detail)) || f.Detail[3].Text != "11" {
			t.Errorf("replayed detail %v (seed %s), run %v", sectionNames(f.Detail), f.Detail[3].Text, sectionNames(rep.Findings[i].Detail))
		}
	}
}
