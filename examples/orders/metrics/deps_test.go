package metrics_test

import (
	"os/exec"
	"strings"
	"testing"
)

// TestSequereDoesNotLinkHeavyInits keeps this package's reason to exist: the
// orders example is linked into the one sequere binary, and Go runs the init of
// every linked package on every command. client_golang brings procfs, expvar,
// runtime/metrics and protobuf, whose initializers cost every invocation about
// 4 ms of CPU (see the package doc). They may be used by tests, which are not
// linked into the binary, but not by anything cmd/sequere imports.
func TestSequereDoesNotLinkHeavyInits(t *testing.T) {
	if testing.Short() {
		t.Skip("go list loads the whole build graph")
	}
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command in PATH")
	}
	out, err := exec.Command(gobin, "list", "-deps", "github.com/sequere/sequere/cmd/sequere").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	for _, dep := range strings.Fields(string(out)) {
		for _, banned := range []string{"github.com/prometheus/client_golang", "google.golang.org/protobuf"} {
			if dep == banned || strings.HasPrefix(dep, banned+"/") {
				t.Errorf("cmd/sequere links %s", dep)
			}
		}
		if dep == "expvar" || dep == "runtime/metrics" {
			t.Errorf("cmd/sequere links %s", dep)
		}
	}
}
