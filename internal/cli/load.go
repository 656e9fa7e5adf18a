package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"runtime/debug"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/sequere/sequere/internal/loadtest"
	"github.com/sequere/sequere/internal/report"
)

// LoadOptions are the parsed flags of `sequere load`.
type LoadOptions struct {
	Spec          string
	BaseURL       string
	Rate          string
	VUs           int
	Duration      time.Duration
	Ramp          string
	Operations    []string
	IncludeUnsafe bool
	Weights       []string
	Thresholds    []string
	Engine        string
	EmitK6        string
	Outs          []string
	SummaryExport string
	Report        string
	MaxInFlight   int
	Connections   int
	MaxRequests   int64
	MaxLag        time.Duration
	Timeout       time.Duration
	Seed          uint64
	Samples       int
	Validate      bool
	DryRun        bool
	Flow          string
	DataFile      string
	DataMode      string
	Auth          AuthFlags
	CPUProfile    string

	rate       *loadtest.Profile
	thresholds []loadtest.Threshold
	weights    map[string]int
	pointsPath string
	data       *loadtest.Data
}

// ExitThresholds is k6's exit code for a failed threshold.
const ExitThresholds = 99

// errThresholds means the summary is printed and a threshold failed.
var errThresholds = errors.New("thresholds failed")

func newLoadCmd(f *Factory) *cobra.Command { return NewLoadCmd(f, nil) }

// NewLoadCmd builds `sequere load`; runF replaces the run step in tests.
func NewLoadCmd(f *Factory, runF func(context.Context, *LoadOptions) error) *cobra.Command {
	o := &LoadOptions{}
	cmd := &cobra.Command{
		Use:   "load SPEC --base-url URL",
		Short: "Load-test an API from its OpenAPI description, with latency corrected for coordinated omission",
		Long: `Send load to the API at --base-url with requests built from SPEC: by default every GET
whose parameters can be filled from examples or generated data (others with --operation or
--include-unsafe). The open model (--rate, --ramp) starts requests on schedule whether or
not earlier ones finished, and measures latency from each request's intended start, so a
stalled server shows in the percentiles; the service time is reported beside it. The closed
model (--vus) runs virtual users back to back.

A run whose generator could not keep the schedule (iterations dropped, send lag over
--max-lag) is marked INVALID with the reason. Thresholds use k6's syntax and a failed one
exits 99, as k6 does. --emit-k6 writes a k6 script with the same plan; --engine k6 runs it
with the k6 on PATH.

Exit codes: 0 passed, 99 a threshold failed, 2 usage or input error, 130 interrupted
(after the partial summary and report).`,
		Example: `  sequere load api.yaml --base-url http://127.0.0.1:8080 --rate 200/s --duration 30s \
      --threshold 'http_req_duration: p(95)<28' --report report.html
  sequere load api.yaml --base-url http://127.0.0.1:8080 --ramp 0:10s,500:30s --emit-k6 load.js
  sequere load api.yaml --base-url http://127.0.0.1:8080 --vus 20 --duration 1m --summary-export summary.json`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.Spec = args[0]
			if err := o.validate(cmd); err != nil {
				return err
			}
			if runF != nil {
				return runF(cmd.Context(), o)
			}
			return runLoad(cmd.Context(), f, o)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&o.BaseURL, "base-url", "", "the API's base URL (not needed by --dry-run, nor by --emit-k6 alone, which then only writes the script)")
	fl.StringVar(&o.Rate, "rate", "", "open model: constant arrival rate, such as 200/s or 6000/m (default 10/s)")
	fl.IntVar(&o.VUs, "vus", 0, "closed model: this many virtual users send back to back")
	fl.DurationVar(&o.Duration, "duration", 30*time.Second, "how long the constant rate or the VUs run")
	fl.StringVar(&o.Ramp, "ramp", "", "ramping arrival rate: target:duration stages from --rate (or 0), such as 0:10s,200:30s")
	fl.StringArrayVar(&o.Operations, "operation", nil, "load only these operationIds (repeatable; any method)")
	fl.BoolVar(&o.IncludeUnsafe, "include-unsafe", false, "also load POST, PUT, PATCH and DELETE operations")
	fl.StringArrayVar(&o.Weights, "weight", nil, "relative share of an operation, ID=N (repeatable; default 1 each)")
	fl.StringArrayVar(&o.Thresholds, "threshold", nil, "k6 threshold 'metric{tag:value}: expr[; abortOnFail]' (repeatable)")
	fl.StringVar(&o.Engine, "engine", "builtin", "builtin, or k6 to run the emitted script with the k6 on PATH")
	fl.StringVar(&o.EmitK6, "emit-k6", "", "write a self-contained k6 script with the same plan")
	fl.StringArrayVar(&o.Outs, "out", nil, "metric points: json=FILE writes NDJSON like k6 run --out json")
	fl.StringVar(&o.SummaryExport, "summary-export", "", "write the summary as JSON in k6's --summary-export shape")
	fl.StringVar(&o.Report, "report", "", "write a self-contained HTML report")
	fl.IntVar(&o.MaxInFlight, "max-in-flight", 1000, "open model: at most this many requests in flight; beyond, iterations are dropped")
	fl.IntVar(&o.Connections, "connections", 0, "at most this many connections (0: one per request in flight)")
	fl.Int64Var(&o.MaxRequests, "max-requests", 10_000_000, "stop after this many requests whatever the schedule")
	fl.DurationVar(&o.MaxLag, "max-lag", 20*time.Millisecond, "a send lag p99 over this marks the run invalid")
	fl.DurationVar(&o.Timeout, "timeout", 30*time.Second, "per-request timeout")
	fl.Uint64Var(&o.Seed, "seed", 1, "seed for generated request data and the operation mix")
	fl.IntVar(&o.Samples, "samples", 20, "distinct requests prepared per operation")
	fl.BoolVar(&o.Validate, "validate", false, "also check each response body against its schema")
	fl.BoolVar(&o.DryRun, "dry-run", false, "print the plan and exit")
	fl.StringVar(&o.Flow, "flow", "", "create-read-delete: each iteration creates a resource, reads it and deletes it, through the description's links or inferred create -> read chains")
	fl.StringVar(&o.DataFile, "data", "", "request data: a CSV file with a header row or a JSON array of objects, bound by name to parameters and body fields, one row per iteration")
	fl.StringVar(&o.DataMode, "data-mode", "shared", "shared: iterations take the rows in turn across the run; per-vu: every VU walks the rows from the first")
	o.Auth.Register(fl)
	fl.StringVar(&o.CPUProfile, "cpuprofile", "", "write a CPU profile of the run to this file")
	_ = fl.MarkHidden("cpuprofile")
	return cmd
}

