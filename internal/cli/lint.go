package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime/pprof"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/sequere/sequere/internal/lint"
	"github.com/sequere/sequere/internal/lint/builtin"
	"github.com/sequere/sequere/internal/lint/ruleset"
	"github.com/sequere/sequere/internal/report"
)

// LintOptions are the parsed flags of `sequere lint`.
type LintOptions struct {
	Specs          []string
	Rulesets       []string
	Formats        []string
	FailSeverity   string
	Quiet          bool
	ListRules      bool
	Baseline       string
	WriteBaseline  string
	NoInlineIgnore bool
	CPUProfile     string
}

func newLintCmd(f *Factory) *cobra.Command {
	opts := &LintOptions{}
	cmd := &cobra.Command{
		Use:   "lint SPEC...",
		Short: "Lint OpenAPI descriptions with Spectral-compatible rulesets (spectral:oas, owasp, sequere or your .spectral.yaml)",
		Long: `Lint OpenAPI descriptions.

Rulesets: --ruleset takes a built-in name (spectral:oas, owasp, sequere) or a Spectral ruleset
file and can repeat. Without it, a .spectral.yaml|yml|json or sequere.yaml in the working
directory is used, else spectral:oas with its recommended rules. Rulesets that need custom
JavaScript functions are refused with an error naming the rule.

Formats: --format NAME[=FILE] can repeat (stylish, text, json, sarif, junit, github, markdown).
The default is stylish on a terminal and text otherwise.

Suppression: x-lint-ignore: rule-id (or a list) on a node or an ancestor; --baseline FILE hides
findings recorded by --write-baseline FILE (matched by fingerprint: rule id and JSON path).`,
		Example: `  sequere lint openapi.yaml
  sequere lint --ruleset owasp --ruleset sequere --fail-severity warn openapi.yaml
  sequere lint --format sarif=lint.sarif --format stylish openapi.yaml
  sequere lint --list-rules --ruleset spectral:oas`,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Specs = args
			if !opts.ListRules && len(args) == 0 {
				return usageErrorf("lint needs at least one SPEC (a file, -, a URL or REV:path)")
			}
			return runLint(cmd, f, opts)
		},
	}
	fl := cmd.Flags()
	fl.StringArrayVarP(&opts.Rulesets, "ruleset", "r", nil, "ruleset file or built-in name (spectral:oas, owasp, sequere); repeatable")
	fl.StringArrayVarP(&opts.Formats, "format", "f", nil, "output format, optionally =FILE; repeatable")
	fl.StringVarP(&opts.FailSeverity, "fail-severity", "F", "error", "lowest severity that fails the run (exit 1): error, warn, info or hint")
	fl.BoolVarP(&opts.Quiet, "quiet", "q", false, "show only findings at or above --fail-severity")
	fl.BoolVar(&opts.ListRules, "list-rules", false, "print the rule catalogue (id, severity, ruleset, whether on) and exit")
	fl.StringVar(&opts.Baseline, "baseline", "", "hide findings recorded in this baseline file")
	fl.StringVar(&opts.WriteBaseline, "write-baseline", "", "record every current finding in this baseline file")
	fl.BoolVar(&opts.NoInlineIgnore, "no-inline-ignore", false, "report findings that x-lint-ignore would hide")
	// Whole-process profiles show what benchmarks of lint.Run alone miss:
	// loading, ruleset reading, output.
	fl.StringVar(&opts.CPUProfile, "cpuprofile", "", "write a CPU profile of the run to this file")
	_ = fl.MarkHidden("cpuprofile")
	return cmd
}

func loadRulesets(f *Factory, names []string) (*ruleset.Ruleset, error) {
	if len(names) == 0 {
		dir := f.IO.Dir
		if dir == "" {
			dir, _ = os.Getwd()
		}
		rs, _, err := builtin.Default(dir)
		if err != nil {
			return nil, InputError(err)
		}
		return rs, nil
	}
	var sets []*ruleset.Ruleset
	for _, n := range names {
		rs, err := builtin.Load(n)
		if err != nil {
			return nil, InputError(err)
		}
		sets = append(sets, rs)
	}
	return ruleset.Merge(sets...), nil
}

