package cli

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"

	"github.com/spf13/cobra"

	"github.com/sequere/sequere/internal/diff"
)

// ChangelogOptions are the parsed flags of sequere changelog.
type ChangelogOptions struct {
	Base, Revision string
	Format         string
	Append         string
}

func newChangelogCmd(f *Factory) *cobra.Command {
	opts := &ChangelogOptions{}
	cmd := &cobra.Command{
		Use:   "changelog BASE REVISION",
		Short: "Write the changelog between two versions, grouped by endpoint and kind",
		Long: `changelog lists every change between two descriptions, grouped by endpoint (or shared
component) and kind: Breaking, Deprecated, Added, Changed, Removed. --append CHANGELOG.md
inserts a section headed by the revision's info.version and today's date.

` + exitCodeHelp,
		Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Base, opts.Revision = args[0], args[1]
			return runChangelog(cmd.Context(), f, opts)
		},
	}
	cmd.Flags().StringVar(&opts.Format, "format", "markdown", "markdown, json or html")
	cmd.Flags().StringVar(&opts.Append, "append", "", "insert the Markdown section into this changelog file (created if missing)")
	return cmd
}

func runChangelog(ctx context.Context, f *Factory, o *ChangelogOptions) error {
	switch o.Format {
	case "markdown", "md", "json", "html":
	default:
		return usageErrorf("--format must be markdown, json or html, not %q", o.Format)
	}
	if o.Append != "" && o.Format != "markdown" && o.Format != "md" {
		return usageErrorf("--append writes Markdown; drop --format %s", o.Format)
	}
	base, rev, err := f.loadPair(ctx, o.Base, o.Revision)
	if err != nil {
		return err
	}
	res, err := diff.Compare(ctx, base, rev, diff.Options{Now: f.Now()})
	if err != nil {
		return err
	}
	cl := diff.NewChangelog(res, f.Now())
	switch {
	case o.Append != "":
		return appendChangelog(f, cl, o.Append)
	case o.Format == "json":
		return cl.JSON(f.IO.Out)
	case o.Format == "html":
		return cl.HTML(f.IO.Out)
	}
	return cl.Markdown(f.IO.Out)
}

func appendChangelog(f *Factory, cl *diff.Changelog, file string) error {
	old, err := os.ReadFile(file)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return InputError(fmt.Errorf("cannot read %s: %w", file, err))
	}
	var sec bytes.Buffer
	if err := cl.Markdown(&sec); err != nil {
		return err
	}
	if err := os.WriteFile(file, []byte(diff.AppendSection(string(old), sec.String())), 0o644); err != nil {
		return InputError(fmt.Errorf("cannot write %s: %w", file, err))
	}
	fmt.Fprintf(f.IO.Err, "sequere: added %s - %s to %s\n", cl.Version, cl.Date, file)
	return nil
}