// maxDuration bounds every run, whatever the flags say.
const maxDuration = 24 * time.Hour

func (o *LoadOptions) validate(cmd *cobra.Command) error {
	switch o.Engine {
	case "builtin", "k6":
	default:
		return usageErrorf("--engine must be builtin or k6, not %q", o.Engine)
	}
	if o.VUs < 0 {
		return usageErrorf("--vus must be positive")
	}
	if o.VUs > 0 && (o.Rate != "" || o.Ramp != "") {
		return usageErrorf("--vus (closed model) and --rate/--ramp (open model) exclude each other")
	}
	if o.Duration <= 0 || o.Duration > maxDuration {
		return usageErrorf("--duration must be between 1ns and %s", maxDuration)
	}
	if o.MaxInFlight <= 0 || o.Samples <= 0 || o.MaxRequests <= 0 || o.Timeout <= 0 || o.MaxLag <= 0 {
		return usageErrorf("--max-in-flight, --samples, --max-requests, --timeout and --max-lag must be positive")
	}
	if o.Connections < 0 {
		return usageErrorf("--connections must not be negative")
	}
	if o.VUs == 0 {
		start := 10.0
		if o.Rate != "" {
			r, err := loadtest.ParseRate(o.Rate)
			if err != nil {
				return usageErrorf("--rate: %v", err)
			}
			start = r
		} else if o.Ramp != "" {
			start = 0
		}
		p := loadtest.Constant(start, o.Duration)
		if o.Ramp != "" {
			stages, err := loadtest.ParseStages(o.Ramp)
			if err != nil {
				return usageErrorf("--ramp: %v", err)
			}
			p = loadtest.Profile{Start: start, Stages: stages}
			if cmd.Flags().Changed("duration") {
				return usageErrorf("--duration applies to --rate and --vus; a --ramp's stages give its length")
			}
		}
		if p.Duration() > maxDuration {
			return usageErrorf("the schedule runs %s, over the %s bound", p.Duration(), maxDuration)
		}
		if p.Total() == 0 {
			return usageErrorf("the schedule starts no requests: give a positive --rate or --ramp target")
		}
		o.rate = &p
	}
	for _, t := range o.Thresholds {
		th, err := loadtest.ParseThreshold(t)
		if err != nil {
			return usageErrorf("--threshold: %v", err)
		}
		o.thresholds = append(o.thresholds, th)
	}
	o.weights = map[string]int{}
	for _, w := range o.Weights {
		id, n, ok := strings.Cut(w, "=")
		v, err := strconv.Atoi(n)
		if !ok || err != nil || v <= 0 || id == "" {
			return usageErrorf("--weight %q: want OPERATION_ID=N with N a positive integer", w)
		}
		o.weights[id] = v
	}
	switch o.Flow {
	case "", "create-read-delete":
	default:
		return usageErrorf("--flow must be create-read-delete, not %q", o.Flow)
	}
	switch o.DataMode {
	case "shared", "per-vu":
	default:
		return usageErrorf("--data-mode must be shared or per-vu, not %q", o.DataMode)
	}
	if o.DataFile != "" {
		b, err := os.ReadFile(o.DataFile)
		if err != nil {
			return InputError(fmt.Errorf("--data: %w", err))
		}
		d, err := loadtest.ParseData(o.DataFile, b)
		if err != nil {
			return InputError(err)
		}
		o.data = d
	}
	for _, out := range o.Outs {
		kind, path, ok := strings.Cut(out, "=")
		if !ok || kind != "json" || path == "" {
			return usageErrorf("--out %q: want json=FILE", out)
		}
		o.pointsPath = path
	}
	// --emit-k6 alone writes the script; with --base-url it runs too.
	needsTarget := !o.DryRun && (o.EmitK6 == "" || o.Engine == "k6")
	if o.BaseURL == "" && needsTarget {
		return usageErrorf("--base-url is required: the API to load (for example http://127.0.0.1:8080)")
	}
	if o.BaseURL != "" {
		u, err := url.Parse(o.BaseURL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return usageErrorf("--base-url needs an absolute http(s) URL, not %q", o.BaseURL)
		}
	}
	return nil
}

