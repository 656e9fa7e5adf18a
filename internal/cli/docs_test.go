package cli

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/sequere/sequere/internal/iox"
)

// TestDocsAndPostmanExitCodes: docs and postman write what they are asked
// and exit 0; bad input is one line naming file:line:col, exit 2, for both.
func TestDocsAndPostmanExitCodes(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.yaml")
	if err := os.WriteFile(bad, []byte("openapi: 3.0.3\ninfo:\n  title: x\n  version: 1\n paths: {}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	ref := filepath.Join(dir, "ref.yaml")
	if err := os.WriteFile(ref, []byte("openapi: 3.0.3\ninfo: {title: x, version: '1'}\npaths:\n  /a:\n    get:\n      responses:\n        '200':\n          $ref: '#/components/responses/Nope'\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	petstore := "../../../shared/corpus/petstore.yaml"
	if _, err := os.Stat(petstore); err != nil {
		t.Skip("corpus not available")
	}
	for _, tt := range []struct {
		name   string
		args   []string
		code   int
		stderr string
	}{
		{"docs one page", []string{"docs", petstore, "-o", filepath.Join(dir, "api.html")}, ExitOK, `wrote 1 page`},
		{"docs per tag", []string{"docs", petstore, "-o", filepath.Join(dir, "site") + "/"}, ExitOK, `wrote 3 page`},
		{"postman", []string{"postman", petstore, "-o", filepath.Join(dir, "c.json")}, ExitOK, `wrote`},
		{"docs malformed", []string{"docs", bad, "-o", filepath.Join(dir, "x.html")}, ExitInput, `bad.yaml:5:2: malformed YAML`},
		{"postman malformed", []string{"postman", bad, "-o", filepath.Join(dir, "x.json")}, ExitInput, `bad.yaml:5:2: malformed YAML`},
		{"docs broken ref", []string{"docs", ref, "-o", filepath.Join(dir, "x.html")}, ExitInput, `ref.yaml:8:\d+: unresolvable \$ref`},
		{"docs --mock without --serve", []string{"docs", petstore, "--mock"}, ExitInput, `--mock only applies with --serve`},
		{"docs bad port", []string{"docs", petstore, "--serve", "--port", "70000"}, ExitInput, `--port must be between`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			io, _, errOut := iox.Test("")
			io.Dir = dir
			code := Main(context.Background(), tt.args, io)
			if code != tt.code {
				t.Fatalf("exit %d, want %d; stderr:\n%s", code, tt.code, errOut)
			}
			if !regexp.MustCompile(tt.stderr).MatchString(errOut.String()) {
				t.Errorf("stderr lacks %s:\n%s", tt.stderr, errOut)
			}
			if strings.Contains(errOut.String(), "panic") {
				t.Errorf("stderr: %s", errOut)
			}
		})
	}
}