func runLint(cmd *cobra.Command, f *Factory, opts *LintOptions) error {
	if opts.CPUProfile != "" {
		stop, err := startCPUProfile(opts.CPUProfile)
		if err != nil {
			return InputError(err)
		}
		defer stop()
	}
	threshold, err := report.ParseSeverity(opts.FailSeverity)
	if err != nil {
		return usageErrorf("--fail-severity: %v", err)
	}
	outputs, err := parseFormats(f, opts.Formats)
	if err != nil {
		return err
	}
	rs, err := loadRulesets(f, opts.Rulesets)
	if err != nil {
		return err
	}
	if opts.ListRules {
		return listRules(f, rs)
	}
	var baseline *lint.Baseline
	if opts.Baseline != "" {
		file, err := os.Open(opts.Baseline)
		if err != nil {
			return InputError(fmt.Errorf("--baseline: %w", err))
		}
		baseline, err = lint.ReadBaseline(file)
		file.Close()
		if err != nil {
			return InputError(fmt.Errorf("%s: %w", opts.Baseline, err))
		}
	}

	ctx := cmd.Context()
	registry := builtin.Registry()
	merged := &report.Report{Tool: "sequere lint"}
	var perSpec []*report.Report
	ruleSeen := map[string]bool{}
	for _, arg := range opts.Specs {
		doc, err := f.loadSpec(ctx, arg)
		if err != nil {
			return err
		}
		rep, err := lint.Run(ctx, doc, rs.For(doc.Name), registry, lint.Options{NoInlineIgnore: opts.NoInlineIgnore})
		if err != nil {
			return InputError(err)
		}
		perSpec = append(perSpec, rep)
		merged.Sources = append(merged.Sources, rep.Sources...)
		for _, r := range rep.Rules {
			if !ruleSeen[r.ID] {
				ruleSeen[r.ID] = true
				merged.Rules = append(merged.Rules, r)
			}
		}
		merged.Findings = append(merged.Findings, rep.Findings...)
	}
	if opts.WriteBaseline != "" {
		file, err := os.Create(opts.WriteBaseline)
		if err != nil {
			return InputError(fmt.Errorf("--write-baseline: %w", err))
		}
		werr := lint.WriteBaseline(file, perSpec...)
		if cerr := file.Close(); werr == nil {
			werr = cerr
		}
		if werr != nil {
			return InputError(fmt.Errorf("--write-baseline: %w", werr))
		}
		// Writing a baseline accepts the current findings: the run that
		// records them passes, and later runs with --baseline gate new ones.
		fmt.Fprintf(f.IO.Err, "sequere: recorded %d finding(s) in %s\n", len(merged.Findings), opts.WriteBaseline)
		merged.Findings = nil
	}
	baseline.Filter(merged)
	if opts.Quiet {
		kept := merged.Findings[:0]
		for _, fd := range merged.Findings {
			if fd.Severity.AtLeast(threshold) {
				kept = append(kept, fd)
			}
		}
		merged.Findings = kept
	}
	merged.Stamp()
	merged.Sort()
	if err := writeReport(f, merged, outputs, threshold); err != nil {
		return err
	}
	if merged.Fails(threshold) {
		return errFindings
	}
	return nil
}

func listRules(f *Factory, rs *ruleset.Ruleset) error {
	tw := tabwriter.NewWriter(f.IO.Out, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "RULE\tSEVERITY\tRULESET\tSTATE\tDESCRIPTION")
	for _, r := range rs.Rules {
		state := "on"
		if r.Off {
			state = "off"
		}
		src := r.Ruleset
		if src == "" {
			src = filepath.Base(rs.Source)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", r.ID, r.Severity, src, state, r.Description)
	}
	return tw.Flush()
}

func startCPUProfile(path string) (stop func(), err error) {
	file, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("--cpuprofile: %w", err)
	}
	if err := pprof.StartCPUProfile(file); err != nil {
		file.Close()
		return nil, fmt.Errorf("--cpuprofile: %w", err)
	}
	return func() {
		pprof.StopCPUProfile()
		file.Close()
	}, nil
}
