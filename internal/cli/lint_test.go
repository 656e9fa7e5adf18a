package cli

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sequere/sequere/internal/iox"
)

// TestLintCustomFunction: a ruleset needing a custom JavaScript function is
// an input error (exit 2) whose one line names the file, the rule and the
// function, whether the ruleset is given or discovered.
func TestLintCustomFunction(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	rules := write(".spectral.yaml", "extends: [spectral:oas]\nfunctionsDir: ./fns\nfunctions: [isInternal]\nrules:\n  no-internal:\n    given: $.paths[*]\n    then:\n      function: isInternal\n")
	api := write("api.yaml", "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n")
	want := `.spectral.yaml:8:17: rule "no-internal" uses the custom JavaScript function "isInternal"`
	for _, tt := range []struct {
		name string
		args []string
	}{
		{"given", []string{"lint", "--ruleset", rules, api}},
		{"discovered", []string{"lint", api}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			io, out, errOut := iox.Test("")
			io.Dir = dir
			code := Main(context.Background(), tt.args, io)
			if code != ExitInput {
				t.Errorf("exit code %d, want %d (stderr %q)", code, ExitInput, errOut)
			}
			if out.Len() != 0 {
				t.Errorf("stdout %q, want nothing", out)
			}
			if got := errOut.String(); !strings.Contains(got, want) || strings.Count(got, "\n") != 1 {
				t.Errorf("stderr %q, want one line containing %q", got, want)
			}
		})
	}
}
