package contract

import (
	"testing"
)

// TestAgainstMockReduced: descriptions reduced from real ones the corpus
// lacks (ogen's, libopenapi's, kin-openapi's and speakeasy's test data, run by
// bench/unseen-specs.sh), each once a false failure against the mock. As in
// TestAgainstMock, any failure is a bug of the tester, the generator or the
// mock.
func TestAgainstMockReduced(t *testing.T) {
	for _, c := range []struct{ file, was string }{
		{"only-failure-documented.yaml", "positive_data_acceptance: the mock's 400 was the only documented answer"},
		{"required-undeclared.yaml", "positive_data_acceptance: a required property the schema does not declare was never sent"},
		{"header-params.yaml", "missing_required_header: Go's default User-Agent stood in; positive_data_acceptance: the mock required a Content-Type parameter"},
	} {
		t.Run(c.file, func(t *testing.T) {
			res := againstMock(t, "testdata/unseen/"+c.file, Options{
				Phases:      []string{PhaseExamples, PhaseCoverage, PhaseFuzzing, PhaseNegative},
				MaxExamples: 5, MaxRequests: 500, Seed: 3, Workers: 2})
			if res.Requests == 0 {
				t.Fatal("no request sent")
			}
			for _, f := range res.Failures {
				t.Errorf("%s [%s]: %s (was: %s)", f.Check, f.Phase, f.Summary(), c.was)
			}
		})
	}
}
