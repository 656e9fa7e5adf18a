package cli

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"time"

	"github.com/spf13/cobra"

	"github.com/sequere/sequere/internal/mock"
	"github.com/sequere/sequere/internal/spec"
)

// MockOptions are the parsed flags of `sequere mock`.
type MockOptions struct {
	Spec         string
	Host         string
	Port         int
	Dynamic      bool
	Seed         uint64
	Validate     bool
	Stateful     bool
	Proxy        string
	Errors       bool
	CORS         bool
	Watch        bool
	Callbacks    bool
	LogFormat    string
	WatchEvery   time.Duration
	ready        func(addr string) // tests learn the bound address
	shutdownWait time.Duration
}

func newMockCmd(f *Factory) *cobra.Command { return NewMockCmd(f, nil) }

// NewMockCmd builds `sequere mock`; runF replaces the run step in tests.
func NewMockCmd(f *Factory, runF func(context.Context, *MockOptions) error) *cobra.Command {
	o := &MockOptions{}
	cmd := &cobra.Command{
		Use:   "mock SPEC",
		Short: "Serve a mock API from an OpenAPI description, with request validation",
		Long: `Serve every operation of SPEC on HTTP. Requests are validated against the description
(parameters, bodies, Content-Type, Accept, credentials presence); invalid ones get an RFC 9457
application/problem+json answer listing every violation. Responses come from examples, or are
generated (--dynamic); clients choose with the Prefer header: code=404, example=name, dynamic=true.`,
		Example: `  sequere mock api.yaml --port 4010
  sequere mock api.yaml --dynamic --seed 42 --stateful
  sequere mock api.yaml --proxy https://staging.example.com --errors`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.Spec = args[0]
			if o.Port < 0 || o.Port > 65535 {
				return usageErrorf("--port must be between 0 and 65535")
			}
			switch o.LogFormat {
			case "text", "json", "none":
			default:
				return usageErrorf("--log-format must be text, json or none, not %q", o.LogFormat)
			}
			if o.Errors && o.Proxy == "" {
				return usageErrorf("--errors only applies with --proxy")
			}
			if runF != nil {
				return runF(cmd.Context(), o)
			}
			return runMock(cmd.Context(), f, o)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&o.Host, "host", "127.0.0.1", "address to listen on")
	fl.IntVarP(&o.Port, "port", "p", 4010, "port to listen on (0 picks a free one)")
	fl.BoolVarP(&o.Dynamic, "dynamic", "d", false, "generate response data instead of using examples")
	fl.Uint64Var(&o.Seed, "seed", 0, "make generated data reproducible (0: random)")
	fl.BoolVar(&o.Validate, "validate-request", true, "validate requests against the description")
	fl.BoolVar(&o.Stateful, "stateful", false, "keep created resources in memory (POST, GET, PUT, PATCH, DELETE)")
	fl.StringVar(&o.Proxy, "proxy", "", "forward to this upstream URL and validate requests and responses")
	fl.BoolVar(&o.Errors, "errors", false, "with --proxy: answer violations with problem responses (4xx request, 502 response)")
	fl.BoolVar(&o.CORS, "cors", true, "answer CORS preflights and add CORS headers")
	fl.BoolVar(&o.Watch, "watch", false, "reload the description when its files change")
	fl.BoolVar(&o.Callbacks, "callbacks", false, "fire the callbacks an operation declares after answering it")
	fl.StringVar(&o.LogFormat, "log-format", "text", "request log: text, json or none")
	o.WatchEvery = 500 * time.Millisecond
	o.shutdownWait = 10 * time.Second
	return cmd
}

func runMock(ctx context.Context, f *Factory, o *MockOptions) error {
	doc, err := f.loadSpecToServe(ctx, o.Spec)
	if err != nil {
		return err
	}
	opts := mock.Options{Dynamic: o.Dynamic, Seed: o.Seed, NoValidation: !o.Validate, Stateful: o.Stateful,
		Errors: o.Errors, NoCORS: !o.CORS, Now: f.Now, LogJSON: o.LogFormat == "json", Callbacks: o.Callbacks}
	if o.LogFormat != "none" {
		opts.Log = f.IO.Err
	}
	if o.Proxy != "" {
		u, err := url.Parse(o.Proxy)
		if err != nil || u.Scheme == "" || u.Host == "" {
			return usageErrorf("--proxy needs an absolute http(s) URL, not %q", o.Proxy)
		}
		opts.Proxy = u
	}
	srv, err := mock.New(doc, opts)
	if err != nil {
		return InputError(err)
	}
	ln, err := net.Listen("tcp", net.JoinHostPort(o.Host, strconv.Itoa(o.Port)))
	if err != nil {
		return InputError(fmt.Errorf("cannot listen: %w", err))
	}
	addr := "http://" + ln.Addr().String()
	for _, w := range srv.Warnings() {
		fmt.Fprintln(f.IO.Err, "sequere mock: warning:", w)
	}
	fmt.Fprintf(f.IO.Err, "sequere mock: %d operations of %s on %s\n", srv.Operations(), doc.Name, addr)
	if o.ready != nil {
		o.ready(addr)
	}
	hs := &http.Server{Handler: srv, ReadHeaderTimeout: 10 * time.Second}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	if o.Watch {
		go watchSpec(ctx, f, "sequere mock", o.Spec, o.WatchEvery, doc, func(nd *spec.Document) error {
			if err := srv.Reload(nd); err != nil {
				return err
			}
			fmt.Fprintf(f.IO.Err, "sequere mock: reloaded %s (%d operations)\n", nd.Name, srv.Operations())
			return nil
		})
	}
	served := make(chan error, 1)
	go func() { served <- hs.Serve(ln) }()
	select {
	case err := <-served:
		return err
	case <-ctx.Done():
	}
	// Graceful: stop accepting, let in-flight requests finish.
	sctx, scancel := context.WithTimeout(context.Background(), o.shutdownWait)
	defer scancel()
	err = hs.Shutdown(sctx)
	if serr := <-served; serr != nil && !errors.Is(serr, http.ErrServerClosed) {
		return serr
	}
	fmt.Fprintln(f.IO.Err, "sequere mock: stopped")
	return err
}
