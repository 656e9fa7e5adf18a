package cli

import (
	"errors"

	"github.com/spf13/cobra"
)

// Placeholder until the mock capability lands; it refuses to run rather than pretend.
func newMockCmd(f *Factory) *cobra.Command {
	return &cobra.Command{
		Use:    "mock",
		Short:  "(mock is not built yet)",
		Hidden: true,
		RunE: func(*cobra.Command, []string) error {
			return usageError{errors.New("sequere mock is not available in this build yet")}
		},
	}
}
