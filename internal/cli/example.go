package cli

import (
	"context"
	"log/slog"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/sequere/sequere/examples/orders"
)

// ExampleServeOptions are the flags of `sequere example orders serve`.
type ExampleServeOptions struct {
	Addr      string
	Database  string
	LogLevel  string
	LogFormat string
	// RateLimit is requests per second per client; 0 keeps the server's default.
	RateLimit float64
	// WebhookHorizon is how long failing webhook deliveries are retried.
	WebhookHorizon time.Duration
	// WebhookAllowPrivate lets deliveries reach loopback and private addresses.
	WebhookAllowPrivate bool
	// CORSOrigins may call the API from a browser; "*" allows any.
	CORSOrigins []string
	// KeyRotation replaces the token signing key that often; 0 never does.
	KeyRotation time.Duration
}

func newExampleCmd(f *Factory) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "example",
		Short: "Run the worked examples that ship with sequere",
	}
	ordersCmd := &cobra.Command{
		Use:   "orders",
		Short: "The reference orders API (examples/orders/openapi.yaml)",
	}
	ordersCmd.AddCommand(newExampleServeCmd(f, runExampleServe))
	cmd.AddCommand(ordersCmd)
	return cmd
}

func newExampleServeCmd(f *Factory, runF func(context.Context, *Factory, ExampleServeOptions) error) *cobra.Command {
	opts := ExampleServeOptions{}
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve the orders API with seed data and print a curl to try it",
		Long: `Serve the reference orders API on --addr with seed data: an operator, two customers
(Ada and Bob) and a few orders. Without --database the data lives in memory; give a
SQLite file (orders.db) or a PostgreSQL URL (postgres://user:pass@host/db) to keep it.
The first lines on stdout are a ready-to-paste curl with a valid token. GET /healthz
answers 200 once the server is ready; SIGINT or SIGTERM drains requests and exits 0.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			switch opts.LogLevel {
			case "debug", "info", "warn", "error":
			default:
				return usageErrorf("--log-level must be debug, info, warn or error, not %q", opts.LogLevel)
			}
			if opts.WebhookHorizon <= 0 {
				return usageErrorf("--webhook-horizon must be positive")
			}
			if opts.KeyRotation < 0 {
				return usageErrorf("--key-rotation must not be negative")
			}
			if opts.RateLimit < 0 {
				return usageErrorf("--rate-limit must not be negative")
			}
			for _, o := range opts.CORSOrigins {
				if o != "*" && !strings.HasPrefix(o, "https://") && !strings.HasPrefix(o, "http://") {
					return usageErrorf("--cors-origin must be * or an origin such as https://app.example.com, not %q", o)
				}
			}
			if opts.LogFormat != "json" && opts.LogFormat != "text" {
				return usageErrorf("--log-format must be json or text, not %q", opts.LogFormat)
			}
			return runF(cmd.Context(), f, opts)
		},
	}
	cmd.Flags().StringVar(&opts.Addr, "addr", "127.0.0.1:8080", "address to listen on")
	cmd.Flags().StringVar(&opts.Database, "database", "", "SQLite file or postgres:// URL (default: in-memory SQLite)")
	cmd.Flags().Float64Var(&opts.RateLimit, "rate-limit", 0, "requests per second per client, burst twice that (default 50)")
	cmd.Flags().DurationVar(&opts.WebhookHorizon, "webhook-horizon", 72*time.Hour, "how long failing webhook deliveries are retried")
	cmd.Flags().BoolVar(&opts.WebhookAllowPrivate, "webhook-allow-private", false, "let webhooks reach loopback and private addresses (local testing)")
	cmd.Flags().DurationVar(&opts.KeyRotation, "key-rotation", 0, "replace the token signing key this often; the old one verifies for another hour (default never)")
	cmd.Flags().StringSliceVar(&opts.CORSOrigins, "cors-origin", nil, "browser origin allowed to call the API (repeatable; * for any)")
	cmd.Flags().StringVar(&opts.LogLevel, "log-level", "info", "debug, info, warn or error")
	cmd.Flags().StringVar(&opts.LogFormat, "log-format", "json", "structured log format on stderr: json or text")
	return cmd
}

func runExampleServe(ctx context.Context, f *Factory, opts ExampleServeOptions) error {
	var level slog.Level
	level.UnmarshalText([]byte(strings.ToUpper(opts.LogLevel)))
	hopts := &slog.HandlerOptions{Level: level}
	var h slog.Handler = slog.NewJSONHandler(f.IO.Err, hopts)
	if opts.LogFormat == "text" {
		h = slog.NewTextHandler(f.IO.Err, hopts)
	}
	err := orders.Serve(ctx, orders.Options{Addr: opts.Addr, Database: opts.Database, Banner: f.IO.Out, Logger: slog.New(h),
		RateLimit: opts.RateLimit, Burst: int(2 * opts.RateLimit), WebhookHorizon: opts.WebhookHorizon, WebhookAllowPrivate: opts.WebhookAllowPrivate,
		CORSOrigins: opts.CORSOrigins, KeyRotation: opts.KeyRotation})
	if err != nil && ctx.Err() == nil {
		return InputError(err)
	}
	return err
}
