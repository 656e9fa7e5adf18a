package cli

import (
	"errors"

	"github.com/spf13/cobra"
)

// Placeholder until the diff capability lands; it refuses to run rather than pretend.
func newDiffCmd(f *Factory) *cobra.Command {
	return &cobra.Command{
		Use:    "diff",
		Short:  "(diff is not built yet)",
		Hidden: true,
		RunE: func(*cobra.Command, []string) error {
			return usageError{errors.New("sequere diff is not available in this build yet")}
		},
	}
}
