package cli

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/sequere/sequere/internal/docs"
)

// DocsOptions are the parsed flags of `sequere docs`.
type DocsOptions struct {
	Spec       string
	Output     string
	Serve      bool
	Port       int
	Mock       bool
	TryItURL   string
	Changelog  string
	History    string
	WatchEvery time.Duration
	ready      func(docsURL, mockURL string) // tests learn the bound addresses
}

func newDocsCmd(f *Factory) *cobra.Command { return NewDocsCmd(f, nil) }

// NewDocsCmd builds `sequere docs`; runF replaces the run step in tests.
func NewDocsCmd(f *Factory, runF func(context.Context, *DocsOptions) error) *cobra.Command {
	o := &DocsOptions{}
	cmd := &cobra.Command{
		Use:   "docs SPEC",
		Short: "Write a self-contained HTML API reference (or serve it with live reload and try-it)",
		Long: `docs writes the reference of SPEC as one HTML file holding its styles, script and search
index: readable without JavaScript, and it makes no request of its own (no CDN, fonts or
analytics). With -o DIR/ it writes one page per tag, a schemas page and an index, for very
large descriptions. --serve serves it on loopback and reloads open pages when the spec changes;
--mock also starts sequere mock beside it and points try-it at it.`,
		Example: `  sequere docs api.yaml -o api.html
  sequere docs api.yaml -o site/
  sequere docs api.yaml --serve --mock --port 4020
  sequere docs api.yaml --history v1.0.0,v1.1.0,HEAD -o api.html`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.Spec = args[0]
			if o.Port < 0 || o.Port > 65535 {
				return usageErrorf("--port must be between 0 and 65535")
			}
			if o.Mock && !o.Serve {
				return usageErrorf("--mock only applies with --serve")
			}
			if o.Changelog != "" && o.History != "" {
				return usageErrorf("use --changelog or --history, not both")
			}
			if o.History != "" && len(splitList(o.History)) < 2 {
				return usageErrorf("--history needs at least two revisions, comma-separated")
			}
			if runF != nil {
				return runF(cmd.Context(), o)
			}
			return runDocs(cmd.Context(), f, o)
		},
	}
	fl := cmd.Flags()
	fl.StringVarP(&o.Output, "output", "o", "-", "output file, or a directory (ending in /) for one page per tag; - is stdout")
	fl.BoolVar(&o.Serve, "serve", false, "serve the reference on 127.0.0.1 with live reload")
	fl.IntVarP(&o.Port, "port", "p", 4020, "with --serve: port to listen on (0 picks a free one)")
	fl.BoolVar(&o.Mock, "mock", false, "with --serve: start sequere mock beside the docs and point try-it at it")
	fl.StringVar(&o.TryItURL, "try-it-url", "", "server try-it sends requests to (offered before the spec's servers)")
	fl.StringVar(&o.Changelog, "changelog", "", "Markdown file shown as the changelog")
	fl.StringVar(&o.History, "history", "", "git revisions of SPEC, oldest first (REV1,REV2,...): the changelog between each pair")
	o.WatchEvery = 500 * time.Millisecond
	return cmd
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func runDocs(ctx context.Context, f *Factory, o *DocsOptions) error {
	changelog, err := docsChangelog(ctx, f, o)
	if err != nil {
		return err
	}
	opts := docs.Options{TryItURL: o.TryItURL, Changelog: changelog}
	if o.Serve {
		return serveDocs(ctx, f, o, opts)
	}
	doc, err := f.loadSpec(ctx, o.Spec)
	if err != nil {
		return err
	}
	opts.Split = isDirTarget(o.Output)
	start := f.Now()
	pages, err := docs.Build(ctx, doc, opts)
	if err != nil {
		return err
	}
	if o.Output == "-" {
		_, err := f.IO.Out.Write(pages[0].HTML)
		return err
	}
	return writePages(f, o.Output, pages, f.Now().Sub(start))
}

func isDirTarget(out string) bool {
	if strings.HasSuffix(out, "/") || strings.HasSuffix(out, string(filepath.Separator)) {
		return true
	}
	fi, err := os.Stat(out)
	return err == nil && fi.IsDir()
}

func writePages(f *Factory, out string, pages []docs.Page, took time.Duration) error {
	total := 0
	if len(pages) == 1 && !isDirTarget(out) {
		if err := os.WriteFile(out, pages[0].HTML, 0o644); err != nil {
			return InputError(fmt.Errorf("cannot write %s: %w", out, err))
		}
		total = len(pages[0].HTML)
	} else {
		if err := os.MkdirAll(out, 0o755); err != nil {
			return InputError(fmt.Errorf("cannot create %s: %w", out, err))
		}
		for _, p := range pages {
			if err := os.WriteFile(filepath.Join(out, p.Name), p.HTML, 0o644); err != nil {
				return InputError(fmt.Errorf("cannot write %s: %w", p.Name, err))
			}
			total += len(p.HTML)
		}
	}
	fmt.Fprintf(f.IO.Err, "sequere docs: wrote %d page(s), %s, to %s in %s\n", len(pages), humanBytes(total), out, took.Round(time.Millisecond))
	return nil
}

func humanBytes(n int) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}
