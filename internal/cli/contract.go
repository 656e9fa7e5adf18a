package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/spf13/cobra"

	"github.com/sequere/sequere/internal/contract"
	"github.com/sequere/sequere/internal/plan"
	"github.com/sequere/sequere/internal/report"
)

// ContractOptions are the parsed flags of `sequere contract`.
type ContractOptions struct {
	Spec            string
	BaseURL         string
	Auth            AuthFlags
	Other           AuthFlags
	Set             []string
	Selection       plan.Selection
	Checks          []string
	ExcludeChecks   []string
	Phases          []string
	MaxExamples     int
	MaxShrink       int
	Workers         int
	Rate            string
	Duration        time.Duration
	MaxRequests     int
	Seed            uint64
	Timeout         time.Duration
	MaxResponseTime time.Duration
	MaxBody         int64
	DryRun          bool
	FailuresFile    string
	Replay          string
	ShowSecrets     bool
	Quiet           bool
	Formats         []string
}

func newContractCmd(f *Factory) *cobra.Command { return NewContractCmd(f, nil) }

// NewContractCmd builds `sequere contract`; runF replaces the run step in tests.
func NewContractCmd(f *Factory, runF func(context.Context, *ContractOptions) error) *cobra.Command {
	o := &ContractOptions{}
	cmd := &cobra.Command{
		Use:   "contract SPEC --base-url URL",
		Short: "Test a running server against its OpenAPI description",
		Long: `Exercise every operation of SPEC against the server at --base-url, in phases:
examples (the description's examples and defaults), coverage (boundary values, enum values,
oneOf branches), fuzzing (seeded generated data, failing inputs shrunk), negative (one
constraint broken at a time, missing or invalid credentials, undocumented methods) and
stateful (create -> read -> update -> delete chains from links or inferred, paginated lists).

Checks (Schemathesis's ids): ` + checkIDs() + `.

Every failure carries a curl line to reproduce it; failures are saved to --failures-file and
--replay FILE re-sends exactly those requests.`,
		Example: `  sequere contract api.yaml --base-url http://127.0.0.1:8080 --bearer $TOKEN
  sequere contract api.yaml --base-url http://127.0.0.1:4010 --phases examples,coverage --workers 8
  sequere contract api.yaml --base-url http://127.0.0.1:8080 --replay .sequere/contract-failures.json`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.Spec = args[0]
			if o.BaseURL == "" && !o.DryRun {
				return usageErrorf("--base-url is required (the server to test)")
			}
			if o.Workers < 1 {
				return usageErrorf("--workers must be at least 1")
			}
			if runF != nil {
				return runF(cmd.Context(), o)
			}
			return runContract(cmd.Context(), f, o)
		},
	}
	fl := cmd.Flags()
	fl.StringVarP(&o.BaseURL, "base-url", "u", "", "the server to test, e.g. http://127.0.0.1:8080")
	o.Auth.Register(fl)
	fl.StringVar(&o.Other.Bearer, "other-bearer", "", "a second user's bearer token: cross_user_access checks it cannot reach the first user's resources")
	fl.StringArrayVar(&o.Other.APIKeys, "other-api-key", nil, "a second user's credential NAME=VALUE (repeatable)")
	fl.StringVar(&o.Other.ClientID, "other-client-id", "", "a second user's OAuth2 client id")
	fl.StringVar(&o.Other.ClientSecret, "other-client-secret", "", "a second user's OAuth2 client secret")
	fl.StringArrayVar(&o.Set, "set", nil, "pin a parameter, [OPERATION:]IN:NAME=VALUE, e.g. listUserOrders:path:id=usr_1 (repeatable)")
	s := &o.Selection
	fl.StringArrayVar(&s.Operations, "operation", nil, "test only this operationId (repeatable)")
	fl.StringArrayVar(&s.Tags, "tag", nil, "test only operations with this tag (repeatable)")
	fl.StringArrayVar(&s.Paths, "path", nil, "test only paths matching this regular expression (repeatable)")
	fl.StringArrayVar(&s.Methods, "method", nil, "test only this HTTP method (repeatable)")
	fl.StringArrayVar(&s.ExcludeOperations, "exclude-operation", nil, "leave out this operationId (repeatable)")
	fl.StringArrayVar(&s.ExcludeTags, "exclude-tag", nil, "leave out operations with this tag (repeatable)")
	fl.StringArrayVar(&s.ExcludePaths, "exclude-path", nil, "leave out paths matching this regular expression (repeatable)")
	fl.StringArrayVar(&s.ExcludeMethods, "exclude-method", nil, "leave out this HTTP method (repeatable)")
	fl.StringSliceVar(&o.Checks, "checks", nil, "run only these checks (comma-separated)")
	fl.StringSliceVar(&o.ExcludeChecks, "exclude-checks", nil, "skip these checks (comma-separated)")
	fl.StringSliceVar(&o.Phases, "phases", nil, "phases to run: "+strings.Join(contract.Phases, ","))
	fl.IntVar(&o.MaxExamples, "max-examples", 20, "requests per operation and phase at most")
	fl.IntVar(&o.MaxShrink, "max-shrink", 64, "extra requests spent shrinking one coverage or fuzzing failure to a minimal input (0 turns shrinking off)")
	fl.IntVarP(&o.Workers, "workers", "w", 1, "operations tested concurrently")
	fl.StringVar(&o.Rate, "rate", "", "at most this many requests per second, e.g. 100/s")
	fl.DurationVar(&o.Duration, "duration", 0, "stop after this long (0: no limit)")
	fl.IntVar(&o.MaxRequests, "max-requests", 0, "stop after this many requests (0: no limit)")
	fl.Uint64Var(&o.Seed, "seed", 0, "seed of generated data; the same seed sends the same requests")
	fl.DurationVar(&o.Timeout, "timeout", 10*time.Second, "per-request timeout")
	fl.DurationVar(&o.MaxResponseTime, "max-response-time", 0, "fail responses slower than this (response_time check)")
	fl.Int64Var(&o.MaxBody, "max-body", 10<<20, "read at most this many bytes of a response")
	fl.BoolVar(&o.DryRun, "dry-run", false, "print the plan (operations, phases, request counts) and send nothing")
	fl.StringVar(&o.FailuresFile, "failures-file", filepath.Join(".sequere", "contract-failures.json"), "save failures here (\"\" to not save)")
	fl.StringVar(&o.Replay, "replay", "", "re-send the requests of a failures file and check them again")
	fl.BoolVar(&o.ShowSecrets, "show-secrets", false, "show credentials in curl lines")
	fl.BoolVarP(&o.Quiet, "quiet", "q", false, "no progress line")
	fl.StringArrayVarP(&o.Formats, "format", "f", nil, "output format NAME[=FILE] (repeatable): "+strings.Join(report.FormatterNames(), ", "))
	return cmd
}

