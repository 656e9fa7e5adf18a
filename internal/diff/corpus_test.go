package diff

import (
	"os"
	"testing"
)

// TestCorpusHistory runs the real history pairs of the shared corpus: they
// must compare without error, and the Stripe pair must aggregate shared
// components (far fewer findings than the per-operation view).
func TestCorpusHistory(t *testing.T) {
	if testing.Short() {
		t.Skip("loads 11 MB of specs")
	}
	const dir = "../../../shared/corpus/history/"
	pairs := [][2]string{
		{"stripe-spec3-v376.yaml", "stripe-spec3-v524.yaml"},
		{"twilio_api_v2010-2.5.5.yaml", "twilio_api_v2010-2.6.7.yaml"},
	}
	for _, p := range pairs {
		if _, err := os.Stat(dir + p[0]); err != nil {
			t.Skip("corpus not present")
		}
		res := compareFiles(t, dir+p[0], dir+p[1])
		folded, expanded := len(res.Report(false).Findings), len(res.Report(true).Findings)
		t.Logf("%s: %d changes, %d findings folded, %d expanded", p[0], len(res.Changes), folded, expanded)
		if len(res.Changes) == 0 {
			t.Errorf("%s: no changes found between two different versions", p[0])
		}
		if p[0][:6] == "stripe" && expanded < 10*folded {
			t.Errorf("stripe: expected shared-component aggregation to fold many findings, got %d folded vs %d expanded", folded, expanded)
		}
	}
}

// TestCorpusSelf compares every corpus description with itself: two loads
// of the same bytes must give no change at all (no false positives from
// $ref following, allOf merging or alternative matching).
func TestCorpusSelf(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the corpus")
	}
	const dir = "../../../shared/corpus/"
	for _, f := range []string{"petstore.yaml", "tictactoe.yaml", "asana.yaml", "digitalocean/specification/DigitalOcean-public.v2.yaml"} {
		if _, err := os.Stat(dir + f); err != nil {
			t.Skip("corpus not present")
		}
		if res := compareFiles(t, dir+f, dir+f); len(res.Changes) != 0 {
			t.Errorf("%s against itself: %d changes, first: %s", f, len(res.Changes), res.Changes[0].Message)
		}
	}
}
