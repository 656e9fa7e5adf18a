package cli

import (
	"context"
	"fmt"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/sequere/sequere/internal/diff"
	rpt "github.com/sequere/sequere/internal/report"
	"github.com/sequere/sequere/internal/spec"
)

// DiffOptions are the parsed flags of sequere diff.
type DiffOptions struct {
	Base, Revision  string
	Formats         []string
	FailOn          string
	Expand          bool
	IgnoreFile      string
	Semver          bool
	ListChecks      bool
	MinSunsetStable int
	MinSunsetBeta   int
}

func newDiffCmd(f *Factory) *cobra.Command {
	opts := &DiffOptions{}
	cmd := &cobra.Command{
		Use:   "diff BASE REVISION",
		Short: "Classify every change between two versions of a description (breaking, warning, safe)",
		Long: `diff compares two descriptions and classifies every change by one law: narrowing what a
request may carry or widening what a response may carry breaks clients (error); changes the
spec alone cannot decide are warnings; the rest is info. A change to a shared component is
reported once, with the operations it reaches (--expand: once per operation).

BASE and REVISION are files, - (stdin), URLs or git revisions, e.g.
  sequere diff origin/main:api/openapi.yaml api/openapi.yaml

` + exitCodeHelp,
		Args: func(cmd *cobra.Command, args []string) error {
			if opts.ListChecks {
				return nil
			}
			if len(args) != 2 {
				return usageErrorf("diff needs BASE and REVISION, got %d argument(s)", len(args))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 2 {
				opts.Base, opts.Revision = args[0], args[1]
			}
			return runDiff(cmd.Context(), f, opts)
		},
	}
	fl := cmd.Flags()
	fl.StringArrayVar(&opts.Formats, "format", nil, "output format, repeatable, NAME or NAME=FILE: "+strings.Join(diffFormatNames(), ", "))
	fl.StringVar(&opts.FailOn, "fail-on", "error", "exit 1 when a change reaches this level: error or warning")
	fl.BoolVar(&opts.Expand, "expand", false, "report a change to a shared component once per affected operation")
	fl.StringVar(&opts.IgnoreFile, "ignore", "", "YAML file of accepted changes (check, endpoint glob, reason, expires)")
	fl.BoolVar(&opts.Semver, "semver", false, "print the version bump the changes require and check info.version")
	fl.BoolVar(&opts.ListChecks, "list-checks", false, "list every check id with its level rule and exit")
	fl.IntVar(&opts.MinSunsetStable, "min-sunset-days", 180, "least days between a deprecation and its x-sunset date for stable endpoints")
	fl.IntVar(&opts.MinSunsetBeta, "min-sunset-days-beta", 31, "least days of deprecation notice for beta, alpha and draft endpoints")
	return cmd
}

func diffFormatNames() []string { return append(rpt.FormatterNames(), "html") }

type formatDest struct{ name, dest string }

func parseDiffFormats(values []string, tty bool) ([]formatDest, error) {
	if len(values) == 0 {
		if tty {
			return []formatDest{{"stylish", ""}}, nil
		}
		return []formatDest{{"text", ""}}, nil
	}
	var out []formatDest
	for _, v := range values {
		if name, dest, _ := strings.Cut(v, "="); strings.EqualFold(strings.TrimSpace(name), "html") {
			out = append(out, formatDest{"html", dest})
			continue
		}
		name, dest, err := rpt.ParseFormatFlag(v)
		if err != nil {
			return nil, usageErrorf("--format: %v", err)
		}
		out = append(out, formatDest{name, dest})
	}
	return out, nil
}

// loadPair loads base and revision concurrently: each parse is the bulk of a run.
func (f *Factory) loadPair(ctx context.Context, base, rev string) (*spec.Document, *spec.Document, error) {
	if base == "-" && rev == "-" {
		return nil, nil, usageErrorf("only one of BASE and REVISION can be standard input")
	}
	type res struct {
		d   *spec.Document
		err error
	}
	ch := make(chan res, 1)
	go func() {
		d, err := f.loadSpec(ctx, base)
		ch <- res{d, err}
	}()
	rd, rerr := f.loadSpec(ctx, rev)
	b := <-ch
	if b.err != nil {
		return nil, nil, b.err
	}
	return b.d, rd, rerr
}

func (f *Factory) diffOptions(o *DiffOptions) diff.Options {
	return diff.Options{Now: f.Now(), MinSunsetDaysStable: o.MinSunsetStable, MinSunsetDaysBeta: o.MinSunsetBeta}
}

func runDiff(ctx context.Context, f *Factory, o *DiffOptions) error {
	if o.ListChecks {
		return listChecks(f)
	}
	threshold := rpt.Error
	switch o.FailOn {
	case "error":
	case "warning", "warn":
		threshold = rpt.Warn
	default:
		return usageErrorf("--fail-on must be error or warning, not %q", o.FailOn)
	}
	formats, err := parseDiffFormats(o.Formats, f.IO.OutTTY)
	if err != nil {
		return err
	}
	var entries []diff.IgnoreEntry
	if o.IgnoreFile != "" {
		data, err := os.ReadFile(o.IgnoreFile)
		if err != nil {
			return InputError(fmt.Errorf("cannot read ignore file: %w", err))
		}
		if entries, err = diff.ParseIgnore(o.IgnoreFile, data); err != nil {
			return InputError(err)
		}
	}
	base, rev, err := f.loadPair(ctx, o.Base, o.Revision)
	if err != nil {
		return err
	}
	res, err := diff.Compare(ctx, base, rev, f.diffOptions(o))
	if err != nil {
		return err
	}
	expired := res.Apply(entries, f.Now())
	if o.Semver {
		return printSemver(f, res, base, rev, expired)
	}
	rep := res.Report(o.Expand)
	rep.Findings = append(rep.Findings, expired...)
	if len(expired) > 0 {
		rep.Rules = append(rep.Rules, rpt.Rule{ID: diff.ExpiredID, Severity: rpt.Error, Description: "an ignore entry is past its expiry date", Ruleset: "sequere diff"})
	}
	if err := f.writeReport(rep, formats, threshold); err != nil {
		return err
	}
	if rep.Fails(threshold) {
		return errFindings
	}
	return nil
}

func (f *Factory) writeReport(rep *rpt.Report, formats []formatDest, threshold rpt.Severity) error {
	wd, _ := os.Getwd()
	for _, fd := range formats {
		w, closeFn, err := f.openDest(fd.dest)
		if err != nil {
			return err
		}
		opts := rpt.Options{BaseDir: wd, FailSeverity: threshold}
		if fd.dest == "" {
			opts.Theme = rpt.NewTheme(f.IO.Color)
		}
		if fd.name == "html" {
			err = rpt.WriteHTML(w, rep, opts)
		} else {
			fm, _ := rpt.Lookup(fd.name)
			err = fm.Write(w, rep, opts)
		}
		if cerr := closeFn(); err == nil {
			err = cerr
		}
		if err != nil {
			return fmt.Errorf("writing %s output: %w", fd.name, err)
		}
	}
	return nil
}

func printSemver(f *Factory, res *diff.Result, base, rev *spec.Document, expired []rpt.Finding) error {
	need := res.Required()
	fmt.Fprintln(f.IO.Out, need)
	bv := spec.MapGet(spec.MapGet(base.Root, "info"), "version")
	rv := spec.MapGet(spec.MapGet(rev.Root, "info"), "version")
	var bs, rs string
	if bv != nil {
		bs = bv.Value
	}
	if rv != nil {
		rs = rv.Value
	}
	fail := len(expired) > 0
	for _, e := range expired {
		fmt.Fprintf(f.IO.Err, "%s: %s\n", e.Location, e.Message)
	}
	if need != diff.BumpNone {
		if msg := diff.CheckVersion(need, bs, rs); msg != "" {
			fmt.Fprintln(f.IO.Err, "sequere: "+msg)
			fail = true
		}
	}
	if fail {
		return errFindings
	}
	return nil
}

func listChecks(f *Factory) error {
	tw := tabwriter.NewWriter(f.IO.Out, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tLEVEL RULE\tDESCRIPTION")
	for _, c := range diff.Checks() {
		fmt.Fprintf(tw, "%s\t%s\t%s\n", c.ID, c.LevelRule(), c.Summary)
	}
	return tw.Flush()
}
