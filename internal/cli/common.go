package cli

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/sequere/sequere/internal/gcdefer"
	"github.com/sequere/sequere/internal/report"
	"github.com/sequere/sequere/internal/spec"
)

// loadSpec loads a spec argument with the global load options, for a
// command that ends when its work is done: a large description gets its heap
// reserved (see reserveHeap).
func (f *Factory) loadSpec(ctx context.Context, arg string) (*spec.Document, error) {
	return f.load(ctx, arg, reserveHeap)
}

// loadSpecToServe loads a spec argument for a server. It reserves nothing: a
// reservation postpones garbage collection until the heap is twice its size,
// which a server that reloads its description would pay again on every
// reload, and a server's heap is not mostly the description.
func (f *Factory) loadSpecToServe(ctx context.Context, arg string) (*spec.Document, error) {
	return f.load(ctx, arg, nil)
}

func (f *Factory) load(ctx context.Context, arg string, beforeParse func(int)) (*spec.Document, error) {
	in := spec.ParseInput(arg)
	return spec.LoadInput(ctx, in, spec.Options{AllowRemoteRefs: f.AllowRemoteRefs, RefRoot: f.RefRoot, Dir: f.IO.Dir, BeforeParse: beforeParse}, f.IO.In)
}

// heapPerInputByte is about what the commands hold per byte of YAML: the
// node tree, the indexes and the converted values. Linting GitHub's 3.4 MB
// description peaks at 115 MiB, Stripe's 4.2 MB at 105 MiB.
const heapPerInputByte = 32

// reserveHeap postpones garbage collection while a large description is
// loaded (see package gcdefer).
func reserveHeap(size int) {
	gcdefer.Reserve(size * heapPerInputByte)
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

// output is one --format NAME[=DEST].
type output struct {
	formatter report.Formatter
	dest      string
}

// parseFormats turns --format values into outputs; none means stylish on a
// terminal and text otherwise.
func parseFormats(f *Factory, values []string) ([]output, error) {
	if len(values) == 0 {
		name := "text"
		if f.IO.OutTTY {
			name = "stylish"
		}
		values = []string{name}
	}
	var outs []output
	for _, v := range values {
		name, dest, err := report.ParseFormatFlag(v)
		if err != nil {
			return nil, usageErrorf("--format: %v", err)
		}
		fm, _ := report.Lookup(name)
		outs = append(outs, output{formatter: fm, dest: dest})
	}
	return outs, nil
}

// writeReport renders rep once per output.
func writeReport(f *Factory, rep *report.Report, outs []output, threshold report.Severity) error {
	wd, _ := os.Getwd()
	for _, o := range outs {
		w, closeFn, err := f.openDest(o.dest)
		if err != nil {
			return err
		}
		color := f.IO.Color && o.dest == ""
		werr := o.formatter.Write(w, rep, report.Options{Theme: report.NewTheme(color), BaseDir: wd, FailSeverity: threshold})
		if cerr := closeFn(); werr == nil {
			werr = cerr
		}
		if werr != nil {
			return InputError(fmt.Errorf("writing %s output: %w", o.formatter.Name(), werr))
		}
	}
	return nil
}
