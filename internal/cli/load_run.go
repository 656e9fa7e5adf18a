package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/sequere/sequere/internal/loadtest"
	"github.com/sequere/sequere/internal/report"
)

func runBuiltin(ctx context.Context, f *Factory, o *LoadOptions, pl *loadtest.Plan, specName string) error {
	opts := loadtest.Options{Next: pl.Next, Check: pl.Check, Rate: o.rate, VUs: o.VUs, Duration: o.Duration, Timeout: o.Timeout,
		MaxInFlight: o.MaxInFlight, Connections: o.Connections, MaxRequests: o.MaxRequests, MaxLag: o.MaxLag,
		Seed: o.Seed, Now: f.Now}
	var points *loadtest.PointWriter
	if o.pointsPath != "" {
		file, err := os.Create(o.pointsPath)
		if err != nil {
			return InputError(fmt.Errorf("cannot write %s: %w", o.pointsPath, err))
		}
		defer file.Close()
		points = loadtest.NewPointWriter(file, o.thresholds)
		opts.Observe = points.Observe
	}
	planned := o.Duration
	if o.rate != nil {
		planned = o.rate.Duration()
	}
	progress := &loadtest.Progress{W: f.IO.Err, TTY: f.IO.ErrTTY, Planned: planned}
	aborts := false
	for _, t := range o.thresholds {
		aborts = aborts || t.AbortOnFail
	}
	// A snapshot copies every histogram: take one only when it is used.
	opts.Tick = func(l loadtest.Live) string {
		if !progress.Due(l) && !aborts {
			return ""
		}
		res := l.Result()
		progress.Update(l, res)
		if !aborts {
			return ""
		}
		return loadtest.AbortCheck(o.thresholds, l, res)
	}
	if err := report.WriteLoadStart(f.IO.Err, report.LoadStart{Operations: len(pl.Script.Operations), Spec: specName, BaseURL: o.BaseURL, Model: o.model()}); err != nil {
		return err
	}
	res, err := loadtest.Run(ctx, opts)
	progress.Done()
	if err != nil {
		return err
	}
	if points != nil {
		if err := points.Close(); err != nil {
			return InputError(fmt.Errorf("writing %s: %w", o.pointsPath, err))
		}
	}
	sum := loadtest.Summarize(res, o.thresholds)
	if err := report.WriteLoadText(f.IO.Out, sum.Report()); err != nil {
		return err
	}
	if o.SummaryExport != "" {
		if err := writeFile(o.SummaryExport, func(w io.Writer) error {
			return report.WriteLoadExport(w, sum.Report(), report.TTY{Out: f.IO.OutTTY, Err: f.IO.ErrTTY})
		}); err != nil {
			return err
		}
	}
	if o.Report != "" {
		meta := report.LoadMeta{Spec: o.Spec, BaseURL: o.BaseURL, Engine: "built-in", Now: f.Now()}
		if err := writeFile(o.Report, func(w io.Writer) error { return report.WriteLoadHTML(w, sum.HTMLReport(), meta) }); err != nil {
			return err
		}
		fmt.Fprintf(f.IO.Err, "sequere load: wrote report %s\n", o.Report)
	}
	if res.Stopped && ctx.Err() != nil {
		return context.Canceled
	}
	if loadtest.Failed(sum.Verdicts) {
		return errThresholds
	}
	return nil
}

// runK6Engine writes the script (to --emit-k6 or a temporary file), runs
// the k6 on PATH and reads back the summary its handleSummary writes.
func runK6Engine(ctx context.Context, f *Factory, o *LoadOptions, pl *loadtest.Plan) error {
	k6, err := exec.LookPath("k6")
	if err != nil {
		return InputError(errors.New("--engine k6 needs the k6 binary on PATH (https://grafana.com/docs/k6/latest/set-up/install-k6/); without it, use the built-in engine (the default) or --emit-k6 to write the script for later"))
	}
	dir, err := os.MkdirTemp("", "sequere-k6-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	script := o.EmitK6
	if script == "" {
		script = filepath.Join(dir, "script.js")
		if err := writeFile(script, func(w io.Writer) error { return loadtest.WriteK6Script(w, pl.Script, o.scriptOptions()) }); err != nil {
			return err
		}
	}
	summaryPath := filepath.Join(dir, "summary.json")
	args := []string{"run"}
	if o.pointsPath != "" {
		args = append(args, "--out", "json="+o.pointsPath)
	}
	args = append(args, script)
	cmd := exec.CommandContext(ctx, k6, args...)
	cmd.Env = append(os.Environ(), "SEQUERE_SUMMARY="+summaryPath, "BASE_URL="+strings.TrimRight(o.BaseURL, "/"))
	cmd.Stdout, cmd.Stderr = f.IO.Err, f.IO.Err
	runErr := cmd.Run()
	code := 0
	var exitErr *exec.ExitError
	if errors.As(runErr, &exitErr) {
		code = exitErr.ExitCode()
	} else if runErr != nil {
		return fmt.Errorf("running k6: %w", runErr)
	}
	raw, err := os.ReadFile(summaryPath)
	if err != nil {
		return fmt.Errorf("k6 exited %d without writing its summary (handleSummary): %w", code, err)
	}
	sum, err := loadtest.ParseK6Summary(raw)
	if err != nil {
		return err
	}
	if err := report.WriteK6Text(f.IO.Out, sum.Report()); err != nil {
		return err
	}
	if o.SummaryExport != "" {
		if err := writeFile(o.SummaryExport, func(w io.Writer) error {
			return report.WriteLoadExport(w, sum.Report(), report.TTY{Out: f.IO.OutTTY, Err: f.IO.ErrTTY})
		}); err != nil {
			return err
		}
	}
	if o.Report != "" {
		fmt.Fprintln(f.IO.Err, "sequere load: --report needs the built-in engine's histograms; k6's summary has none, so no report was written")
	}
	switch {
	case code == ExitThresholds || sum.Failed():
		return errThresholds
	case code != 0:
		return fmt.Errorf("k6 exited %d", code)
	}
	return nil
}
