package cli

import (
	"errors"

	"github.com/spf13/cobra"
)

// Placeholder until the generate capability lands; it refuses to run rather than pretend.
func newGenerateCmd(f *Factory) *cobra.Command {
	return &cobra.Command{
		Use:    "generate",
		Short:  "(generate is not built yet)",
		Hidden: true,
		RunE: func(*cobra.Command, []string) error {
			return usageError{errors.New("sequere generate is not available in this build yet")}
		},
	}
}
