package cli

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/sequere/sequere/internal/iox"
	"github.com/sequere/sequere/internal/spec"
)

// Exit codes; see exitCodeHelp.
const (
	ExitOK          = 0
	ExitFindings    = 1
	ExitInput       = 2
	ExitInterrupted = 130
)

// usageError is a bad command line.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

func usageErrorf(format string, args ...any) error { return usageError{fmt.Errorf(format, args...)} }

// inputError is unusable input that is not a spec (a ruleset, an ignore file...).
type inputError struct{ err error }

func (e inputError) Error() string { return e.err.Error() }
func (e inputError) Unwrap() error { return e.err }

// InputError marks err as bad input (exit 2).
func InputError(err error) error {
	if err == nil {
		return nil
	}
	return inputError{err}
}

// errFindings means findings were printed and reach the threshold: exit 1 with
// nothing more to say.
var errFindings = errors.New("findings at or above the threshold")

// ExitCode maps an error returned by a command to the process exit code.
func ExitCode(ctx context.Context, err error) int {
	var ue usageError
	var ie inputError
	switch {
	case err == nil:
		return ExitOK
	case errors.Is(err, errFindings):
		return ExitFindings
	case errors.Is(err, errThresholds):
		return ExitThresholds
	case errors.Is(err, context.Canceled) || ctx != nil && ctx.Err() != nil:
		return ExitInterrupted
	case errors.As(err, &ue), errors.As(err, &ie), spec.IsInputError(err), isCobraUsage(err):
		return ExitInput
	}
	// Anything else is an operational failure of the input (a network error, a
	// file we could not write): still exit 2, since 1 is reserved for findings.
	return ExitInput
}

// isCobraUsage recognises cobra's own argument errors, which are plain errors.
func isCobraUsage(err error) bool {
	msg := err.Error()
	return strings.HasPrefix(msg, "unknown command") || strings.HasPrefix(msg, "accepts ") ||
		strings.HasPrefix(msg, "requires at least") || strings.HasPrefix(msg, "unknown flag") ||
		strings.HasPrefix(msg, "invalid argument")
}

func finish(ctx context.Context, io *iox.Streams, err error) int {
	code := ExitCode(ctx, err)
	if err != nil && !errors.Is(err, errFindings) && !errors.Is(err, errThresholds) {
		msg := err.Error()
		if code == ExitInterrupted {
			msg = "interrupted"
		}
		fmt.Fprintf(io.Err, "sequere: %s\n", msg)
		var ue usageError
		if errors.As(err, &ue) || isCobraUsage(err) {
			fmt.Fprintln(io.Err, "Run 'sequere --help' for usage.")
		}
	}
	return code
}
