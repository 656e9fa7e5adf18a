// Command sequere is the spec-driven API toolchain; see internal/cli.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"github.com/sequere/sequere/internal/cli"
	"github.com/sequere/sequere/internal/iox"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := cli.Main(ctx, os.Args[1:], iox.System())
	stop()
	os.Exit(code)
}
