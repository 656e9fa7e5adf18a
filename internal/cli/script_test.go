package cli

import (
	"context"
	"flag"
	"os"
	"os/signal"
	"syscall"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/sequere/sequere/internal/iox"
)

// TestMain lets testscript run "sequere" as a real process: the test binary
// re-executes itself as the command, so scripts see real exit codes, stdout and
// stderr.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		// As cmd/sequere does: SIGINT/SIGTERM cancel the context, so
		// tests can check graceful shutdown on the real process.
		"sequere": func() {
			ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
			code := Main(ctx, os.Args[1:], iox.System())
			stop()
			os.Exit(code)
		},
	})
}

// update rewrites the `cmp stdout` goldens inside the txtar scripts, the same
// -update convention as the report goldens.
var update = flag.Bool("update", false, "rewrite golden files in testdata/script")

func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:           "../../testdata/script",
		UpdateScripts: *update,
		Setup: func(env *testscript.Env) error {
			// Scripts reach the shared corpus and the repo's fixtures through these.
			wd, _ := os.Getwd()
			env.Setenv("REPO", wd+"/../..")
			env.Setenv("CORPUS", wd+"/../../../shared/corpus")
			env.Setenv("NO_COLOR", "")
			return nil
		},
	})
}
