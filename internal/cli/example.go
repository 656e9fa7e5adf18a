package cli

import (
	"errors"

	"github.com/spf13/cobra"
)

// Placeholder until the example capability lands; it refuses to run rather than pretend.
func newExampleCmd(f *Factory) *cobra.Command {
	return &cobra.Command{
		Use:    "example",
		Short:  "(example is not built yet)",
		Hidden: true,
		RunE: func(*cobra.Command, []string) error {
			return usageError{errors.New("sequere example is not available in this build yet")}
		},
	}
}
