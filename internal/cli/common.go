package cli

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/sequere/sequere/internal/spec"
)

// loadSpec loads a spec argument with the global load options.
func (f *Factory) loadSpec(ctx context.Context, arg string) (*spec.Document, error) {
	in := spec.ParseInput(arg)
	return spec.LoadInput(ctx, in, spec.Options{AllowRemoteRefs: f.AllowRemoteRefs, Dir: f.IO.Dir}, f.IO.In)
}

// openDest opens a --format destination: "" is stdout.
func (f *Factory) openDest(dest string) (io.Writer, func() error, error) {
	if dest == "" || dest == "-" {
		return f.IO.Out, func() error { return nil }, nil
	}
	file, err := os.Create(dest)
	if err != nil {
		return nil, nil, InputError(fmt.Errorf("cannot write %s: %w", dest, err))
	}
	return file, file.Close, nil
}