// parseSet reads --set values: [OPERATION:]IN:NAME=VALUE, VALUE as JSON
// when it parses (numbers, booleans), else as a string.
func parseSet(sets []string) (map[string]map[string]any, error) {
	if len(sets) == 0 {
		return nil, nil
	}
	out := map[string]map[string]any{}
	for _, s := range sets {
		lhs, raw, ok := strings.Cut(s, "=")
		parts := strings.Split(lhs, ":")
		if len(parts) == 2 {
			parts = append([]string{"*"}, parts...)
		}
		if !ok || len(parts) != 3 || parts[0] == "" || parts[2] == "" || !slices.Contains([]string{"path", "query", "header", "cookie"}, parts[1]) {
			return nil, usageErrorf("--set %q: want [OPERATION:]IN:NAME=VALUE with IN one of path, query, header, cookie", s)
		}
		var v any = raw
		var j any
		if json.Unmarshal([]byte(raw), &j) == nil {
			if _, isObj := j.(map[string]any); !isObj {
				v = j
			}
		}
		if out[parts[0]] == nil {
			out[parts[0]] = map[string]any{}
		}
		out[parts[0]][parts[1]+":"+parts[2]] = v
	}
	return out, nil
}

func checkIDs() string {
	var ids []string
	for _, c := range contract.Checks() {
		ids = append(ids, c.ID)
	}
	return strings.Join(ids, ", ")
}

