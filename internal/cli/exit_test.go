package cli

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/sequere/sequere/internal/report"
	"github.com/sequere/sequere/internal/spec"
)

func TestExitCode(t *testing.T) {
	canceled, cancel := context.WithCancel(context.Background())
	cancel()
	for _, tt := range []struct {
		name string
		ctx  context.Context
		err  error
		want int
	}{
		{"success", context.Background(), nil, ExitOK},
		{"findings", context.Background(), errFindings, ExitFindings},
		{"wrapped findings", context.Background(), fmt.Errorf("lint: %w", errFindings), ExitFindings},
		{"usage", context.Background(), usageErrorf("bad flag"), ExitInput},
		{"spec input", context.Background(), &spec.Error{Location: report.Location{File: "a.yaml", Line: 1, Col: 1}, Msg: "bad"}, ExitInput},
		{"other input", context.Background(), InputError(errors.New("bad ruleset")), ExitInput},
		{"cobra args", context.Background(), errors.New("accepts 1 arg(s), received 2"), ExitInput},
		{"interrupted", canceled, context.Canceled, ExitInterrupted},
		{"unknown failure", context.Background(), errors.New("disk full"), ExitInput},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := ExitCode(tt.ctx, tt.err); got != tt.want {
				t.Errorf("ExitCode(%v) = %d, want %d", tt.err, got, tt.want)
			}
		})
	}
}
