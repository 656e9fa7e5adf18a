package cli

import (
	"context"
	"reflect"
	"testing"
	"time"

	"github.com/spf13/cobra"

	"github.com/sequere/sequere/internal/iox"
)

func TestExampleServeFlags(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want ExampleServeOptions
		code int
	}{
		{"defaults", nil, ExampleServeOptions{Addr: "127.0.0.1:8080", LogLevel: "info", LogFormat: "json", WebhookHorizon: 72 * time.Hour}, ExitOK},
		{"all", []string{"--addr", "127.0.0.1:0", "--database", "postgres://u@h/db", "--log-level", "warn", "--log-format", "text"},
			ExampleServeOptions{Addr: "127.0.0.1:0", Database: "postgres://u@h/db", LogLevel: "warn", LogFormat: "text", WebhookHorizon: 72 * time.Hour}, ExitOK},
		{"horizon", []string{"--webhook-horizon", "1h"}, ExampleServeOptions{Addr: "127.0.0.1:8080", LogLevel: "info", LogFormat: "json", WebhookHorizon: time.Hour}, ExitOK},
		{"zero-horizon", []string{"--webhook-horizon", "0s"}, ExampleServeOptions{}, ExitInput},
		{"bad-level", []string{"--log-level", "loud"}, ExampleServeOptions{}, ExitInput},
		{"rate", []string{"--rate-limit", "5000"}, ExampleServeOptions{Addr: "127.0.0.1:8080", LogLevel: "info", LogFormat: "json", RateLimit: 5000, WebhookHorizon: 72 * time.Hour}, ExitOK},
		{"negative-rate", []string{"--rate-limit", "-1"}, ExampleServeOptions{}, ExitInput},
		{"bad-format", []string{"--log-format", "xml"}, ExampleServeOptions{}, ExitInput},
		{"extra-arg", []string{"now"}, ExampleServeOptions{}, ExitInput},
		{"cors", []string{"--cors-origin", "https://app.example", "--cors-origin", "http://localhost:5173"},
			ExampleServeOptions{Addr: "127.0.0.1:8080", LogLevel: "info", LogFormat: "json", WebhookHorizon: 72 * time.Hour,
				CORSOrigins: []string{"https://app.example", "http://localhost:5173"}}, ExitOK},
		{"bad-cors", []string{"--cors-origin", "app.example"}, ExampleServeOptions{}, ExitInput},
		{"rotation", []string{"--key-rotation", "24h"},
			ExampleServeOptions{Addr: "127.0.0.1:8080", LogLevel: "info", LogFormat: "json", WebhookHorizon: 72 * time.Hour, KeyRotation: 24 * time.Hour}, ExitOK},
		{"negative-rotation", []string{"--key-rotation", "-1h"}, ExampleServeOptions{}, ExitInput},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			io, _, _ := iox.Test("")
			f := &Factory{IO: io}
			var got ExampleServeOptions
			cmd := newExampleServeCmd(f, func(_ context.Context, _ *Factory, o ExampleServeOptions) error { got = o; return nil })
			cmd.SetArgs(append([]string{}, tt.args...)) // never nil: cobra reads os.Args (go test flags) for a nil slice
			cmd.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
			err := cmd.ExecuteContext(context.Background())
			if code := ExitCode(context.Background(), err); code != tt.code {
				t.Fatalf("exit %d, want %d (%v)", code, tt.code, err)
			}
			if tt.code == ExitOK && !reflect.DeepEqual(got, tt.want) {
				t.Fatalf("options %+v, want %+v", got, tt.want)
			}
		})
	}
}
