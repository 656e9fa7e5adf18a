package cli

import (
	"errors"

	"github.com/spf13/cobra"
)

// Placeholder until the lint capability lands; it refuses to run rather than pretend.
func newLintCmd(f *Factory) *cobra.Command {
	return &cobra.Command{
		Use:    "lint",
		Short:  "(lint is not built yet)",
		Hidden: true,
		RunE: func(*cobra.Command, []string) error {
			return usageError{errors.New("sequere lint is not available in this build yet")}
		},
	}
}
