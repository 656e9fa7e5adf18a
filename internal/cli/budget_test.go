package cli

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/sequere/sequere/internal/spec/hostile"
)

// The budget a CI runner gives one command on a stranger's description.
const (
	budgetRSS  = 1 << 30
	budgetTime = 30 * time.Second
)

const budgetBase = `openapi: 3.0.3
info: {title: hostile, version: '1'}
paths:
  /items:
    get:
      operationId: getItems
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {type: string}
`

// Every command, on every hostile description (each under 1 MB), as a real
// process: it finishes within 1 GiB of peak RSS and 30 s, exiting 0 or 1, or
// refuses the input with a clear one-line error and exit 2; never a panic.
func TestHostileInputsStayWithinBudget(t *testing.T) {
	bin, err := exec.LookPath("sequere")
	if err != nil {
		t.Skip("the sequere test command is not on PATH")
	}
	commands := []struct {
		name string
		args func(entry, dir string) []string
	}{
		{"lint-spectral-oas", func(e, _ string) []string { return []string{"lint", "--format", "text", e} }},
		{"lint-owasp", func(e, _ string) []string { return []string{"lint", "--format", "text", "--ruleset", "owasp", e} }},
		{"lint-sequere", func(e, _ string) []string { return []string{"lint", "--format", "text", "--ruleset", "sequere", e} }},
		{"diff", func(e, d string) []string { return []string{"diff", filepath.Join(d, "..", "base.yaml"), e} }},
		{"generate-server", func(e, d string) []string {
			return []string{"generate", "server", e, "-o", filepath.Join(d, "..", "out")}
		}},
		{"inspect", func(e, _ string) []string { return []string{"inspect", e} }},
		{"mock", nil},
	}
	for _, fx := range hostile.Fixtures() {
		size := 0
		for _, body := range fx.Files {
			size += len(body)
		}
		if size > 1<<20 {
			t.Errorf("%s is %d bytes, over the 1 MB the budget is stated for", fx.Name, size)
		}
		for _, c := range commands {
			t.Run(fx.Name+"/"+c.name, func(t *testing.T) {
				t.Parallel()
				root := t.TempDir()
				dir := filepath.Join(root, "spec")
				if err := hostile.WriteFiles(dir, fx.Files); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(filepath.Join(root, "base.yaml"), []byte(budgetBase), 0o644); err != nil {
					t.Fatal(err)
				}
				entry := filepath.Join(dir, fx.Entry)
				var r budgetRun
				if c.args == nil {
					r = runMockOnce(t, bin, entry)
				} else {
					r = runBudgeted(t, bin, c.args(entry, dir)...)
				}
				r.check(t, fx.Refused)
			})
		}
	}
}

type budgetRun struct {
	code    int
	stderr  string
	maxRSS  int64 // bytes
	elapsed time.Duration
}

func (r budgetRun) check(t *testing.T, refused bool) {
	t.Helper()
	if r.maxRSS > budgetRSS {
		t.Errorf("peak RSS %d MiB, over the 1 GiB budget", r.maxRSS>>20)
	}
	if strings.Contains(r.stderr, "panic") || strings.Contains(r.stderr, "goroutine ") {
		t.Fatalf("a panic or trace:\n%s", r.stderr)
	}
	switch {
	case refused:
		if r.code != ExitInput || !strings.Contains(r.stderr, "excessive YAML aliasing") {
			t.Fatalf("exit %d, want 2 with the aliasing error; stderr:\n%s", r.code, r.stderr)
		}
	case r.code == ExitInput:
		// A refusal is allowed when it is a clear error: one line naming
		// the problem.
		if lines := strings.Count(strings.TrimSpace(r.stderr), "\n"); lines > 2 || r.stderr == "" {
			t.Fatalf("exit 2 without a clear error:\n%s", r.stderr)
		}
		t.Logf("refused: %s", strings.TrimSpace(r.stderr))
	case r.code != ExitOK && r.code != ExitFindings:
		t.Fatalf("exit %d; stderr:\n%s", r.code, r.stderr)
	}
	t.Logf("exit %d in %s, peak RSS %d MiB", r.code, r.elapsed.Round(time.Millisecond), r.maxRSS>>20)
}

// budgetCmd is the child with a soft memory limit (GOMEMLIMIT: the runtime
// collects harder as it nears it; RLIMIT_AS would count the Go runtime's
// address space reservations, not memory) and the time budget as a deadline.
func budgetCmd(ctx context.Context, bin string, args ...string) *exec.Cmd {
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Env = append(os.Environ(), "GOMEMLIMIT=900MiB", "NO_COLOR=1")
	return cmd
}

func runBudgeted(t *testing.T, bin string, args ...string) budgetRun {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), budgetTime)
	defer cancel()
	cmd := budgetCmd(ctx, bin, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	start := time.Now()
	err := cmd.Run()
	return finished(t, ctx, cmd, err, stderr.String(), time.Since(start))
}

func finished(t *testing.T, ctx context.Context, cmd *exec.Cmd, err error, stderr string, elapsed time.Duration) budgetRun {
	t.Helper()
	if ctx.Err() != nil {
		t.Fatalf("not done within %s: %v", budgetTime, cmd.Args)
	}
	var exit *exec.ExitError
	if err != nil && !errors.As(err, &exit) {
		t.Fatalf("running %v: %v", cmd.Args, err)
	}
	r := budgetRun{code: cmd.ProcessState.ExitCode(), stderr: stderr, elapsed: elapsed}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		r.maxRSS = ru.Maxrss << 10 // kilobytes on Linux
	}
	return r
}

// runMockOnce starts the mock, sends it one request once it listens, and
// stops it with SIGTERM; a refused description ends it before it listens.
func runMockOnce(t *testing.T, bin, entry string) budgetRun {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), budgetTime)
	defer cancel()
	cmd := budgetCmd(ctx, bin, "mock", entry, "--port", "0", "--dynamic")
	pipe, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var log strings.Builder
	lines := bufio.NewScanner(pipe)
	lines.Buffer(nil, 1<<20)
	for lines.Scan() {
		log.WriteString(lines.Text() + "\n")
		if m := listening.FindStringSubmatch(lines.Text()); m != nil {
			client := http.Client{Timeout: budgetTime}
			resp, err := client.Get(fmt.Sprintf("http://%s/items", m[1]))
			if err != nil {
				t.Errorf("the request failed: %v", err)
			} else {
				resp.Body.Close()
			}
			_ = cmd.Process.Signal(syscall.SIGTERM)
		}
	}
	err = cmd.Wait()
	return finished(t, ctx, cmd, err, log.String(), time.Since(start))
}