func parseRate(s string) (float64, error) {
	if s == "" {
		return 0, nil
	}
	var r float64
	if _, err := fmt.Sscanf(strings.TrimSuffix(strings.TrimSpace(s), "/s"), "%g", &r); err != nil || r <= 0 {
		return 0, usageErrorf("--rate %q: want N/s, e.g. 50/s", s)
	}
	return r, nil
}

func runContract(ctx context.Context, f *Factory, o *ContractOptions) error {
	outs, err := parseFormats(f, o.Formats)
	if err != nil {
		return err
	}
	rate, err := parseRate(o.Rate)
	if err != nil {
		return err
	}
	doc, err := f.loadSpec(ctx, o.Spec)
	if err != nil {
		return err
	}
	p, err := plan.Build(doc, o.Selection)
	if err != nil {
		return InputError(err)
	}
	creds, err := o.Auth.Credentials()
	if err != nil {
		return err
	}
	if p.Fixed, err = parseSet(o.Set); err != nil {
		return err
	}
	if (o.Other.ClientID == "") != (o.Other.ClientSecret == "") {
		return usageErrorf("--other-client-id and --other-client-secret go together")
	}
	other, err := o.Other.Credentials()
	if err != nil {
		return err
	}
	if o.BaseURL != "" {
		if u, err := url.Parse(o.BaseURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return usageErrorf("--base-url needs an absolute http(s) URL, not %q", o.BaseURL)
		}
	}
	client := &http.Client{Transport: &http.Transport{
		DialContext:         (&net.Dialer{Timeout: o.Timeout}).DialContext,
		MaxIdleConnsPerHost: o.Workers * 2, DisableCompression: true,
	}, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	checks, err := selectChecks(o.Checks, o.ExcludeChecks)
	if err != nil {
		return err
	}
	opts := contract.Options{
		Plan: p, Auth: plan.NewAuth(p, creds, client, o.BaseURL), BaseURL: o.BaseURL, Client: client,
		Phases: o.Phases, Checks: checks, MaxExamples: o.MaxExamples, MaxShrink: shrinkBudget(o.MaxShrink),
		Workers: o.Workers, Rate: rate, MaxRequests: o.MaxRequests, Duration: o.Duration, Seed: o.Seed,
		Timeout: o.Timeout, MaxBody: o.MaxBody, MaxResponseTime: o.MaxResponseTime, ShowSecrets: o.ShowSecrets, Now: f.Now,
	}
	if other.Bearer != "" || other.ClientID != "" || len(other.APIKeys) > 0 {
		other.Headers = creds.Headers
		opts.Other = plan.NewAuth(p, other, client, o.BaseURL)
	}
	if o.DryRun {
		return contractDryRun(f, opts)
	}
	var progress *progressLine
	if f.IO.ErrTTY && !o.Quiet {
		progress = &progressLine{w: f.IO.Err, now: f.Now}
		opts.Progress = progress.update
	}
	var res *contract.Result
	if o.Replay != "" {
		file, err := os.Open(o.Replay)
		if err != nil {
			return InputError(err)
		}
		saved, err := contract.ReadFailures(file)
		file.Close()
		if err != nil {
			return InputError(fmt.Errorf("%s: %w", o.Replay, err))
		}
		res, err = contract.Replay(ctx, opts, saved.Failures)
		if err != nil {
			return contractError(err)
		}
	} else {
		res, err = contract.Run(ctx, opts)
		if err != nil {
			return contractError(err)
		}
	}
	progress.done()
	for _, w := range res.Warnings {
		fmt.Fprintf(f.IO.Err, "sequere contract: warning: %s\n", w)
	}
	version, _, _ := BuildInfo()
	rep := contract.Report(p, res, version)
	if err := writeReport(f, rep, outs, report.Error); err != nil {
		return err
	}
	fmt.Fprintf(f.IO.Err, "sequere contract: %d requests to %d operations in %s, %d failures (seed %d)%s\n",
		res.Requests, res.Ops, res.Elapsed.Round(time.Millisecond), len(res.Failures), res.Seed, stoppedNote(res))
	if o.FailuresFile != "" && o.Replay == "" {
		if err := saveFailures(o, doc.Name, res); err != nil {
			return err
		}
	}
	if len(res.Failures) > 0 {
		return errFindings
	}
	return nil
}

// shrinkBudget maps the flag, where 0 means off, onto Options, where 0
// means the default.
func shrinkBudget(n int) int {
	if n <= 0 {
		return -1
	}
	return n
}

func stoppedNote(res *contract.Result) string {
	if res.Stopped != "" {
		return "; stopped: " + res.Stopped
	}
	return ""
}

func contractError(err error) error {
	if errors.Is(err, contract.ErrUnreachable) {
		return InputError(err)
	}
	return InputError(err)
}

func saveFailures(o *ContractOptions, spec string, res *contract.Result) error {
	if err := os.MkdirAll(filepath.Dir(o.FailuresFile), 0o755); err != nil {
		return InputError(err)
	}
	file, err := os.Create(o.FailuresFile)
	if err != nil {
		return InputError(err)
	}
	werr := contract.WriteFailures(file, spec, o.BaseURL, res)
	if cerr := file.Close(); werr == nil {
		werr = cerr
	}
	if werr != nil {
		return InputError(fmt.Errorf("writing %s: %w", o.FailuresFile, werr))
	}
	return nil
}

func selectChecks(include, exclude []string) ([]string, error) {
	for _, e := range exclude {
		// A typo must not leave running the check it meant to skip.
		if !slices.ContainsFunc(contract.Checks(), func(c contract.Check) bool { return c.ID == e }) {
			return nil, usageErrorf("--exclude-checks: unknown check %q (valid: %s)", e, checkIDs())
		}
	}
	if len(include) == 0 && len(exclude) == 0 {
		return nil, nil
	}
	if len(include) == 0 {
		for _, c := range contract.Checks() {
			include = append(include, c.ID)
		}
	}
	out := []string{}
	for _, c := range include {
		skip := false
		for _, e := range exclude {
			skip = skip || e == c
		}
		if !skip {
			out = append(out, c)
		}
	}
	return out, nil
}

func contractDryRun(f *Factory, opts contract.Options) error {
	lines, err := contract.DryRun(opts)
	if err != nil {
		return usageError{err}
	}
	phases := opts.Phases
	if phases == nil {
		phases = contract.Phases
	}
	total := 0
	fmt.Fprintf(f.IO.Out, "%-8s %-40s %s\n", "METHOD", "PATH", strings.Join(phases, " "))
	for _, l := range lines {
		var counts []string
		for _, ph := range phases {
			counts = append(counts, fmt.Sprintf("%*d", len(ph), l.Requests[ph]))
			total += l.Requests[ph]
		}
		fmt.Fprintf(f.IO.Out, "%-8s %-40s %s  %s\n", l.Method, l.Path, strings.Join(counts, " "), l.Operation)
	}
	fmt.Fprintf(f.IO.Out, "%d operations, up to %d requests (phases: %s)\n", len(lines), total, strings.Join(phases, ", "))
	return nil
}

// progressLine redraws one status line on a terminal, at most ten times a second.
type progressLine struct {
	w    interface{ Write([]byte) (int, error) }
	now  func() time.Time
	mu   sync.Mutex
	last time.Time
	drew bool
}

func (p *progressLine) update(s contract.Progress) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if t := p.now(); t.Sub(p.last) >= 100*time.Millisecond {
		p.last = t
		p.drew = true
		fmt.Fprintf(p.w, "\r\x1b[2Koperations %d/%d  requests %d  failures %d", s.OpsDone, s.OpsTotal, s.Requests, s.Failures)
	}
}

func (p *progressLine) done() {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.drew {
		fmt.Fprint(p.w, "\r\x1b[2K")
	}
}