func runLoad(ctx context.Context, f *Factory, o *LoadOptions) error {
	doc, err := f.loadSpec(ctx, o.Spec)
	if err != nil {
		return err
	}
	pl, err := buildLoadPlan(ctx, f, o, doc)
	if err != nil {
		return err
	}
	if o.DryRun {
		return report.WriteLoadPlan(f.IO.Out, pl.Report(o.Spec, o.model(), o.DataFile, o.thresholds))
	}
	if o.EmitK6 != "" {
		if err := writeFile(o.EmitK6, func(w io.Writer) error { return loadtest.WriteK6Script(w, pl.Script, o.scriptOptions()) }); err != nil {
			return err
		}
		fmt.Fprintf(f.IO.Err, "sequere load: wrote k6 script %s\n", o.EmitK6)
		if o.BaseURL == "" {
			return nil
		}
	}
	if o.Engine == "k6" {
		return runK6Engine(ctx, f, o, pl)
	}
	name := doc.Name
	// The run needs the prepared requests, not the description: with no
	// --validate nothing refers to the parsed model any more, and its pages
	// go back to the system now rather than at the scavenger's pace.
	doc = nil
	if !o.Validate {
		debug.FreeOSMemory()
	}
	if o.CPUProfile != "" {
		stop, err := startCPUProfile(o.CPUProfile)
		if err != nil {
			return InputError(err)
		}
		defer stop()
	}
	return runBuiltin(ctx, f, o, pl, name)
}

func (o *LoadOptions) scriptOptions() loadtest.ScriptOptions {
	return loadtest.ScriptOptions{Source: o.Spec, Rate: o.rate, VUs: o.VUs, Duration: o.Duration,
		MaxInFlight: o.MaxInFlight, Thresholds: o.thresholds, Timeout: o.Timeout, Validate: o.Validate}
}

// writeFile creates path and writes it with write, reporting either error.
func writeFile(path string, write func(io.Writer) error) error {
	file, err := os.Create(path)
	if err != nil {
		return InputError(fmt.Errorf("cannot write %s: %w", path, err))
	}
	if err := write(file); err != nil {
		file.Close()
		return InputError(fmt.Errorf("writing %s: %w", path, err))
	}
	if err := file.Close(); err != nil {
		return InputError(fmt.Errorf("writing %s: %w", path, err))
	}
	return nil
}
