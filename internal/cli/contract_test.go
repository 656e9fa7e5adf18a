package cli

import (
	"context"
	"encoding/json"
	"encoding/xml"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/sequere/sequere/internal/iox"
)

// TestContractCommand drives `sequere contract` end to end against a
// server that fails every POST with a 500 until it is fixed: exit 1 with
// the failures in every format at its destination and in the failures
// file, the progress line only on a terminal, then --replay of that file
// exit 0 once the server is fixed, 1 while it is not.
func TestContractCommand(t *testing.T) {
	t.Parallel()
	var fixed atomic.Bool
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodPost && !fixed.Load() {
			w.WriteHeader(http.StatusInternalServerError)
			return
		}
		w.WriteHeader(http.StatusCreated)
	}))
	defer srv.Close()
	dir := t.TempDir()
	spec, err := filepath.Abs("../contract/testdata/shrink.yaml")
	if err != nil {
		t.Fatal(err)
	}
	failures := filepath.Join(dir, "f.json")
	base := []string{"contract", spec, "--base-url", srv.URL, "--phases", "examples", "--checks", "not_a_server_error", "--failures-file", failures}
	contract := func(tty bool, extra ...string) (int, string, string) {
		s, out, errOut := iox.Test("")
		s.Dir, s.ErrTTY = dir, tty
		code := Main(context.Background(), append(append([]string{}, base...), extra...), s)
		return code, out.String(), errOut.String()
	}

	formats := map[string]string{"json": "r.json", "sarif": "r.sarif", "junit": "r.xml", "markdown": "r.md", "github": "r.github", "text": "r.txt", "stylish": "r.stylish"}
	var fargs []string
	for name, file := range formats {
		fargs = append(fargs, "-f", name+"="+filepath.Join(dir, file))
	}
	code, out, errOut := contract(true, fargs...)
	if code != ExitFindings {
		t.Fatalf("exit %d, want %d; stderr %s", code, ExitFindings, errOut)
	}
	if out != "" {
		t.Errorf("every format went to a file, yet stdout has %q", out)
	}
	if !strings.Contains(errOut, "\r\x1b[2Koperations ") {
		t.Errorf("no progress line on a terminal: %q", errOut)
	}
	for name, file := range formats {
		b, err := os.ReadFile(filepath.Join(dir, file))
		if err != nil || !strings.Contains(string(b), "not_a_server_error") {
			t.Errorf("%s: %v, the report does not name the failed check: %.200s", name, err, b)
		}
		switch name {
		case "json", "sarif":
			if !json.Valid(b) {
				t.Errorf("%s is not JSON", name)
			}
		case "junit":
			if err := xml.Unmarshal(b, new(struct{})); err != nil {
				t.Errorf("junit is not XML: %v", err)
			}
		}
	}
	if b, err := os.ReadFile(failures); err != nil || !json.Valid(b) {
		t.Fatalf("failures file: %v", err)
	}

	for _, tt := range []struct {
		name  string
		tty   bool
		extra []string
	}{{"pipe", false, nil}, {"quiet", true, []string{"--quiet"}}} {
		if _, _, errOut := contract(tt.tty, append(tt.extra, "--failures-file", "")...); strings.Contains(errOut, "operations ") && strings.Contains(errOut, "\r") {
			t.Errorf("%s: a progress line: %q", tt.name, errOut)
		}
	}

	if code, _, errOut := contract(false, "--replay", failures); code != ExitFindings {
		t.Errorf("replay against the still broken server: exit %d, want %d (%s)", code, ExitFindings, errOut)
	}
	fixed.Store(true)
	if code, _, errOut := contract(false, "--replay", failures); code != ExitOK {
		t.Errorf("replay against the fixed server: exit %d, want %d (%s)", code, ExitOK, errOut)
	}
	if code, _, errOut := contract(false, "--base-url", "http://127.0.0.1:1"); code != ExitInput || !strings.Contains(errOut, "http://127.0.0.1:1") {
		t.Errorf("unreachable: exit %d, want %d naming the URL (%s)", code, ExitInput, errOut)
	}
}
